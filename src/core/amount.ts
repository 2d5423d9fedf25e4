/**
 * Money is handled in integer cents (分). Published amounts are 万元 with two decimals, so one cent
 * here is 0.01 of the table's unit. Never compare amounts as floats.
 */
import type { CellValue } from './snapshot';

export type AmountStatus =
  | 'number' // a numeric cell
  | 'text' // a number written as text: " 601.28 ", "1,234.56"
  | 'blank' // empty: counts as 0
  | 'dash' // "—", "-", "无", "/": an explicit nothing, counts as 0
  | 'invalid'; // text that is not an amount: counts as 0 and gets a diagnostic

export interface ParsedAmount {
  status: AmountStatus;
  cents: number;
}

const DASHES = new Set(['-', '--', '—', '——', '–', '－', '/', '无', '空', 'N/A', 'n/a', '——————']);

/** Convert a decimal string (already cleaned) to cents without float error: "1234.565" → 123457. */
function decimalToCents(s: string): number | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return null;
  const sign = m[1] === '-' ? -1 : 1;
  const whole = m[2] === '' ? 0 : Number(m[2]);
  const frac = (m[3] ?? '').padEnd(3, '0');
  let cents = whole * 100 + Number(frac.slice(0, 2));
  if (Number(frac[2]) >= 5) cents += 1; // half away from zero, as the tables' own rounding
  if (!Number.isSafeInteger(cents)) return null;
  return sign * cents;
}

export function numberToCents(n: number): number {
  return Math.round(n * 100 + (n >= 0 ? 1e-9 : -1e-9));
}

export function parseAmount(value: CellValue): ParsedAmount {
  if (value === null || value === undefined) return { status: 'blank', cents: 0 };
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > 1e13) return { status: 'invalid', cents: 0 };
    return { status: 'number', cents: numberToCents(value) };
  }
  if (typeof value === 'boolean') return { status: 'invalid', cents: 0 };
  let s = String(value).normalize('NFKC').replace(/\s+/g, '');
  if (s === '') return { status: 'blank', cents: 0 };
  if (DASHES.has(s) || /^[-—–－_]+$/.test(s)) return { status: 'dash', cents: 0 };
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  s = s.replace(/^[¥￥]/, '').replace(/(万元|元)$/, '');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, '');
  const cents = decimalToCents(s);
  if (cents === null) return { status: 'invalid', cents: 0 };
  return { status: 'text', cents: negative ? -cents : cents };
}

/** Integer division rounded half away from zero, exact for any safe integers (BigInt inside). */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/** part / whole in basis points, rounded half up; null when whole is 0. 6949 of 60128 → 1156. */
export function ratioBasisPoints(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Number(divRound(BigInt(part) * 10000n, BigInt(whole)));
}

/** value × basisPoints / 10000, rounded half away from zero: a score of 10 (1000) at 97.39% → 974. */
export function scaleByBasisPoints(value: number, basisPoints: number): number {
  return Number(divRound(BigInt(value) * BigInt(basisPoints), 10000n));
}

/** 60128 → "601.28"; fixed two decimals, as in the tables. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const a = Math.abs(cents);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** 45010 → "450.1", 10000 → "100": trailing zeros dropped, as in the narrative. */
export function formatCentsShort(cents: number): string {
  return formatCents(cents).replace(/\.?0+$/, '');
}

/** 8588 → "85.88%", 10000 → "100%", 1150 → "11.5%", -261 → "-2.61%". */
export function formatPercent(basisPoints: number): string {
  return `${formatCentsShort(basisPoints)}%`;
}

export function centsToNumber(cents: number): number {
  return cents / 100;
}

/**
 * The rounding bound for a sum of n terms each rounded to the cent and compared to a rounded total:
 * 0.005 × (n + 1) of the unit, i.e. half a cent per term (DOMAIN.md §2), in cents.
 */
export function roundingToleranceCents(terms: number): number {
  return 0.5 * (terms + 1);
}

/**
 * Scores and percentages in integers: a score in hundredths (9.74 → 974, like cents), a percentage in
 * hundredths of a percent (97.39% → 9739). Never compared as floats.
 */
import { parseAmount } from '../amount';
import type { CellValue } from '../snapshot';

/** A number written in a cell (score, 分值, amount) in hundredths; null for blank, dash or text. */
export function readHundredths(v: CellValue): number | null {
  const p = parseAmount(typeof v === 'string' ? v.replace(/分$/, '') : v);
  if (p.status === 'number' || p.status === 'text') return p.cents;
  return null;
}

/** Decimals of a number as written ("97.38" → 2, "9.7" → 1, 10 → 0). */
export function decimalsOf(text: string): number {
  const m = /\.(\d+)/.exec(text);
  return m ? m[1].length : 0;
}

export type PercentStyle = 'fraction' | 'number' | 'text';

export interface PercentReading {
  /** Hundredths of a percent: 97.39% → 9739. */
  bp: number;
  /** How the cell writes it: 0.9739 with a % format, 97.39 as a plain number, or "97.39%" text. */
  style: PercentStyle;
  /** Decimals of the percentage as shown (97.4% → 1). */
  decimals: number;
}

function formatDecimals(fmt: string): number {
  const m = /0\.(0+)%/.exec(fmt);
  return m ? m[1].length : 0;
}

/**
 * A percentage cell in any of the ways the seeds write it: 97.38 (meaning %), "97.39%", or 0.9739 with a
 * percent number format. A plain number up to 1.5 without a % format is read as a fraction (1 → 100%).
 */
export function readPercent(v: CellValue, numberFormat?: string | null): PercentReading | null {
  if (v === null || v === undefined || typeof v === 'boolean') return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    const hasPercentFormat = !!numberFormat && numberFormat.includes('%');
    if (hasPercentFormat || (Math.abs(v) <= 1.5 && v !== 0)) {
      // a fraction: 0.9739 → 9739
      const decimals = hasPercentFormat ? formatDecimals(numberFormat!) : Math.max(0, decimalsOf(String(v)) - 2);
      return { bp: Math.round(v * 10000 + (v >= 0 ? 1e-9 : -1e-9)), style: 'fraction', decimals };
    }
    return { bp: Math.round(v * 100 + (v >= 0 ? 1e-9 : -1e-9)), style: 'number', decimals: decimalsOf(String(v)) };
  }
  const s = String(v).normalize('NFKC').replace(/\s+/g, '');
  const m = /^([+-]?\d+(?:\.\d+)?)%$/.exec(s);
  if (m) {
    const p = parseAmount(m[1]);
    return { bp: p.cents, style: 'text', decimals: decimalsOf(m[1]) };
  }
  const n = /^([+-]?\d+(?:\.\d+)?)$/.exec(s);
  if (n) return readPercent(Number(n[1]), numberFormat);
  return null;
}

/** Round an integer in hundredths to `decimals` decimals (0, 1 or 2), half away from zero. */
export function roundHundredths(h: number, decimals: number): number {
  if (decimals >= 2) return h;
  const step = decimals === 1 ? 10 : 100;
  const sign = h < 0 ? -1 : 1;
  return sign * Math.round(Math.abs(h) / step) * step;
}

/**
 * Scores are hundredths as amounts are cents, and percentages basis points: the money helpers serve
 * (exact integer arithmetic, half away from zero; trailing zeros dropped when shown).
 */
export {
  ratioBasisPoints as ratioBp, scaleByBasisPoints as scaleByBp, formatCentsShort as showHundredths, centsToNumber as toNumber,
  formatPercent as showBp,
} from '../amount';

/** A plain number as written, without rounding to cents ("40.9862" → 40.9862); null when not a number. */
export function readExact(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.normalize('NFKC').replace(/[\s,]+/g, '');
  return /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/** a / b as hundredths of a percent from exact numbers; null when b is 0. */
export function exactRatioBp(a: number, b: number): number | null {
  if (b === 0) return null;
  const q = (a / b) * 10000;
  return Math.sign(q) * Math.round(Math.abs(q) + 1e-7);
}

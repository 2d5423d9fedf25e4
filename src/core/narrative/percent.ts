/**
 * Percentages of the 情况说明 (DOMAIN.md §3), computed in integer basis points (1 bp = 0.01%) from
 * integer cents — never from floats. Two decimals, trailing zeros dropped; a list of shares of one
 * whole adds to exactly 100% by largest remainder; a 0 denominator is said in words.
 */
import { divRound, formatCentsShort, formatPercent, ratioBasisPoints } from '../amount';

export { formatPercent, ratioBasisPoints };

/** 100% in basis points. */
export const FULL_BASIS_POINTS = 10000;

/** Words for a 0 denominator (DOMAIN.md §3). */
export const ZERO_BUDGET_WORDS = '年初未安排预算';
export const ZERO_PREVIOUS_WORDS = '上年无此项支出';

/** "85.88%" for part / whole, or `zeroWords` when whole is 0. */
export function percentText(part: number, whole: number, zeroWords = '—'): string {
  const bp = ratioBasisPoints(part, whole);
  return bp === null ? zeroWords : formatPercent(bp);
}

/**
 * Shares of one whole in basis points by the largest-remainder method. When the parts add up to
 * the whole the shares add up to exactly 10000 (100%); when they miss it by a 尾差 the shares add
 * up to round(Σ parts / whole), so 446.21 and 70.15 of 516.37 still give 86.41% + 13.59%.
 * Returns null when whole is 0. Negative parts are rounded one by one (no remainder to share).
 */
export function sharesBasisPoints(parts: number[], whole?: number): number[] | null {
  const sum = parts.reduce((s, p) => s + p, 0);
  const w = whole ?? sum;
  if (w === 0) return null;
  if (w < 0 || parts.some((p) => p < 0)) return parts.map((p) => ratioBasisPoints(p, w) as number);
  const W = BigInt(w);
  const target = divRound(BigInt(sum) * 10000n, W);
  const floors = parts.map((p) => (BigInt(p) * 10000n) / W);
  const remainders = parts.map((p, i) => BigInt(p) * 10000n - floors[i] * W);
  let missing = Number(target - floors.reduce((s, f) => s + f, 0n));
  // Largest remainder first; ties go to the larger part, then to the earlier one (stable).
  const order = parts
    .map((_, i) => i)
    .sort((a, b) => {
      if (remainders[a] !== remainders[b]) return remainders[b] > remainders[a] ? 1 : -1;
      if (parts[a] !== parts[b]) return parts[b] - parts[a];
      return a - b;
    });
  const result = floors.map(Number);
  for (let k = 0; missing > 0 && k < order.length; k++, missing--) {
    if (parts[order[k]] === 0 && remainders[order[k]] === 0n) break; // never give a share to nothing
    result[order[k]] += 1;
  }
  return result;
}

/** 完成年初预算的 = 决算 / 年初预算 (DOMAIN.md §3); words when the budget is 0. */
export interface Rate {
  basisPoints: number | null;
  /** "97.39%" or the words for a 0 budget. */
  text: string;
}

export function completionRate(actual: number, budget: number, zeroWords = ZERO_BUDGET_WORDS): Rate {
  const bp = ratioBasisPoints(actual, budget);
  return { basisPoints: bp, text: bp === null ? zeroWords : formatPercent(bp) };
}

export type Direction = '增加' | '减少' | '持平';
export type Comparison = '大于' | '小于' | '等于';

export function directionWord(difference: number): Direction {
  return difference > 0 ? '增加' : difference < 0 ? '减少' : '持平';
}

export function comparisonWord(difference: number): Comparison {
  return difference > 0 ? '大于' : difference < 0 ? '小于' : '等于';
}

/** 增减额 and 增减率 against last year: 增减 = 本年 − 上年, 增减率 = |增减| / 上年 with the direction word. */
export interface Change {
  /** 本年 − 上年, cents (signed). */
  differenceCents: number;
  direction: Direction;
  /** |增减| / 上年 in basis points (unsigned, the direction word carries the sign); null when 上年 is 0. */
  basisPoints: number | null;
  /** "减少16.12万元，减少2.61%" / "增加0.88万元，上年无此项支出" / "持平". */
  text: string;
}

export function yearChange(current: number, previous: number, zeroWords = ZERO_PREVIOUS_WORDS): Change {
  const diff = current - previous;
  const direction = directionWord(diff);
  const bp = ratioBasisPoints(Math.abs(diff), previous);
  let text: string;
  if (diff === 0) text = '持平';
  else if (bp === null) text = `${direction}${formatCentsShort(Math.abs(diff))}万元，${zeroWords}`;
  else text = `${direction}${formatCentsShort(Math.abs(diff))}万元，${direction}${formatPercent(bp)}`;
  return { differenceCents: diff, direction, basisPoints: bp, text };
}

/** Amount in the narrative's style: 45010 → "450.1万元". */
export function wan(cents: number): string {
  return `${formatCentsShort(cents)}万元`;
}

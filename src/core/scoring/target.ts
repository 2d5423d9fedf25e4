/**
 * Indicator targets (年度指标值) and achievements (实际完成值) read as data, and the 得分 they suggest
 * (DOMAIN.md §4): a positive indicator met gives the full 分值, otherwise 分值 × 实际/目标; a reverse
 * (cost) indicator within its target gives full 分值, up to 2× target 分值 × (1 − (实际 − 目标)/目标),
 * beyond that 0. Qualitative: 达成 80–100% of 分值, 部分达成 60–80%, 未达成 0–60%.
 * Never throws: anything it cannot read gives null.
 */
import { showHundredths } from './numbers';

export type Comparator = '>=' | '>' | '<=' | '<' | '=' | 'range';

export interface ParsedTarget {
  op: Comparator;
  /** The number as written, in its unit (95% → 95). */
  value: number;
  /** Upper end of a range ("20-30人次"). */
  high?: number;
  /** Unit after the number ('%' for a percentage), '' when none. */
  unit: string;
  /** Whether the comparison was written (≥, 以上, 不高于…) rather than implied. */
  explicit: boolean;
}

const WORD_COMPARATORS: [RegExp, string][] = [
  [/大于或?等于|不低于|不少于|不小于|至少|>=|≧/g, '≥'],
  [/小于或?等于|不高于|不超过|不大于|不多于|最多|控制在|<=|≦/g, '≤'],
  [/大于|高于|超过|多于/g, '>'],
  [/小于|低于|少于/g, '<'],
];

function normalize(text: string): string {
  let s = text.normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, '');
  for (const [re, sym] of WORD_COMPARATORS) s = s.replace(re, sym);
  return s;
}

const NUMBER = /[+-]?\d+(?:,\d{3})*(?:\.\d+)?/g;

/** Canonical unit: '万' alone means 万元 in these sheets; trailing 以上/以内 etc. removed. */
function canonicalUnit(raw: string): string {
  const u = raw.replace(/(以上|以内|以下|之内|内|前|左右)$/, '');
  return u === '万' ? '万元' : u;
}

/** A date ("12月底前", "2024年12月") is a deadline, not a quantity: left to the qualitative reading. */
function looksLikeDate(s: string): boolean {
  return /\d+(?:\.\d+)?月/.test(s) || /\d{4}年/.test(s);
}

/**
 * "储备数量≥2.59万吨" → {op '>=', value 2.59, unit '万吨'}; "3个月内" → {op '<=', 3, '个月'};
 * "95%以上" → {op '>=', 95, '%'}; "20-30人次" → range. Null when there is no single number.
 */
export function parseTarget(text: unknown): ParsedTarget | null {
  try {
    if (text === null || text === undefined) return null;
    if (typeof text === 'number') return Number.isFinite(text) ? { op: '=', value: text, unit: '', explicit: false } : null;
    const s = normalize(String(text));
    if (s === '' || s.length > 60 || looksLikeDate(s)) return null;
    const range = /(\d+(?:\.\d+)?)[-~～至到](\d+(?:\.\d+)?)([^\d]{0,6})/.exec(s);
    if (range) {
      const lo = Number(range[1]);
      const hi = Number(range[2]);
      if (!(lo <= hi)) return null;
      return { op: 'range', value: lo, high: hi, unit: canonicalUnit(unitAfter(range[3])), explicit: true };
    }
    const numbers = s.match(NUMBER) ?? [];
    if (numbers.length !== 1) return null;
    const at = s.search(NUMBER);
    const numText = numbers[0];
    const value = Number(numText.replace(/,/g, ''));
    if (!Number.isFinite(value)) return null;
    const before = s.slice(0, at);
    const after = s.slice(at + numText.length);
    const unitRaw = unitAfter(after);
    const rest = after.slice(unitRaw.length);
    let op: Comparator = '=';
    let explicit = true;
    const sign = /[≥≤><=]$/.exec(before)?.[0];
    if (sign === '≥') op = '>=';
    else if (sign === '≤') op = '<=';
    else if (sign === '>') op = '>';
    else if (sign === '<') op = '<';
    else if (/^(以上|及以上)/.test(rest) || /(以上|及以上)$/.test(unitRaw)) op = '>=';
    else if (/^(以内|以下|之内|内|前)/.test(rest) || /(以内|以下|之内|内|前)$/.test(unitRaw)) op = '<=';
    else explicit = false;
    return { op, value, unit: canonicalUnit(unitRaw), explicit };
  } catch {
    return null;
  }
}

/** The unit right after a number: '%' or up to six letters/CJK/slash ("万元/个", "个月内"). */
function unitAfter(after: string): string {
  if (after.startsWith('%')) return /^%(以上|及以上|以内|以下)?/.exec(after)![0];
  const m = /^[A-Za-z\u4e00-\u9fa5/²³㎡]{0,8}/.exec(after);
  let u = m ? m[0] : '';
  // stop at words that are not part of the unit
  const cut = u.search(/[,，;；。、]/);
  if (cut >= 0) u = u.slice(0, cut);
  return u;
}

export interface ParsedActual {
  value: number;
  unit: string;
}

/** "2.59万吨" → 2.59 万吨; "≧85%" → 85 %; 0.96 against a % target → 96. Null unless one number. */
export function parseActual(text: unknown, target?: ParsedTarget | null): ParsedActual | null {
  try {
    if (text === null || text === undefined) return null;
    if (typeof text === 'number') {
      if (!Number.isFinite(text)) return null;
      if (target?.unit === '%' && Math.abs(text) <= 1.5) return { value: text * 100, unit: '%' };
      return { value: text, unit: '' };
    }
    const t = parseTarget(text);
    if (!t || t.op === 'range') return null;
    if (target?.unit === '%' && t.unit === '' && Math.abs(t.value) <= 1.5 && /\./.test(String(text))) {
      return { value: t.value * 100, unit: '%' };
    }
    return { value: t.value, unit: t.unit };
  } catch {
    return null;
  }
}

export interface Suggestion {
  /** Suggested 得分 range in hundredths (low = high for a quantitative indicator). */
  low: number;
  high: number;
  kind: 'quantitative' | 'qualitative';
  /** Chinese explanation: how the suggestion was reached. */
  basis: string;
}

function clampRound(h: number, weight: number): number {
  return Math.max(0, Math.min(weight, Math.round(h)));
}

function showNumber(v: number): string {
  return String(Math.round(v * 10000) / 10000);
}

/**
 * Suggested 得分 for one indicator. `weight` in hundredths; `reverse` says the indicator is a cost one
 * (成本指标) when the target carries no comparator. Null when neither reading applies.
 */
export function suggestScore(target: unknown, actual: unknown, weight: number, reverse = false): Suggestion | null {
  try {
    if (!(weight > 0)) return null;
    const quantitative = suggestQuantitative(target, actual, weight, reverse);
    if (quantitative) return quantitative;
    return suggestQualitative(target, actual, weight);
  } catch {
    return null;
  }
}

function suggestQuantitative(target: unknown, actual: unknown, weight: number, reverseByDefault: boolean): Suggestion | null {
  const t = parseTarget(target);
  if (!t) return null;
  const a = parseActual(actual, t);
  if (!a) return null;
  if (a.unit !== '' && t.unit !== '' && a.unit !== t.unit) return null;
  if (a.unit !== '' && t.unit === '' && a.unit !== '%') return null;
  const w = showHundredths(weight);
  const tText = `${showNumber(t.value)}${t.unit}`;
  const aText = `${showNumber(a.value)}${a.unit || t.unit}`;
  const full = (why: string): Suggestion => ({ low: weight, high: weight, kind: 'quantitative', basis: why });
  const point = (h: number, why: string): Suggestion => {
    const v = clampRound(h, weight);
    return { low: v, high: v, kind: 'quantitative', basis: `${why}，建议得分 ${showHundredths(v)}` };
  };
  if (t.op === 'range') {
    if (a.value >= t.value) return full(`实际 ${aText} 达到目标 ${showNumber(t.value)}-${showNumber(t.high!)}${t.unit}，应得满分 ${w}`);
    if (t.value <= 0) return null;
    return point((weight * a.value) / t.value, `实际 ${aText} 低于目标下限 ${showNumber(t.value)}${t.unit}，按 ${w}×${showNumber(a.value)}/${showNumber(t.value)}`);
  }
  const reverse = t.op === '<=' || t.op === '<' || (t.op === '=' && reverseByDefault);
  if (t.value <= 0) {
    if (t.value === 0 && a.value === 0) return full(`实际 ${aText} 与目标 ${tText} 一致，应得满分 ${w}`);
    return null; // a zero target gives no ratio
  }
  if (!reverse) {
    if (a.value >= t.value) return full(`实际 ${aText} 达到目标 ${tText}，应得满分 ${w}`);
    return point((weight * a.value) / t.value, `正向指标：实际 ${aText} 未达目标 ${tText}，按 ${w}×${showNumber(a.value)}/${showNumber(t.value)}`);
  }
  if (a.value <= t.value) return full(`反向指标：实际 ${aText} 未超目标 ${tText}，应得满分 ${w}`);
  if (a.value >= 2 * t.value) return point(0, `反向指标：实际 ${aText} 超过目标 ${tText} 的两倍`);
  return point(
    weight * (1 - (a.value - t.value) / t.value),
    `反向指标：实际 ${aText} 超出目标 ${tText}，按 ${w}×(1−(${showNumber(a.value)}−${showNumber(t.value)})/${showNumber(t.value)})`,
  );
}

const ACHIEVED = /完成|达到|达标|实现|有效|良好|较好|提高|提升|加强|增强|保持|合格|满意|到位|明显|按时|如期|已/;
const PARTIAL = /部分|基本|大部分|初步/;
const MISSED = /未|没有|无法|不足|不到|滞后|延迟|延期|较差/;

function strip(text: unknown): string {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/[\s\u3000"“”'‘’,，.。;；:：、()（）]+/g, '');
}

function suggestQualitative(target: unknown, actual: unknown, weight: number): Suggestion | null {
  const t = strip(target);
  const a = strip(actual);
  if (t === '' || a === '' || t === '无' || a === '无' || /^\.+$/.test(t)) return null;
  const band = (lo: number, hi: number, label: string): Suggestion => ({
    low: Math.round((weight * lo) / 100),
    high: Math.round((weight * hi) / 100),
    kind: 'qualitative',
    basis: `定性指标${label}，得分应在分值的 ${lo}%–${hi}%（${showHundredths(Math.round((weight * lo) / 100))}–${showHundredths(Math.round((weight * hi) / 100))}）`,
  });
  const achieved = band(80, 100, '达成');
  // "完成34%" against a target in words: the share achieved (seed 003 禁毒宣传)
  const shares = a.match(/\d+(?:\.\d+)?%/g);
  if (shares && shares.length === 1 && !/\d/.test(t)) {
    const p = Number(shares[0].slice(0, -1));
    if (p >= 100) return achieved;
    const v = Math.round((weight * p) / 100);
    return { low: v, high: v, kind: 'qualitative', basis: `实际完成 ${p}%，按 ${showHundredths(weight)}×${p}% 建议得分 ${showHundredths(v)}` };
  }
  if (MISSED.test(a) && !MISSED.test(t)) return band(0, 60, '未达成');
  if (PARTIAL.test(a) && !PARTIAL.test(t)) return band(60, 80, '部分达成');
  if (a === t || (a.length >= 2 && (a.includes(t) || t.includes(a)))) return achieved;
  if (ACHIEVED.test(a)) return achieved;
  return null;
}

/**
 * 量化评价表 scoring rules written in words, parsed into data (seed 004), e.g.
 * `差异率＝0，得满分；差异率（绝对值）>0时，每增加5%（含）扣减0.5分，减至0分为止`.
 * A rule is a list of clauses, each a condition on the 计算值 and an action; the first clause whose
 * condition holds decides. "每增加 S%（含）扣减 P 分" counts a step for every started S% including the
 * boundary: steps = ⌊(x − threshold)/S⌋ + 1 (the reading under which seed 004's own scores agree:
 * −8.53 → 9.0 of 10, 0 with "≥0 时" → 9.5 of 10); without （含） steps = ⌈(x − threshold)/S⌉.
 */

export type RuleOp = '=' | '≠' | '<' | '≤' | '>' | '≥';

export type RuleAction =
  | { kind: 'full' }
  | { kind: 'zero' }
  | { kind: 'deduct'; points: number } // hundredths
  | { kind: 'perStep'; step: number; points: number; inclusive: boolean }; // step: hundredths of a percent

export interface RuleClause {
  /** (绝对值): the condition and the steps use |x|. */
  absolute: boolean;
  op: RuleOp;
  /** Threshold in hundredths of a percent (0.00% → 0, 100% → 10000). */
  threshold: number;
  action: RuleAction;
  text: string;
}

export interface DeductionRule {
  text: string;
  clauses: RuleClause[];
}

const CONDITION = /(\(绝对值\))?(=|≠|≤|≥|<|>)(-?\d+(?:\.\d+)?)(%)?/g;

function hundredths(s: string): number {
  return Math.round(Number(s) * 100);
}

function parseAction(segment: string): RuleAction | null {
  if (/得满分|满分/.test(segment)) return { kind: 'full' };
  const step = /每(?:增加|增长|超过|上升|减少|下降)?(\d+(?:\.\d+)?)(?:%|个百分点)(\(含\))?[,]?扣(?:减|除)?(\d+(?:\.\d+)?)分/.exec(segment);
  if (step) return { kind: 'perStep', step: hundredths(step[1]), points: hundredths(step[3]), inclusive: !!step[2] };
  if (/得0分|不得分|0分$/.test(segment)) return { kind: 'zero' };
  const fixed = /扣(?:减|除)?(\d+(?:\.\d+)?)分/.exec(segment);
  if (fixed) return { kind: 'deduct', points: hundredths(fixed[1]) };
  return null;
}

/** Parse a rule in words; null when no clause can be read. Never throws. */
export function parseDeductionRule(text: unknown): DeductionRule | null {
  try {
    if (typeof text !== 'string') return null;
    const s = text.normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(/>=/g, '≥').replace(/<=/g, '≤');
    const matches = [...s.matchAll(CONDITION)];
    const clauses: RuleClause[] = [];
    matches.forEach((m, i) => {
      const start = m.index! + m[0].length;
      const end = i + 1 < matches.length ? matches[i + 1].index! : s.length;
      // the subject's "(绝对值)" may stand just before the comparator or just after the subject
      const before = s.slice(i === 0 ? 0 : matches[i - 1].index! + matches[i - 1][0].length, m.index!);
      const absolute = !!m[1] || /\(绝对值\)$/.test(before);
      const segment = s.slice(start, end);
      const action = parseAction(segment);
      if (!action) return;
      clauses.push({ absolute, op: m[2] as RuleOp, threshold: hundredths(m[3]), action, text: s.slice(m.index!, end) });
    });
    return clauses.length ? { text: s, clauses } : null;
  } catch {
    return null;
  }
}

function holds(op: RuleOp, x: number, t: number): boolean {
  switch (op) {
    case '=': return x === t;
    case '≠': return x !== t;
    case '<': return x < t;
    case '≤': return x <= t;
    case '>': return x > t;
    case '≥': return x >= t;
  }
}

export interface RuleResult {
  /** Score in hundredths, between 0 and the weight. */
  score: number;
  clause: RuleClause;
}

/**
 * Apply a parsed rule to a 计算值 (hundredths of a percent) for an indicator of `weight` (hundredths).
 * Fixed deductions of earlier clauses add to a later step clause (tiered rules:
 * "≤100%，扣减1分；>100%时，每增加10%（含）扣减0.5分"). Null when no clause covers the value.
 */
export function applyDeductionRule(rule: DeductionRule, value: number, weight: number): RuleResult | null {
  let earlierFixed = 0;
  for (const clause of rule.clauses) {
    const x = clause.absolute ? Math.abs(value) : value;
    if (!holds(clause.op, x, clause.threshold)) {
      if (clause.action.kind === 'deduct') earlierFixed = Math.max(earlierFixed, clause.action.points);
      continue;
    }
    const a = clause.action;
    let score: number;
    if (a.kind === 'full') score = weight;
    else if (a.kind === 'zero') score = 0;
    else if (a.kind === 'deduct') score = weight - a.points;
    else {
      const over = Math.max(0, x - clause.threshold);
      const steps = a.step <= 0 ? 0 : a.inclusive ? Math.floor(over / a.step) + 1 : Math.ceil(over / a.step);
      score = weight - earlierFixed - steps * a.points;
    }
    return { score: Math.max(0, Math.min(weight, score)), clause };
  }
  return null;
}

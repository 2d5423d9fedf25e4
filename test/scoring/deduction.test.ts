import fc from 'fast-check';
import { applyDeductionRule, parseDeductionRule } from '../../src/core/scoring/deduction';

const R5 = '差异率＝0，得满分；差异率（绝对值）>0时，每增加5%（含）扣减0.5分，减至0分为止。';

describe('量化评价表 rules in words → data (seed 004)', () => {
  test('the common rule parses into two clauses', () => {
    const rule = parseDeductionRule(R5)!;
    expect(rule.clauses).toEqual([
      expect.objectContaining({ op: '=', threshold: 0, absolute: false, action: { kind: 'full' } }),
      expect.objectContaining({ op: '>', threshold: 0, absolute: true, action: { kind: 'perStep', step: 500, points: 50, inclusive: true } }),
    ]);
  });

  test.each([
    // [rule, 计算值 in %, weight, expected score] — the seed's own rows
    [R5, 0, 5, 5],
    [R5, -8.53, 10, 9], // 公用经费预算执行差异率 −8.53 → 9.0
    ['差异率≤0，得满分；差异率﹥0时，每增加 5%（含）扣减 0.5 分，减至 0 分为止。', -8.53, 3, 3],
    ['变动率<0，得满分；变动率≥0 时，每增加 5%（含）扣减 0.5 分，减至 0 分为止。', 0, 10, 9.5],
    ['变动率≤0，得满分；变动率﹥0时，每增加 5%（含）扣减 0.5 分，减至 0 分为止。', 455.2, 5, 0],
    ['应缴财政款=0，得满分，应缴财政款≠0，得 0 分', 0, 1, 1],
    ['应缴财政款=0，得满分，应缴财政款≠0，得 0 分', 3, 1, 0],
    ['差异率≤0，得满分；差异率>0 时，每增加 5%（含）扣减 1 分，减至 0 分为止。', 12, 5, 2],
    ['比重＝0，得满分；比重﹥0 时，每增加 1%（含）扣减 0.5 分，减至 0 分为止。', 2.5, 5, 3.5],
    // tiered: |x| ≤ 100% costs 1 point, beyond that 0.5 per started 10% on top
    ['差异率＝0，得满分；差异率（绝对值）≤100%，扣减1分；差异率（绝对值）>100%时，每增加10%（含）扣减0.5分，减至0分为止。', 40, 5, 4],
    ['差异率＝0，得满分；差异率（绝对值）≤100%，扣减1分；差异率（绝对值）>100%时，每增加10%（含）扣减0.5分，减至0分为止。', -115, 5, 3],
  ])('%s with %p → %p of %p', (text, value, weight, expected) => {
    const rule = parseDeductionRule(text)!;
    expect(rule).not.toBeNull();
    const result = applyDeductionRule(rule, Math.round(value * 100), Math.round(weight * 100));
    expect(result?.score).toBe(Math.round(expected * 100));
  });

  test('text that is no rule gives null; parsing never throws', () => {
    expect(parseDeductionRule('按实际完成情况酌情评分')).toBeNull();
    fc.assert(fc.property(fc.string(), (s) => {
      const r = parseDeductionRule(s);
      if (r) applyDeductionRule(r, 1234, 500);
    }), { numRuns: 1000 });
  });

  test('the score stays within 0 … weight for any value', () => {
    const rule = parseDeductionRule(R5)!;
    fc.assert(fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 10000 }), (v, w) => {
      const r = applyDeductionRule(rule, v, w)!;
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(w);
    }));
  });
});

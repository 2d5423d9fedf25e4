/**
 * The self-evaluation sheets of seeds 000–004 as published (test/fixtures/eval-00N.xlsx, built by
 * scripts/fixtures/evaluations.js): their known defects are found, the clean ones pass.
 */
import type { Finding } from '../../src/core/findings';
import { scoreWorkbook, type EvaluationResult } from '../../src/core/scoring';
import { emptyWorkbook, loadFixture, setCell, valueAt } from './helpers';

async function score(file: string) {
  return scoreWorkbook(await loadFixture(file), emptyWorkbook());
}

function byName(evaluations: EvaluationResult[], name: string): EvaluationResult {
  const e = evaluations.find((x) => x.name === name);
  if (!e) throw new Error(`no evaluation ${name}: ${evaluations.map((x) => x.name).join(', ')}`);
  return e;
}

function rule(findings: Finding[], id: string, cell?: string): Finding[] {
  return findings.filter((f) => f.rule === id && (cell === undefined || f.cell === cell));
}

describe('seed 000 (株洲市供销合作社联合社)', () => {
  test('整体: 执行率 97.38 against 97.39, 得分 9.7 against 9.74, 总分 97.7 agreeing with its rows', async () => {
    const r = await score('eval-000.xlsx');
    const whole = r.evaluations.find((e) => e.kind === '整体')!;
    expect(whole.name).toBe('株洲市供销合作社联合社');
    const rate = rule(whole.findings, 'EVAL.budget-rate', 'G4');
    expect(rate).toHaveLength(1);
    expect(rate[0]).toMatchObject({ severity: 'error', expected: 97.39, actual: 97.38 });
    expect(rate[0].cells.map((c) => c.cell)).toEqual(expect.arrayContaining(['G4', 'D4', 'E4']));
    const budgetScore = rule(whole.findings, 'EVAL.budget-score', 'H4');
    expect(budgetScore).toHaveLength(1);
    expect(budgetScore[0]).toMatchObject({ expected: 9.74, actual: 9.7 });
    expect(whole.statedTotal).toBe(97.7);
    expect(whole.computedTotal).toBe(97.7);
    expect(whole.grade).toBe('优');
    expect(rule(whole.findings, 'EVAL.total')).toHaveLength(0);
    expect(rule(whole.findings, 'EVAL.weight-total')).toHaveLength(0);
    expect(rule(whole.findings, 'EVAL.level-weight')).toHaveLength(0);
    // the cost row written 8 for 601.28 against ≤600: a suggestion, never an error
    const cost = rule(whole.findings, 'EVAL.suggest', 'H23');
    expect(cost).toHaveLength(1);
    expect(cost[0]).toMatchObject({ severity: 'warning', expected: 9.98, actual: 8 });
  });

  test('four project tables one below another on one sheet', async () => {
    const r = await score('eval-000.xlsx');
    const projects = r.evaluations.filter((e) => e.kind === '项目');
    expect(projects.map((p) => p.sheet)).toEqual(Array(4).fill('项目支出绩效自评表'));
    expect(projects.map((p) => p.name)).toEqual(['供销社社有企业改制遗留问题', '供销社-市直单位三供一业改造资金', '市直单位“三供一业”改造资金', '党代表活动经费']);
    expect(projects.map((p) => p.statedTotal)).toEqual([90, 100, 100, 99]);
    expect(projects.map((p) => p.computedTotal)).toEqual([90, 100, 100, 99]);
    // 4-2, 4-3, 4-4 carry 30 分 under "(40分)" and 30 under "(20分)" while the whole makes 100
    for (const p of projects.slice(1)) {
      expect(rule(p.findings, 'EVAL.level-weight').map((f) => [f.expected, f.actual])).toEqual([[40, 30], [20, 30]]);
      expect(rule(p.findings, 'EVAL.weight-total')).toHaveLength(0);
    }
    // 党代表: 95%以上 met with 0.96, written 9 of 10 without a reason
    const party = projects[3];
    expect(rule(party.findings, 'EVAL.suggest')[0]).toMatchObject({ expected: 10, actual: 9 });
    expect(rule(party.findings, 'EVAL.reason')).toHaveLength(1);
    // 4-1: 0 of 5 with a reason written — no reason finding
    expect(rule(projects[0].findings, 'EVAL.reason')).toHaveLength(0);
  });

  test('基础数据表: 控制率 and 三公 add up; the 项目支出 lines of 上年 do not', async () => {
    const r = await score('eval-000.xlsx');
    const base = r.evaluations.find((e) => e.kind === '基础数据')!;
    expect(rule(base.findings, 'EVAL.base-control-rate')).toHaveLength(0);
    expect(rule(base.findings, 'EVAL.base-sangong')).toHaveLength(0);
    expect(rule(base.findings, 'EVAL.base-vehicle')).toHaveLength(0);
    const project = rule(base.findings, 'EVAL.base-project');
    expect(project).toHaveLength(1);
    expect(project[0]).toMatchObject({ cell: 'B11', severity: 'warning', actual: 12.3, expected: 192.3 });
  });
});

describe('seed 001 (渌口区工商业联合会): a clean sheet in another layout', () => {
  test('总分 97 correct, no error finding; merged labels and text numbers read', async () => {
    const r = await score('eval-001.xlsx');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const whole = r.evaluations.find((e) => e.kind === '整体')!;
    expect(whole.name).toBe('株洲市渌口区工商业联合会');
    expect(whole.statedTotal).toBe(97);
    expect(whole.computedTotal).toBe(97);
    // 8.5 written where ≧95% reached 90%: 10 × 90/95 = 9.47 suggested, as a warning
    expect(rule(whole.findings, 'EVAL.suggest', 'H19')[0]).toMatchObject({ severity: 'warning', expected: 9.47, actual: 8.5 });
    // every deduction carries its reason
    expect(rule(whole.findings, 'EVAL.reason')).toHaveLength(0);
    const base = r.evaluations.find((e) => e.kind === '基础数据')!;
    expect(base.findings).toEqual([]);
  });
});

describe('seed 002 (中共株洲市委组织部)', () => {
  test('整体: 总分 9.94 against 99.4, 效益 分值 24 under (20分), Σ 分值 104', async () => {
    const r = await score('eval-002.xlsx');
    const whole = r.evaluations.find((e) => e.kind === '整体')!;
    expect(whole.statedTotal).toBe(9.94);
    expect(whole.computedTotal).toBe(99.4);
    const total = rule(whole.findings, 'EVAL.total');
    expect(total).toHaveLength(1);
    expect(total[0]).toMatchObject({ severity: 'error', cell: 'H34', expected: 99.4, actual: 9.94 });
    const level = rule(whole.findings, 'EVAL.level-weight');
    expect(level).toHaveLength(1);
    expect(level[0]).toMatchObject({ cell: 'B25', expected: 20, actual: 24 });
    expect(rule(whole.findings, 'EVAL.weight-total')[0]).toMatchObject({ actual: 104 });
    // 执行率 0.9403 with a % format read as 94.03%: correct
    expect(rule(whole.findings, 'EVAL.budget-rate')).toHaveLength(0);
    expect(rule(whole.findings, 'EVAL.reason', 'I28')).toHaveLength(1); // 5 of 9, no reason
  });

  test('党代表活动经费: 预算执行 分值 90', async () => {
    const r = await score('eval-002.xlsx');
    const p = byName(r.evaluations, '党代表活动经费');
    expect(p.sheet).toBe('Sheet3'); // found by content, not by the sheet's name
    expect(rule(p.findings, 'EVAL.budget-weight')[0]).toMatchObject({ cell: 'F8', actual: 90, expected: 10 });
    expect(rule(p.findings, 'EVAL.weight-total')[0]).toMatchObject({ severity: 'error', actual: 180 });
  });

  test('公务员管理工作经费: no 分值 or 得分 on any indicator, yet 总分 100', async () => {
    const r = await score('eval-002.xlsx');
    const p = byName(r.evaluations, '公务员管理工作经费');
    const missing = rule(p.findings, 'EVAL.weight-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain('12 项三级指标没有分值');
    expect(p.statedTotal).toBe(100);
    expect(p.computedTotal).not.toBe(100);
    expect(rule(p.findings, 'EVAL.total')[0]).toMatchObject({ severity: 'error', actual: 100 });
    expect(rule(p.findings, 'EVAL.budget-score')[0]).toMatchObject({ severity: 'error', actual: 100, expected: 9.04 });
  });

  test('党员教育培训经费: rows add to 99.7 not 99.8; 40.9862 / 41 = 99.97% kept exact', async () => {
    const r = await score('eval-002.xlsx');
    const p = byName(r.evaluations, '党员教育培训经费');
    expect(rule(p.findings, 'EVAL.budget-rate')).toHaveLength(0);
    expect(rule(p.findings, 'EVAL.total')[0]).toMatchObject({ expected: 99.7, actual: 99.8 });
  });

  test('empty cells are filled, never written ones; a broken table gets no 总分 fill', async () => {
    const snap = await loadFixture('eval-002.xlsx');
    const r = scoreWorkbook(snap, emptyWorkbook());
    expect(r.fills).toContainEqual({ sheet: '养老保险', cell: 'G8', value: 0.824, numberFormat: '0.00%' });
    for (const f of r.fills) expect(valueAt(snap, f.sheet, f.cell)).toBeNull();
    expect(r.fills.find((f) => f.sheet === '数字化')).toBeUndefined();
    const pension = byName(r.evaluations, '基层主职干部养老保险市级补助');
    expect(pension.computedTotal).toBe(97.24);
    expect(rule(pension.findings, 'EVAL.total')).toHaveLength(0);
  });
});

describe('seed 003 (天元区总工会): 总分 written one column to the left', () => {
  test('禁毒宣传 stated 93.4 against rows of 86.8; 机关干部 99.9 against 99.8', async () => {
    const r = await score('eval-003.xlsx');
    const drugs = byName(r.evaluations, '禁毒宣传');
    expect(rule(drugs.findings, 'EVAL.total')[0]).toMatchObject({ cell: 'G48', expected: 86.8, actual: 93.4 });
    expect(rule(drugs.findings, 'EVAL.suggest')).toHaveLength(0); // 完成34% → 3.4 agrees
    const cadres = byName(r.evaluations, '机关干部进小区工作队工作经费');
    expect(rule(cadres.findings, 'EVAL.total')[0]).toMatchObject({ expected: 99.8, actual: 99.9 });
    // 99.4% for 3.57/3.59 = 99.44%: only fewer decimals — information, not an error
    expect(rule(cadres.findings, 'EVAL.budget-rate')[0].severity).toBe('info');
    const rest = r.evaluations.filter((e) => e.name === '劳模疗休养专项' || e.kind === '整体');
    expect(rest).toHaveLength(2);
    for (const e of rest) {
      expect(e.statedTotal).toBe(100);
      expect(e.computedTotal).toBe(100);
      expect(e.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });
});

describe('seed 004 (宁安市供销合作社联合社, 黑龙江)', () => {
  test('量化评价表: every rule parsed and applied; 93.5 agrees', async () => {
    const r = await score('eval-004.xlsx');
    const q = r.evaluations.find((e) => e.kind === '量化')!;
    expect(q.name).toBe('宁安市供销合作社联合社');
    expect(q.statedTotal).toBe(93.5);
    expect(q.computedTotal).toBe(93.5);
    expect(q.findings).toEqual([]);
  });

  test('量化评价表: a changed 计算值 or an empty 得分 meets the rule', async () => {
    const snap = await loadFixture('eval-004.xlsx');
    setCell(snap, '量化评价表', 'G14', -12); // 公用经费预算执行差异率: |−12| → 3 steps → 8.5, written 9
    setCell(snap, '量化评价表', 'H16', null); // 结转变动率 0 with "≥0 时": 9.5
    const r = scoreWorkbook(snap, emptyWorkbook());
    const q = r.evaluations.find((e) => e.kind === '量化')!;
    expect(rule(q.findings, 'EVAL.quant-rule', 'H14')[0]).toMatchObject({ severity: 'warning', expected: 8.5, actual: 9 });
    expect(r.fills).toContainEqual({ sheet: '量化评价表', cell: 'H16', value: 9.5 });
    expect(q.computedTotal).toBe(93.5); // 9 still counts as written; the emptied 9.5 comes from the rule
  });

  test('整体 (权重 column): 产出 50 with 60 under it, "数量指标 40" with 30', async () => {
    const r = await score('eval-004.xlsx');
    const whole = r.evaluations.find((e) => e.kind === '整体')!;
    expect(rule(whole.findings, 'EVAL.level-weight').map((f) => [f.cell, f.expected, f.actual])).toEqual([['B8', 50, 60], ['B15', 40, 30]]);
    expect(whole.statedTotal).toBe(98);
    expect(whole.computedTotal).toBe(98);
  });

  test('项目: the 预算执行 row with 分值 100 repeats the total and is left out of it', async () => {
    const r = await score('eval-004.xlsx');
    const p = r.evaluations.find((e) => e.kind === '项目')!;
    expect(p.name).toBe('解决历史遗留经费');
    expect(p.computedTotal).toBe(99);
    expect(rule(p.findings, 'EVAL.total')).toHaveLength(0);
    expect(rule(p.findings, 'EVAL.budget-weight')[0].message).toContain('未计入总分');
    // 分值 30 merged over two rows: the second row shares it, only the unweighted 维稳 row is missing one
    expect(rule(p.findings, 'EVAL.weight-missing')[0].message).toContain('1 项');
  });
});

describe('recognition by content', () => {
  test('tables without their titles are still found by their headers, stacked ones kept apart', async () => {
    const snap = await loadFixture('eval-000.xlsx');
    setCell(snap, '部门整体支出绩效自评表', 'A1', null);
    for (const cell of ['A1', 'A27', 'A50', 'A73']) setCell(snap, '项目支出绩效自评表', cell, null);
    setCell(snap, '绩效评价基础数据表', 'A1', null);
    const r = scoreWorkbook(snap, emptyWorkbook());
    expect(r.evaluations.map((e) => e.kind)).toEqual(['基础数据', '整体', '项目', '项目', '项目', '项目']);
    expect(r.evaluations.filter((e) => e.kind === '项目').map((e) => e.statedTotal)).toEqual([90, 100, 100, 99]);
    expect(r.evaluations[1].findings.find((f) => f.rule === 'EVAL.budget-rate')?.cell).toBe('G4');
  });

  test('a workbook without self-evaluation sheets gives nothing', async () => {
    const r = scoreWorkbook({ sheets: [{ name: 'S', top: 0, left: 0, values: [['收入支出决算总表'], ['项目', '决算数']], merges: [] }, { name: 'E', top: 0, left: 0, values: [], merges: [] }] }, emptyWorkbook());
    expect(r).toEqual({ evaluations: [], findings: [], fills: [] });
  });
});

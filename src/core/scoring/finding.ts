/** Building Finding objects (src/core/findings.ts contract) for the scorer. */
import type { EvaluationKind } from '../model';
import type { CellRef, Finding, Severity } from '../findings';

export const RULE_TITLES: Record<string, string> = {
  'EVAL.budget-rate': '执行率 = 全年执行数 / 全年预算数',
  'EVAL.budget-score': '预算执行得分 = 分值 × 执行率',
  'EVAL.budget-weight': '预算执行分值应为 10 分',
  'EVAL.budget-sum': '年度资金总额 = 其中各项之和',
  'EVAL.budget-missing': '预算执行数据不全',
  'EVAL.level-weight': '一级指标分值合计 = 标注分值',
  'EVAL.weight-total': '分值合计 = 100',
  'EVAL.weight-missing': '指标缺少分值或得分',
  'EVAL.score-range': '0 ≤ 得分 ≤ 分值',
  'EVAL.score-missing': '得分为空',
  'EVAL.suggest': '得分与指标完成情况不符',
  'EVAL.reason': '扣分须说明偏差原因',
  'EVAL.total': '总分 = 各项得分之和',
  'EVAL.cross-t01': '年度资金总额全年执行数 = 收入支出决算总表本年支出合计',
  'EVAL.cross-t03': '基本支出/项目支出 = 支出决算表合计',
  'EVAL.base-control-rate': '控制率 = 实际在职人数 / 编制数',
  'EVAL.base-sangong': '三公经费 = 各项之和',
  'EVAL.base-vehicle': '公务用车购置和维护经费 = 购置 + 运行维护',
  'EVAL.base-project': '项目支出 = 各项之和',
  'EVAL.base-public': '公用经费 ≥ 其中各项之和',
  'EVAL.cross-t07': '基础数据表三公经费决算 = 三公经费支出决算表',
  'EVAL.cross-t06': '基础数据表公用经费决算 = 基本支出决算表公用经费合计',
  'EVAL.cross-t03-project': '基础数据表项目支出决算 = 支出决算表项目支出合计',
  'EVAL.quant-rule': '得分 = 评分标准',
  'EVAL.quant-rule-unreadable': '评分标准无法解析',
  'EVAL.quant-value': '计算值 = 指标公式',
  'EVAL.quant-weight': '权重合计',
};

export interface FindingInput {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  cells?: string[];
  /** Cells on other sheets (cross-checks with the tables). */
  otherCells?: CellRef[];
  expected: number | null;
  actual: number | null;
  message: string;
  group: EvaluationKind;
}

export function makeFinding(f: FindingInput): Finding {
  const all = [f.cell, ...(f.cells ?? []).filter((c) => c !== f.cell)];
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    cells: [...[...new Set(all)].map((cell) => ({ sheet: f.sheet, cell })), ...(f.otherCells ?? [])],
    expected: f.expected,
    actual: f.actual,
    message: f.message,
    title: RULE_TITLES[f.rule] ?? f.rule,
    group: f.group,
  };
}

/**
 * 量化评价表 (seed 004): three levels of indicators with weights, each 三级指标 with its 计算值, 得分, the
 * formula (指标说明) and the scoring rule in words (评分标准). The rule is parsed into data
 * (deduction.ts) and applied to the 计算值; weights must add up level by level and to 100; the 合计 row
 * must equal Σ 得分. Where the workbook has a formula's inputs (三公 from T07) the 计算值 is recomputed.
 */
import type { RecognizedWorkbook } from '../model';
import { rowByKey, tableById } from '../model';
import { applyDeductionRule, parseDeductionRule } from './deduction';
import { makeFinding, type FindingInput } from './finding';
import { ratioBp, readHundredths, readPercent, showHundredths, toNumber } from './numbers';
import type { EvaluationResult, ScoreContext } from './selfEval';
import { gradeOf } from './selfEval';

interface Level {
  name: string;
  weight: number | null;
  weightCell: string | null;
  children: Level[];
  /** Weight cells of the 三级 rows below (for messages). */
  rows: QuantRow[];
}

interface QuantRow {
  row: number;
  name: string;
  weight: number | null;
  weightCell: string;
  value: number | null; // 计算值 in hundredths of a percent
  valueCell: string;
  score: number | null;
  scoreCell: string;
  formula: string;
  ruleText: string;
  ruleCell: string;
}

/** 计算值 as hundredths of a percent: 455.20 → 45520; "-8.53%" → -853; 0.0853 with a % format → 853. */
function readRate(v: unknown, fmt: string | null): number | null {
  if (typeof v === 'number' && fmt && fmt.includes('%')) return readPercent(v, fmt)?.bp ?? null;
  if (typeof v === 'string' && v.includes('%')) return readPercent(v)?.bp ?? null;
  return readHundredths(v as never);
}

export function scoreQuantitative(ctx: ScoreContext): EvaluationResult {
  const { view, block, workbook } = ctx;
  const findings: EvaluationResult['findings'] = [];
  const add = (f: Omit<FindingInput, 'sheet' | 'group'>) => findings.push(makeFinding({ ...f, sheet: view.name, group: '量化' }));
  const result: EvaluationResult = {
    sheet: view.name,
    kind: '量化',
    name: unitName(ctx) ?? (block.title || '量化评价表'),
    statedTotal: null,
    computedTotal: null,
    grade: null,
    range: `${view.cell(block.top, view.left)}:${view.cell(block.bottom, view.right)}`,
    findings,
  };

  let hr = -1;
  for (let r = block.top; r <= block.bottom && hr < 0; r++) {
    const texts = view.rowTexts(r).map(([, t]) => t);
    if (texts.some((t) => t.includes('计算值')) && texts.some((t) => t.includes('评分标准'))) hr = r;
  }
  if (hr < 0) return result;
  const cValue = view.findInRow(hr, (t) => t.includes('计算值'))!;
  const cScore = view.findInRow(hr, (t) => t === '得分' || t.includes('得分'));
  const cFormula = view.findInRow(hr, (t) => t.includes('指标说明'));
  const cRule = view.findInRow(hr, (t) => t.includes('评分标准'))!;
  if (cScore === null) return result;
  // the sub-header with 名称 权重 名称 权重 名称 权重
  let sub = -1;
  for (let r = hr; r <= Math.min(hr + 3, block.bottom) && sub < 0; r++) {
    if (view.rowTexts(r).filter(([, t]) => t === '权重').length >= 3) sub = r;
  }
  if (sub < 0) return result;
  const names = view.rowTexts(sub).filter(([, t]) => t === '名称').map(([c]) => c);
  const weights = view.rowTexts(sub).filter(([, t]) => t === '权重').map(([c]) => c);
  if (names.length < 3 || weights.length < 3) return result;
  const [n1, n2, n3] = names;
  const [w1, w2, w3] = weights;

  const level1: Level[] = [];
  let l1: Level | null = null;
  let l2: Level | null = null;
  const rows: QuantRow[] = [];
  let totalRow = -1;
  for (let r = sub + 1; r <= block.bottom; r++) {
    if (view.rowTexts(r).some(([c, t]) => c <= n3 && t.startsWith('合计'))) {
      totalRow = r;
      break;
    }
    const name1 = view.isMergeSlave(r, n1) ? '' : view.text(r, n1);
    const name2 = view.isMergeSlave(r, n2) ? '' : view.text(r, n2);
    const name3 = view.text(r, n3);
    if (name1) {
      l1 = { name: name1, weight: readHundredths(view.value(r, w1)), weightCell: view.cell(r, w1), children: [], rows: [] };
      level1.push(l1);
      l2 = null;
    }
    if (name2 && l1) {
      l2 = { name: name2, weight: readHundredths(view.value(r, w2)), weightCell: view.cell(r, w2), children: [], rows: [] };
      l1.children.push(l2);
    }
    if (!name3) continue;
    const q: QuantRow = {
      row: r,
      name: name3,
      weight: readHundredths(view.value(r, w3)),
      weightCell: view.cell(r, w3),
      value: readRate(view.value(r, cValue), view.numberFormat(r, cValue)),
      valueCell: view.cell(r, cValue),
      score: readHundredths(view.value(r, cScore)),
      scoreCell: view.cell(r, cScore),
      formula: cFormula !== null ? String(view.value(r, cFormula) ?? '') : '',
      ruleText: String(view.value(r, cRule) ?? ''),
      ruleCell: view.cell(r, cRule),
    };
    rows.push(q);
    (l2 ?? l1)?.rows.push(q);
  }

  // ---- each row: the rule applied to the 计算值
  let total = 0;
  let complete = true;
  for (const q of rows) {
    if (q.weight === null) {
      add({ rule: 'EVAL.weight-missing', severity: 'error', cell: q.weightCell, expected: null, actual: null,
        message: `${view.name} ${q.weightCell}“${q.name}”没有权重。` });
      if (q.score !== null) total += q.score;
      continue;
    }
    recomputeValue(ctx, workbook, q, add);
    const rule = parseDeductionRule(q.ruleText);
    let expected: number | null = null;
    if (!rule) {
      add({ rule: 'EVAL.quant-rule-unreadable', severity: 'info', cell: q.ruleCell, expected: null, actual: null,
        message: `${view.name} ${q.ruleCell}“${q.name}”的评分标准无法解析为扣分规则，请人工复核。` });
    } else if (q.value !== null) {
      const applied = applyDeductionRule(rule, q.value, q.weight);
      if (applied) expected = applied.score;
      else add({ rule: 'EVAL.quant-rule-unreadable', severity: 'info', cell: q.ruleCell, cells: [q.valueCell], expected: null, actual: null,
        message: `${view.name} ${q.ruleCell}“${q.name}”的评分标准没有覆盖计算值 ${showHundredths(q.value)}%。` });
    }
    if (q.score === null) {
      if (expected !== null) {
        ctx.fills.push({ sheet: view.name, cell: q.scoreCell, value: toNumber(expected) });
        add({ rule: 'EVAL.score-missing', severity: 'info', cell: q.scoreCell, cells: [q.valueCell, q.ruleCell], expected: toNumber(expected), actual: null,
          message: `${view.name} ${q.scoreCell}“${q.name}”得分为空，按评分标准应为 ${showHundredths(expected)}。` });
        total += expected;
      } else complete = false;
      continue;
    }
    if (q.score < 0 || q.score > q.weight) {
      add({ rule: 'EVAL.score-range', severity: 'error', cell: q.scoreCell, cells: [q.weightCell], expected: toNumber(Math.max(0, Math.min(q.score, q.weight))), actual: toNumber(q.score),
        message: `${view.name} ${q.scoreCell}“${q.name}”得分 ${showHundredths(q.score)} 超出 0–${showHundredths(q.weight)}（权重）。` });
    }
    if (expected !== null && expected !== q.score) {
      add({ rule: 'EVAL.quant-rule', severity: 'warning', cell: q.scoreCell, cells: [q.valueCell, q.weightCell, q.ruleCell], expected: toNumber(expected), actual: toNumber(q.score),
        message: `${view.name} ${q.scoreCell}“${q.name}”计算值 ${showHundredths(q.value!)}%，按评分标准“${rule!.clauses.map((c) => c.text).join('；')}”应得 ${showHundredths(expected)}，写 ${showHundredths(q.score)}。` });
    }
    total += Math.max(0, Math.min(q.score, q.weight));
  }

  // ---- weights level by level
  const checkLevel = (parent: { name: string; weight: number | null; weightCell: string | null }, parts: { weight: number | null; weightCell: string | null }[]) => {
    if (parent.weight === null || !parent.weightCell || parts.length === 0) return;
    const sum = parts.reduce((s, p) => s + (p.weight ?? 0), 0);
    if (sum !== parent.weight) {
      add({ rule: 'EVAL.quant-weight', severity: 'error', cell: parent.weightCell, cells: parts.map((p) => p.weightCell!).filter(Boolean), expected: toNumber(sum), actual: toNumber(parent.weight),
        message: `${view.name} ${parent.weightCell}“${parent.name}”权重 ${showHundredths(parent.weight)}，下级权重合计 ${showHundredths(sum)}。` });
    }
  };
  for (const a of level1) {
    checkLevel(a, a.children.length ? a.children : a.rows);
    for (const b of a.children) checkLevel(b, b.rows);
  }
  const weightSum = rows.reduce((s, q) => s + (q.weight ?? 0), 0);
  if (rows.length && weightSum !== 10000) {
    add({ rule: 'EVAL.weight-total', severity: 'error', cell: rows[0].weightCell, cells: rows.map((q) => q.weightCell), expected: 100, actual: toNumber(weightSum),
      message: `${view.name} 三级指标权重合计 ${showHundredths(weightSum)}，应为 100。` });
  }

  // ---- 合计 row
  result.computedTotal = toNumber(total);
  result.grade = gradeOf(total);
  if (totalRow >= 0) {
    const stated = readHundredths(view.value(totalRow, cScore));
    const scoreCell = view.cell(totalRow, cScore);
    result.statedTotal = stated === null ? null : toNumber(stated);
    if (stated !== null && stated !== total) {
      add({ rule: 'EVAL.total', severity: 'error', cell: scoreCell, cells: rows.map((q) => q.scoreCell), expected: toNumber(total), actual: toNumber(stated),
        message: `${view.name} ${scoreCell} 合计得分写 ${showHundredths(stated)}，各项得分合计 ${showHundredths(total)}。` });
    } else if (stated === null && view.isEmpty(totalRow, cScore) && complete) {
      ctx.fills.push({ sheet: view.name, cell: scoreCell, value: toNumber(total) });
    }
    for (const [c, what] of [[w1, '一级'], [w2, '二级'], [w3, '三级']] as const) {
      const w = readHundredths(view.value(totalRow, c));
      if (w !== null && w !== weightSum && weightSum === 10000) {
        add({ rule: 'EVAL.quant-weight', severity: 'error', cell: view.cell(totalRow, c), expected: 100, actual: toNumber(w),
          message: `${view.name} ${view.cell(totalRow, c)} ${what}权重合计写 ${showHundredths(w)}，应为 100。` });
      }
    }
  }
  return result;
}

function unitName(ctx: ScoreContext): string | null {
  const { view, block } = ctx;
  for (let r = block.top; r <= Math.min(block.bottom, block.top + 4); r++) {
    for (const [c] of view.rowTexts(r)) {
      const raw = String(view.value(r, c) ?? '');
      const m = /单位名称[:：]\s*(.+)$/.exec(raw.trim());
      if (m) return m[1].trim();
    }
  }
  return null;
}

/** 三公 差异率 = (决算数 − 预算数) / 预算数 from T07, when the formula names 三公. */
function recomputeValue(ctx: ScoreContext, workbook: RecognizedWorkbook | null, q: QuantRow, add: (f: Omit<FindingInput, 'sheet' | 'group'>) => void): void {
  if (!workbook || !/三公/.test(q.formula + q.name) || !/差异率/.test(q.name)) return;
  const data = rowByKey(tableById(workbook, 'T07'), 'data');
  const budget = data?.amounts['预算数.合计'];
  const spent = data?.amounts['决算数.合计'];
  if (!budget || !spent || budget.cents === 0) return;
  const rate = ratioBp(spent.cents - budget.cents, budget.cents)!;
  if (q.value === null) {
    ctx.fills.push({ sheet: ctx.view.name, cell: q.valueCell, value: toNumber(rate) });
    q.value = rate;
    return;
  }
  if (rate !== q.value) {
    add({ rule: 'EVAL.quant-value', severity: 'warning', cell: q.valueCell, otherCells: [{ sheet: budget.sheet, cell: budget.cell }, { sheet: spent.sheet, cell: spent.cell }],
      expected: toNumber(rate), actual: toNumber(q.value),
      message: `${ctx.view.name} ${q.valueCell}“${q.name}”计算值写 ${showHundredths(q.value)}%，按${spent.sheet}（决算 ${showHundredths(spent.cents)}，预算 ${showHundredths(budget.cents)}）应为 ${showHundredths(rate)}%。` });
  }
}

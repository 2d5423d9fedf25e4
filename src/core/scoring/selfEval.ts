/**
 * 部门（单位）整体支出绩效自评表 and 项目支出绩效自评表 (DOMAIN.md §4): the 预算执行 block (执行率 and
 * its 得分 recomputed), the indicator rows (weights per 一级指标, 0 ≤ 得分 ≤ 分值, suggested 得分,
 * 偏差原因), 总分 = Σ 得分, the grade, and the cross-checks of the 整体 sheet with T01/T03.
 * Layouts of seeds 000–004: columns are found by their header words, not by position.
 */
import { parseAmount, roundingToleranceCents } from '../amount';
import type { CellWrite, Finding } from '../findings';
import type { EvaluationKind, RecognizedWorkbook } from '../model';
import { rowByKey, tableById } from '../model';
import type { EvaluationBlock } from './detect';
import { makeFinding, type FindingInput } from './finding';
import {
  decimalsOf,
  exactRatioBp,
  readExact,
  ratioBp,
  readHundredths,
  readPercent,
  roundHundredths,
  scaleByBp,
  showBp,
  showHundredths,
  toNumber,
  type PercentReading,
} from './numbers';
import type { SheetGrid } from '../grid';
import { suggestScore, type Suggestion } from './target';

export interface EvaluationResult {
  sheet: string;
  kind: EvaluationKind;
  name: string;
  statedTotal: number | null;
  computedTotal: number | null;
  grade: string | null;
  range: string;
  findings: Finding[];
}

export interface ScoreContext {
  view: SheetGrid;
  block: EvaluationBlock;
  workbook: RecognizedWorkbook | null;
  fills: CellWrite[];
}

/** 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60 (DOMAIN.md §4); total in hundredths. */
export function gradeOf(total: number | null): string | null {
  if (total === null) return null;
  if (total >= 9000) return '优';
  if (total >= 8000) return '良';
  if (total >= 6000) return '中';
  return '差';
}

const PLACEHOLDER = /^(无|\.+|…+|—+|-+|\/)$/;

/** 一级指标 families, to place rows whose 一级 label is missing (seed 002 党代表活动经费). */
const FAMILIES: [string, RegExp][] = [
  ['产出', /数量|质量|时效/],
  ['效益', /经济效益|社会效益|生态效益|可持续/],
  ['满意度', /满意度/],
  ['成本', /经济成本|社会成本|生态环境成本|成本指标/],
];

function familyOfLevel2(t: string): string | null {
  for (const [f, re] of FAMILIES) if (re.test(t)) return f;
  return null;
}

function familyOfLevel1(t: string): string | null {
  if (t.includes('产出')) return '产出';
  if (t.includes('效益')) return '效益';
  if (t.includes('满意')) return '满意度';
  if (t.includes('成本')) return '成本';
  return null;
}

interface Group {
  name: string;
  family: string | null;
  /** 标注分值 in hundredths: "(40分)" or the 权重 column. */
  weight: number | null;
  labelCell: string | null;
  weightCell: string | null;
  indicators: Indicator[];
}

interface Indicator {
  row: number;
  group: Group;
  level3: string;
  target: unknown;
  actual: unknown;
  weight: number | null;
  score: number | null;
  /** 分值 cell inside a merge whose master is on an earlier row: the weight is shared with that row. */
  sharedWeight: boolean;
  reason: string;
  weightCell: string | null;
  scoreCell: string | null;
  labelCell: string;
  suggestion: Suggestion | null;
}

interface Budget {
  row: number;
  weight: number | null;
  weightCell: string | null;
  rate: number | null;
  score: number | null;
  scoreWritten: number | null;
  rateCell: string | null;
  scoreCell: string | null;
  excluded: boolean;
}

function weightFromLabel(label: string): number | null {
  const m = /\((\d+(?:\.\d+)?)分\)/.exec(label);
  return m ? Math.round(Number(m[1]) * 100) : null;
}

export function scoreSelfEvaluation(ctx: ScoreContext): EvaluationResult {
  const { view, block } = ctx;
  const kind = block.kind;
  const findings: Finding[] = [];
  const add = (f: Omit<FindingInput, 'sheet' | 'group'>) => findings.push(makeFinding({ ...f, sheet: view.name, group: kind }));
  const at = (r: number, c: number) => view.cell(r, c);

  // ---- the indicator header: 一级指标 … 三级指标 … 分值 得分
  let hr = -1;
  for (let r = block.top; r <= block.bottom && hr < 0; r++) {
    const texts = view.rowTexts(r).map(([, t]) => t);
    if (texts.some((t) => t.includes('三级指标')) && texts.some((t) => t.includes('得分'))) hr = r;
  }
  const name = evaluationName(view, block, hr < 0 ? block.bottom : hr);
  const result: EvaluationResult = {
    sheet: view.name,
    kind,
    name,
    statedTotal: null,
    computedTotal: null,
    grade: null,
    range: `${at(block.top, view.left)}:${at(block.bottom, view.right)}`,
    findings,
  };
  if (hr < 0) return result;

  const col = (test: (t: string) => boolean) => view.findInRow(hr, test);
  const cLevel1 = col((t) => t.includes('一级指标'));
  const cWeightLabel = col((t) => t === '权重');
  const cLevel2 = col((t) => t.includes('二级指标'));
  const cLevel3 = col((t) => t.includes('三级指标'));
  const cTarget = col((t) => t.includes('指标值'));
  const cActual = col((t) => t.includes('完成值'));
  const cWeight = col((t) => t.includes('分值') && !t.includes('得分'));
  const cScore = col((t) => t.includes('得分'));
  const cReason = col((t) => t.includes('原因') || t.includes('偏差'));
  if (cLevel3 === null || cScore === null) return result;

  // ---- the 总分 row
  let totalRow = -1;
  for (let r = hr + 1; r <= block.bottom && totalRow < 0; r++) {
    if (view.rowTexts(r).some(([, t]) => t === '总分' || t === '合计得分')) totalRow = r;
  }
  const lastRow = totalRow >= 0 ? totalRow - 1 : block.bottom;

  // ---- indicator rows
  const groups: Group[] = [];
  let current: Group | null = null;
  const indicators: Indicator[] = [];
  for (let r = hr + 1; r <= lastRow; r++) {
    const l1 = cLevel1 !== null && !view.isMergeSlave(r, cLevel1) ? view.text(r, cLevel1) : '';
    const l2 = cLevel2 !== null ? view.mergedText(r, cLevel2) : '';
    const l2own = cLevel2 !== null ? view.text(r, cLevel2) : '';
    if (l1 !== '') {
      const label = l1.replace(/\(\d+(?:\.\d+)?分\)/, '');
      const weightCol = cWeightLabel !== null ? readHundredths(view.value(r, cWeightLabel)) : null;
      current = {
        name: label,
        family: familyOfLevel1(label) ?? (label === '' ? familyOfLevel2(l2) : null),
        weight: weightFromLabel(l1) ?? weightCol,
        labelCell: at(r, cLevel1!),
        weightCell: weightFromLabel(l1) !== null ? at(r, cLevel1!) : weightCol !== null ? at(r, cWeightLabel!) : null,
        indicators: [],
      };
      groups.push(current);
    } else if (l2own !== '' && current && current.family && current.indicators.length > 0) {
      // a 二级 of another family under a missing 一级 label starts an unlabelled group
      const f = familyOfLevel2(l2own);
      if (f && f !== current.family) {
        current = { name: `${f}指标`, family: f, weight: null, labelCell: null, weightCell: null, indicators: [] };
        groups.push(current);
      }
    }
    const l3 = view.text(r, cLevel3);
    const weightRaw = cWeight !== null ? view.value(r, cWeight) : null;
    const scoreRaw = view.value(r, cScore);
    const weight = readHundredths(weightRaw);
    const score = readHundredths(scoreRaw);
    const sharedWeight = cWeight !== null && view.isMergeSlave(r, cWeight);
    const real = l3 !== '' && !PLACEHOLDER.test(l3);
    if (!real && weight === null && score === null) continue;
    if (!current) {
      current = { name: '', family: familyOfLevel2(l2), weight: null, labelCell: null, weightCell: null, indicators: [] };
      groups.push(current);
    }
    const ind: Indicator = {
      row: r,
      group: current,
      level3: l3,
      target: cTarget !== null ? view.value(r, cTarget) : null,
      actual: cActual !== null ? view.value(r, cActual) : null,
      weight,
      score,
      sharedWeight,
      reason: cReason !== null ? view.text(r, cReason) : '',
      weightCell: cWeight !== null ? at(r, cWeight) : null,
      scoreCell: at(r, cScore),
      labelCell: at(r, cLevel3),
      suggestion: null,
    };
    current.indicators.push(ind);
    indicators.push(ind);
  }

  // ---- 预算执行 block
  const indicatorWeights = indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
  const budget = scoreBudget(ctx, hr, add, indicatorWeights);

  // ---- per indicator
  const missingWeight = indicators.filter((i) => i.weight === null && !i.sharedWeight && i.level3 !== '' && !PLACEHOLDER.test(i.level3));
  if (missingWeight.length) {
    add({
      rule: 'EVAL.weight-missing',
      severity: 'error',
      cell: missingWeight[0].weightCell ?? missingWeight[0].labelCell,
      cells: missingWeight.flatMap((i) => [i.labelCell, i.weightCell ?? i.labelCell]),
      expected: null,
      actual: null,
      message: `${view.name} 有 ${missingWeight.length} 项三级指标没有分值（${missingWeight
        .slice(0, 5)
        .map((i) => `${i.labelCell}“${i.level3}”`)
        .join('、')}${missingWeight.length > 5 ? '等' : ''}），无法评分。`,
    });
  }
  for (const ind of indicators) {
    const label = `${ind.labelCell}“${ind.level3 || ind.group.name}”`;
    if (ind.weight === null) {
      if (ind.score !== null && !ind.sharedWeight) {
        add({ rule: 'EVAL.weight-missing', severity: 'error', cell: ind.scoreCell!, cells: [ind.labelCell], expected: null, actual: toNumber(ind.score),
          message: `${view.name} ${label} 有得分 ${showHundredths(ind.score)} 却没有分值。` });
      }
      continue;
    }
    const reverse = ind.group.family === '成本';
    ind.suggestion = suggestScore(ind.target, ind.actual, ind.weight, reverse);
    if (ind.score === null) {
      const s = ind.suggestion;
      if (s && s.low === s.high && ind.scoreCell) {
        ctx.fills.push({ sheet: view.name, cell: ind.scoreCell, value: toNumber(s.low) });
        add({ rule: 'EVAL.score-missing', severity: 'info', cell: ind.scoreCell, cells: [ind.labelCell, ind.weightCell!], expected: toNumber(s.low), actual: null,
          message: `${view.name} ${label} 得分为空，按指标完成情况应为 ${showHundredths(s.low)}（${s.basis}）。` });
      } else {
        add({ rule: 'EVAL.score-missing', severity: 'warning', cell: ind.scoreCell!, cells: [ind.labelCell, ind.weightCell!], expected: null, actual: null,
          message: `${view.name} ${label} 分值 ${showHundredths(ind.weight)} 但得分为空。` });
      }
      continue;
    }
    if (ind.score < 0 || ind.score > ind.weight) {
      add({ rule: 'EVAL.score-range', severity: 'error', cell: ind.scoreCell!, cells: [ind.weightCell!], expected: toNumber(Math.max(0, Math.min(ind.score, ind.weight))), actual: toNumber(ind.score),
        message: `${view.name} ${label} 得分 ${showHundredths(ind.score)} 超出 0–${showHundredths(ind.weight)}（分值）。` });
    }
    const s = ind.suggestion;
    if (s && (ind.score < s.low - 5 || ind.score > s.high + 5)) {
      const shown = s.low === s.high ? showHundredths(s.low) : `${showHundredths(s.low)}–${showHundredths(s.high)}`;
      add({ rule: 'EVAL.suggest', severity: 'warning', cell: ind.scoreCell!, cells: [ind.labelCell, ind.weightCell!, ...(cTarget !== null ? [at(ind.row, cTarget)] : []), ...(cActual !== null ? [at(ind.row, cActual)] : [])],
        expected: toNumber(s.low === s.high ? s.low : ind.score < s.low ? s.low : s.high), actual: toNumber(ind.score),
        message: `${view.name} ${label} 写得分 ${showHundredths(ind.score)}，建议 ${shown}：${s.basis}。` });
    }
    if (ind.score < ind.weight && ind.reason === '' && cReason !== null) {
      add({ rule: 'EVAL.reason', severity: 'warning', cell: at(ind.row, cReason), cells: [ind.scoreCell!, ind.weightCell!], expected: null, actual: toNumber(ind.score),
        message: `${view.name} ${label} 得分 ${showHundredths(ind.score)} 低于分值 ${showHundredths(ind.weight)}，未填写偏差原因分析及改进措施。` });
    }
  }

  // ---- weights per 一级指标 and in all
  for (const g of groups) {
    if (g.weight === null || !g.labelCell) continue;
    if (g.indicators.length > 0 && g.indicators.every((i) => i.weight === null)) continue; // reported as weight-missing
    const sum = g.indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
    if (sum !== g.weight) {
      add({ rule: 'EVAL.level-weight', severity: 'error', cell: g.weightCell ?? g.labelCell, cells: g.indicators.map((i) => i.weightCell ?? i.labelCell),
        expected: toNumber(g.weight), actual: toNumber(sum),
        message: `${view.name} ${g.labelCell}“${g.name || '一级指标'}”标注 ${showHundredths(g.weight)} 分，其下各项分值合计 ${showHundredths(sum)}。` });
    }
  }
  const budgetCounts = budget !== null && !budget.excluded;
  const weightSum = indicatorWeights + (budgetCounts ? budget!.weight ?? 1000 : 0);
  const stated = totalRow >= 0 ? readTotalRow(view, totalRow, cWeight, cScore) : { weight: null, weightCell: null, score: null, scoreCell: null };
  const weightCells = [...(budgetCounts && budget!.weightCell ? [budget!.weightCell] : []), ...indicators.filter((i) => i.weight !== null).map((i) => i.weightCell!)];
  if (indicators.length > 0 && weightSum !== 10000) {
    add({ rule: 'EVAL.weight-total', severity: 'error', cell: stated.weightCell ?? weightCells[0] ?? at(hr, cLevel3), cells: weightCells,
      expected: 100, actual: toNumber(weightSum),
      message: `${view.name} 各项分值合计 ${showHundredths(weightSum)}${budgetCounts ? '（含预算执行）' : ''}，应为 100。` });
  } else if (stated.weight !== null && stated.weight !== weightSum) {
    add({ rule: 'EVAL.weight-total', severity: 'error', cell: stated.weightCell!, cells: weightCells, expected: toNumber(weightSum), actual: toNumber(stated.weight),
      message: `${view.name} 总分行分值写 ${showHundredths(stated.weight)}，各项分值合计 ${showHundredths(weightSum)}。` });
  }

  // ---- 总分 = Σ 得分 (written scores where valid, else computed ones)
  let complete = true;
  let total = 0;
  const scoreCells: string[] = [];
  if (budgetCounts) {
    const b = budget!;
    const w = b.weight ?? 1000;
    const valid = b.scoreWritten !== null && b.scoreWritten >= 0 && b.scoreWritten <= w;
    const v = valid ? b.scoreWritten : b.score;
    if (v === null) complete = false;
    total += v ?? 0;
    if (b.scoreCell) scoreCells.push(b.scoreCell);
  }
  for (const ind of indicators) {
    if (ind.weight === null) {
      if (ind.score !== null && !ind.sharedWeight) total += ind.score;
      continue;
    }
    const valid = ind.score !== null && ind.score >= 0 && ind.score <= ind.weight;
    const s = ind.suggestion;
    const v = valid ? ind.score! : ind.score !== null ? Math.max(0, Math.min(ind.score, ind.weight)) : s && s.low === s.high ? s.low : null;
    if (v === null) complete = false;
    total += v ?? 0;
    if (ind.scoreCell) scoreCells.push(ind.scoreCell);
  }
  result.computedTotal = toNumber(total);
  result.grade = gradeOf(total);
  result.statedTotal = stated.score === null ? null : toNumber(stated.score);
  if (totalRow >= 0) {
    if (stated.score !== null && stated.score !== total) {
      add({ rule: 'EVAL.total', severity: 'error', cell: stated.scoreCell!, cells: scoreCells, expected: toNumber(total), actual: toNumber(stated.score),
        message: `${view.name} ${stated.scoreCell} 总分写 ${showHundredths(stated.score)}，各项得分合计 ${showHundredths(total)}（${gradeOf(total)}）。` });
    } else if (stated.score === null && stated.scoreCell && complete && weightSum === 10000 && missingWeight.length === 0) {
      ctx.fills.push({ sheet: view.name, cell: stated.scoreCell, value: toNumber(total) });
      add({ rule: 'EVAL.total', severity: 'info', cell: stated.scoreCell, cells: scoreCells, expected: toNumber(total), actual: null,
        message: `${view.name} ${stated.scoreCell} 总分为空，各项得分合计 ${showHundredths(total)}。` });
    }
  }

  if (kind === '整体' && ctx.workbook) crossCheckWholeSheet(ctx, hr, add);
  return result;
}

function evaluationName(view: SheetGrid, block: EvaluationBlock, until: number): string {
  for (let r = block.top; r <= until; r++) {
    const cells = view.rowTexts(r);
    for (let i = 0; i < cells.length; i++) {
      const t = cells[i][1];
      const isLabel = t === '项目支出名称' || t === '项目名称' || (t.endsWith('名称') && (t.includes('部门') || t.includes('单位')));
      if (isLabel && i + 1 < cells.length) return String(view.value(r, cells[i + 1][0]) ?? '').trim();
    }
  }
  return block.title;
}

/** 总分 row: the 分值 and 得分 totals, also when written one column to the left (seed 003). */
function readTotalRow(view: SheetGrid, row: number, cWeight: number | null, cScore: number) {
  const labelCol = view.rowTexts(row).find(([, t]) => t === '总分' || t === '合计得分')?.[0] ?? view.left;
  const numbers: [number, number][] = [];
  for (let c = labelCol + 1; c <= view.right; c++) {
    const h = readHundredths(view.value(row, c));
    if (h !== null) numbers.push([c, h]);
  }
  const inScore = numbers.find(([c]) => c === cScore);
  const inWeight = cWeight !== null ? numbers.find(([c]) => c === cWeight) : undefined;
  if (inScore) {
    const before = numbers.filter(([c]) => c < cScore);
    const w = inWeight ?? before[before.length - 1];
    return { weight: w ? w[1] : null, weightCell: w ? view.cell(row, w[0]) : null, score: inScore[1], scoreCell: view.cell(row, cScore) };
  }
  const after = numbers.filter(([c]) => c > cScore);
  if (numbers.length >= 2 && after.length === 0) {
    // shifted one column left: the last two numbers are 分值 and 得分
    const [w, s] = numbers.slice(-2);
    return { weight: w[1], weightCell: view.cell(row, w[0]), score: s[1], scoreCell: view.cell(row, s[0]) };
  }
  return {
    weight: inWeight ? inWeight[1] : null,
    weightCell: inWeight ? view.cell(row, inWeight[0]) : null,
    score: null,
    scoreCell: view.isEmpty(row, cScore) ? view.cell(row, cScore) : null,
  };
}

type Add = (f: Omit<FindingInput, 'sheet' | 'group'>) => void;

function amountOf(v: unknown): number | null {
  const p = parseAmount(v as never);
  return p.status === 'number' || p.status === 'text' ? p.cents : null;
}

/** The 预算执行 block: 年初预算数 全年预算数 全年执行数 分值 执行率 得分, above the indicators. */
function scoreBudget(ctx: ScoreContext, indicatorHeader: number, add: Add, indicatorWeights: number): Budget | null {
  const { view, block } = ctx;
  let hr = -1;
  for (let r = block.top; r < indicatorHeader && hr < 0; r++) {
    const texts = view.rowTexts(r).map(([, t]) => t);
    if (texts.some((t) => t.includes('全年预算数')) && texts.some((t) => t.includes('全年执行数'))) hr = r;
  }
  if (hr < 0) return null;
  const col = (test: (t: string) => boolean) => view.findInRow(hr, test);
  const cStart = col((t) => t.includes('年初预算数'));
  const cBudget = col((t) => t.includes('全年预算数'))!;
  const cSpent = col((t) => t.includes('全年执行数'))!;
  const cWeight = col((t) => t === '分值' || (t.includes('分值') && !t.includes('得分')));
  const cRate = col((t) => t.includes('执行率'));
  const cScore = col((t) => t.includes('得分'));
  const labelEnd = Math.min(cStart ?? cBudget, cBudget) - 1;

  interface BudgetRow { row: number; label: string; budget: number | null; spent: number | null; budgetExact: number | null; spentExact: number | null; hasAny: boolean }
  const rows: BudgetRow[] = [];
  for (let r = hr + 1; r < indicatorHeader && r <= hr + 10; r++) {
    const texts = view.rowTexts(r).map(([, t]) => t);
    if (texts.some((t) => t.includes('总体目标') || t.includes('按收入性质') || t.includes('按支出性质'))) break;
    let label = '';
    for (let c = view.left; c <= labelEnd; c++) label += view.text(r, c);
    const budget = amountOf(view.value(r, cBudget));
    const spent = amountOf(view.value(r, cSpent));
    const hasAny = [cStart, cBudget, cSpent, cWeight, cRate, cScore].some((c) => c !== null && amountOf(view.value(r, c)) !== null || (c !== null && readPercent(view.value(r, c)) !== null));
    rows.push({ row: r, label, budget, spent, budgetExact: readExact(view.value(r, cBudget)), spentExact: readExact(view.value(r, cSpent)), hasAny });
  }
  const totalRow = rows.find((r) => r.label.includes('年度资金总额') || r.label.includes('合计'));
  const subs = rows.filter((r) => r !== totalRow && (r.budget !== null || r.spent !== null));
  const main = totalRow && totalRow.hasAny ? totalRow : subs[0] ?? totalRow;
  if (!main) return null;
  const usingSub = main !== totalRow;
  if (usingSub && totalRow) {
    add({ rule: 'EVAL.budget-missing', severity: 'warning', cell: view.cell(totalRow.row, cBudget), cells: [view.cell(main.row, cBudget)], expected: null, actual: null,
      message: `${view.name} 年度资金总额行为空，按第 ${main.row + 1} 行“${main.label}”计算执行率。` });
  }

  // amounts: the total row's cell, or Σ of the 其中 rows when that cell is blank; exact values for the rate
  const pick = (c: number, field: 'budget' | 'spent'): [number | null, number | null] => {
    const exactField = field === 'budget' ? 'budgetExact' : 'spentExact';
    const own = main![field];
    const ownExact = main![exactField];
    if (!usingSub && totalRow) {
      const present = subs.filter((s) => s[field] !== null);
      const subSum = present.reduce((a, s) => a + s[field]!, 0);
      if (own === null && present.length) return [subSum, present.reduce((a, s) => a + (s[exactField] ?? 0), 0)];
      if (own !== null && present.length && Math.abs(own - subSum) > roundingToleranceCents(present.length)) {
        add({ rule: 'EVAL.budget-sum', severity: 'error', cell: view.cell(totalRow.row, c), cells: present.map((s) => view.cell(s.row, c)),
          expected: toNumber(subSum), actual: toNumber(own),
          message: `${view.name} ${view.cell(totalRow.row, c)} 年度资金总额 ${showHundredths(own)}，其中各项合计 ${showHundredths(subSum)}。` });
      }
    }
    return [own, ownExact ?? (own === null ? null : own / 100)];
  };
  const [budgetCents, budgetExact] = pick(cBudget, 'budget');
  const [spentCents, spentExact] = pick(cSpent, 'spent');
  const r = main.row;
  const weightWritten = cWeight !== null ? readHundredths(view.value(r, cWeight)) : null;
  const weight = weightWritten ?? 1000;
  const b: Budget = {
    row: r,
    weight: weightWritten,
    weightCell: cWeight !== null ? view.cell(r, cWeight) : null,
    rate: null,
    score: null,
    scoreWritten: cScore !== null ? readHundredths(view.value(r, cScore)) : null,
    rateCell: cRate !== null ? view.cell(r, cRate) : null,
    scoreCell: cScore !== null ? view.cell(r, cScore) : null,
    excluded: false,
  };
  // seed 004: the 预算执行 row repeats the whole table's score (分值 100) while the indicators make 100
  b.excluded = weightWritten !== null && weightWritten !== 1000 && indicatorWeights === 10000;
  if (weightWritten === null && b.weightCell) {
    add({ rule: 'EVAL.budget-weight', severity: 'warning', cell: b.weightCell, expected: 10, actual: null,
      message: `${view.name} ${b.weightCell} 预算执行分值为空，按 10 分计算。` });
  } else if (weightWritten !== null && weightWritten !== 1000) {
    add({ rule: 'EVAL.budget-weight', severity: 'warning', cell: b.weightCell!, expected: 10, actual: toNumber(weightWritten),
      message: b.excluded
        ? `${view.name} ${b.weightCell} 预算执行分值写 ${showHundredths(weightWritten)}，指标分值已合计 100，预算执行未计入总分。`
        : `${view.name} ${b.weightCell} 预算执行分值写 ${showHundredths(weightWritten)}，通常为 10 分。` });
  }
  const budgetCell = view.cell(r, cBudget);
  const spentCell = view.cell(r, cSpent);
  if (budgetCents === null || budgetCents === 0 || spentCents === null || !budgetExact) {
    add({ rule: 'EVAL.budget-missing', severity: 'warning', cell: budgetCents === null || budgetCents === 0 ? budgetCell : spentCell, cells: [budgetCell, spentCell], expected: null, actual: null,
      message: `${view.name} 全年预算数或全年执行数为空，无法计算执行率（${budgetCell}、${spentCell}）。` });
    return b;
  }
  const rate = exactRatioBp(spentExact!, budgetExact!) ?? ratioBp(spentCents, budgetCents)!;
  b.rate = rate;
  b.score = scaleByBp(weight, Math.min(rate, 10000));
  const rateInputs = [budgetCell, spentCell];

  // 执行率 as written, in whichever convention
  if (b.rateCell) {
    const raw = view.value(r, cRate!);
    const written: PercentReading | null = readPercent(raw, view.numberFormat(r, cRate!));
    if (raw === null || String(raw).trim() === '') {
      ctx.fills.push(percentFill(view, b.rateCell, rate, rows.map((x) => x.row), cRate!));
      add({ rule: 'EVAL.budget-rate', severity: 'info', cell: b.rateCell, cells: rateInputs, expected: toNumber(rate), actual: null,
        message: `${view.name} ${b.rateCell} 执行率为空：${showHundredths(spentCents)} / ${showHundredths(budgetCents)} = ${showBp(rate)}。` });
    } else if (written && written.bp !== rate) {
      const roundingOnly = written.decimals < 2 && roundHundredths(rate, written.decimals) === written.bp;
      add({ rule: 'EVAL.budget-rate', severity: roundingOnly ? 'info' : 'error', cell: b.rateCell, cells: rateInputs, expected: toNumber(rate), actual: toNumber(written.bp),
        message: `${view.name} ${b.rateCell} 执行率写 ${showBp(written.bp)}，${showHundredths(spentCents)} / ${showHundredths(budgetCents)} = ${showBp(rate)}${roundingOnly ? '（仅小数位数不同）' : ''}。` });
    }
  }
  // 预算执行得分 = 分值 × min(执行率, 100%)
  if (b.scoreCell) {
    const raw = view.value(r, cScore!);
    const scoreInputs = [...rateInputs, ...(b.weightCell ? [b.weightCell] : [])];
    if (raw === null || String(raw).trim() === '') {
      ctx.fills.push({ sheet: view.name, cell: b.scoreCell, value: toNumber(b.score) });
      add({ rule: 'EVAL.budget-score', severity: 'info', cell: b.scoreCell, cells: scoreInputs, expected: toNumber(b.score), actual: null,
        message: `${view.name} ${b.scoreCell} 预算执行得分为空：${showHundredths(weight)} × ${showBp(Math.min(rate, 10000))} = ${showHundredths(b.score)}。` });
    } else if (b.scoreWritten !== null && b.scoreWritten !== b.score) {
      const decimals = decimalsOf(String(raw));
      const roundingOnly = decimals < 2 && roundHundredths(b.score, decimals) === b.scoreWritten;
      add({ rule: 'EVAL.budget-score', severity: roundingOnly || b.excluded ? 'warning' : 'error', cell: b.scoreCell, cells: scoreInputs,
        expected: toNumber(b.score), actual: toNumber(b.scoreWritten),
        message: `${view.name} ${b.scoreCell} 预算执行得分写 ${showHundredths(b.scoreWritten)}，${showHundredths(weight)} × ${showBp(Math.min(rate, 10000))} = ${showHundredths(b.score)}${roundingOnly ? '（写成了较少的小数位）' : ''}。` });
    }
  }
  return b;
}

/** Fill a 执行率: 0.9739 with '0.00%', or 97.39 with '0.00' when the column writes plain numbers. */
function percentFill(view: SheetGrid, cell: string, rate: number, rows: number[], col: number): CellWrite {
  const plain = rows.some((r) => {
    const p = readPercent(view.value(r, col), view.numberFormat(r, col));
    return p !== null && p.style === 'number';
  });
  return plain
    ? { sheet: view.name, cell, value: toNumber(rate), numberFormat: '0.00' }
    : { sheet: view.name, cell, value: rate / 10000, numberFormat: '0.00%' };
}

/**
 * DOMAIN.md §2 last bullet: 年度资金总额 全年执行数 = T01 本年支出合计; 基本支出/项目支出 quoted on the
 * sheet (“其中：基本支出：516.37”) = T03 合计.
 */
function crossCheckWholeSheet(ctx: ScoreContext, indicatorHeader: number, add: Add): void {
  const { view, block, workbook } = ctx;
  if (!workbook) return;
  const t01 = tableById(workbook, 'T01');
  const t03 = tableById(workbook, 'T03');
  let hr = -1;
  for (let r = block.top; r < indicatorHeader && hr < 0; r++) {
    if (view.rowTexts(r).some(([, t]) => t.includes('全年执行数'))) hr = r;
  }
  if (hr >= 0 && t01) {
    const cSpent = view.findInRow(hr, (t) => t.includes('全年执行数'))!;
    let totalRow = -1;
    for (let r = hr + 1; r < indicatorHeader && r <= hr + 10 && totalRow < 0; r++) {
      if (view.rowTexts(r).some(([c, t]) => c < cSpent && t.includes('年度资金总额'))) totalRow = r;
    }
    const spent = totalRow >= 0 ? amountOf(view.value(totalRow, cSpent)) : null;
    const line = rowByKey(t01, 'expense:本年支出合计')?.amounts['决算数'];
    if (spent !== null && line && line.status !== 'blank' && spent !== line.cents) {
      add({ rule: 'EVAL.cross-t01', severity: 'error', cell: view.cell(totalRow, cSpent), otherCells: [{ sheet: line.sheet, cell: line.cell }],
        expected: toNumber(line.cents), actual: toNumber(spent),
        message: `${view.name} ${view.cell(totalRow, cSpent)} 全年执行数 ${showHundredths(spent)}，${line.sheet} ${line.cell} 本年支出合计 ${showHundredths(line.cents)}。` });
    }
  }
  if (!t03) return;
  const total = rowByKey(t03, 'total');
  if (!total) return;
  for (let r = block.top; r < indicatorHeader; r++) {
    for (const [c, t] of view.rowTexts(r)) {
      for (const role of ['基本支出', '项目支出'] as const) {
        const m = new RegExp(`${role}[:：]?(-?[\\d,]+(?:\\.\\d+)?)`).exec(t);
        const ref = total.amounts[role];
        if (!m || !ref) continue;
        const quoted = amountOf(m[1]);
        if (quoted !== null && quoted !== ref.cents) {
          add({ rule: 'EVAL.cross-t03', severity: 'error', cell: view.cell(r, c), otherCells: [{ sheet: ref.sheet, cell: ref.cell }],
            expected: toNumber(ref.cents), actual: toNumber(quoted),
            message: `${view.name} ${view.cell(r, c)} 写${role} ${showHundredths(quoted)}，${ref.sheet} ${ref.cell} 合计${role} ${showHundredths(ref.cents)}。` });
        }
      }
    }
  }
}

/**
 * 部门（单位）整体支出绩效评价基础数据表 (DOMAIN.md §4): 控制率 = 实际在职人数 / 编制数; the 三公 lines
 * adding up (三公 = 公务用车 + 出国 + 接待; 公务用车 = 购置 + 运行维护), 项目支出 and 公用经费 against their
 * lines, and the cross-checks with T07 (三公 决算 and its lines), T06 (公用经费合计) and T03 (项目支出).
 */
import { roundingToleranceCents } from '../amount';
import type { Severity } from '../findings';
import type { RecognizedWorkbook } from '../model';
import { rowByKey, tableById } from '../model';
import { normalizeLabel } from '../text';
import { makeFinding, type FindingInput } from './finding';
import { ratioBp, readHundredths, readPercent, roundHundredths, showBp, showHundredths, toNumber } from './numbers';
import type { EvaluationResult, ScoreContext } from './selfEval';

type LineKey = '三公' | '公务用车' | '公车购置' | '公车运行' | '出国' | '接待' | '项目支出' | '业务经费' | '运行维护经费' | '专项' | '公用经费' | '办公经费' | '水电差旅' | '会议培训';

function lineKeyOf(label: string): LineKey | null {
  const l = normalizeLabel(label).replace(/[:：]$/, '');
  if (l === '三公经费' || l === '“三公”经费' || l === '"三公"经费') return '三公';
  if (l.includes('公务用车购置')) return '公务用车';
  if (l.includes('公车购置')) return '公车购置';
  if (l.includes('公车运行')) return '公车运行';
  if (l.includes('出国')) return '出国';
  if (l.includes('公务接待')) return '接待';
  if (l.startsWith('项目支出')) return '项目支出';
  if (l.includes('业务') && l.includes('经费')) return '业务经费';
  if (l === '运行维护经费') return '运行维护经费';
  if (l.includes('专项资金')) return '专项';
  if (l === '公用经费') return '公用经费';
  if (l.includes('办公经费')) return '办公经费';
  if (l.includes('水费') || l.includes('差旅')) return '水电差旅';
  if (l.includes('会议费') || l.includes('培训费')) return '会议培训';
  return null;
}

type ColumnKey = '上年决算' | '本年预算' | '本年决算';

export function scoreBaseData(ctx: ScoreContext): EvaluationResult {
  const { view, block, workbook } = ctx;
  const findings: EvaluationResult['findings'] = [];
  const add = (f: Omit<FindingInput, 'sheet' | 'group'>) => findings.push(makeFinding({ ...f, sheet: view.name, group: '基础数据' }));
  const result: EvaluationResult = {
    sheet: view.name,
    kind: '基础数据',
    name: block.title || '整体支出绩效评价基础数据表',
    statedTotal: null,
    computedTotal: null,
    grade: null,
    range: `${view.cell(block.top, view.left)}:${view.cell(block.bottom, view.right)}`,
    findings,
  };

  // ---- 控制率 = 实际在职人数 / 编制数
  for (let r = block.top; r <= block.bottom; r++) {
    const cStaff = view.findInRow(r, (t) => t === '编制数');
    const cActual = view.findInRow(r, (t) => t.includes('实际在职人数'));
    const cRate = view.findInRow(r, (t) => t.includes('控制率'));
    if (cStaff === null || cActual === null || cRate === null) continue;
    const staff = readHundredths(view.value(r + 1, cStaff));
    const actual = readHundredths(view.value(r + 1, cActual));
    const rateCell = view.cell(r + 1, cRate);
    if (staff === null || actual === null || staff === 0) break;
    const rate = ratioBp(actual, staff)!;
    const raw = view.value(r + 1, cRate);
    const written = readPercent(raw, view.numberFormat(r + 1, cRate));
    const cells = [view.cell(r + 1, cStaff), view.cell(r + 1, cActual)];
    if (raw === null || String(raw).trim() === '') {
      ctx.fills.push({ sheet: view.name, cell: rateCell, value: rate / 10000, numberFormat: '0.00%' });
      add({ rule: 'EVAL.base-control-rate', severity: 'info', cell: rateCell, cells, expected: toNumber(rate), actual: null,
        message: `${view.name} ${rateCell} 控制率为空：${showHundredths(actual)} / ${showHundredths(staff)} = ${showBp(rate)}。` });
    } else if (written && written.bp !== rate) {
      const roundingOnly = written.decimals < 2 && roundHundredths(rate, written.decimals) === written.bp;
      add({ rule: 'EVAL.base-control-rate', severity: roundingOnly ? 'info' : 'error', cell: rateCell, cells, expected: toNumber(rate), actual: toNumber(written.bp),
        message: `${view.name} ${rateCell} 控制率写 ${showBp(written.bp)}，实际在职人数 ${showHundredths(actual)} / 编制数 ${showHundredths(staff)} = ${showBp(rate)}。` });
    }
    break;
  }

  // ---- 经费控制情况: columns by header, lines by label
  let hr = -1;
  for (let r = block.top; r <= block.bottom && hr < 0; r++) {
    const texts = view.rowTexts(r).map(([, t]) => t);
    if (texts.filter((t) => t.includes('决算数')).length >= 1 && texts.some((t) => t.includes('预算数'))) hr = r;
  }
  if (hr < 0) return result;
  const columns = new Map<ColumnKey, number>();
  const settled = view.rowTexts(hr).filter(([, t]) => t.includes('决算数'));
  const year = (t: string) => Number(/(\d{4})年/.exec(t)?.[1] ?? 0);
  settled.sort((a, b) => year(a[1]) - year(b[1]) || a[0] - b[0]);
  if (settled.length >= 2) columns.set('上年决算', settled[0][0]);
  columns.set('本年决算', settled[settled.length - 1][0]);
  const cBudget = view.findInRow(hr, (t) => t.includes('预算数'));
  if (cBudget !== null) columns.set('本年预算', cBudget);
  const firstValueCol = Math.min(...columns.values());

  const lines = new Map<LineKey, number>();
  for (let r = hr + 1; r <= block.bottom; r++) {
    let label = '';
    for (let c = view.left; c < firstValueCol; c++) label += view.text(r, c);
    if (label.includes('政府采购') || label.includes('楼堂馆所')) break;
    const key = lineKeyOf(label);
    if (key && !lines.has(key)) lines.set(key, r);
  }
  const value = (key: LineKey, col: number): number | null => {
    const r = lines.get(key);
    return r === undefined ? null : readHundredths(view.value(r, col));
  };
  const cellOf = (key: LineKey, col: number) => view.cell(lines.get(key)!, col);

  const sumCheck = (rule: string, totalKey: LineKey, parts: LineKey[], what: string, severity: Severity, mode: 'equal' | 'atLeast') => {
    if (!lines.has(totalKey)) return;
    const present = parts.filter((p) => lines.has(p));
    if (present.length === 0) return;
    for (const [colKey, col] of columns) {
      const total = value(totalKey, col);
      const values = present.map((p) => value(p, col));
      if (values.every((v) => v === null)) continue;
      const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
      const t = total ?? 0;
      const diff = t - sum;
      const bad = mode === 'equal' ? Math.abs(diff) > roundingToleranceCents(present.length) : diff < -roundingToleranceCents(present.length);
      if (!bad) continue;
      add({ rule, severity, cell: cellOf(totalKey, col), cells: present.map((p) => cellOf(p, col)), expected: toNumber(sum), actual: toNumber(t),
        message: `${view.name} ${cellOf(totalKey, col)} ${colKey}${what} ${showHundredths(t)}，${mode === 'equal' ? '各项合计' : '其中各项合计'} ${showHundredths(sum)}${mode === 'atLeast' ? '，超过总数' : ''}。` });
    }
  };
  sumCheck('EVAL.base-sangong', '三公', ['公务用车', '出国', '接待'], '三公经费', 'error', 'equal');
  sumCheck('EVAL.base-vehicle', '公务用车', ['公车购置', '公车运行'], '公务用车购置和维护经费', 'error', 'equal');
  sumCheck('EVAL.base-project', '项目支出', ['业务经费', '运行维护经费', '专项'], '项目支出', 'warning', 'equal');
  sumCheck('EVAL.base-public', '公用经费', ['办公经费', '水电差旅', '会议培训'], '公用经费', 'warning', 'atLeast');

  if (workbook) crossChecks(workbook, columns.get('本年决算')!, lines, view.cell.bind(view), (k, c) => value(k, c), add, view.name);
  return result;
}

function crossChecks(
  workbook: RecognizedWorkbook,
  col: number,
  lines: Map<LineKey, number>,
  cell: (r: number, c: number) => string,
  value: (k: LineKey, c: number) => number | null,
  add: (f: Omit<FindingInput, 'sheet' | 'group'>) => void,
  sheet: string,
): void {
  const compare = (rule: string, key: LineKey, ref: { sheet: string; cell: string; cents: number } | undefined, what: string, severity: Severity) => {
    const r = lines.get(key);
    if (r === undefined || !ref) return;
    const v = value(key, col) ?? 0;
    if (v === ref.cents) return;
    add({ rule, severity, cell: cell(r, col), otherCells: [{ sheet: ref.sheet, cell: ref.cell }], expected: toNumber(ref.cents), actual: toNumber(v),
      message: `${sheet} ${cell(r, col)} ${what}决算 ${showHundredths(v)}，${ref.sheet} ${ref.cell} 为 ${showHundredths(ref.cents)}。` });
  };
  const t07 = rowByKey(tableById(workbook, 'T07'), 'data');
  if (t07) {
    const a = t07.amounts;
    compare('EVAL.cross-t07', '三公', a['决算数.合计'], '三公经费', 'error');
    compare('EVAL.cross-t07', '公务用车', a['决算数.公务用车购置及运行费'], '公务用车购置和维护经费', 'error');
    compare('EVAL.cross-t07', '公车购置', a['决算数.公务用车购置费'], '公车购置', 'error');
    compare('EVAL.cross-t07', '公车运行', a['决算数.公务用车运行费'], '公车运行维护', 'error');
    compare('EVAL.cross-t07', '出国', a['决算数.因公出国（境）费'], '出国经费', 'error');
    compare('EVAL.cross-t07', '接待', a['决算数.公务接待费'], '公务接待', 'error');
  }
  const t06 = rowByKey(tableById(workbook, 'T06'), 'total:公用经费合计');
  if (t06) compare('EVAL.cross-t06', '公用经费', t06.amounts['决算数'], '公用经费', 'error');
  const t03 = rowByKey(tableById(workbook, 'T03'), 'total');
  if (t03) compare('EVAL.cross-t03-project', '项目支出', t03.amounts['项目支出'], '项目支出', 'warning');
}

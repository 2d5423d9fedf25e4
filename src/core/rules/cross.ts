/**
 * Identities between tables (DOMAIN.md §2 "Between tables") and the T08/T09 empty-table checks.
 * Comparisons are skipped when a cell on either side is suspect (a blank total already reported or
 * an invalid amount) or when one table's unit differs from the workbook's (reported once as
 * WB.unit-mixed): a defect inside one table is reported there, not echoed in every table quoting it.
 */
import type { Severity } from '../findings';
import type { Amount, RecognizedTable, TableId } from '../model';
import { T01_INCOME_LINES } from '../model';
import type { RuleId } from './catalog';
import { className, classTitle, matchClass } from './classes';
import { wan, type RuleContext } from './context';
import { rowSubject } from './coded';
import { classLineKeys } from './summary';
import type { TableIndex } from './table-index';

/** "C16", "C7+C8+C9", or "C8等12格" for long lists. */
function refs(cells: Amount[]): string {
  if (cells.length === 0) return '无';
  if (cells.length <= 4) return cells.map((a) => a.cell).join('+');
  return `${cells[0].cell}等${cells.length}格`;
}

function both(ctx: RuleContext, a: TableId, b: TableId): [TableIndex, TableIndex] | null {
  const x = ctx.index(a);
  const y = ctx.index(b);
  if (!x || !y || ctx.offUnit.has(a) || ctx.offUnit.has(b)) return null;
  return [x, y];
}

/** A coded table's 合计 in a column: its 合计 row, else the sum of its top-level rows. */
function codedTotal(idx: TableIndex, role: string): { cells: Amount[]; desc: string } | null {
  if (!idx.table.columns.some((c) => c.role === role)) return null;
  const own = idx.totalCell(role);
  if (own) return { cells: [own], desc: `合计 ${role}(${own.cell})` };
  const cells = idx.topLevel.map((r) => r.amounts[role]).filter((a): a is Amount => a !== undefined);
  return { cells, desc: `${role}各行合计(${refs(cells)})` };
}

/** Compare `shown` (where the finding is shown) with `other`; one finding when they differ. */
function across(
  ctx: RuleContext,
  rule: RuleId,
  shownTable: RecognizedTable,
  shown: Amount[],
  shownDesc: string,
  otherTable: RecognizedTable,
  other: Amount[],
  otherDesc: string,
): void {
  if (shown.length === 0 && other.length === 0) return;
  const r = ctx.compareAcross(shown, other);
  if (!r) return;
  const at = shown.find((a) => ctx.value(a) !== 0) ?? shown[0] ?? other[0];
  const diff = r.actual - r.expected;
  const tail = r.severity === 'info' ? '（尾差）' : '';
  ctx.add({
    rule,
    severity: r.severity,
    sheet: at.sheet,
    cell: at.cell,
    cells: [...shown, ...other],
    expected: r.expected,
    actual: r.actual,
    message: `${ctx.label(shownTable)} ${shownDesc}为${wan(r.actual)}，${ctx.label(otherTable)} ${otherDesc}为${wan(r.expected)}，相差${wan(diff)}${tail}`,
    group: shown.length > 0 ? shownTable.id : otherTable.id,
  });
}

/** T01 收入 lines = T02 合计 row (财政拨款收入 = the three fund lines); 本年收入合计 = T02 合计. */
function t01t02(ctx: RuleContext): void {
  const pair = both(ctx, 'T01', 'T02');
  if (!pair) return;
  const [t01, t02] = pair;
  const line = (l: string) => t01.amount(`income:${l}`, '决算数');
  const funds = ['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入'].map(line).filter((a): a is Amount => !!a);
  const fiscal = codedTotal(t02, '财政拨款收入');
  if (fiscal && funds.length > 0)
    across(ctx, 'X.T01-T02.income-lines', t01.table, funds, `三项财政拨款收入(${refs(funds)})`, t02.table, fiscal.cells, fiscal.desc);
  for (const l of T01_INCOME_LINES.slice(3)) {
    const a = line(l);
    const other = codedTotal(t02, l);
    if (a && other) across(ctx, 'X.T01-T02.income-lines', t01.table, [a], `${l}(${a.cell})`, t02.table, other.cells, other.desc);
  }
  const total = line('本年收入合计');
  const other = codedTotal(t02, '本年收入合计');
  if (total && other) across(ctx, 'X.T01-T02.income-total', t01.table, [total], `本年收入合计(${total.cell})`, t02.table, other.cells, other.desc);
}

/**
 * 支出 类 lines of a summary table (T01/T04, one column) against a coded table's 类 (one column),
 * matched by 类 name. A line with an amount but no 类, and a 类 with an amount but no line, are
 * findings too. Names that match only loosely are reported as WB.code-name.
 */
function classLines(ctx: RuleContext, rule: RuleId, summary: TableIndex, summaryRole: string, coded: TableIndex, codedRole: string): void {
  if (!coded.table.columns.some((c) => c.role === codedRole)) return;
  const seen = new Set<string>();
  const colText = summaryRole === '决算数' || summaryRole === '合计' ? '' : ` ${summaryRole}`;
  for (const key of classLineKeys(summary)) {
    const row = summary.row(key)!;
    const a = row.amounts[summaryRole];
    if (!a) continue;
    const name = key.slice('expense:类:'.length);
    const match = matchClass(name, coded);
    if (!match) {
      if (ctx.value(a) !== 0 && !ctx.isSuspect(a))
        ctx.add({
          rule,
          severity: 'error',
          sheet: a.sheet,
          cell: a.cell,
          cells: [{ sheet: summary.table.sheet, cell: row.labelCell }],
          expected: null,
          actual: ctx.value(a),
          message: `${ctx.label(summary.table)} ${row.name}${colText}(${a.cell})为${wan(ctx.value(a))}，但“${row.name}”不是可识别的功能分类类级科目，无法与${ctx.label(coded.table)}核对`,
          group: summary.table.id,
        });
      continue;
    }
    seen.add(match.code);
    const cells = coded.classCells(match.code, codedRole);
    const own = coded.code(match.code);
    const desc = own
      ? `${rowSubject(own)} ${codedRole}(${refs(cells)})`
      : cells.length > 0
        ? `${match.code}（${classTitle(match.code)}）所属各科目${codedRole}之和(${refs(cells)})`
        : `未列${match.code}（${classTitle(match.code)}）科目，金额`;
    across(ctx, rule, summary.table, [a], `${row.name}${colText}(${a.cell})`, coded.table, cells, desc);
    if (match.otherName && own) nameMismatch(ctx, summary.table, row.name, row.labelCell, coded.table, own.name, own.labelCell, match.code);
  }
  // 类 with amounts in the coded table that no line names
  for (const code of coded.classCodes()) {
    if (seen.has(code)) continue;
    const cells = coded.classCells(code, codedRole);
    const v = cells.reduce((s, c) => s + ctx.value(c), 0);
    if (v === 0 || cells.some((c) => ctx.isSuspect(c))) continue;
    const own = coded.code(code);
    ctx.add({
      rule,
      severity: 'error',
      sheet: cells[0].sheet,
      cell: cells[0].cell,
      cells,
      expected: 0,
      actual: v,
      message: `${ctx.label(coded.table)} ${own ? rowSubject(own) : `${code}类`} ${codedRole}(${refs(cells)})为${wan(v)}，${ctx.label(summary.table)}支出中没有对应的类级项目`,
      group: coded.table.id,
    });
  }
}

function nameMismatch(ctx: RuleContext, a: RecognizedTable, aName: string, aCell: string, b: RecognizedTable, bName: string, bCell: string, code: string): void {
  const k = `name|${a.id}|${b.id}|${code}`;
  if (ctx.once.has(k) || className(aName) === className(bName)) return;
  ctx.once.add(k);
  ctx.add({
    rule: 'WB.code-name',
    severity: 'warning',
    sheet: a.sheet,
    cell: aCell,
    cells: [{ sheet: b.sheet, cell: bCell }],
    expected: null,
    actual: null,
    message: `${ctx.label(a)} 类级项目名为“${aName}”(${aCell})，${ctx.label(b)} 科目${code}名为“${bName}”(${bCell})，名称不一致`,
    group: a.id,
  });
}

function t01t03(ctx: RuleContext): void {
  const pair = both(ctx, 'T01', 'T03');
  if (!pair) return;
  const [t01, t03] = pair;
  classLines(ctx, 'X.T01-T03.expense-lines', t01, '决算数', t03, '本年支出合计');
  const total = t01.amount('expense:本年支出合计', '决算数');
  const other = codedTotal(t03, '本年支出合计');
  if (total && other) across(ctx, 'X.T01-T03.expense-total', t01.table, [total], `本年支出合计(${total.cell})`, t03.table, other.cells, other.desc);
}

function t01t04(ctx: RuleContext): void {
  const pair = both(ctx, 'T01', 'T04');
  if (!pair) return;
  const [t01, t04] = pair;
  for (const fund of ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']) {
    const a = t01.amount(`income:${fund}收入`, '决算数');
    const b = t04.amount(`income:${fund}`, '金额');
    if (a && b) across(ctx, 'X.T01-T04.income-lines', t01.table, [a], `${fund}收入(${a.cell})`, t04.table, [b], `${fund}(${b.cell})`);
  }
}

function t04t05(ctx: RuleContext): void {
  const pair = both(ctx, 'T04', 'T05');
  if (!pair) return;
  const [t04, t05] = pair;
  classLines(ctx, 'X.T04-T05.expense-lines', t04, '一般公共预算财政拨款', t05, '小计');
  const total = t04.amount('expense:本年支出合计', '一般公共预算财政拨款');
  const other = codedTotal(t05, '小计');
  if (total && other)
    across(ctx, 'X.T04-T05.expense-total', t04.table, [total], `本年支出合计 一般公共预算财政拨款(${total.cell})`, t05.table, other.cells, other.desc);
}

function nonZeroAmounts(ctx: RuleContext, idx: TableIndex): Amount[] {
  const out: Amount[] = [];
  for (const row of idx.byKey.values()) for (const a of Object.values(row.amounts)) if (ctx.value(a) !== 0) out.push(a);
  return out;
}

/**
 * T08 (政府性基金) / T09 (国有资本经营) against T04's fund column: empty when the column is zero,
 * agreeing line by line when not; then the 本表无数据 note.
 */
function fundTable(ctx: RuleContext, id: 'T08' | 'T09'): void {
  const fund = id === 'T08' ? '政府性基金预算财政拨款' : '国有资本经营预算财政拨款';
  const role = id === 'T08' ? '本年支出小计' : '合计';
  const tbl = ctx.index(id);
  if (!tbl) return;
  const filled = nonZeroAmounts(ctx, tbl);
  const pair = both(ctx, 'T04', id);
  if (pair) {
    const [t04] = pair;
    const fundCells: Amount[] = [];
    for (const row of t04.byKey.values()) {
      if (row.side === 'expense' && row.amounts[fund]) fundCells.push(row.amounts[fund]);
      if (row.side === 'income' && (row.key === `income:${fund}` || row.key === `income:年初.${fund}`) && row.amounts['金额']) fundCells.push(row.amounts['金额']);
    }
    const t04HasFund = fundCells.some((a) => ctx.value(a) !== 0);
    if (!t04HasFund && filled.length > 0) {
      const shown = fundCells.find((a) => a.cell === t04.amount('expense:本年支出合计', fund)?.cell);
      ctx.add({
        rule: id === 'T08' ? 'X.T04-T08.unexpected' : 'X.T04-T09.unexpected',
        severity: 'error',
        sheet: filled[0].sheet,
        cell: filled[0].cell,
        cells: shown ? [...filled, shown] : filled,
        expected: 0,
        actual: ctx.value(filled[0]),
        message: `${ctx.label(tbl.table)} 填有金额（${refs(filled)}），但${ctx.label(t04.table)}${fund}收支均为0；本表应为空表并注明“本表无数据”，或${ctx.label(t04.table)}漏填了${fund}`,
        group: id,
      });
    } else if (t04HasFund) {
      classLines(ctx, id === 'T08' ? 'X.T04-T08.expense' : 'X.T04-T09.expense', t04, fund, tbl, role);
      const total = t04.amount('expense:本年支出合计', fund);
      const other = codedTotal(tbl, role);
      if (total && other)
        across(ctx, id === 'T08' ? 'X.T04-T08.expense' : 'X.T04-T09.expense', t04.table, [total], `本年支出合计 ${fund}(${total.cell})`, tbl.table, other.cells, other.desc);
      if (id === 'T08') {
        const income = t04.amount(`income:${fund}`, '金额');
        const other8 = codedTotal(tbl, '本年收入');
        if (income && other8) across(ctx, 'X.T04-T08.income', t04.table, [income], `${fund}收入(${income.cell})`, tbl.table, other8.cells, other8.desc);
      }
    }
  }
  emptyNote(ctx, tbl, filled.length === 0);
}

function emptyNote(ctx: RuleContext, idx: TableIndex, empty: boolean): void {
  const t = idx.table;
  const own = t.id === 'T08' ? '政府性基金' : '国有资本经营';
  const rule: RuleId = t.id === 'T08' ? 'T08.empty-note' : 'T09.empty-note';
  const note = t.emptyNote;
  const base = { rule, severity: 'warning' as Severity, expected: null, actual: null, group: t.id };
  if (empty && !note) {
    const at = idx.total?.labelCell ?? t.titleCell;
    ctx.add({ ...base, sheet: t.sheet, cell: at, cells: [], message: `${ctx.label(t)} 无数据，但未注明“本表无数据”及原因（如“本单位没有${own}预算财政拨款收支，故本表无数据”）` });
  } else if (note && !empty) {
    ctx.add({ ...base, sheet: t.sheet, cell: note.cell, cells: [], message: `${ctx.label(t)} 填有金额，却注明“${note.text}”` });
  } else if (note) {
    const text = note.text.replace(/\s+/g, '');
    const ownWord = t.id === 'T08' ? '基金' : '国有资本';
    const otherWord = t.id === 'T08' ? '国有资本' : '基金';
    if (!text.includes(ownWord) && text.includes(otherWord))
      ctx.add({ ...base, sheet: t.sheet, cell: note.cell, cells: [], message: `${ctx.label(t)} 是${own}预算财政拨款表，说明却写“${note.text}”（说的是另一张表）` });
  }
}

/** T05 合计 基本支出 = T06 人员经费合计 + 公用经费合计. */
function t05t06(ctx: RuleContext): void {
  const pair = both(ctx, 'T05', 'T06');
  if (!pair) return;
  const [t05, t06] = pair;
  const basic = t05.totalCell('基本支出');
  const parts = ['total:人员经费合计', 'total:公用经费合计'].map((k) => t06.amount(k, '决算数')).filter((a): a is Amount => !!a);
  if (!basic || parts.length === 0) return;
  across(ctx, 'X.T05-T06.basic', t05.table, [basic], `合计 基本支出(${basic.cell})`, t06.table, parts, `人员经费合计+公用经费合计(${refs(parts)})`);
}

/** True when T01's only income is 一般公共预算财政拨款 (no other funds, no carry-over). */
function onlyGeneralBudget(ctx: RuleContext): boolean {
  const t01 = ctx.index('T01');
  if (!t01) return false;
  const others = [...T01_INCOME_LINES.slice(1), '使用非财政拨款结余', '年初结转和结余'];
  return others.every((l) => {
    const a = t01.amount(`income:${l}`, '决算数');
    return !a || ctx.value(a) === 0;
  });
}

const T03_T05: [string, string][] = [
  ['本年支出合计', '小计'],
  ['基本支出', '基本支出'],
  ['项目支出', '项目支出'],
];

/**
 * T03 and T05 row by row: equal when T01 shows only 一般公共预算 income, else T05 ≤ T03 (warning).
 * Codes are compared at the levels both tables list; the 合计 rows always.
 */
function t03t05(ctx: RuleContext): void {
  const pair = both(ctx, 'T03', 'T05');
  if (!pair) return;
  const [t03, t05] = pair;
  const equal = onlyGeneralBudget(ctx);
  const rule: RuleId = equal ? 'X.T03-T05.rows' : 'X.T03-T05.le';
  const keys: string[] = [];
  if (t03.total && t05.total) keys.push('total');
  const seen = new Set<string>();
  for (const idx of [t05, t03])
    for (const r of idx.codeRows) {
      if (seen.has(r.key)) continue;
      seen.add(r.key);
      if (t03.levels.has(r.level!) && t05.levels.has(r.level!)) keys.push(r.key);
    }
  for (const key of keys) {
    const r5 = t05.row(key);
    const r3 = t03.row(key);
    const texts: string[] = [];
    const cells: Amount[] = [];
    let worst: { severity: Severity; at: Amount; actual: number; expected: number } | null = null;
    for (const [c3, c5] of T03_T05) {
      const a5 = r5?.amounts[c5];
      const a3 = r3?.amounts[c3];
      if ((r5 && !a5) || (r3 && !a3) || (!a5 && !a3)) continue; // a column one table does not have
      if (a5 && a3 && ctx.value(a5) === ctx.value(a3)) continue; // the common case, without allocating
      const shown = a5 ? [a5] : [];
      const other = a3 ? [a3] : [];
      const cmp = ctx.compareAcross(shown, other);
      if (!cmp) continue;
      if (!equal && cmp.actual <= cmp.expected) continue;
      const severity: Severity = equal ? cmp.severity : 'warning';
      const at = (a5 ?? a3)!;
      cells.push(...shown, ...other);
      texts.push(
        `${c5}${a5 ? `(${a5.cell})` : ''}为${wan(cmp.actual)}，${ctx.label(t03.table)}${c3}${a3 ? `(${a3.cell})` : '（未列此科目）'}为${wan(cmp.expected)}${equal ? '' : '，一般公共预算财政拨款支出不应大于全部支出'}${severity === 'info' ? '（尾差）' : ''}`,
      );
      if (!worst || (severity === 'error' && worst.severity !== 'error')) worst = { severity, at, actual: cmp.actual, expected: cmp.expected };
    }
    if (!worst) continue;
    const subject = rowSubject((r5 ?? r3)!) + (r5 ? '' : '（本表未列此科目）');
    const lead = equal ? `${ctx.label(t05.table)} ${subject} 与${ctx.label(t03.table)}不一致（本年收入仅有一般公共预算财政拨款，两表应逐行相等）：` : `${ctx.label(t05.table)} ${subject} `;
    ctx.add({
      rule,
      severity: worst.severity,
      sheet: worst.at.sheet,
      cell: worst.at.cell,
      cells,
      expected: worst.expected,
      actual: worst.actual,
      message: lead + texts.join('；'),
      group: r5 ? 'T05' : 'T03',
    });
  }
}

/** T06 三公 items ≤ T07 决算 lines (三公 may also be paid from 项目支出: warning). */
const SANGONG: [string, string, string][] = [
  ['30217', '决算数.公务接待费', '公务接待费'],
  ['30231', '决算数.公务用车运行费', '公务用车运行费'],
  ['30212', '决算数.因公出国（境）费', '因公出国（境）费'],
  ['31013', '决算数.公务用车购置费', '公务用车购置费'],
];

function t06t07(ctx: RuleContext): void {
  const pair = both(ctx, 'T06', 'T07');
  if (!pair) return;
  const [t06, t07] = pair;
  for (const [code, role, what] of SANGONG) {
    const row = t06.code(code);
    const a = row?.amounts['决算数'];
    const b = t07.amount('data', role);
    if (!a || !b || ctx.isSuspect(a) || ctx.isSuspect(b)) continue;
    const va = ctx.value(a);
    const vb = ctx.value(b);
    if (va <= vb) continue;
    ctx.add({
      rule: 'X.T06-T07.sangong',
      severity: 'warning',
      sheet: a.sheet,
      cell: a.cell,
      cells: [b],
      expected: vb,
      actual: va,
      message: `${ctx.label(t06.table)} ${code} ${row!.name}(${a.cell})为${wan(va)}，大于${ctx.label(t07.table)} 决算数 ${what}(${b.cell})${wan(vb)}`,
      group: 'T06',
    });
  }
}

export function checkBetweenTables(ctx: RuleContext): void {
  t01t02(ctx);
  t01t03(ctx);
  t01t04(ctx);
  t04t05(ctx);
  fundTable(ctx, 'T08');
  fundTable(ctx, 'T09');
  t05t06(ctx);
  t03t05(ctx);
  t06t07(ctx);
}

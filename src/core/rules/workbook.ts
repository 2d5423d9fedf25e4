/**
 * Checks over the workbook as a whole (issue 3): a table missing, 元 mixed with 万元, department or
 * year differing between tables, a code named differently in two tables, a code listed twice, a
 * negative amount, an amount that is not a number, what recognition could not read.
 */
import { formatCents } from '../amount';
import { parseA1, parseRange } from '../address';
import type { Diagnostic, RecognizedTable, TableId } from '../model';
import { TABLE_IDS, TABLE_TITLES } from '../model';
import type { WorkbookSnapshot } from '../snapshot';
import { squash } from '../text';
import type { RuleContext } from './context';

const CODED: TableId[] = ['T02', 'T03', 'T05', 'T08', 'T09'];

function mostCommon<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let n = 0;
  for (const v of values) {
    const k = (counts.get(v) ?? 0) + 1;
    counts.set(v, k);
    if (k > n) [best, n] = [v, k];
  }
  return best;
}

export function checkTablesPresent(ctx: RuleContext, snapshot: WorkbookSnapshot): void {
  const tables = ctx.workbook.tables;
  const anchor = tables[0] ? { sheet: tables[0].sheet, cell: tables[0].titleCell } : { sheet: snapshot.sheets[0]?.name ?? '', cell: 'A1' };
  if (tables.length === 0) {
    // a workbook of self-evaluation sheets alone is a normal submission: say so, do not call it an error
    const evaluationsOnly = ctx.workbook.evaluations.length > 0;
    ctx.add({
      rule: 'WB.table-missing',
      severity: evaluationsOnly ? 'info' : 'error',
      ...anchor,
      cells: [],
      expected: null,
      actual: null,
      message: evaluationsOnly
        ? '工作簿只含绩效自评表，未找到部门决算表（公开01–09表），只审核了自评表'
        : '工作簿中未找到任何部门决算表（公开01–09表），请确认表头标题是否完整',
      group: 'WB',
    });
    return;
  }
  for (const id of TABLE_IDS) {
    if (ctx.index(id)) continue;
    ctx.add({
      rule: 'WB.table-missing',
      severity: 'error',
      ...anchor,
      cells: [],
      expected: null,
      actual: null,
      message: `工作簿中缺少${TABLE_TITLES[id]}（部门决算须公开全部九张表，无数据的表也应列出并注明“本表无数据”）`,
      group: id,
    });
  }
}

/** 元 mixed with 万元: tables whose unit differs from the workbook's are named and left out of comparisons between tables. */
export function checkUnits(ctx: RuleContext): void {
  const tables = ctx.workbook.tables.filter((t) => t.unit !== null);
  const main = mostCommon(tables.map((t) => t.unit));
  for (const t of tables) {
    if (t.unit === main) continue;
    ctx.offUnit.add(t.id);
    ctx.add({
      rule: 'WB.unit-mixed',
      severity: 'error',
      sheet: t.sheet,
      cell: t.unitCell ?? t.titleCell,
      cells: [],
      expected: null,
      actual: null,
      message: `${ctx.label(t)} 金额单位为“${t.unit}”，其他各表为“${main}”；单位不一致，本表未与其他表核对`,
      group: t.id,
    });
  }
}

export function checkDepartmentAndYear(ctx: RuleContext): void {
  const tables = ctx.workbook.tables;
  const named = tables.filter((t) => t.department !== null);
  const dept = mostCommon(named.map((t) => squash(t.department)));
  for (const t of named) {
    if (squash(t.department) === dept) continue;
    ctx.add({
      rule: 'WB.department',
      severity: 'warning',
      sheet: t.sheet,
      cell: t.departmentCell ?? t.titleCell,
      cells: [],
      expected: null,
      actual: null,
      message: `${ctx.label(t)} 部门名称为“${t.department}”，其他各表为“${dept}”`,
      group: t.id,
    });
  }
  const dated = tables.filter((t) => t.year !== null);
  const year = mostCommon(dated.map((t) => t.year));
  for (const t of dated) {
    if (t.year === year) continue;
    ctx.add({
      rule: 'WB.year',
      severity: 'error',
      sheet: t.sheet,
      cell: t.titleCell,
      cells: [],
      expected: null,
      actual: null,
      message: `${ctx.label(t)} 标明的年度为${t.year}年，其他各表为${year}年`,
      group: t.id,
    });
  }
}

/** A function code named differently in the coded tables (names compared without spaces). */
export function checkCodeNames(ctx: RuleContext): void {
  // First occurrence of each code; only codes whose raw names differ are looked at further.
  const first = new Map<string, string>();
  const differing = new Set<string>();
  for (const id of CODED) {
    const idx = ctx.index(id);
    if (!idx) continue;
    for (const row of idx.codeRows) {
      if (row.name === '') continue;
      const seen = first.get(row.code!);
      if (seen === undefined) first.set(row.code!, row.name);
      else if (seen !== row.name) differing.add(row.code!);
    }
  }
  for (const code of differing) {
    const list: { table: RecognizedTable; name: string; cell: string }[] = [];
    for (const id of CODED) {
      const row = ctx.index(id)?.code(code);
      if (row && row.name !== '') list.push({ table: ctx.index(id)!.table, name: squash(row.name), cell: row.labelCell });
    }
    const names = new Set(list.map((e) => e.name));
    if (names.size < 2) continue;
    const main = mostCommon(list.map((e) => e.name))!;
    const odd = list.filter((e) => e.name !== main);
    const head = odd[0];
    ctx.add({
      rule: 'WB.code-name',
      severity: 'warning',
      sheet: head.table.sheet,
      cell: head.cell,
      cells: list.map((e) => ({ sheet: e.table.sheet, cell: e.cell })),
      expected: null,
      actual: null,
      message: `科目${code}在${odd.map((e) => `${ctx.label(e.table)}(${e.cell})`).join('、')}名为“${head.name}”，在${list
        .filter((e) => e.name === main)
        .map((e) => ctx.label(e.table))
        .join('、')}名为“${main}”`,
      group: head.table.id,
    });
  }
}

/** The same code twice in one table: only the first row takes part in the sums. */
export function checkDuplicates(ctx: RuleContext): void {
  for (const t of ctx.workbook.tables) {
    const idx = ctx.index(t.id);
    if (!idx || idx.table !== t) continue;
    for (const row of idx.duplicates) {
      if (!row.code) continue;
      const first = idx.code(row.code)!;
      ctx.add({
        rule: 'WB.duplicate-code',
        severity: 'warning',
        sheet: t.sheet,
        cell: row.labelCell,
        cells: [{ sheet: t.sheet, cell: first.labelCell }],
        expected: null,
        actual: null,
        message: `${ctx.label(t)} 科目${row.code} ${row.name}在第${first.row + 1}行和第${row.row + 1}行重复列示，审核只按第${first.row + 1}行计算`,
        group: t.id,
      });
    }
  }
}

/** Every amount cell: not a number → error; negative → warning. */
export function checkAmountCells(ctx: RuleContext): void {
  for (const t of ctx.workbook.tables) {
    for (const row of t.rows) {
      for (const role in row.amounts) {
        const a = row.amounts[role];
        if (a.status === 'invalid') {
          ctx.markSuspect(a);
          ctx.add({
            rule: 'WB.invalid-amount',
            severity: 'error',
            sheet: a.sheet,
            cell: a.cell,
            cells: [],
            expected: null,
            actual: null,
            message: `${ctx.label(t)} ${a.cell}的内容“${String(a.raw)}”不是金额，无法参与审核（按0计，涉及该单元格的勾稽关系未核对）`,
            group: t.id,
          });
        } else if (a.cents < 0) {
          ctx.add({
            rule: 'WB.negative-amount',
            severity: 'warning',
            sheet: a.sheet,
            cell: a.cell,
            cells: [],
            expected: null,
            actual: a.cents,
            message: `${ctx.label(t)} ${a.cell}为负数${formatCents(a.cents)}万元，请核实`,
            group: t.id,
          });
        }
      }
    }
  }
}

/** Diagnostics the rules above already report as findings of their own. */
const REPORTED_DIAGNOSTICS = new Set(['amount-unparsable', 'table-missing']);

/**
 * What recognition could not read and no other rule reports: a row with amounts but no code, a line
 * whose label is not a known item, a title without a header, a second copy of a table. The amounts
 * there take no part in the audit, so the reviewer must look at them.
 */
export function checkUnreadParts(ctx: RuleContext): void {
  for (const d of ctx.workbook.diagnostics) {
    if (REPORTED_DIAGNOSTICS.has(d.code)) continue;
    ctx.add({ rule: 'WB.unread', severity: 'warning', sheet: d.sheet, cell: d.cell, cells: [], expected: null, actual: null, message: d.message, group: groupOf(ctx, d) });
  }
}

/** The table whose range holds the diagnostic's cell, or WB. */
function groupOf(ctx: RuleContext, d: Diagnostic): string {
  const at = parseA1(d.cell);
  const table = at && ctx.workbook.tables.find((t) => {
    const r = t.sheet === d.sheet ? parseRange(t.range) : null;
    return r !== null && at.row >= r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right;
  });
  return table ? table.id : 'WB';
}

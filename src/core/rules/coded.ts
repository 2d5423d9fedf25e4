/**
 * Identities inside the tables whose rows are 功能分类 codes (T02, T03, T05, T08, T09), for every
 * column (DOMAIN.md §2): 合计 = Σ top-level rows; each 类 = Σ its 款; each 款 = Σ its 项; per row
 * the first column = Σ the others (T08: 本年支出 = 基本 + 项目, 年末 = 年初 + 本年收入 − 本年支出).
 * Evaluated bottom-up, level by level (项, 款, 类, 合计; at each level the column sums before the
 * row sum) so that a blank cell is reported once and then read as what its terms give.
 */
import type { TableId, TableRow } from '../model';
import type { RuleId } from './catalog';
import type { Part, RuleContext } from './context';
import type { TableIndex } from './table-index';

interface RowIdentity {
  rule: RuleId;
  total: string;
  /** Roles added; 'rest' = every other column the table has. */
  plus: string[] | 'rest';
  minus?: string[];
  /** How the terms read in a message when not spelled out. */
  termsLabel?: string;
}

const ROW_IDENTITIES: Partial<Record<TableId, RowIdentity[]>> = {
  T02: [{ rule: 'T02.row', total: '本年收入合计', plus: 'rest', termsLabel: '各项收入之和' }],
  T03: [{ rule: 'T03.row', total: '本年支出合计', plus: 'rest', termsLabel: '各项支出之和' }],
  T05: [{ rule: 'T05.row', total: '小计', plus: ['基本支出', '项目支出'] }],
  T08: [
    { rule: 'T08.row', total: '本年支出小计', plus: ['基本支出', '项目支出'] },
    { rule: 'T08.carry', total: '年末结转和结余', plus: ['年初结转和结余', '本年收入'], minus: ['本年支出小计'] },
  ],
  T09: [{ rule: 'T09.row', total: '合计', plus: ['基本支出', '项目支出'] }],
};

export const CODED_TABLES: TableId[] = ['T02', 'T03', 'T05', 'T08', 'T09'];

export function rowSubject(row: TableRow): string {
  return row.code ? `${row.code} ${row.name}`.trim() : '合计行';
}

function childrenLabel(rows: TableRow[], top: boolean): string {
  const levels = new Set(rows.map((r) => r.level));
  const what = levels.size === 1 ? (levels.has('类') ? '各类' : levels.has('款') ? '各款' : '各项') : '下级科目';
  return top ? `${what}合计` : `所属${what}合计`;
}

/** Parent (or 合计) row = Σ children, in every column; one finding for the row, columns grouped. */
function checkSum(ctx: RuleContext, idx: TableIndex, rule: RuleId, parent: TableRow, children: TableRow[], top: boolean): void {
  let parts: Part[] | null = null;
  for (const col of idx.table.columns) {
    const total = parent.amounts[col.role];
    if (!total) continue;
    const terms = children.map((c) => c.amounts[col.role]);
    const m = ctx.compare(total, terms);
    if (m) (parts ??= []).push({ label: col.role, termsLabel: childrenLabel(children, top), mismatch: m });
  }
  if (parts) ctx.addParts(rule, idx.table, rowSubject(parent), parts);
}

/** A row identity resolved against the columns the table has, once per table. */
interface RowPlan {
  rule: RuleId;
  total: string;
  plus: string[];
  minus: string[];
  termsLabel: string;
}

function rowPlans(idx: TableIndex): RowPlan[] {
  const roles = idx.table.columns.map((c) => c.role);
  const plans: RowPlan[] = [];
  for (const id of ROW_IDENTITIES[idx.table.id] ?? []) {
    if (!roles.includes(id.total)) continue;
    const plus = id.plus === 'rest' ? roles.filter((r) => r !== id.total) : id.plus.filter((r) => roles.includes(r));
    const minus = (id.minus ?? []).filter((r) => roles.includes(r));
    if (plus.length + minus.length === 0) continue;
    const spelled = plus.join('+') + minus.map((r) => `−${r}`).join('');
    plans.push({ rule: id.rule, total: id.total, plus, minus, termsLabel: id.termsLabel && plus.length > 2 ? id.termsLabel : spelled });
  }
  return plans;
}

function checkRow(ctx: RuleContext, idx: TableIndex, plans: RowPlan[], row: TableRow): void {
  for (const p of plans) {
    const total = row.amounts[p.total];
    if (!total) continue;
    const m = ctx.compare(
      total,
      p.plus.map((r) => row.amounts[r]),
      p.minus.map((r) => row.amounts[r]),
    );
    if (m) ctx.addParts(p.rule, idx.table, rowSubject(row), [{ label: p.total, termsLabel: p.termsLabel, mismatch: m }]);
  }
}

export function checkCodedTable(ctx: RuleContext, idx: TableIndex): void {
  const id = idx.table.id;
  const byLevel = { 项: [] as TableRow[], 款: [] as TableRow[], 类: [] as TableRow[] };
  for (const r of idx.codeRows) byLevel[r.level ?? (r.code!.length === 3 ? '类' : r.code!.length === 5 ? '款' : '项')].push(r);

  const plans = rowPlans(idx);
  for (const r of byLevel.项) checkRow(ctx, idx, plans, r);
  for (const level of ['款', '类'] as const) {
    for (const r of byLevel[level]) {
      const kids = idx.children.get(r.code!);
      if (kids && kids.length > 0) checkSum(ctx, idx, `${id}.hierarchy` as RuleId, r, kids, false);
    }
    for (const r of byLevel[level]) checkRow(ctx, idx, plans, r);
  }
  if (idx.total && idx.topLevel.length > 0) checkSum(ctx, idx, `${id}.total` as RuleId, idx.total, idx.topLevel, true);
  if (idx.total) checkRow(ctx, idx, plans, idx.total);

  for (const [code, kids] of idx.missingParents) {
    const t = idx.table;
    const level = code.length === 3 ? '类' : '款';
    ctx.add({
      rule: `${id}.parent-missing` as RuleId,
      severity: 'warning',
      sheet: t.sheet,
      cell: kids[0].labelCell,
      cells: kids.map((k) => ({ sheet: t.sheet, cell: k.labelCell })),
      expected: null,
      actual: null,
      message: `${ctx.label(t)} 列有${kids.map((k) => k.code).join('、')}，但缺少其所属${level}${code}行（本表其他科目列有${level}级行）`,
      group: id,
    });
  }
}

/**
 * Identities inside the two summary tables (DOMAIN.md §2):
 * T01 收入支出决算总表: 本年收入合计 = Σ 收入 items; 收入总计 = 本年收入合计 + 使用非财政拨款结余 +
 *   年初结转和结余; 本年支出合计 = Σ 支出 类; 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余;
 *   收入总计 = 支出总计.
 * T04 财政拨款收入支出决算总表: 本年收入合计 = three funds; 年初 = its three lines; 收入总计 =
 *   本年收入合计 + 年初; per 支出 row 合计 = three fund columns; 本年支出合计 = Σ 类 (each column);
 *   支出总计 = 本年支出合计 + 年末 (each column); 收入总计 = 支出总计.
 * Lines are evaluated in dependency order so that a blank total is reported once.
 */
import { T01_INCOME_LINES } from '../model';
import type { RuleId } from './catalog';
import { present, type Part, type RuleContext } from './context';
import type { TableIndex } from './table-index';

const FUNDS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];

export function classLineKeys(idx: TableIndex): string[] {
  return [...idx.byKey.keys()].filter((k) => k.startsWith('expense:类:'));
}

/** Line name as a reviewer reads it: 收入总计/支出总计 for the two 总计 lines, else the key's name. */
function lineLabel(key: string): string {
  if (key === 'income:总计') return '收入总计';
  if (key === 'expense:总计') return '支出总计';
  return key.replace(/^(income|expense):(类:)?/, '').replace(/^年初\./, '年初');
}

/**
 * total line = Σ term lines, in each of `roles`. With one role the line name labels the part
 * ("本年收入合计(C16)为空…"); with several the line is the subject and each column labels its part.
 */
function lineSum(ctx: RuleContext, idx: TableIndex, rule: RuleId, totalKey: string, termKeys: string[], roles: string[], termsLabel: string): void {
  const row = idx.row(totalKey);
  if (!row) return;
  const parts: Part[] = [];
  for (const role of roles) {
    const total = row.amounts[role];
    if (!total) continue;
    const terms = present(termKeys.map((k) => idx.amount(k, role)));
    if (terms.length === 0) continue;
    const m = ctx.compare(total, terms);
    if (m) parts.push({ label: roles.length === 1 ? lineLabel(totalKey) : role, termsLabel, mismatch: m });
  }
  ctx.addParts(rule, idx.table, roles.length === 1 ? '' : lineLabel(totalKey), parts);
}

export function checkT01(ctx: RuleContext, idx: TableIndex): void {
  const R = ['决算数'];
  lineSum(ctx, idx, 'T01.income-total', 'income:本年收入合计', T01_INCOME_LINES.map((l) => `income:${l}`), R, '收入各项合计');
  lineSum(ctx, idx, 'T01.income-grand-total', 'income:总计', ['income:本年收入合计', 'income:使用非财政拨款结余', 'income:年初结转和结余'], R, '本年收入合计+使用非财政拨款结余+年初结转和结余');
  lineSum(ctx, idx, 'T01.expense-total', 'expense:本年支出合计', classLineKeys(idx), R, '支出各类合计');
  lineSum(ctx, idx, 'T01.expense-grand-total', 'expense:总计', ['expense:本年支出合计', 'expense:结余分配', 'expense:年末结转和结余'], R, '本年支出合计+结余分配+年末结转和结余');
  const out = idx.amount('expense:总计', '决算数');
  if (out) lineSum(ctx, idx, 'T01.balance', 'income:总计', ['expense:总计'], R, `支出总计(${out.cell})`);
}

export function checkT04(ctx: RuleContext, idx: TableIndex): void {
  const IN = ['金额'];
  lineSum(ctx, idx, 'T04.income-total', 'income:本年收入合计', FUNDS.map((f) => `income:${f}`), IN, '三项财政拨款合计');
  lineSum(ctx, idx, 'T04.carryover', 'income:年初财政拨款结转和结余', FUNDS.map((f) => `income:年初.${f}`), IN, '其中三项合计');
  lineSum(ctx, idx, 'T04.income-grand-total', 'income:总计', ['income:本年收入合计', 'income:年初财政拨款结转和结余'], IN, '本年收入合计+年初财政拨款结转和结余');

  const expenseRoles = idx.table.columns.filter((c) => c.side === 'expense' || c.side === undefined).map((c) => c.role).filter((r) => r !== '金额');
  const row = (key: string): void => {
    const r = idx.row(key);
    if (!r || !r.amounts['合计']) return;
    const terms = present(FUNDS.map((f) => r.amounts[f]));
    if (terms.length === 0) return;
    const m = ctx.compare(r.amounts['合计'], terms);
    if (m) ctx.addParts('T04.expense-row', idx.table, lineLabel(key), [{ label: '合计', termsLabel: '三项财政拨款之和', mismatch: m }]);
  };
  const classes = classLineKeys(idx);
  for (const k of classes) row(k);
  lineSum(ctx, idx, 'T04.expense-total', 'expense:本年支出合计', classes, expenseRoles, '支出各类合计');
  row('expense:本年支出合计');
  row('expense:年末财政拨款结转和结余');
  lineSum(ctx, idx, 'T04.expense-grand-total', 'expense:总计', ['expense:本年支出合计', 'expense:年末财政拨款结转和结余'], expenseRoles, '本年支出合计+年末财政拨款结转和结余');
  row('expense:总计');
  const out = idx.amount('expense:总计', '合计');
  if (out) {
    const inTotal = idx.amount('income:总计', '金额');
    if (!inTotal) return;
    const m = ctx.compare(inTotal, present([out]));
    if (m) ctx.addParts('T04.balance', idx.table, '', [{ label: '收入总计', termsLabel: `支出总计(${out.cell})`, mismatch: m }]);
  }
}

/**
 * T06 基本支出决算表: each 经济分类 类 (301, 302, 303, 307, 310, 399) = Σ its items; 人员经费合计 =
 * 301 + 303; 公用经费合计 = 302 + 307 + 310 + 399 (a 类 not listed counts by its items).
 * T07 三公经费: 公务用车小计 = 购置费 + 运行费; 合计 = 因公出国 + 公务用车小计 + 公务接待 (预算 and 决算).
 */
import { present, type RuleContext } from './context';
import type { TableIndex } from './table-index';

const PERSONNEL = ['301', '303'];
const PUBLIC = ['302', '307', '310', '399'];

export function checkT06(ctx: RuleContext, idx: TableIndex): void {
  for (const row of idx.codeRows) {
    if (row.code!.length !== 3) continue;
    const kids = idx.children.get(row.code!);
    const total = row.amounts['决算数'];
    if (!kids || kids.length === 0 || !total) continue;
    const m = ctx.compare(total, present(kids.map((k) => k.amounts['决算数'])));
    if (m) ctx.addParts('T06.hierarchy', idx.table, `${row.code} ${row.name}`, [{ label: '决算数', termsLabel: '所属各款合计', mismatch: m }]);
  }
  const totals: [typeof PERSONNEL, string, 'T06.personnel-total' | 'T06.public-total'][] = [
    [PERSONNEL, 'total:人员经费合计', 'T06.personnel-total'],
    [PUBLIC, 'total:公用经费合计', 'T06.public-total'],
  ];
  for (const [classes, key, rule] of totals) {
    const total = idx.amount(key, '决算数');
    if (!total) continue;
    const listed = classes.filter((c) => idx.classCells(c, '决算数').length > 0);
    const terms = present(listed.flatMap((c) => idx.classCells(c, '决算数')));
    if (terms.length === 0) continue;
    const m = ctx.compare(total, terms);
    const names = listed.map((c) => `${c}${idx.code(c)?.name ?? ''}`).join('+');
    if (m) ctx.addParts(rule, idx.table, '', [{ label: key.slice('total:'.length), termsLabel: names, mismatch: m }]);
  }
}

export function checkT07(ctx: RuleContext, idx: TableIndex): void {
  const row = idx.row('data');
  if (!row) return;
  for (const half of ['预算数', '决算数']) {
    const a = (line: string) => row.amounts[`${half}.${line}`];
    const vehicle = a('公务用车购置及运行费');
    if (vehicle) {
      const terms = present([a('公务用车购置费'), a('公务用车运行费')]);
      const m = terms.length > 0 ? ctx.compare(vehicle, terms) : null;
      if (m) ctx.addParts('T07.vehicle', idx.table, half, [{ label: '公务用车购置及运行费', termsLabel: '购置费+运行费', mismatch: m }]);
    }
    const total = a('合计');
    if (total) {
      // Without a 小计 column the 合计 sums 购置费 and 运行费 directly.
      const car = vehicle ? [vehicle] : [a('公务用车购置费'), a('公务用车运行费')];
      const terms = present([a('因公出国（境）费'), ...car, a('公务接待费')]);
      const m = terms.length > 0 ? ctx.compare(total, terms) : null;
      if (m) ctx.addParts('T07.total', idx.table, half, [{ label: '合计', termsLabel: '因公出国（境）费+公务用车购置及运行费+公务接待费', mismatch: m }]);
    }
  }
}

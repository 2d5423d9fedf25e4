/**
 * The audit's rules: every identity of DOMAIN.md §2 within and between tables, and the reviewer's
 * checks of issue 3. runRules is pure and cheap: each table's rows are indexed once (TableIndex);
 * no rule scans rows more than a constant number of times.
 *
 * Severity: amounts are compared in integer cents. A difference within roundingToleranceCents(n)
 * = 0.005 × (n + 1) 万元 for n non-zero rounded terms on the sum side is a 尾差 (info), beyond it an
 * error (between tables n is the larger side's count; one amount against its copy in another table
 * must agree to the cent). The ≤ checks and what may be legitimate
 * (names, department, negative amounts, notes) are warnings; a missing table, mixed units, a year
 * that differs and text that is not an amount are errors.
 *
 * No cascades — the choices:
 * - One finding per identity and row: the columns of one row that fail the same identity are one
 *   finding (message lists each column; `cells` names every cell of every failing column, blank
 *   terms included, so a mistyped or misplaced amount is among them whichever cell it is).
 * - A blank total whose terms are not zero is reported once ("为空，…为601.28万元") and from then
 *   on read as the amount its terms give: the identities built on it (收入总计, 合计 = Σ 类) and its
 *   row sum do not report it again. Within a table identities run bottom-up (项, 款, 类, 合计; column
 *   sums before the row sum) so the substitution reaches every later identity.
 * - Comparisons between tables skip a cell so substituted, and any cell whose text is not an amount
 *   (reported once as WB.invalid-amount; identities involving it are not evaluated at all), and
 *   tables whose unit differs from the workbook's (reported once as WB.unit-mixed).
 * - When T04 shows no 政府性基金 / 国有资本经营 funds but T08 / T09 hold amounts, one finding names all
 *   those cells instead of one per line.
 * - Distinct identities are reported separately even when one cell causes both (a 类 wrong against
 *   its 款 and the 合计 wrong against the 类; a 项 wrong in T03 and in the T03/T05 comparison): each
 *   is a different statement a reviewer checks, and the common cell is what points to the mistake.
 */
import type { Finding } from '../findings';
import { TABLE_IDS, type RecognizedWorkbook } from '../model';
import type { WorkbookSnapshot } from '../snapshot';
import { RuleContext } from './context';
import { CODED_TABLES, checkCodedTable } from './coded';
import { checkBetweenTables } from './cross';
import { checkT06, checkT07 } from './detail';
import { checkT01, checkT04 } from './summary';
import { checkAmountCells, checkCodeNames, checkDepartmentAndYear, checkDuplicates, checkTablesPresent, checkUnits, checkUnreadParts } from './workbook';

export { RULE_IDS, RULE_TITLES, type RuleId } from './catalog';

/** Every identity of DOMAIN.md §2 and the reviewer's checks, in table order. */
export function runRules(workbook: RecognizedWorkbook, snapshot: WorkbookSnapshot): Finding[] {
  const ctx = new RuleContext(workbook);
  checkTablesPresent(ctx, snapshot);
  checkUnits(ctx);
  checkDepartmentAndYear(ctx);
  checkAmountCells(ctx);
  checkDuplicates(ctx);
  checkCodeNames(ctx);
  checkUnreadParts(ctx);

  for (const id of CODED_TABLES) {
    const idx = ctx.index(id);
    if (idx) checkCodedTable(ctx, idx);
  }
  const t01 = ctx.index('T01');
  if (t01) checkT01(ctx, t01);
  const t04 = ctx.index('T04');
  if (t04) checkT04(ctx, t04);
  const t06 = ctx.index('T06');
  if (t06) checkT06(ctx, t06);
  const t07 = ctx.index('T07');
  if (t07) checkT07(ctx, t07);

  checkBetweenTables(ctx);

  const order = new Map<string, number>(['WB', ...TABLE_IDS].map((g, i) => [g, i]));
  return ctx.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (order.get(a.f.group) ?? 99) - (order.get(b.f.group) ?? 99) || a.i - b.i)
    .map(({ f }) => f);
}

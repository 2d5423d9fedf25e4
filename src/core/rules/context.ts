/**
 * What every rule shares: effective values (a blank total already reported is read as its expected
 * value, so one blank cell produces one finding), suspect cells, the comparison of a total with its
 * terms in integer cents, and the construction of grouped findings.
 */
import { formatCents, roundingToleranceCents } from '../amount';
import type { CellRef, Finding, Severity } from '../findings';
import type { Amount, RecognizedTable, RecognizedWorkbook, TableId } from '../model';
import { RULE_TITLES, type RuleId } from './catalog';
import { TableIndex } from './table-index';

/** The amounts a table has (a row's amounts map holds only the columns the table has). */
export const present = (amounts: (Amount | undefined)[]): Amount[] => amounts.filter((a): a is Amount => a !== undefined);

/** Outcome of one total-versus-terms comparison that did not hold to the cent. */
export interface Mismatch {
  severity: Severity;
  total: Amount;
  /** Every term, added and subtracted. */
  terms: Amount[];
  /** Effective cents of the total before this comparison. */
  actual: number;
  expected: number;
  /** The total cell was blank (or a dash) while its terms are not zero. */
  blank: boolean;
}

/** One column's part of a grouped finding: "本年收入合计(C16)为空，收入各项合计为601.28万元". */
export interface Part {
  /** Label of the total's column or line, e.g. "本年收入合计" or "基本支出". */
  label: string;
  /** What the terms are, e.g. "所属各项合计", "基本支出+项目支出". */
  termsLabel: string;
  mismatch: Mismatch;
  /** Extra cells involved beyond total and terms. */
  extraCells?: Amount[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export const wan = (cents: number): string => `${formatCents(cents)}万元`;

/**
 * Tolerance for a sum of n non-zero rounded terms (DOMAIN.md §2): 0.005 × (n + 1) 万元, i.e. a total
 * one cent off its single term is still a 尾差; with no non-zero term (or, between tables, one amount
 * against its copy) any cent is an error.
 */
export function toleranceFor(nonZeroTerms: number): number {
  return roundingToleranceCents(nonZeroTerms);
}

export function cellKey(a: { sheet: string; cell: string }): string {
  return `${a.sheet}!${a.cell}`;
}

export class RuleContext {
  readonly findings: Finding[] = [];
  /**
   * Blank totals already reported, read from then on as the amount their terms give. Keyed by the
   * Amount object: each cell has exactly one in the recognised workbook (cheaper than A1 strings).
   */
  private readonly effective = new Map<Amount, number>();
  /** Cells whose value is not trustworthy for comparisons between tables (blank-substituted, invalid). */
  private readonly suspect = new Set<Amount>();
  private readonly indexes = new Map<TableId, TableIndex>();
  /** Tables excluded from comparisons between tables (unit differs from the workbook's). */
  readonly offUnit = new Set<TableId>();
  /** Keys of findings that must be made at most once (e.g. a name mismatch seen from two rules). */
  readonly once = new Set<string>();

  constructor(readonly workbook: RecognizedWorkbook) {
    for (const t of workbook.tables) if (!this.indexes.has(t.id)) this.indexes.set(t.id, new TableIndex(t));
  }

  index(id: TableId): TableIndex | undefined {
    return this.indexes.get(id);
  }

  /** The table's name as a reviewer writes it: its 公开NN label when it has one, else its title. */
  label(table: RecognizedTable): string {
    return table.number ?? table.title;
  }

  value(a: Amount): number {
    if (this.effective.size === 0) return a.cents;
    return this.effective.get(a) ?? a.cents;
  }

  isSuspect(a: Amount | undefined): boolean {
    return a !== undefined && (a.status === 'invalid' || this.suspect.has(a));
  }

  markSuspect(a: Amount): void {
    this.suspect.add(a);
  }

  /** Read as written, before any substitution. */
  isBlank(a: Amount): boolean {
    return (a.status === 'blank' || a.status === 'dash') && !this.effective.has(a);
  }

  /**
   * Compare a total with Σ plus − Σ minus (missing columns ignored). Null when it holds to the cent,
   * or when an invalid cell takes part (already reported on its own). A blank total with non-zero
   * terms is substituted by the expected amount for the identities that follow. Allocation-free
   * unless it fails: it runs for every row and column of every table.
   */
  compare(total: Amount, plus: readonly (Amount | undefined)[], minus: readonly (Amount | undefined)[] = []): Mismatch | null {
    if (total.status === 'invalid') return null;
    let expected = 0;
    let nonZero = 0;
    for (let i = 0; i < plus.length + minus.length; i++) {
      const a = i < plus.length ? plus[i] : minus[i - plus.length];
      if (a === undefined) continue;
      if (a.status === 'invalid') return null;
      const v = this.value(a);
      expected += i < plus.length ? v : -v;
      if (v !== 0) nonZero++;
    }
    const actual = this.value(total);
    const diff = actual - expected;
    if (diff === 0) return null;
    const blank = this.isBlank(total) && expected !== 0;
    if (blank) {
      this.effective.set(total, expected);
      this.suspect.add(total);
    }
    const severity: Severity = Math.abs(diff) <= toleranceFor(nonZero) ? 'info' : 'error';
    return { severity, total, terms: present([...plus, ...minus]), actual, expected, blank };
  }

  /**
   * Compare amounts of two tables: `shown` (the side the finding is shown on) against `other`.
   * Skipped (null) when a cell on either side is suspect: a blank total already reported or an
   * invalid amount, so a defect inside a table does not echo in every table that quotes it.
   */
  compareAcross(shown: Amount[], other: Amount[]): { severity: Severity; actual: number; expected: number } | null {
    let actual = 0;
    let expected = 0;
    let shownTerms = 0;
    let otherTerms = 0;
    for (const a of shown) {
      if (this.isSuspect(a)) return null;
      const v = this.value(a);
      actual += v;
      if (v !== 0) shownTerms++;
    }
    for (const a of other) {
      if (this.isSuspect(a)) return null;
      const v = this.value(a);
      expected += v;
      if (v !== 0) otherTerms++;
    }
    const diff = actual - expected;
    if (diff === 0) return null;
    // the sum side is the side with more rounded terms; one amount against one amount is a copy of the
    // same 元 figure rounded the same way, so it must agree to the cent (n = 0)
    const nonZero = shownTerms <= 1 && otherTerms <= 1 ? 0 : Math.max(shownTerms, otherTerms);
    return { severity: Math.abs(diff) <= toleranceFor(nonZero) ? 'info' : 'error', actual, expected };
  }

  /** Sentence for one part: "基本支出(D7)为516.37万元，各类合计为516.36万元，相差0.01万元（尾差）". */
  partText(p: Part): string {
    const m = p.mismatch;
    const where = `${p.label}(${m.total.cell})`;
    if (m.blank) return `${where}为空，${p.termsLabel}为${wan(m.expected)}`;
    const base = `${where}为${wan(m.actual)}，${p.termsLabel}为${wan(m.expected)}，相差${wan(m.actual - m.expected)}`;
    return m.severity === 'info' ? `${base}（尾差）` : base;
  }

  /**
   * One finding for one identity, its failing columns grouped: shown on the total of the most severe
   * part, naming every cell of every failing part.
   */
  addParts(rule: RuleId, table: RecognizedTable, subject: string, parts: Part[], groupOverride?: string): void {
    if (parts.length === 0) return;
    const lead = [...parts].sort((a, b) => SEVERITY_RANK[b.mismatch.severity] - SEVERITY_RANK[a.mismatch.severity])[0];
    const severity = lead.mismatch.severity;
    const cells: Amount[] = [];
    for (const p of parts) cells.push(p.mismatch.total, ...p.mismatch.terms, ...(p.extraCells ?? []));
    const prefix = subject ? `${this.label(table)} ${subject} ` : `${this.label(table)} `;
    this.add({
      rule,
      severity,
      sheet: lead.mismatch.total.sheet,
      cell: lead.mismatch.total.cell,
      cells,
      expected: lead.mismatch.expected,
      actual: lead.mismatch.actual,
      message: prefix + parts.map((p) => this.partText(p)).join('；'),
      group: groupOverride ?? table.id,
    });
  }

  /** Add a finding; `cells` are deduplicated and the shown cell always comes first. */
  add(f: {
    rule: RuleId;
    severity: Severity;
    sheet: string;
    cell: string;
    cells: (CellRef | Amount)[];
    expected: number | null;
    actual: number | null;
    message: string;
    group: string;
  }): void {
    const seen = new Set<string>();
    const cells: CellRef[] = [];
    for (const c of [{ sheet: f.sheet, cell: f.cell }, ...f.cells]) {
      const k = cellKey(c);
      if (seen.has(k)) continue;
      seen.add(k);
      cells.push({ sheet: c.sheet, cell: c.cell });
    }
    this.findings.push({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      cells,
      expected: f.expected === null ? null : f.expected / 100,
      actual: f.actual === null ? null : f.actual / 100,
      message: f.message,
      title: RULE_TITLES[f.rule],
      group: f.group,
    });
  }
}

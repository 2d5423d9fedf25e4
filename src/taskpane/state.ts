/** Pure helpers of the pane: grouping, counting and the nine-table summary. No React here. */
import { countBySeverity, type FindingGroup, type SeverityCounts } from '../core/annotation';
import type { Finding, Severity } from '../core/findings';
import { TABLE_IDS, TABLE_TITLES, type RecognizedWorkbook, type TableId } from '../core/model';

export { SEVERITIES, groupFindings, groupLabel, type FindingGroup } from '../core/annotation';

export type SeverityFilter = Record<Severity, boolean>;

/** 尾差 (info) hidden by default: inside the rounding bound, not a mistake (DOMAIN.md §2). */
export const DEFAULT_FILTER: SeverityFilter = { error: true, warning: true, info: false };

export type TableStatus = 'passed' | 'errors' | 'missing';

export interface TableTile {
  id: TableId;
  title: string;
  status: TableStatus;
  counts: SeverityCounts;
  sheet: string | null;
}

/** The summary picture: each of the nine tables passed, has errors, or is missing from the workbook. */
export function tableTiles(workbook: RecognizedWorkbook, findings: Finding[]): TableTile[] {
  return TABLE_IDS.map((id) => {
    const table = workbook.tables.find((t) => t.id === id);
    const counts = countBySeverity(findings.filter((f) => f.group === id));
    const status: TableStatus = !table ? 'missing' : counts.error > 0 ? 'errors' : 'passed';
    return { id, title: TABLE_TITLES[id], status, counts, sheet: table?.sheet ?? null };
  });
}

/** The list the reader walks with 上一个/下一个: visible findings in display order. */
export function visibleFindings(groups: FindingGroup[], filter: SeverityFilter, table: string | null): Finding[] {
  return groups.filter((g) => table === null || g.group === table).flatMap((g) => g.findings.filter((f) => filter[f.severity]));
}

/** Amounts as the tables print them: two decimals (万元). */
export function formatAmount(v: number | null): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return v.toFixed(2);
}

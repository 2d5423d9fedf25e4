/** Pure helpers of the pane: grouping, counting and the nine-table summary. No React here. */
import type { Finding, Severity } from '../core/findings';
import { TABLE_IDS, TABLE_TITLES, type RecognizedWorkbook, type TableId } from '../core/model';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export type SeverityFilter = Record<Severity, boolean>;

/** 尾差 (info) hidden by default: inside the rounding bound, not a mistake (DOMAIN.md §2). */
export const DEFAULT_FILTER: SeverityFilter = { error: true, warning: true, info: false };

export type Counts = Record<Severity, number>;

export function countBySeverity(findings: Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export interface FindingGroup {
  /** T01…T09, or the evaluation kind / other group. */
  id: string;
  label: string;
  findings: Finding[];
  counts: Counts;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function groupLabel(id: string): string {
  const title = TABLE_TITLES[id as TableId];
  return title ? `${id} ${title}` : id || '其他';
}

/** Findings grouped by table (T01…T09 first in order, then the rest), errors first within a group. */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = f.group ?? '';
    const list = map.get(id);
    if (list) list.push(f);
    else map.set(id, [f]);
  }
  const order = (id: string): number => {
    const i = TABLE_IDS.indexOf(id as TableId);
    return i >= 0 ? i : 100;
  };
  return [...map.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([id, list]) => ({
      id,
      label: groupLabel(id),
      findings: [...list].sort((x, y) => RANK[x.severity] - RANK[y.severity]),
      counts: countBySeverity(list),
    }));
}

export type TableStatus = 'passed' | 'errors' | 'missing';

export interface TableTile {
  id: TableId;
  title: string;
  status: TableStatus;
  counts: Counts;
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
  return groups.filter((g) => table === null || g.id === table).flatMap((g) => g.findings.filter((f) => filter[f.severity]));
}

/** Amounts as the tables print them: two decimals (万元). */
export function formatAmount(v: number | null): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return v.toFixed(2);
}

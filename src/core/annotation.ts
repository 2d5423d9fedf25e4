/**
 * How findings are shown, whichever host shows them: grouped by table and counted by severity (the
 * pane, the CLI reports), and inside a workbook (the Office add-in, the annotated .xlsx copy of
 * `check --out` and of the standalone page) as one highlight and one message per flagged cell and the
 * 审核结果 sheet listing every finding with a link to its cell.
 */
import { SEVERITY_LABEL, type Finding, type Severity, type SheetWrite } from './findings';
import { TABLE_IDS, TABLE_TITLES, type TableId } from './model';
import type { CellValue } from './snapshot';

export const RESULT_SHEET = '审核结果';
export const RESULT_HEADER: CellValue[] = ['严重程度', '表', '单元格', '规则', '说明', '期望值', '实际值'];
/** Messages we attach to cells start with this marker, so re-auditing and 清除标记 find exactly ours. */
export const MESSAGE_MARKER = '【审核】';

/** Highlight colours (RGB hex): error red, warning amber, info (尾差) light blue. */
export const SEVERITY_COLOR: Record<Severity, string> = { error: 'FFC7CE', warning: 'FFE699', info: 'DDEBF7' };

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Sort order: errors first, then warnings, then 尾差. */
export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

export function worstSeverity(findings: Finding[]): Severity {
  return findings.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), 'info');
}

/** Findings by the cell they are shown on ("sheet\u0000C16"), in order; none on the 审核结果 sheet. */
export function findingsByCell(findings: Finding[]): Map<string, Finding[]> {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.sheet === RESULT_SHEET) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  return byCell;
}

/** The message attached to one flagged cell: the marker, then one line per finding, severity first. */
export function messageText(findings: Finding[]): string {
  return `${MESSAGE_MARKER}\n${findings.map((f) => `${SEVERITY_LABEL[f.severity]}：${f.message}`).join('\n')}`;
}

/** A group's label: "T01 收入支出决算总表", "项目支出绩效自评表", "整个工作簿", or the group as given (情况说明). */
export function groupLabel(group: string): string {
  const title = TABLE_TITLES[group as TableId];
  return title ? `${group} ${title}` : OTHER_GROUPS[group] ?? (group || '其他');
}

/** Groups that are not one of the nine tables: the workbook as a whole and the self-evaluation kinds. */
const OTHER_GROUPS: Record<string, string> = {
  WB: '整个工作簿',
  整体: '部门整体支出绩效自评表',
  项目: '项目支出绩效自评表',
  基础数据: '绩效评价基础数据表',
  量化: '量化评价表',
};

export interface FindingGroup {
  /** T01…T09, the self-evaluation kind (整体, 项目 …), 情况说明, or WB for the whole workbook. */
  group: string;
  /** Errors first. */
  findings: Finding[];
  counts: SeverityCounts;
}

/** Findings by group: the tables T01…T09 in order, then the other groups in order of appearance. */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.group ?? '');
    if (list) list.push(f);
    else groups.set(f.group ?? '', [f]);
  }
  const order = (g: string) => {
    const i = TABLE_IDS.indexOf(g as TableId);
    return i < 0 ? TABLE_IDS.length : i;
  };
  return [...groups.keys()]
    .sort((a, b) => order(a) - order(b))
    .map((group) => {
      const list = groups.get(group)!;
      return { group, findings: [...list].sort(bySeverity), counts: countBySeverity(list) };
    });
}

/** The 审核结果 sheet: header, one row per finding (errors first), a link from 单元格 to the cell. */
export function resultSheet(findings: Finding[]): SheetWrite {
  const sorted = [...findings].sort(bySeverity);
  const rows: CellValue[][] = [RESULT_HEADER];
  const links: SheetWrite['links'] = [];
  for (const f of sorted) {
    links.push({ row: rows.length, col: 2, target: { sheet: f.sheet, cell: f.cell } });
    rows.push([
      SEVERITY_LABEL[f.severity],
      groupLabel(f.group ?? ''),
      `${f.sheet}!${f.cell}`,
      f.title ? `${f.title}（${f.rule}）` : f.rule,
      f.message,
      f.expected ?? null,
      f.actual ?? null,
    ]);
  }
  if (sorted.length === 0) rows.push(['', '', '', '', '未发现问题', null, null]);
  return { sheet: RESULT_SHEET, rows, links, columnWidths: [10, 30, 18, 34, 80, 12, 12] };
}

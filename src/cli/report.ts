/**
 * Rendering `check` results: the JSON contract (issue 3), the text summary and shared grouping helpers.
 * The HTML report is in report-html.ts.
 */
import { SEVERITIES, countBySeverity, groupFindings as groupByTable, groupLabel } from '../core/annotation';
import { SEVERITY_LABEL, type Finding } from '../core/findings';
import type { FileReport, TableSummary } from './check-file';

export function countsLine(findings: Finding[]): string {
  const c = countBySeverity(findings);
  return SEVERITIES.map((s) => `${SEVERITY_LABEL[s]} ${c[s]} 条`).join('，');
}

export interface FindingGroup {
  key: string;
  /** "T01 收入支出决算总表（公开01表 A1:F20）", or the group name for evaluations. */
  label: string;
  findings: Finding[];
}

/** Findings grouped by table (core order), labelled with the table's sheet and range where found. */
export function groupFindings(findings: Finding[], tables: TableSummary[]): FindingGroup[] {
  return groupByTable(findings).map(({ group, findings: list }) => {
    const table = tables.find((t) => t.id === group);
    const label = table ? `${group} ${table.title}（${table.sheet} ${table.range}）` : groupLabel(group);
    return { key: group, label, findings: list };
  });
}

export function fmtAmount(v: number | null | undefined): string {
  return typeof v === 'number' ? v.toFixed(2) : '—';
}

/** The JSON object of one file: the contract's fields first, in the contract's order. */
export function reportJson(report: FileReport): Record<string, unknown> {
  const findings = report.findings.map((f) => {
    const { rule, severity, sheet, cell, cells, expected, actual, message, ...rest } = f;
    return { rule, severity, sheet, cell, cells, expected, actual, message, ...rest };
  });
  const obj: Record<string, unknown> = { file: report.file, tables: report.tables, findings };
  if (report.error) obj.error = report.error;
  obj.department = report.department;
  obj.year = report.year;
  obj.unit = report.unit;
  obj.counts = countBySeverity(report.findings);
  if (report.annotated) obj.annotated = report.annotated;
  if (report.annotateError) obj.annotateError = report.annotateError;
  return obj;
}

/** One object for one file, an array for several (issue 3). */
export function renderJson(reports: FileReport[], severalInputs: boolean): string {
  const value = severalInputs ? reports.map(reportJson) : reportJson(reports[0]);
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The first lines of a file in a text report: its name, then why it could not be read or what it is. */
export function fileHeading(r: { file: string; error?: string | null; department: string | null; year: number | null; unit: string | null }): string[] {
  if (r.error) return [`■ ${r.file}`, `  无法读取：${r.error}`];
  return [`■ ${r.file}`, `  部门：${r.department ?? '未识别'}　年度：${r.year ?? '未识别'}　单位：${r.unit ?? '未识别'}`];
}

export function renderText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(...fileHeading(r));
    if (r.error) {
      lines.push('');
      continue;
    }
    lines.push(`  识别到 ${r.tables.length} 张表；${countsLine(r.findings)}`);
    if (r.findings.length === 0) lines.push('  未发现问题。');
    for (const g of groupFindings(r.findings, r.tables)) {
      const c = countBySeverity(g.findings);
      const nonZero = SEVERITIES.filter((s) => c[s] > 0).map((s) => `${SEVERITY_LABEL[s]} ${c[s]}`);
      lines.push(`  【${g.label}】 ${nonZero.join('，')}`);
      for (const f of g.findings) {
        lines.push(`    [${SEVERITY_LABEL[f.severity]}] ${f.sheet}!${f.cell}  ${f.message}`);
      }
    }
    if (r.annotated) lines.push(`  已写出批注副本：${r.annotated}`);
    if (r.annotateError) lines.push(`  ${r.annotateError}`);
    lines.push('');
  }
  if (reports.length > 1) lines.push(batchSummary(reports));
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

export function batchSummary(reports: FileReport[]): string {
  const unreadable = reports.filter((r) => r.error).length;
  const withErrors = reports.filter((r) => !r.error && r.findings.some((f) => f.severity === 'error')).length;
  const clean = reports.length - unreadable - withErrors;
  return `共 ${reports.length} 个文件：有错误 ${withErrors} 个，无错误 ${clean} 个，无法读取 ${unreadable} 个。`;
}

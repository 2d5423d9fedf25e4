/**
 * Rendering `check` results: the JSON contract (issue 3), the text summary and shared grouping helpers.
 * The HTML report is in report-html.ts.
 */
import { SEVERITY_LABEL, type Finding, type Severity } from '../core/findings';
import { TABLE_IDS, TABLE_TITLES, type TableId } from '../core/model';
import type { FileReport, TableSummary } from './check-file';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function severityCounts(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  return counts;
}

export function countsLine(findings: Finding[]): string {
  const c = severityCounts(findings);
  return SEVERITIES.map((s) => `${SEVERITY_LABEL[s]} ${c[s]} 条`).join('，');
}

export interface FindingGroup {
  key: string;
  /** "T01 收入支出决算总表（公开01表 A1:F20）", or the group name for evaluations. */
  label: string;
  findings: Finding[];
}

/** Findings grouped by table (in T01…T09 order), then the other groups in order of appearance. */
export function groupFindings(findings: Finding[], tables: TableSummary[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.group || '其他';
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const tableOrder = (k: string) => {
    const i = TABLE_IDS.indexOf(k as TableId);
    return i < 0 ? TABLE_IDS.length : i;
  };
  const keys = [...groups.keys()].sort((a, b) => tableOrder(a) - tableOrder(b));
  return keys.map((key) => {
    const table = tables.find((t) => t.id === key);
    let label: string;
    if (table) label = `${key} ${table.title}（${table.sheet} ${table.range}）`;
    else if (TABLE_TITLES[key as TableId]) label = `${key} ${TABLE_TITLES[key as TableId]}`;
    else label = key;
    return { key, label, findings: groups.get(key)! };
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
  obj.counts = severityCounts(report.findings);
  if (report.annotated) obj.annotated = report.annotated;
  if (report.annotateError) obj.annotateError = report.annotateError;
  return obj;
}

/** One object for one file, an array for several (issue 3). */
export function renderJson(reports: FileReport[], severalInputs: boolean): string {
  const value = severalInputs ? reports.map(reportJson) : reportJson(reports[0]);
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function renderText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`■ ${r.file}`);
    if (r.error) {
      lines.push(`  无法读取：${r.error}`, '');
      continue;
    }
    const meta = [`部门：${r.department ?? '未识别'}`, `年度：${r.year ?? '未识别'}`, `单位：${r.unit ?? '未识别'}`];
    lines.push(`  ${meta.join('　')}`);
    lines.push(`  识别到 ${r.tables.length} 张表；${countsLine(r.findings)}`);
    if (r.findings.length === 0) lines.push('  未发现问题。');
    for (const g of groupFindings(r.findings, r.tables)) {
      const c = severityCounts(g.findings);
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

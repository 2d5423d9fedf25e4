/**
 * The core's entry points for hosts: snapshot in, findings and edits out. Pure: no Office, no I/O.
 */
import type { Finding } from './findings';
import type { RecognizedWorkbook } from './model';
import { recognize } from './recognize';
import { runRules } from './rules';
import type { WorkbookSnapshot } from './snapshot';

export interface AuditResult {
  workbook: RecognizedWorkbook;
  findings: Finding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Recognise the workbook and run every rule (tables, cross-table, self-evaluation, 情况说明 text). */
export function audit(snapshot: WorkbookSnapshot): AuditResult {
  const workbook = recognize(snapshot);
  const findings = runRules(workbook, snapshot);
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { workbook, findings };
}

export { recognize } from './recognize';
export type { Finding, CellRef, CellWrite, SheetWrite, Severity } from './findings';
export type { RecognizedWorkbook, RecognizedTable, TableRow, Amount, TableId, Diagnostic } from './model';
export type { WorkbookSnapshot, SheetSnapshot, CellValue } from './snapshot';

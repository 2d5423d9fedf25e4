/**
 * The core's entry points for hosts: snapshot in, findings and edits out. Pure: no Office, no I/O.
 */
import { bySeverity } from './annotation';
import type { Finding } from './findings';
import type { RecognizedWorkbook } from './model';
import { recognize } from './recognize';
import { checkNarrative } from './narrative/check';
import { runRules } from './rules';
import { scoreWorkbook, type EvaluationResult } from './scoring';
import type { WorkbookSnapshot } from './snapshot';

export interface AuditResult {
  workbook: RecognizedWorkbook;
  findings: Finding[];
  /** The self-evaluation sheets found and scored; their findings are among `findings`. */
  evaluations: EvaluationResult[];
}

/** Recognise the workbook and run every check on it (see checkRecognized). */
export function audit(snapshot: WorkbookSnapshot): AuditResult {
  const workbook = recognize(snapshot);
  return { workbook, ...checkRecognized(snapshot, workbook) };
}

/** Every rule on a recognised workbook: tables and cross-table, self-evaluation, 情况说明 text. */
export function checkRecognized(snapshot: WorkbookSnapshot, workbook: RecognizedWorkbook): Omit<AuditResult, 'workbook'> {
  const scored = scoreWorkbook(snapshot, workbook);
  const findings = [...runRules(workbook, snapshot), ...scored.findings, ...checkNarrative(snapshot, workbook)];
  findings.sort(bySeverity);
  return { findings, evaluations: scored.evaluations };
}

export { recognize } from './recognize';
export type { Finding, CellRef, CellWrite, SheetWrite, Severity } from './findings';
export type { RecognizedWorkbook, RecognizedTable, TableRow, Amount, TableId, Diagnostic } from './model';
export type { WorkbookSnapshot, SheetSnapshot, CellValue } from './snapshot';

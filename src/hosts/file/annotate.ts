/**
 * The annotated copy of an audited workbook (issue 3, `check --out` and the standalone page):
 * each flagged cell filled by severity with the findings as its note, and a sheet 审核结果 listing every
 * finding with a hyperlink to its cell. Bytes in, bytes out: no file-system access (runs in the browser).
 */
import type ExcelJS from 'exceljs';
import {
  MESSAGE_MARKER, SEVERITY_COLOR, bySeverity, findingsByCell, messageText, resultSheet, worstSeverity,
} from '../../core/annotation';
import type { Finding, Severity } from '../../core/findings';
import { loadWorkbook } from './read';
import { applySheetWrite, saveWorkbook, setCellStyle } from './write';

/** Fill colours (ARGB) by severity. */
export const SEVERITY_FILL = Object.fromEntries(
  Object.entries(SEVERITY_COLOR).map(([severity, rgb]) => [severity, `FF${rgb}`]),
) as Record<Severity, string>;

/** A note the user wrote themselves (kept above ours), or '' when none / when it is one of ours. */
function userNoteText(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  let text = '';
  if (typeof note === 'string') text = note;
  else if (note && typeof note === 'object' && Array.isArray((note as { texts?: unknown[] }).texts)) {
    text = ((note as { texts: { text?: string }[] }).texts).map((t) => t.text ?? '').join('');
  }
  if (text.startsWith(MESSAGE_MARKER)) return '';
  const at = text.indexOf(`\n${MESSAGE_MARKER}`);
  return at >= 0 ? text.slice(0, at) : text;
}

function styleResultSheet(ws: ExcelJS.Worksheet, findings: Finding[]): void {
  const header = ws.getRow(1);
  header.eachCell((cell) => setCellStyle(cell, {
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } },
    alignment: { vertical: 'middle', horizontal: 'center' },
  }));
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  findings.forEach((f, i) => {
    const row = ws.getRow(i + 2);
    setCellStyle(row.getCell(1), { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[f.severity] } } });
    setCellStyle(row.getCell(5), { alignment: { wrapText: true, vertical: 'top' } });
    for (const c of [6, 7]) setCellStyle(row.getCell(c), { numFmt: '#,##0.00' });
  });
  if (findings.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: findings.length + 1, column: 7 } };
}

/** Highlight and annotate in place on a loaded workbook; returns the 审核结果 worksheet. */
export function annotateLoadedWorkbook(wb: ExcelJS.Workbook, findings: Finding[]): ExcelJS.Worksheet {
  // Findings shown on the same cell share one fill (the worst severity) and one note.
  const byCell = findingsByCell(findings);
  for (const list of byCell.values()) {
    const { sheet, cell: address } = list[0];
    const ws = wb.getWorksheet(sheet);
    if (!ws || !/^[A-Z]{1,3}\d{1,7}$/.test(address)) continue; // still listed in 审核结果
    let cell = ws.getCell(address);
    if (cell.isMerged && cell.master && cell.master !== cell) cell = cell.master;
    setCellStyle(cell, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[worstSeverity(list)] } } });
    const own = userNoteText(cell);
    const text = own ? `${own}\n${messageText(list)}` : messageText(list);
    cell.note = text;
  }
  const sorted = [...findings].sort(bySeverity);
  const ws = applySheetWrite(wb, resultSheet(sorted));
  styleResultSheet(ws, sorted);
  return ws;
}

/**
 * An annotated copy of the workbook: flagged cells filled by severity with their findings as a note, and
 * a (re)built 审核结果 sheet. The input bytes are not modified.
 */
export async function annotateWorkbook(data: ArrayBuffer | Uint8Array, findings: Finding[]): Promise<Uint8Array> {
  const wb = await loadWorkbook(data);
  annotateLoadedWorkbook(wb, findings);
  return saveWorkbook(wb);
}

/**
 * The annotated copy of an audited workbook (issue 3, `check --out` and the standalone page):
 * each flagged cell filled by severity with the findings as its note, and a sheet 审核结果 listing every
 * finding with a hyperlink to its cell. Bytes in, bytes out: no file-system access (runs in the browser).
 */
import type ExcelJS from 'exceljs';
import { SEVERITY_LABEL, type Finding, type Severity, type SheetWrite } from '../../core/findings';
import { TABLE_TITLES, type TableId } from '../../core/model';
import type { CellValue } from '../../core/snapshot';
import { loadWorkbook } from './read';
import { applySheetWrite, saveWorkbook, setCellStyle } from './write';

export const RESULT_SHEET = '审核结果';

/** Fill colours (ARGB): error red-ish, warning amber, info (尾差) light blue. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFE699',
  info: 'FFDDEBF7',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Notes we write start with this marker, so re-annotating replaces them instead of piling up. */
const NOTE_MARKER = '【审核】';

function worstSeverity(findings: Finding[]): Severity {
  return findings.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), 'info');
}

/** The note text of one flagged cell: one line per finding, severity first. */
export function noteText(findings: Finding[]): string {
  const lines = findings.map((f) => `${SEVERITY_LABEL[f.severity]}：${f.message}`);
  return `${NOTE_MARKER}\n${lines.join('\n')}`;
}

/** A note the user wrote themselves (kept above ours), or '' when none / when it is one of ours. */
function userNoteText(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  let text = '';
  if (typeof note === 'string') text = note;
  else if (note && typeof note === 'object' && Array.isArray((note as { texts?: unknown[] }).texts)) {
    text = ((note as { texts: { text?: string }[] }).texts).map((t) => t.text ?? '').join('');
  }
  if (text.startsWith(NOTE_MARKER)) return '';
  const at = text.indexOf(`\n${NOTE_MARKER}`);
  return at >= 0 ? text.slice(0, at) : text;
}

/** Table label for the 表 column: "T01 收入支出决算总表", or the group as given (整体, 项目 …). */
function groupLabel(group: string): string {
  const title = TABLE_TITLES[group as TableId];
  return title ? `${group} ${title}` : group;
}

function amountCell(v: number | null): CellValue {
  return v === null || v === undefined ? null : v;
}

/** The 审核结果 sheet as a SheetWrite: header, one row per finding, a link from 单元格 to the cell. */
export function resultSheet(findings: Finding[]): SheetWrite {
  const header: CellValue[] = ['严重程度', '表', '单元格', '规则', '说明', '期望值', '实际值'];
  const rows: CellValue[][] = [header];
  const links: SheetWrite['links'] = [];
  for (const f of findings) {
    links.push({ row: rows.length, col: 2, target: { sheet: f.sheet, cell: f.cell } });
    rows.push([
      SEVERITY_LABEL[f.severity],
      groupLabel(f.group ?? ''),
      `${f.sheet}!${f.cell}`,
      f.title ? `${f.title}（${f.rule}）` : f.rule,
      f.message,
      amountCell(f.expected),
      amountCell(f.actual),
    ]);
  }
  if (findings.length === 0) rows.push(['', '', '', '', '未发现问题', null, null]);
  return { sheet: RESULT_SHEET, rows, links, columnWidths: [10, 30, 18, 34, 80, 12, 12] };
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
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.sheet === RESULT_SHEET) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  for (const list of byCell.values()) {
    const { sheet, cell: address } = list[0];
    const ws = wb.getWorksheet(sheet);
    if (!ws || !/^[A-Z]{1,3}\d{1,7}$/.test(address)) continue; // still listed in 审核结果
    let cell = ws.getCell(address);
    if (cell.isMerged && cell.master && cell.master !== cell) cell = cell.master;
    setCellStyle(cell, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[worstSeverity(list)] } } });
    const own = userNoteText(cell);
    const text = own ? `${own}\n${noteText(list)}` : noteText(list);
    cell.note = text;
  }
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
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

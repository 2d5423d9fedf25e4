/**
 * File host, read side: an .xlsx (bytes) → the core's WorkbookSnapshot, through ExcelJS.
 * Used by the CLI (Node) and by the standalone page (browser); no file-system access here.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';

export class UnreadableWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableWorkbookError';
  }
}

/** A cell's displayed value as the core sees it: formulas give their cached result, rich text its text. */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && 'error' in result) return String(result.error);
      return plainValue(result as ExcelJS.CellValue);
    }
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const cells: { r: number; c: number; v: CellValue; f: string | null }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return; // merged slaves repeat the master's value
      const v = plainValue(cell.value);
      if (v === null || v === '') return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ r, c, v, f: cell.numFmt ?? null });
      if (r < top) top = r;
      if (c < left) left = c;
      if (r > bottom) bottom = r;
      if (c > right) right = c;
    });
  });
  const merges: string[] = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  if (cells.length === 0) return { name: ws.name, top: 0, left: 0, values: [], merges, numberFormats: [] };
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  for (const { r, c, v, f } of cells) {
    values[r - top][c - left] = v;
    numberFormats[r - top][c - left] = f;
  }
  return { name: ws.name, top, left, values, merges, numberFormats };
}

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (e) {
    throw new UnreadableWorkbookError(`无法读取：不是有效的 xlsx 文件（${(e as Error).message ?? e}）`);
  }
  return wb;
}

export function workbookSnapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.filter((ws) => ws.state !== 'veryHidden').map(sheetSnapshot) };
}

export async function readSnapshot(data: ArrayBuffer | Uint8Array): Promise<WorkbookSnapshot> {
  return workbookSnapshot(await loadWorkbook(data));
}

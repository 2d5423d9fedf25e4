/**
 * File host, write side: apply the core's CellWrite / SheetWrite edits to an ExcelJS workbook and save it.
 * Runs in Node (CLI) and in the browser (standalone page): no file-system access here.
 *
 * House rule: text written into a cell is text, never a formula, whatever character it starts with.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { qualified } from '../../core/address';
import type { CellRef, CellWrite, SheetWrite } from '../../core/findings';
import type { CellValue } from '../../core/snapshot';

/** A write that could not be applied, with a Chinese reason naming the sheet and cell. */
export interface SkippedWrite {
  write: CellWrite;
  reason: string;
}

const A1_PATTERN = /^\$?[A-Za-z]{1,3}\$?\d{1,7}$/;

/**
 * A cell's style as its own object. ExcelJS shares one style object between every cell loaded with the
 * same style id, so changing `cell.fill` in place would recolour unrelated cells.
 */
export function setCellStyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

/** The plain value ExcelJS should store: strings stay strings (ExcelJS never parses "=…" as a formula). */
function storedValue(value: string | number | null): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return String(value);
}

/**
 * Write each value into its cell. Text is stored as a string even when it starts with = + - @; a given
 * numberFormat is set on the cell, otherwise the cell keeps its own. Writes into a missing sheet or to a
 * malformed address are skipped and returned with the reason.
 */
export function applyCellWrites(wb: ExcelJS.Workbook, writes: CellWrite[]): SkippedWrite[] {
  const skipped: SkippedWrite[] = [];
  for (const write of writes) {
    const ws = wb.getWorksheet(write.sheet);
    if (!ws) {
      skipped.push({ write, reason: `找不到工作表“${write.sheet}”，未写入 ${write.cell}` });
      continue;
    }
    if (!A1_PATTERN.test(write.cell.trim())) {
      skipped.push({ write, reason: `${write.sheet} 的单元格地址“${write.cell}”无效，未写入` });
      continue;
    }
    const cell = ws.getCell(write.cell.replace(/\$/g, '').toUpperCase());
    cell.value = storedValue(write.value);
    if (write.numberFormat !== undefined) setCellStyle(cell, { numFmt: write.numberFormat });
  }
  return skipped;
}

function sheetCellValue(v: CellValue): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  return String(v);
}

/** Internal hyperlink target in the form ExcelJS and Excel expect: #'Sheet'!C16. */
export function internalLink(target: CellRef): string {
  return `#${qualified(target.sheet, target.cell)}`;
}

/**
 * Create the sheet, or replace it (same tab position) when one of that name exists. Rows are written from
 * A1; `links` turn a cell into an internal hyperlink to its target, keeping the cell's text.
 */
export function applySheetWrite(wb: ExcelJS.Workbook, write: SheetWrite): ExcelJS.Worksheet {
  const existing = wb.getWorksheet(write.sheet);
  let orderNo: number | undefined;
  if (existing) {
    orderNo = (existing as unknown as { orderNo: number }).orderNo;
    wb.removeWorksheet(existing.id);
  }
  const ws = wb.addWorksheet(write.sheet);
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;

  write.rows.forEach((row, r) => {
    const wsRow = ws.getRow(r + 1);
    row.forEach((v, c) => {
      const value = sheetCellValue(v);
      if (value !== null) wsRow.getCell(c + 1).value = value;
    });
  });
  for (const link of write.links ?? []) {
    const cell = ws.getRow(link.row + 1).getCell(link.col + 1);
    const text = cell.value === null || cell.value === undefined ? `${link.target.sheet}!${link.target.cell}` : String(cell.value);
    cell.value = { text, hyperlink: internalLink(link.target), tooltip: `跳转到 ${link.target.sheet}!${link.target.cell}` };
    setCellStyle(cell, { font: { color: { argb: 'FF0563C1' }, underline: true } });
  }
  (write.columnWidths ?? []).forEach((width, c) => {
    if (width > 0) ws.getColumn(c + 1).width = width;
  });
  return ws;
}

/**
 * ExcelJS 4.4 writes an internal hyperlink as an external relationship whose target starts with "#" plus a
 * location attribute that keeps the "#". Some readers then open it as a file link. Rewrite those into the
 * standard form: <hyperlink ref="A2" location="'Sheet'!C16"/> with no relationship.
 */
async function fixInternalHyperlinks(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const relsFiles = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(n));
  let changed = false;
  for (const relsName of relsFiles) {
    const rels = await zip.file(relsName)!.async('string');
    const internal = new Map<string, string>(); // rId → target without '#'
    const relPattern = /<Relationship\b[^>]*?\/>/g;
    const keptRels = rels.replace(relPattern, (rel) => {
      const type = /Type="([^"]*)"/.exec(rel)?.[1] ?? '';
      const target = /Target="([^"]*)"/.exec(rel)?.[1] ?? '';
      const id = /Id="([^"]*)"/.exec(rel)?.[1] ?? '';
      if (type.endsWith('/hyperlink') && target.startsWith('#')) {
        internal.set(id, target.slice(1));
        return '';
      }
      return rel;
    });
    if (internal.size === 0) continue;
    const sheetName = relsName.replace('_rels/', '').replace(/\.rels$/, '');
    const sheetFile = zip.file(sheetName);
    if (!sheetFile) continue;
    const sheetXml = await sheetFile.async('string');
    const fixedSheet = sheetXml.replace(/<hyperlink\b[^>]*?\/>/g, (el) => {
      const id = /r:id="([^"]*)"/.exec(el)?.[1];
      if (!id || !internal.has(id)) return el;
      let out = el.replace(/\s+r:id="[^"]*"/, '');
      if (/location="/.test(out)) out = out.replace(/location="#?([^"]*)"/, 'location="$1"');
      else out = out.replace(/\/>$/, ` location="${internal.get(id)}"/>`);
      return out;
    });
    zip.file(relsName, keptRels);
    zip.file(sheetName, fixedSheet);
    changed = true;
  }
  if (!changed) return bytes;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The workbook as .xlsx bytes (internal hyperlinks in standard form). */
export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
  return fixInternalHyperlinks(bytes);
}

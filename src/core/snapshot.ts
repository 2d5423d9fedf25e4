/**
 * What a host reads from a workbook: the core's only input. No Office or ExcelJS types here.
 * Hosts build it (src/hosts/office reads it in one sync, src/hosts/file from an .xlsx).
 */

export type CellValue = string | number | boolean | null;

export interface SheetSnapshot {
  name: string;
  /** 0-based row/column of values[0][0] (the used range's top-left). */
  top: number;
  left: number;
  /** Rectangular grid of the used range's values; null is an empty cell. Dates are given as text. */
  values: CellValue[][];
  /** Merged areas as A1 ranges ("A4:C4"). */
  merges: string[];
  /** Number formats aligned with values, where the host gives them. */
  numberFormats?: (string | null)[][];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** The active cell, where the host has one (Excel): where 插入说明 puts the draft. */
  selection?: { sheet: string; cell: string };
}

/** Value of an absolute (0-based) cell, null outside the used range. */
export function cellValue(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.top];
  if (!r) return null;
  const v = r[col - sheet.left];
  return v === undefined ? null : v;
}

export function sheetBottom(sheet: SheetSnapshot): number {
  return sheet.top + sheet.values.length - 1;
}

export function sheetRight(sheet: SheetSnapshot): number {
  let w = 0;
  for (const r of sheet.values) if (r.length > w) w = r.length;
  return sheet.left + w - 1;
}

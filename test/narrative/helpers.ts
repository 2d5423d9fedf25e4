import * as fs from 'fs';
import * as path from 'path';
import type { SheetWrite } from '../../src/core/findings';
import type { SheetSnapshot, WorkbookSnapshot, CellValue } from '../../src/core/snapshot';
import { readSnapshot } from '../../src/hosts/file/read';

export const SAMPLE = '/work/shared/workbooks/zhuzhou-gxs-2024.xlsx';
export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return readSnapshot(fs.readFileSync(file));
}

/** A SheetWrite as a host would read it back (numbers stay numbers, A1 at top-left). */
export function asSnapshot(write: SheetWrite): SheetSnapshot {
  const width = Math.max(...write.rows.map((r) => r.length));
  const values: CellValue[][] = write.rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i])));
  return { name: write.sheet, top: 0, left: 0, values, merges: [] };
}

/** Replace or add a sheet in a snapshot. */
export function withSheet(snapshot: WorkbookSnapshot, sheet: SheetSnapshot): WorkbookSnapshot {
  return { sheets: [...snapshot.sheets.filter((s) => s.name !== sheet.name), sheet] };
}

/** Set a cell of a snapshot sheet by its row key (column A) and header. */
export function setByKey(sheet: SheetSnapshot, key: string, header: string, value: CellValue): void {
  const headerRow = sheet.values.findIndex((r) => r.includes('键'));
  const col = sheet.values[headerRow].indexOf(header);
  const row = sheet.values.findIndex((r) => r[0] === key);
  if (col < 0 || row < 0) throw new Error(`no cell for ${key} / ${header}`);
  sheet.values[row][col] = value;
}

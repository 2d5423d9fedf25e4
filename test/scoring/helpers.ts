import * as fs from 'fs';
import * as path from 'path';
import type { RecognizedWorkbook } from '../../src/core/model';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { readSnapshot } from '../../src/hosts/file/read';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const SAMPLE = '/work/shared/workbooks/zhuzhou-gxs-2024.xlsx';

export async function loadFixture(file: string): Promise<WorkbookSnapshot> {
  const p = path.isAbsolute(file) ? file : path.join(FIXTURES, file);
  return readSnapshot(fs.readFileSync(p));
}

export function emptyWorkbook(): RecognizedWorkbook {
  return { tables: [], evaluations: [], diagnostics: [], department: null, year: null, unit: null };
}

/** Set a cell of a snapshot (tests tamper with a published value to see the scorer react). */
export function setCell(snapshot: WorkbookSnapshot, sheet: string, cell: string, value: string | number | null): void {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  const r = Number(m[2]) - 1 - s.top;
  const c = col - 1 - s.left;
  if (r < 0 || c < 0 || r >= s.values.length || c >= s.values[0].length) throw new Error(`${cell} outside the used range`);
  s.values[r][c] = value;
}

export function valueAt(snapshot: WorkbookSnapshot, sheet: string, cell: string): unknown {
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return s.values[Number(m[2]) - 1 - s.top]?.[col - 1 - s.left] ?? null;
}

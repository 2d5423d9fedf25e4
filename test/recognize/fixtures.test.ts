/**
 * Recognition on every fixture against test/fixtures/expected.json (written by the fixture builder
 * from the layouts it produced): each table found on the right sheet with the right range, title
 * cell, unit and department, and a sample of amounts at the right cell under the right row key and
 * column role; the self-evaluation sheets found; nothing recognised twice.
 */
import * as fs from 'fs';
import * as path from 'path';
import { recognize } from '../../src/core/recognize';
import type { RecognizedWorkbook } from '../../src/core/model';
import { FIXTURES, loadSnapshot } from '../helpers/load';

interface Sample { cell: string; cents: number; status: string; key: string; role: string }
interface TableEntry { id: string; sheet: string; range: string; titleCell: string; unit: string | null; department: string | null; variant?: string; samples: Sample[] }
interface FixtureEntry { file: string; unreadable?: boolean; tables: TableEntry[]; evaluations?: { kind: string; sheet: string }[] }

const expected: { fixtures: FixtureEntry[] } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8'));
const readable = expected.fixtures.filter((f) => !f.unreadable);

describe.each(readable.map((f) => [f.file, f] as const))('%s', (file, entry) => {
  let wb: RecognizedWorkbook;
  beforeAll(async () => {
    wb = recognize(await loadSnapshot(file));
  });

  test('finds exactly the tables the workbook holds, on the right sheets and ranges', () => {
    const found = wb.tables.map((t) => ({ id: t.id, sheet: t.sheet, range: t.range, titleCell: t.titleCell }));
    const want = entry.tables.map((t) => ({ id: t.id, sheet: t.sheet, range: t.range, titleCell: t.titleCell })).sort((a, b) => a.id.localeCompare(b.id));
    expect(found).toEqual(want);
  });

  test('unit, department and T01/T04 variant of each table', () => {
    for (const t of entry.tables) {
      const got = wb.tables.find((x) => x.id === t.id)!;
      expect({ id: t.id, unit: got.unit, department: got.department }).toEqual({ id: t.id, unit: t.unit, department: t.department });
      if (t.variant) expect({ id: t.id, variant: got.variant }).toEqual({ id: t.id, variant: t.variant });
    }
  });

  test('sampled amounts sit at the right cell, row and column, with the right value', () => {
    const samples = entry.tables.flatMap((t) => t.samples.map((s) => ({ table: t.id, ...s })));
    expect(samples.length).toBeGreaterThan(0);
    for (const s of samples) {
      const table = wb.tables.find((x) => x.id === s.table)!;
      const hits = table.rows.filter((r) => r.key === s.key).map((r) => r.amounts[s.role]).filter((a) => a?.cell === s.cell);
      expect({ ...s, found: hits.length }).toEqual({ ...s, found: 1 });
      expect({ ...s, cents: hits[0].cents, status: hits[0].status }).toEqual(s);
    }
  });

  test('finds the self-evaluation sheets', () => {
    const want = (entry.evaluations ?? []).map((e) => `${e.kind} ${e.sheet}`).sort();
    expect(wb.evaluations.map((e) => `${e.kind} ${e.sheet}`).sort()).toEqual(want);
  });
});

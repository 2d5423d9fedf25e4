/**
 * The fixture set (scripts/fixtures/build.js): files exist and open, expected.json agrees with the
 * cells as the core reads them, and the clean books' identity self-check passes (and can fail).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { parseAmount } from '../src/core/amount';
import { parseRange } from '../src/core/address';
import { plainValue } from '../src/hosts/file/read';

/* eslint-disable @typescript-eslint/no-require-imports */
const builder = require('../scripts/fixtures/build.js');
const seed002 = require('../scripts/fixtures/data/seed002.js');
/* eslint-enable @typescript-eslint/no-require-imports */

interface Sample { cell: string; cents: number; status: string; key: string; role: string }
interface TableEntry { id: string; title: string; sheet: string; range: string; titleCell: string; department: string | null; emptyNoteCell?: string; samples: Sample[] }
interface FixtureEntry { file: string; unreadable?: boolean; clean?: boolean; tables: TableEntry[]; evaluations: { kind: string; sheet: string }[] }

const DIR = path.join(__dirname, 'fixtures');
const expected: { convention: string; fixtures: FixtureEntry[] } = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8'));
const readable = expected.fixtures.filter((f) => !f.unreadable);
const squash = (s: unknown) => String(s ?? '').normalize('NFKC').replace(/\s+/g, '');

const cache = new Map<string, Promise<ExcelJS.Workbook>>();
function open(file: string): Promise<ExcelJS.Workbook> {
  if (!cache.has(file)) {
    const wb = new ExcelJS.Workbook();
    cache.set(file, wb.xlsx.readFile(path.join(DIR, file)).then(() => wb));
  }
  return cache.get(file)!;
}

describe('fixture files', () => {
  it('lists the required fixtures', () => {
    const files = expected.fixtures.map((f) => f.file);
    for (const prefix of ['seed002-', 'seed003-', 'seed004-', 'clean-', 'sample-renamed', 'sample-offset', 'sample-text-amounts',
      'sample-one-sheet', 'sample-spaced-labels', 'large-synthetic', 'not-xlsx', 'truncated', 'zhuzhou-gxs-2024']) {
      expect(files.some((f) => f.startsWith(prefix))).toBe(true);
    }
    expect(files.filter((f) => f.startsWith('clean-')).length).toBeGreaterThanOrEqual(2);
    expect(typeof expected.convention).toBe('string');
  });

  it('exist on disk', () => {
    for (const f of expected.fixtures) expect(fs.existsSync(path.join(DIR, f.file))).toBe(true);
  });

  it('the bundled sample is the shared workbook byte for byte', () => {
    const ours = fs.readFileSync(path.join(DIR, 'zhuzhou-gxs-2024.xlsx'));
    const example = fs.readFileSync(path.join(__dirname, '..', 'examples', 'zhuzhou-gxs-2024.xlsx'));
    expect(example.equals(ours)).toBe(true);
  });

  it.each(readable.map((f) => [f.file, f] as const))('%s opens and matches expected.json', async (_name, fx) => {
    const wb = await open(fx.file);
    expect(fx.tables.map((t) => t.id).sort()).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09']);
    for (const t of fx.tables) {
      const ws = wb.getWorksheet(t.sheet);
      expect(ws).toBeDefined();
      const range = parseRange(t.range);
      expect(range).not.toBeNull();
      // the title cell is the range's top-left and holds the title (spaces aside)
      expect(t.range.startsWith(`${t.titleCell}:`)).toBe(true);
      expect(squash(plainValue(ws!.getCell(t.titleCell).value))).toBe(squash(t.title));
      // the range's last row holds something; the row below has nothing right of the first column
      const r2 = range!.bottom + 1;
      const lastRow = [];
      for (let c = range!.left + 1; c <= range!.right + 1; c++) lastRow.push(plainValue(ws!.getCell(r2, c).value));
      expect(lastRow.some((v) => v !== null && v !== '')).toBe(true);
      for (let c = range!.left + 2; c <= range!.right + 1; c++) expect(plainValue(ws!.getCell(r2 + 1, c).value)).toBeNull();
      // samples: 3–6 for tables with data, each read by the core's parser to the stated cents
      if (!t.emptyNoteCell) expect(t.samples.length).toBeGreaterThanOrEqual(3);
      expect(t.samples.length).toBeLessThanOrEqual(6);
      for (const s of t.samples) {
        const parsed = parseAmount(plainValue(ws!.getCell(s.cell).value));
        expect({ cell: s.cell, cents: parsed.cents, status: parsed.status }).toEqual({ cell: s.cell, cents: s.cents, status: s.status });
      }
      if (t.emptyNoteCell) expect(squash(plainValue(ws!.getCell(t.emptyNoteCell).value))).toMatch(/本表无数据|本表为空表/);
    }
    for (const e of fx.evaluations) expect(wb.getWorksheet(e.sheet)).toBeDefined();
  });

  it.each(['not-xlsx.xlsx', 'truncated.xlsx'])('%s does not open', async (file) => {
    const wb = new ExcelJS.Workbook();
    await expect(wb.xlsx.readFile(path.join(DIR, file))).rejects.toThrow();
  });
});

describe('clean fixtures self-check', () => {
  const books: { file: string; book: unknown }[] = [...builder.cleanBooks(), builder.largeBook()];

  it.each(books.map((b) => [b.file, b] as const))('%s holds every identity to the cent', (_n, c) => {
    expect(builder.checkBook(c.book)).toEqual([]);
    expect(builder.assertClean(c.book, c.file)).toBe(true);
  });

  it('the large synthetic workbook has at least 3000 项 rows in T02, T03 and T05', () => {
    const large = builder.largeBook().book;
    for (const id of ['T02', 'T03', 'T05']) {
      const items = large.tables[id].rows.filter((r: string[]) => String(r[0]).length === 7);
      expect(items.length).toBeGreaterThanOrEqual(3000);
    }
  });

  it('fails when one amount of a clean book is changed', () => {
    const c = builder.cleanBooks()[1];
    const book = structuredClone(c.book);
    const row = book.tables.T03.rows.find((r: unknown[]) => String(r[0]).length === 7 && typeof r[3] === 'number');
    row[3] += 1000; // 基本支出 of one 项 up by 10.00
    const results = builder.checkBook(book);
    expect(results.some((r: { refs: string[]; severity: string }) => r.severity === 'error' && r.refs.includes(`T03|code:${row[0]}|基本支出`))).toBe(true);
    expect(() => builder.assertClean(book, 'mutated')).toThrow(/breaks/);
  });

  it('finds the published defects of seed 002', () => {
    const results = builder.checkBook(seed002.book());
    const rules = new Set(results.filter((r: { severity: string }) => r.severity === 'error').map((r: { rule: string }) => r.rule));
    for (const rule of ['T01.本年收入合计', 'T02.合计', 'T06.人员经费', 'X.T05-T06', 'X.T01-T03.类']) expect(rules.has(rule)).toBe(true);
  });
});

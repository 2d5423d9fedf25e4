import * as fs from 'fs';
import * as path from 'path';
import { recognize } from '../../src/core';
import { loadSnapshot, SAMPLE } from '../helpers/load';
import { expectNoStackTrace, notAWorkbook, run, tempDir } from './run';

describe('juesuan inspect', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('json: tables with sheet, range and counts, unit, department, year, evaluations, diagnostics — as recognize() says', async () => {
    const r = await run(['inspect', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    const obj = JSON.parse(r.stdout);
    const wb = recognize(await loadSnapshot(SAMPLE));
    expect(obj.file).toBe(SAMPLE);
    expect(obj.unit).toBe(wb.unit);
    expect(obj.department).toBe(wb.department);
    expect(obj.year).toBe(wb.year);
    expect(obj.tables.map((t: { id: string; sheet: string; range: string; rows: number; columns: number }) => [t.id, t.sheet, t.range, t.rows, t.columns]))
      .toEqual(wb.tables.map((t) => [t.id, t.sheet, t.range, t.rows.length, t.columns.length]));
    for (const t of obj.tables) {
      expect(typeof t.title).toBe('string');
      expect(Number.isInteger(t.rows)).toBe(true);
      expect(Number.isInteger(t.columns)).toBe(true);
    }
    expect(obj.evaluations).toEqual(wb.evaluations.map((e) => ({ kind: e.kind, title: e.title, sheet: e.sheet, range: e.range })));
    expect(obj.diagnostics).toHaveLength(wb.diagnostics.length);
    expect(obj.timings.load).toBeGreaterThan(0);
  });

  it('text: one block per file listing the tables', async () => {
    const r = await run(['inspect', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`■ ${SAMPLE}`);
    expect(r.stdout).toMatch(/表（\d+ 张）/);
    const wb = recognize(await loadSnapshot(SAMPLE));
    for (const t of wb.tables) expect(r.stdout).toContain(`${t.id} ${t.title}　${t.sheet}!${t.range}`);
  });

  it('an unreadable file: one Chinese line on stderr, exit 2, the other files still inspected', async () => {
    const bad = notAWorkbook(dir);
    const copy = path.join(dir, 'copy.xlsx');
    fs.copyFileSync(SAMPLE, copy);
    const r = await run(['inspect', bad, copy, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`无法读取 ${bad}：不是 xlsx 文件`]);
    expectNoStackTrace(r.stderr);
    const arr = JSON.parse(r.stdout);
    expect(arr.map((o: { file: string }) => o.file)).toEqual([bad, copy]);
    expect(arr[0].error).toBe('不是 xlsx 文件');
    expect(arr[1].error).toBeUndefined();
    expect(arr[1].tables.length).toBe(recognize(await loadSnapshot(SAMPLE)).tables.length);
  });

  it('a truncated xlsx (zip cut short) is unreadable, not a crash', async () => {
    const cut = path.join(dir, 'cut.xlsx');
    fs.writeFileSync(cut, fs.readFileSync(SAMPLE).subarray(0, 4000));
    const r = await run(['inspect', cut]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`无法读取 ${cut}：`);
    expectNoStackTrace(r.stderr);
  });
});

import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { audit } from '../../src/core';
import { loadSnapshot, SAMPLE } from '../helpers/load';
import { expectNoStackTrace, notAWorkbook, run, sha256, tempDir } from './run';

const SEVERITIES = ['error', 'warning', 'info'];

/** The JSON contract of issue 3 for one file. */
function expectContract(obj: Record<string, unknown>, file: string): void {
  expect(obj.file).toBe(file);
  expect(Array.isArray(obj.tables)).toBe(true);
  expect(Array.isArray(obj.findings)).toBe(true);
  for (const t of obj.tables as Record<string, unknown>[]) {
    expect(t.id).toMatch(/^T0[1-9]$/);
    expect(typeof t.title).toBe('string');
    expect(typeof t.sheet).toBe('string');
    expect(t.range).toMatch(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/);
  }
  for (const f of obj.findings as Record<string, unknown>[]) {
    expect(typeof f.rule).toBe('string');
    expect(SEVERITIES).toContain(f.severity);
    expect(typeof f.sheet).toBe('string');
    expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
    const cells = f.cells as { sheet: string; cell: string }[];
    expect(cells.length).toBeGreaterThan(0);
    expect(cells).toContainEqual({ sheet: f.sheet, cell: f.cell });
    for (const v of [f.expected, f.actual]) expect(v === null || typeof v === 'number').toBe(true);
    expect(typeof f.message).toBe('string');
    expect((f.message as string).length).toBeGreaterThan(0);
  }
}

function expectedExitCode(objs: Record<string, unknown>[]): number {
  if (objs.some((o) => o.error)) return 2;
  return objs.some((o) => (o.findings as { severity: string }[]).some((f) => f.severity === 'error')) ? 1 : 0;
}

describe('juesuan check', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints one JSON object for one file, agreeing with audit(), exit code by error findings', async () => {
    const r = await run(['check', SAMPLE, '--format', 'json']);
    const obj = JSON.parse(r.stdout);
    expect(Array.isArray(obj)).toBe(false);
    expectContract(obj, SAMPLE);
    const expected = audit(await loadSnapshot(SAMPLE));
    expect(obj.tables).toEqual(expected.workbook.tables.map((t) => ({ id: t.id, title: t.title, sheet: t.sheet, range: t.range })));
    expect(obj.findings.map((f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`)).toEqual(expected.findings.map((f) => `${f.rule}@${f.cell}`));
    expect(r.code).toBe(expected.findings.some((f) => f.severity === 'error') ? 1 : 0);
    expect(r.code).toBe(expectedExitCode([obj]));
    expect(r.stderr).toBe('');
  });

  it('prints an array in input order for several files; an unreadable file gives exit 2 and the others still run', async () => {
    const a = path.join(dir, 'a.xlsx');
    const b = path.join(dir, 'b.xlsx');
    fs.copyFileSync(SAMPLE, a);
    fs.copyFileSync(SAMPLE, b);
    const bad = notAWorkbook(dir);
    const r = await run(['check', b, bad, a, '--format', 'json']);
    expect(r.code).toBe(2);
    const arr = JSON.parse(r.stdout);
    expect(arr.map((o: { file: string }) => o.file)).toEqual([b, bad, a]);
    expectContract(arr[0], b);
    expectContract(arr[2], a);
    expect(arr[1].error).toMatch(/不是 xlsx 文件/);
    expect(arr[0].tables.length).toBeGreaterThan(0);
    expect(r.stderr.trim().split('\n')).toEqual([`无法读取 ${bad}：不是 xlsx 文件`]);
    expectNoStackTrace(r.stderr);
  });

  it('exits 2 with one Chinese line for a missing file and for a non-xlsx file alone', async () => {
    const missing = await run(['check', path.join(dir, 'nope.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到该文件或文件夹');
    const bad = await run(['check', notAWorkbook(dir, 'x.xlsx')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expectNoStackTrace(bad.stderr);
    const legacy = path.join(dir, 'old.xlsx');
    fs.writeFileSync(legacy, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const old = await run(['check', legacy]);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('旧版 .xls');
  });

  it('checks every .xlsx of a folder (sorted, skipping ~$ lock files, other files and our *.审核.xlsx copies)', async () => {
    fs.copyFileSync(SAMPLE, path.join(dir, '乙.xlsx'));
    fs.copyFileSync(SAMPLE, path.join(dir, '甲.xlsx'));
    fs.writeFileSync(path.join(dir, '~$甲.xlsx'), 'lock');
    fs.writeFileSync(path.join(dir, 'readme.txt'), 'x');
    fs.copyFileSync(SAMPLE, path.join(dir, '甲.审核.xlsx'));
    fs.mkdirSync(path.join(dir, 'sub.xlsx'));
    const r = await run(['check', dir, '--format', 'json']);
    const arr = JSON.parse(r.stdout);
    expect(Array.isArray(arr)).toBe(true);
    expect(arr.map((o: { file: string }) => path.basename(o.file))).toEqual(['甲.xlsx', '乙.xlsx']);
    arr.forEach((o: Record<string, unknown>) => expectContract(o, o.file as string));
    expect(r.code).toBe(expectedExitCode(arr));
  });

  it('an empty folder is reported, exit 2', async () => {
    const r = await run(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件夹中没有 .xlsx 文件');
  });

  it('--out writes <name>.审核.xlsx that reopens with the 审核结果 sheet; the input is unchanged', async () => {
    const input = path.join(dir, 'sample.xlsx');
    fs.copyFileSync(SAMPLE, input);
    const before = sha256(input);
    const mtime = fs.statSync(input).mtimeMs;
    const outDir = path.join(dir, 'out', 'nested');
    const r = await run(['check', input, '--out', outDir, '--format', 'json']);
    const obj = JSON.parse(r.stdout);
    const written = path.join(outDir, 'sample.审核.xlsx');
    expect(obj.annotated).toBe(written);
    expect(fs.existsSync(written)).toBe(true);
    expect(sha256(input)).toBe(before);
    expect(fs.statSync(input).mtimeMs).toBe(mtime);
    expect(fs.readdirSync(dir).sort()).toEqual(['out', 'sample.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(written);
    const results = wb.getWorksheet('审核结果');
    expect(results).toBeDefined();
    expect(results!.getCell('A1').value).toBe('严重程度');
    expect(results!.rowCount).toBe(1 + Math.max(1, obj.findings.length));
    // Every original sheet is still there with its values.
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(input);
    for (const ws of original.worksheets) expect(wb.getWorksheet(ws.name)).toBeDefined();
    expect(wb.getWorksheet('公开01表')!.getCell('F16').value).toBe(original.getWorksheet('公开01表')!.getCell('F16').value);
  });

  it('refuses to write over the input (output path resolving to the input file)', async () => {
    const input = path.join(dir, 'x.xlsx');
    fs.copyFileSync(SAMPLE, input);
    const before = sha256(input);
    const outDir = path.join(dir, 'out');
    fs.mkdirSync(outDir);
    fs.symlinkSync(input, path.join(outDir, 'x.审核.xlsx'));
    const r = await run(['check', input, '--out', outDir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('拒绝覆盖原文件');
    expect(sha256(input)).toBe(before);
  });

  it('--out naming a file is refused', async () => {
    const file = notAWorkbook(dir, 'plain.txt');
    const r = await run(['check', SAMPLE, '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out 需要一个文件夹');
  });

  it('text format: a summary per file with counts by severity', async () => {
    const r = await run(['check', SAMPLE]);
    expect(r.stdout).toContain(`■ ${SAMPLE}`);
    expect(r.stdout).toMatch(/识别到 \d+ 张表；错误 \d+ 条，提示 \d+ 条，尾差 \d+ 条/);
    const obj = JSON.parse((await run(['check', SAMPLE, '--format', 'json'])).stdout);
    for (const f of obj.findings) expect(r.stdout).toContain(f.message);
  });

  it('html format: one self-contained Chinese page', async () => {
    const r = await run(['check', SAMPLE, '--format', 'html']);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.stdout).toContain('<html lang="zh-CN">');
    expect(r.stdout).toContain('部门决算审核报告');
    expect(r.stdout).toContain(SAMPLE);
    expect(r.stdout).not.toMatch(/<(script|link|img)\b/);
    expect(r.stdout).not.toMatch(/(src|href)="https?:/);
    expect(r.stdout.trim().endsWith('</html>')).toBe(true);
  });

  it('usage errors are one Chinese line and exit 2; --help exits 0', async () => {
    const bad = await run(['check', SAMPLE, '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('选项 -f, --format <格式> 的取值“xml”无效');
    const unknown = await run(['check', SAMPLE, '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知选项 --bogus');
    const none = await run(['check']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('缺少参数');
    const help = await run(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('用法：');
    expect(help.stdout).toContain('--out <文件夹>');
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    for (const cmd of ['inspect', 'check']) expect(top.stdout).toContain(cmd);
  });
});

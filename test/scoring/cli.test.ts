import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runScore } from '../../src/cli/commands/score';
import { main } from '../../src/cli/main';
import { FIXTURES } from './helpers';

function capture() {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (stdout.push(String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (stderr.push(String(s)), true));
  return { stdout, stderr, restore: () => (o.mockRestore(), e.mockRestore()) };
}

const f = (name: string) => path.join(FIXTURES, name);

describe('juesuan score', () => {
  test('json for one file: exactly {file, evaluations:[{sheet, kind, name, statedTotal, computedTotal, findings}]}', async () => {
    const c = capture();
    const code = await runScore([f('eval-002.xlsx')], { format: 'json' });
    c.restore();
    expect(code).toBe(1); // error findings
    const json = JSON.parse(c.stdout.join(''));
    expect(Object.keys(json)).toEqual(['file', 'evaluations']);
    expect(json.file).toBe(f('eval-002.xlsx'));
    for (const e of json.evaluations) expect(Object.keys(e)).toEqual(['sheet', 'kind', 'name', 'statedTotal', 'computedTotal', 'findings']);
    const whole = json.evaluations.find((e: { kind: string }) => e.kind === '整体');
    expect([whole.statedTotal, whole.computedTotal]).toEqual([9.94, 99.4]);
    expect(whole.findings.find((x: { rule: string }) => x.rule === 'EVAL.total').cell).toBe('H34');
  });

  test('several files give an array; a clean file exits 0; an unreadable one exits 2 and the others continue', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'score-'));
    const bad = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(bad, 'not a workbook');
    let c = capture();
    expect(await runScore([f('eval-001.xlsx')], { format: 'text' })).toBe(0);
    c.restore();
    expect(c.stdout.join('')).toContain('总分：填写 97，复算 97（优）');
    c = capture();
    const code = await runScore([bad, f('eval-001.xlsx'), f('eval-004.xlsx')], { format: 'json' });
    c.restore();
    expect(code).toBe(2);
    const json = JSON.parse(c.stdout.join(''));
    expect(json.map((r: { file: string }) => path.basename(r.file))).toEqual(['eval-001.xlsx', 'eval-004.xlsx']);
    expect(c.stderr).toHaveLength(1);
    expect(c.stderr[0]).toMatch(/bad\.xlsx：无法读取/);
  });

  test('--out writes a copy with the empty cells filled; the input is untouched', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'score-out-'));
    const input = f('eval-002.xlsx');
    const before = fs.readFileSync(input);
    const c = capture();
    await runScore([input], { format: 'text', out: dir });
    c.restore();
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const copy = path.join(dir, 'eval-002.评分.xlsx');
    expect(c.stdout.join('')).toContain(copy);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const cell = wb.getWorksheet('养老保险')!.getCell('G8');
    expect(cell.value).toBe(0.824);
    expect(cell.numFmt).toBe('0.00%');
    expect(wb.getWorksheet('整体自评')!.getCell('H34').value).toBe(9.94); // typed cells stay as typed
  });

  test('through main(): exit codes reach the caller', async () => {
    const c = capture();
    const code = await main(['score', f('eval-003.xlsx')]);
    c.restore();
    expect(code).toBe(1);
    expect(c.stdout.join('')).toContain('[项目] 附件3');
  });
});

import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runDraft } from '../../src/cli/commands/draft';
import { main } from '../../src/cli/main';
import { SAMPLE, snapshotOf } from './helpers';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true));
  return { out, err, restore: () => (o.mockRestore(), e.mockRestore()) };
}

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('juesuan draft', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-draft-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('prints the fourteen sections with numbers and placeholders', async () => {
    const c = capture();
    const code = await main(['draft', SAMPLE]);
    c.restore();
    expect(code).toBe(0);
    const text = c.out.join('');
    for (const h of ['一、收入支出决算总体情况说明', '七、一般公共预算财政拨款三公经费支出决算情况说明', '十四、2024年度预算绩效情况说明']) expect(text).toContain(h);
    expect(text).toContain('基本支出516.37万元，占85.88%；项目支出84.91万元，占14.12%');
    expect(text).toContain('【请填写原因】');
    expect(c.err.join('')).toMatch(/还有 \d+ 处【请填写…】待补充/);
  });

  test('--format json gives the sections', async () => {
    const c = capture();
    const code = await runDraft(SAMPLE, { format: 'json' });
    c.restore();
    expect(code).toBe(0);
    const report = JSON.parse(c.out.join(''));
    expect(report.sections).toHaveLength(14);
    expect(report.sections[1]).toEqual({ number: '二', heading: '收入决算情况说明', paragraphs: ['本年收入合计601.28万元，其中：财政拨款收入601.28万元，占100%。'] });
    expect(report.year).toBe(2024);
  });

  test('--out writes a copy with 说明数据 and 情况说明, never the input', async () => {
    const input = path.join(tmp, '样例.xlsx');
    fs.copyFileSync(SAMPLE, input);
    const before = sha(input);
    const c = capture();
    const code = await runDraft(input, { format: 'text', out: path.join(tmp, 'out') });
    c.restore();
    expect(code).toBe(0);
    expect(sha(input)).toBe(before);
    const copy = path.join(tmp, 'out', '样例.说明.xlsx');
    const snap = await snapshotOf(copy);
    const names = snap.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['公开01表', '说明数据', '情况说明']));
    const text = snap.sheets.find((s) => s.name === '情况说明')!;
    expect(text.values[0][0]).toBe('2024年度部门决算情况说明');
    expect(text.values.map((r) => r[0])).toContain('本年支出合计601.28万元，其中：基本支出516.37万元，占85.88%；项目支出84.91万元，占14.12%。');

    // The user fills 说明数据 in the copy; drafting the copy again uses it and keeps it.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const ws = wb.getWorksheet('说明数据')!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === '总:收支总计') row.getCell(7).value = 617.4;
    });
    await wb.xlsx.writeFile(copy);
    const c2 = capture();
    expect(await runDraft(copy, { format: 'text', out: path.join(tmp, 'again') })).toBe(0);
    c2.restore();
    expect(c2.out.join('')).toContain('2024年度收、支总计601.28万元。与上年相比，减少16.12万元，减少2.61%，主要原因是【请填写原因】。');
    const again = await snapshotOf(path.join(tmp, 'again', '样例.说明.说明.xlsx'));
    const inputs = again.sheets.find((s) => s.name === '说明数据')!;
    expect(inputs.values.find((r) => r[0] === '总:收支总计')![6]).toBe(617.4);
  });

  test('a 情况说明 the user wrote is kept; the draft goes to 情况说明（草稿）', async () => {
    const c = capture();
    const code = await runDraft(path.join(__dirname, '..', 'fixtures', 'narrative-seed000.xlsx'), { format: 'json', out: path.join(tmp, 'own') });
    c.restore();
    expect(code).toBe(0);
    expect(JSON.parse(c.out.join('')).draftSheet).toBe('情况说明（草稿）');
    const snap = await snapshotOf(path.join(tmp, 'own', 'narrative-seed000.说明.xlsx'));
    expect(snap.sheets.find((s) => s.name === '情况说明')!.values.flat()).toContain('年初预算为41.01元，支出决算为39.02万元，完成年初预算的95.15%，决算数小于年初预算数的主要原因是：有人员退休。');
  });

  test('an unreadable file: one Chinese line, exit 2', async () => {
    const bad = path.join(tmp, '坏.xlsx');
    fs.writeFileSync(bad, 'not a workbook');
    const c = capture();
    const code = await main(['draft', bad]);
    c.restore();
    expect(code).toBe(2);
    expect(c.err.join('')).toMatch(/^无法读取 .*坏\.xlsx：不是 xlsx 文件\n$/);
    expect(c.out.join('')).toBe('');
  });
});

/**
 * `check` with a known set of findings (the real rules are tested by the audit's own tests): exit code 1,
 * text grouping, and the --out copy's fills, notes and 审核结果 links.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import type { Finding } from '../../src/core/findings';
import { SEVERITY_FILL } from '../../src/hosts/file/annotate';
import { SAMPLE } from '../helpers/load';
import { run, sha256, tempDir } from './run';

const FAKE: Finding[] = [
  {
    rule: 'T01.income-total', severity: 'error', sheet: '公开01表', cell: 'C16',
    cells: [{ sheet: '公开01表', cell: 'C16' }, { sheet: '公开01表', cell: 'C7' }, { sheet: '公开01表', cell: 'C19' }],
    expected: 601.28, actual: null, message: '公开01表 本年收入合计(C16)为空，收入各项合计为601.28万元',
    title: '本年收入合计等于收入各项之和', group: 'T01',
  },
  {
    rule: 'T02.parent', severity: 'info', sheet: '公开02表', cell: 'C8',
    cells: [{ sheet: '公开02表', cell: 'C8' }, { sheet: '公开02表', cell: 'C9' }],
    expected: 69.48, actual: 69.49, message: '公开02表 208(C8)比下级合计多0.01万元，属尾差', title: '类等于款之和', group: 'T02',
  },
  {
    rule: 'eval.rate', severity: 'warning', sheet: '部门整体支出绩效自评表', cell: 'F8',
    cells: [{ sheet: '部门整体支出绩效自评表', cell: 'F8' }],
    expected: 97.39, actual: 97.38, message: '执行率写为97.38%，按601.28/617.4应为97.39%', title: '执行率', group: '整体',
  },
];

jest.mock('../../src/core', () => {
  const actual = jest.requireActual('../../src/core');
  return {
    ...actual,
    audit: (snapshot: unknown) => ({ workbook: actual.audit(snapshot).workbook, findings: FAKE }),
  };
});

describe('juesuan check with findings', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 when a file has an error finding and prints the findings grouped by table', async () => {
    const r = await run(['check', SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('错误 1 条，提示 1 条，尾差 1 条');
    const t01 = r.stdout.indexOf('【T01 收入支出决算总表');
    const t02 = r.stdout.indexOf('【T02 收入决算表');
    const evaluation = r.stdout.indexOf('【部门整体支出绩效自评表】');
    expect(t01).toBeGreaterThan(0);
    expect(t02).toBeGreaterThan(t01);
    expect(evaluation).toBeGreaterThan(t02);
    expect(r.stdout).toContain('[错误] 公开01表!C16  公开01表 本年收入合计(C16)为空');
  });

  it('json keeps the contract fields and their order, extra fields after', async () => {
    const r = await run(['check', SAMPLE, '--format', 'json']);
    const obj = JSON.parse(r.stdout);
    expect(Object.keys(obj).slice(0, 3)).toEqual(['file', 'tables', 'findings']);
    expect(Object.keys(obj.findings[0]).slice(0, 8)).toEqual(['rule', 'severity', 'sheet', 'cell', 'cells', 'expected', 'actual', 'message']);
    expect(obj.findings[0].cells).toEqual(FAKE[0].cells);
    expect(obj.findings[0].expected).toBe(601.28);
    expect(obj.findings[0].actual).toBeNull();
    expect(obj.counts).toEqual({ error: 1, warning: 1, info: 1 });
  });

  it('html colours rows by severity', async () => {
    const r = await run(['check', SAMPLE, '--format', 'html']);
    expect(r.stdout).toMatch(/<tr class="sev-error">.*公开01表!C16/);
    expect(r.stdout).toMatch(/<tr class="sev-info">.*公开02表!C8/);
    expect(r.stdout).toMatch(/\.sev-error\{background:#ffc7ce/);
  });

  it('--out: fills and notes on the flagged cells, 审核结果 with links, input unchanged', async () => {
    const input = path.join(dir, '株洲.xlsx');
    fs.copyFileSync(SAMPLE, input);
    const before = sha256(input);
    const r = await run(['check', input, '--out', dir]);
    expect(r.code).toBe(1);
    expect(sha256(input)).toBe(before);
    const written = path.join(dir, '株洲.审核.xlsx');
    expect(r.stdout).toContain(`已写出批注副本：${written}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(written);
    const fill = (sheet: string, cell: string) => (wb.getWorksheet(sheet)!.getCell(cell).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill('公开01表', 'C16')).toBe(SEVERITY_FILL.error);
    expect(fill('公开02表', 'C8')).toBe(SEVERITY_FILL.info);
    expect(fill('部门整体支出绩效自评表', 'F8')).toBe(SEVERITY_FILL.warning);
    expect(fill('公开01表', 'C7')).not.toBe(SEVERITY_FILL.error);
    expect(String(wb.getWorksheet('公开02表')!.getCell('C8').note)).toContain('属尾差');
    const results = wb.getWorksheet('审核结果')!;
    expect(results.rowCount).toBe(4);
    expect([2, 3, 4].map((r) => results.getCell(`A${r}`).value)).toEqual(['错误', '提示', '尾差']);
    expect(results.getCell('C3').value).toBe('部门整体支出绩效自评表!F8');
    const zip = await JSZip.loadAsync(fs.readFileSync(written));
    const index = wb.worksheets.findIndex((w) => w.name === '审核结果') + 1;
    const xml = await zip.file(`xl/worksheets/sheet${index}.xml`)!.async('string');
    expect(xml).toContain('location="&apos;公开01表&apos;!C16"');
    expect(xml).toContain('location="&apos;部门整体支出绩效自评表&apos;!F8"');
  });
});

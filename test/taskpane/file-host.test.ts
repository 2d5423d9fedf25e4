/** The standalone page's host: open an .xlsx, audit, edit without overwriting, download the annotated copy. */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { audit } from '../../src/core';
import { FileHost } from '../../src/standalone/file-host';
import { SAMPLE } from '../helpers/load';

const noProgress = (): void => undefined;

async function openSample(): Promise<FileHost> {
  const host = new FileHost();
  await host.open(fs.readFileSync(SAMPLE), 'zhuzhou-gxs-2024.xlsx');
  return host;
}

describe('FileHost', () => {
  test('an audit run keeps the findings for the grid; clear removes them', async () => {
    const host = await openSample();
    const seen: number[] = [];
    host.subscribe((s) => seen.push(s.findings.length));
    const c16 = { rule: 'T01.x', severity: 'error' as const, sheet: '公开01表', cell: 'C16', cells: [{ sheet: '公开01表', cell: 'C16' }], expected: 601.28, actual: 0, message: 'C16 为空', title: 't', group: 'T01' };
    const run = await host.run((snapshot) => {
      expect(snapshot.sheets.map((s) => s.name)).toContain('公开01表');
      return { findings: [...audit(snapshot).findings, c16] };
    }, noProgress);
    expect(run.done).toBeGreaterThan(0);
    expect(host.current.findings).toContainEqual(c16);
    await host.clear();
    expect(host.current.findings).toEqual([]);
    expect(seen.at(-1)).toBe(0);
  });

  test('select switches to the sheet; an unknown sheet gives a Chinese message', async () => {
    const host = await openSample();
    expect(await host.select({ sheet: '公开03表', cell: 'C26' })).toBeNull();
    expect(host.current.selection).toEqual({ sheet: '公开03表', cell: 'C26' });
    expect(await host.select({ sheet: '没有', cell: 'A1' })).toContain('找不到工作表');
  });

  test('edits fill empty cells only, and the annotated copy carries the fills, highlights and 审核结果', async () => {
    const host = await openSample();
    const run = await host.run(() => ({
      edits: { writes: [{ sheet: '公开01表', cell: 'C16', value: 601.28 }, { sheet: '公开01表', cell: 'C7', value: 1 }] },
      findings: [{ rule: 'T01.x', severity: 'error', sheet: '公开01表', cell: 'C19', cells: [{ sheet: '公开01表', cell: 'C19' }], expected: null, actual: null, message: '测试', title: 't', group: 'T01' }],
    }), noProgress);
    expect(run.notices).toContain('1 个单元格已有内容，未覆盖。');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await host.annotatedCopy()) as unknown as ArrayBuffer);
    const t1 = wb.getWorksheet('公开01表')!;
    expect(t1.getCell('C16').value).toBe(601.28);
    expect(t1.getCell('C7').value).toBe(601.28);
    expect((t1.getCell('C19').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(wb.getWorksheet('审核结果')).toBeDefined();
  });

  test('a file that is not an xlsx is refused with a Chinese message', async () => {
    const host = new FileHost();
    await expect(host.open(new TextEncoder().encode('not a workbook'), 'x.xlsx')).rejects.toThrow(/无法读取/);
  });
});

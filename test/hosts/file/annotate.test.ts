import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import type { Finding } from '../../../src/core/findings';
import { messageText as noteText, RESULT_SHEET } from '../../../src/core/annotation';
import { annotateWorkbook, SEVERITY_FILL } from '../../../src/hosts/file/annotate';
import { SAMPLE } from '../../helpers/load';

function finding(over: Partial<Finding>): Finding {
  return {
    rule: 'T01.income-total',
    severity: 'error',
    sheet: '公开01表',
    cell: 'C16',
    cells: [{ sheet: '公开01表', cell: 'C16' }, { sheet: '公开01表', cell: 'C7' }],
    expected: 601.28,
    actual: null,
    message: '公开01表 本年收入合计(C16)为空，收入各项合计为601.28万元',
    title: '本年收入合计等于收入各项之和',
    group: 'T01',
    ...over,
  };
}

/** A fake audit: an error on a blank cell, two findings (warning + 尾差) on one filled cell, a 尾差 elsewhere. */
const FINDINGS: Finding[] = [
  finding({}),
  finding({ rule: 'T02.parent', severity: 'info', sheet: '公开02表', cell: 'C8', expected: 69.48, actual: 69.49, message: '公开02表 208(C8)与下级合计差0.01万元，属尾差', title: '类等于款之和', group: 'T02' }),
  finding({ rule: 'T02.other', severity: 'warning', sheet: '公开02表', cell: 'C8', expected: null, actual: null, message: '公开02表 C8 需要复核', title: '复核', group: 'T02' }),
  finding({ rule: 'T03.parent', severity: 'info', sheet: '公开03表', cell: 'C8', expected: 69.5, actual: 69.49, message: '公开03表 尾差', title: '类等于款之和', group: 'T03' }),
];

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

describe('annotateWorkbook', () => {
  const input = fs.readFileSync(SAMPLE);
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    bytes = await annotateWorkbook(new Uint8Array(input), FINDINGS);
    wb = await reopen(bytes);
  });

  it('fills each flagged cell by its worst severity and leaves other cells alone', () => {
    expect(fillOf(wb.getWorksheet('公开01表')!.getCell('C16'))).toBe(SEVERITY_FILL.error);
    expect(fillOf(wb.getWorksheet('公开02表')!.getCell('C8'))).toBe(SEVERITY_FILL.warning);
    expect(fillOf(wb.getWorksheet('公开03表')!.getCell('C8'))).toBe(SEVERITY_FILL.info);
    // Cells that shared C8's style before are not recoloured.
    expect(fillOf(wb.getWorksheet('公开02表')!.getCell('C9'))).not.toBe(SEVERITY_FILL.warning);
    expect(fillOf(wb.getWorksheet('公开02表')!.getCell('D8'))).not.toBe(SEVERITY_FILL.warning);
  });

  it('keeps the values of the workbook', () => {
    expect(wb.getWorksheet('公开02表')!.getCell('C8').value).toBe(69.49);
    expect(wb.getWorksheet('公开01表')!.getCell('F16').value).toBe(601.28);
    expect(wb.getWorksheet('公开01表')!.getCell('C16').value).toBeNull();
  });

  it('attaches one note per cell listing all of its findings', async () => {
    const note = wb.getWorksheet('公开02表')!.getCell('C8').note as unknown;
    const text = typeof note === 'string' ? note : (note as ExcelJS.Comment).texts!.map((t) => t.text).join('');
    expect(text).toContain('尾差：公开02表 208(C8)与下级合计差0.01万元，属尾差');
    expect(text).toContain('提示：公开02表 C8 需要复核');
    // The blank C16 carries its note too (ExcelJS does not read notes of empty cells back, so look at the XML).
    const zip = await JSZip.loadAsync(bytes);
    const comments = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/comments\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    const c16 = comments.find((xml) => xml.includes('ref="C16"'));
    expect(c16).toBeDefined();
    expect(c16).toContain('本年收入合计(C16)为空');
  });

  it('adds a 审核结果 sheet listing every finding with a link to its cell', async () => {
    const ws = wb.getWorksheet(RESULT_SHEET)!;
    expect(ws).toBeDefined();
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(['严重程度', '表', '单元格', '规则', '说明', '期望值', '实际值']);
    expect(ws.rowCount).toBe(1 + FINDINGS.length);
    // Sorted by severity: the error first.
    expect(ws.getCell('A2').value).toBe('错误');
    expect(ws.getCell('B2').value).toBe('T01 收入支出决算总表');
    expect(ws.getCell('E2').value).toBe(FINDINGS[0].message);
    expect(ws.getCell('F2').value).toBe(601.28);
    expect(ws.getCell('G2').value).toBeNull();
    const zip = await JSZip.loadAsync(bytes);
    const index = wb.worksheets.findIndex((w) => w.name === RESULT_SHEET) + 1;
    const xml = await zip.file(`xl/worksheets/sheet${index}.xml`)!.async('string');
    const links = xml.match(/<hyperlink\b[^>]*\/>/g) ?? [];
    expect(links).toHaveLength(FINDINGS.length);
    expect(links[0]).toContain('ref="C2"');
    expect(links[0]).toContain('location="&apos;公开01表&apos;!C16"');
  });

  it('replaces an existing 审核结果 sheet and does not pile up notes when run again', async () => {
    const again = await reopen(await annotateWorkbook(bytes, [FINDINGS[1]]));
    expect(again.worksheets.filter((w) => w.name === RESULT_SHEET)).toHaveLength(1);
    expect(again.getWorksheet(RESULT_SHEET)!.rowCount).toBe(2);
    const note = again.getWorksheet('公开02表')!.getCell('C8').note as unknown;
    const text = typeof note === 'string' ? note : (note as ExcelJS.Comment).texts!.map((t) => t.text).join('');
    expect(text).toBe(noteText([FINDINGS[1]]));
  });

  it('does not modify the input bytes and works without findings', async () => {
    const copy = new Uint8Array(input);
    const out = await reopen(await annotateWorkbook(copy, []));
    expect(Buffer.from(copy).equals(input)).toBe(true);
    expect(out.getWorksheet(RESULT_SHEET)!.getCell('E2').value).toBe('未发现问题');
  });

  it('recolours only the flagged cell when cells share one style', async () => {
    const src = new ExcelJS.Workbook();
    const ws = src.addWorksheet('公开03表');
    for (const a of ['C8', 'C9', 'D8']) {
      ws.getCell(a).value = 1;
      ws.getCell(a).numFmt = '#,##0.00';
    }
    const styled = await reopen(new Uint8Array(await src.xlsx.writeBuffer()));
    expect(styled.getWorksheet('公开03表')!.getCell('C8').style).toBe(styled.getWorksheet('公开03表')!.getCell('C9').style);
    const out = await reopen(await annotateWorkbook(new Uint8Array(await styled.xlsx.writeBuffer()), [FINDINGS[3]]));
    const sheet = out.getWorksheet('公开03表')!;
    expect(fillOf(sheet.getCell('C8'))).toBe(SEVERITY_FILL.info);
    expect(fillOf(sheet.getCell('C9'))).toBeUndefined();
    expect(fillOf(sheet.getCell('D8'))).toBeUndefined();
    expect(sheet.getCell('C9').numFmt).toBe('#,##0.00');
  });

  it('lists findings on unknown sheets without failing', async () => {
    const out = await reopen(await annotateWorkbook(new Uint8Array(input), [finding({ sheet: '不存在的表', cell: 'A1' })]));
    expect(out.getWorksheet(RESULT_SHEET)!.getCell('C2').value).toBe('不存在的表!A1');
  });
});

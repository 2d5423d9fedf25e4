import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { applyCellWrites, applySheetWrite, internalLink, saveWorkbook } from '../../../src/hosts/file/write';

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function twoSheetWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('公开01表');
  a.getCell('A1').value = '收入支出决算总表';
  a.getCell('C16').value = 601.28;
  wb.addWorksheet('说明数据').getCell('A1').value = '旧内容';
  wb.addWorksheet('末页');
  return wb;
}

describe('applyCellWrites', () => {
  it('writes text starting with = + - @ as plain strings, never formulas', async () => {
    const wb = twoSheetWorkbook();
    const texts = ['=SUM(A1)', '+1+2', '-3', '@A1', '=HYPERLINK("http://x","y")'];
    const skipped = applyCellWrites(wb, texts.map((value, i) => ({ sheet: '公开01表', cell: `B${i + 1}`, value })));
    expect(skipped).toEqual([]);
    const ws = (await reopen(await saveWorkbook(wb))).getWorksheet('公开01表')!;
    texts.forEach((text, i) => {
      const cell = ws.getCell(`B${i + 1}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    });
  });

  it('writes numbers with the given number format and keeps other cells unchanged', async () => {
    const wb = twoSheetWorkbook();
    applyCellWrites(wb, [
      { sheet: '公开01表', cell: 'D3', value: 0.9739, numberFormat: '0.00%' },
      { sheet: '公开01表', cell: 'D4', value: 12.5 },
    ]);
    const ws = (await reopen(await saveWorkbook(wb))).getWorksheet('公开01表')!;
    expect(ws.getCell('D3').value).toBeCloseTo(0.9739, 10);
    expect(ws.getCell('D3').numFmt).toBe('0.00%');
    expect(ws.getCell('D4').value).toBe(12.5);
    expect(ws.getCell('D4').numFmt ?? 'General').toBe('General');
    expect(ws.getCell('C16').value).toBe(601.28);
  });

  it('changes the number format of one cell only, even when cells share a style', async () => {
    const wb = twoSheetWorkbook();
    const ws = wb.getWorksheet('公开01表')!;
    ws.getCell('E1').value = 1;
    ws.getCell('E2').value = 2;
    ws.getCell('E1').font = { bold: true };
    ws.getCell('E2').font = { bold: true };
    // Reload so that E1 and E2 share one style object, as in a real loaded workbook.
    const loaded = await reopen(await saveWorkbook(wb));
    const sheet = loaded.getWorksheet('公开01表')!;
    expect(sheet.getCell('E1').style).toBe(sheet.getCell('E2').style);
    applyCellWrites(loaded, [{ sheet: '公开01表', cell: 'E1', value: 3, numberFormat: '0.00' }]);
    const again = (await reopen(await saveWorkbook(loaded))).getWorksheet('公开01表')!;
    expect(again.getCell('E1').numFmt).toBe('0.00');
    expect(again.getCell('E2').numFmt ?? 'General').toBe('General');
    expect(again.getCell('E1').font?.bold).toBe(true);
  });

  it('null clears a cell; missing sheets and bad addresses are skipped with a Chinese reason', async () => {
    const wb = twoSheetWorkbook();
    const skipped = applyCellWrites(wb, [
      { sheet: '公开01表', cell: 'C16', value: null },
      { sheet: '不存在', cell: 'A1', value: 'x' },
      { sheet: '公开01表', cell: '第三行', value: 'x' },
    ]);
    expect(skipped.map((s) => s.write.sheet)).toEqual(['不存在', '公开01表']);
    expect(skipped[0].reason).toContain('找不到工作表“不存在”');
    expect(skipped[1].reason).toContain('第三行');
    const ws = (await reopen(await saveWorkbook(wb))).getWorksheet('公开01表')!;
    expect(ws.getCell('C16').value).toBeNull();
  });
});

describe('applySheetWrite', () => {
  it('creates a sheet with rows, links and column widths', async () => {
    const wb = twoSheetWorkbook();
    applySheetWrite(wb, {
      sheet: '审核结果',
      rows: [['单元格', '说明'], ['公开01表!C16', '=不是公式']],
      links: [{ row: 1, col: 0, target: { sheet: '公开01表', cell: 'C16' } }],
      columnWidths: [20, 60],
    });
    const bytes = await saveWorkbook(wb);
    const ws = (await reopen(bytes)).getWorksheet('审核结果')!;
    expect(ws.getCell('A1').value).toBe('单元格');
    expect(ws.getCell('B2').value).toBe('=不是公式');
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(2).width).toBe(60);
    // ExcelJS reads location-only (internal) links back as their text; the link itself is checked below.
    const value = ws.getCell('A2').value;
    expect(typeof value === 'string' ? value : (value as ExcelJS.CellHyperlinkValue).text).toBe('公开01表!C16');
  });

  it('writes internal links in the standard form: a location, no external relationship', async () => {
    const wb = twoSheetWorkbook();
    applySheetWrite(wb, {
      sheet: '审核结果',
      rows: [['a'], ['b']],
      links: [{ row: 1, col: 0, target: { sheet: "O'Brien 表", cell: 'B2' } }, { row: 0, col: 0, target: { sheet: '公开01表', cell: 'C16' } }],
    });
    expect(internalLink({ sheet: "O'Brien 表", cell: 'B2' })).toBe("#'O''Brien 表'!B2");
    const zip = await JSZip.loadAsync(await saveWorkbook(wb));
    const sheetIndex = wb.worksheets.findIndex((w) => w.name === '审核结果') + 1;
    const xml = await zip.file(`xl/worksheets/sheet${sheetIndex}.xml`)!.async('string');
    const links = xml.match(/<hyperlink\b[^>]*\/>/g) ?? [];
    expect(links).toHaveLength(2);
    for (const l of links) {
      expect(l).not.toMatch(/r:id=/);
      expect(l).toMatch(/location="&apos;[^#"]+!(B2|C16)"/);
    }
    const rels = zip.file(`xl/worksheets/_rels/sheet${sheetIndex}.xml.rels`);
    const relsXml = rels ? await rels.async('string') : '';
    expect(relsXml).not.toMatch(/relationships\/hyperlink/);
  });

  it('replaces an existing sheet in place, dropping its old content', async () => {
    const wb = twoSheetWorkbook();
    applySheetWrite(wb, { sheet: '说明数据', rows: [['新内容', 1]] });
    const reopened = await reopen(await saveWorkbook(wb));
    expect(reopened.worksheets.map((w) => w.name)).toEqual(['公开01表', '说明数据', '末页']);
    const ws = reopened.getWorksheet('说明数据')!;
    expect(ws.getCell('A1').value).toBe('新内容');
    expect(ws.getCell('B1').value).toBe(1);
    expect(reopened.getWorksheet('公开01表')!.getCell('C16').value).toBe(601.28);
  });
});

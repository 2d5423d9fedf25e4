/** Build the fake Excel's workbook model from a real .xlsx (values, number formats, fills, merges). */
import ExcelJS from 'exceljs';
import { plainValue } from '../../src/hosts/file/read';
import { WorkbookModel, type FakeFill } from './fake-excel';

function fillOf(fill: ExcelJS.Fill | undefined): FakeFill | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return undefined;
  const fg = fill.fgColor as { argb?: string; theme?: number; tint?: number } | undefined;
  if (!fg) return { pattern: fill.pattern };
  const out: FakeFill = { pattern: fill.pattern };
  if (fg.argb) out.color = `#${fg.argb.slice(2)}`;
  if (fg.theme !== undefined) out.themeColor = fg.theme;
  if (fg.tint !== undefined) out.tint = fg.tint;
  return out;
}

export async function modelFromXlsx(bytes: Uint8Array | Buffer, copies = 1): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const model = new WorkbookModel();
  for (let k = 0; k < copies; k++) {
    for (const ws of wb.worksheets) {
      const sheet = model.addSheet(copies === 1 ? ws.name : `${ws.name}（${k + 1}）`);
      if (ws.state === 'veryHidden') sheet.visibility = 'VeryHidden';
      else if (ws.state === 'hidden') sheet.visibility = 'Hidden';
      sheet.merges = [...((ws.model as unknown as { merges?: string[] }).merges ?? [])];
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const slave = cell.isMerged && cell.master !== cell;
          const v = slave ? null : plainValue(cell.value);
          const fill = fillOf(cell.fill);
          const numberFormat = cell.numFmt ?? 'General';
          if ((v === null || v === '') && !fill && numberFormat === 'General') return;
          sheet.setCell(r - 1, c - 1, { value: v === null ? '' : v, numberFormat, ...(fill ? { fill } : {}) });
        });
      });
    }
  }
  return model;
}

/**
 * T06 基本支出决算(明细)表: blocks of (经济分类科目编码, 科目名称, 决算数) side by side, totals row
 * 人员经费合计 / 公用经费合计. T07 三公 表: one data row under a two-level 预算数/决算数 header.
 */
import { a1 } from '../address';
import type { TableColumn, TableRow } from '../model';
import { asCode } from '../text';
import type { Grid } from './grid';
import type { ParsedBody } from './coded';
import { headerSegments, isColumnNumberRow, isEmptyTableNote, isNoteText } from './header';

interface Block {
  codeCol: number;
  nameCol: number;
  amountCol: number;
}

export function parseT06(grid: Grid, titleRow: number, end: number, label: string): ParsedBody | null {
  let headerRow = -1;
  const blocks: Block[] = [];
  for (let r = titleRow + 1; r <= Math.min(end, titleRow + 10) && headerRow < 0; r++) {
    const texts = grid.rowTexts(r);
    const codeCols = texts.filter(([, t]) => /编码|代码/.test(t)).map(([c]) => c);
    if (codeCols.length === 0) continue;
    for (const [i, codeCol] of codeCols.entries()) {
      const limit = codeCols[i + 1] ?? grid.right + 1;
      const nameCol = texts.find(([c, t]) => c > codeCol && c < limit && t.includes('名称'))?.[0] ?? codeCol + 1;
      const amountCol = texts.find(([c, t]) => c > codeCol && c < limit && /决算数|金额|合计/.test(t))?.[0] ?? nameCol + 1;
      blocks.push({ codeCol, nameCol, amountCol });
    }
    headerRow = r;
  }
  if (headerRow < 0) return null;
  const columns: TableColumn[] = blocks.map((b) => ({ role: '决算数', header: '决算数', col: b.amountCol }));
  const amountCols = blocks.map((b) => b.amountCol);
  const rows: TableRow[] = [];
  let lastRow = headerRow;
  let emptyNote: ParsedBody['emptyNote'] = null;
  for (let r = headerRow + 1; r <= end; r++) {
    const texts = grid.rowTexts(r);
    if (texts.length === 0) continue;
    const first = texts[0][1];
    if (isNoteText(first)) break;
    if (isEmptyTableNote(first) && first.length > 8) {
      emptyNote = { text: first, cell: a1(r, texts[0][0]) };
      break;
    }
    if (isColumnNumberRow(grid, r, grid.left, grid.right)) continue;
    // Totals: "人员经费合计 … 446.21 | 公用经费合计 … 70.15". The amount of a total is the filled amount
    // column between its label and the next label (the last one of them when all are blank).
    const totals = texts.filter(([, t]) => /^(人员经费|公用经费)(合计)?$/.test(t));
    if (totals.length > 0) {
      for (const [i, [col, t]] of totals.entries()) {
        const limit = totals[i + 1]?.[0] ?? grid.right + 1;
        const candidates = amountCols.filter((c) => c > col && c < limit);
        if (candidates.length === 0) continue;
        const filled = candidates.filter((c) => grid.text(r, c) !== '');
        const amountCol = filled.length > 0 ? filled[filled.length - 1] : candidates[candidates.length - 1];
        const name = t.startsWith('人员') ? '人员经费合计' : '公用经费合计';
        rows.push({ key: `total:${name}`, row: r, name, amounts: { 决算数: grid.amount(r, amountCol, label) }, labelCell: a1(r, col) });
      }
      lastRow = r;
      continue;
    }
    for (const b of blocks) {
      const code = asCode(grid.text(r, b.codeCol));
      if (!code || code.length === 7) continue;
      rows.push({
        key: `code:${code}`,
        row: r,
        code,
        level: code.length === 3 ? '类' : '款',
        name: grid.text(r, b.nameCol),
        amounts: { 决算数: grid.amount(r, b.amountCol, label) },
        labelCell: a1(r, b.codeCol),
      });
      lastRow = r;
    }
  }
  const lastCol = Math.max(...amountCols);
  return { columns, rows, lastRow, lastCol, emptyNote, codeLayout: 'single' };
}

/** T07 column role from its header segments: 预算数/决算数 prefix + line. */
function t07Role(seg: string[]): string | null {
  const h = seg.join('');
  const prefix = h.includes('预算') ? '预算数' : h.includes('决算') ? '决算数' : null;
  if (!prefix) return null;
  const leaf = seg[seg.length - 1];
  let line: string | null = null;
  if (leaf.includes('小计')) line = '公务用车购置及运行费';
  else if (leaf.includes('购置') && !leaf.includes('运行')) line = '公务用车购置费';
  else if (leaf.includes('运行') && !leaf.includes('购置')) line = '公务用车运行费';
  else if (leaf.includes('购置') && leaf.includes('运行')) line = '公务用车购置及运行费';
  else if (leaf.includes('出国')) line = '因公出国（境）费';
  else if (leaf.includes('接待')) line = '公务接待费';
  else if (leaf.includes('合计')) line = '合计';
  return line ? `${prefix}.${line}` : null;
}

export function parseT07(grid: Grid, titleRow: number, end: number, label: string): ParsedBody | null {
  let headerStart = -1;
  for (let r = titleRow + 1; r <= Math.min(end, titleRow + 10); r++) {
    if (grid.rowTexts(r).some(([, t]) => t === '预算数' || t === '决算数' || t.startsWith('预算数') || t.startsWith('决算数'))) {
      headerStart = r;
      break;
    }
  }
  if (headerStart < 0) return null;
  // The data row: the first row after the header that holds amounts (skipping the 栏次 1…12 row).
  let dataRow = -1;
  let headerEnd = headerStart;
  let emptyNote: ParsedBody['emptyNote'] = null;
  for (let r = headerStart + 1; r <= end; r++) {
    const texts = grid.rowTexts(r);
    if (texts.length === 0) continue;
    const first = texts[0][1];
    if (isEmptyTableNote(first) && first.length > 8) {
      emptyNote = { text: first, cell: a1(r, texts[0][0]) };
      break;
    }
    if (isNoteText(first)) break;
    if (isColumnNumberRow(grid, r, grid.left, grid.right)) {
      headerEnd = r;
      continue;
    }
    if (texts.every(([, t]) => !/[\u4e00-\u9fff]/.test(t) || /^(无|—+|-+)$/.test(t))) {
      dataRow = r;
      break;
    }
    headerEnd = r;
  }
  const columns: TableColumn[] = [];
  for (let c = grid.left; c <= grid.right; c++) {
    const role = t07Role(headerSegments(grid, c, headerStart, headerEnd));
    if (role && !columns.some((k) => k.role === role)) columns.push({ role, header: role, col: c });
  }
  if (columns.length === 0) return null;
  const rows: TableRow[] = [];
  if (dataRow >= 0) {
    const amounts: TableRow['amounts'] = {};
    for (const k of columns) amounts[k.role] = grid.amount(dataRow, k.col, label);
    rows.push({ key: 'data', row: dataRow, name: '三公经费', amounts, labelCell: a1(dataRow, columns[0].col) });
  }
  const lastCol = Math.max(...columns.map((k) => k.col));
  return { columns, rows, lastRow: dataRow >= 0 ? dataRow : headerEnd, lastCol, emptyNote, codeLayout: 'single' };
}

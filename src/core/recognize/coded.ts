/**
 * Tables whose rows are 功能分类 codes: T02, T03, T05, T08, T09.
 * Codes come in one column of 3/5/7 digits with 类/款 rows (seed 000), as 7-digit 项 rows only in any
 * order (seed 003 T02), or split over 类/款/项 columns such as `2012 | 902` (seed 003 T03).
 */
import { a1, type CellRange } from '../address';
import type { CodeLevel, TableColumn, TableId, TableRow } from '../model';
import { asCode } from '../text';
import { carriesAmount, type Grid } from './grid';
import { headerSegments, isColumnNumberRow, isEmptyTableNote, isNoteText } from './header';

/** Role of a column from its header segments (top → leaf). Specific keywords before general ones. */
const ROLE_MATCHERS: Partial<Record<TableId, [string, (h: string, leaf: string) => boolean][]>> = {
  T02: [
    ['财政拨款收入', (h) => h.includes('财政拨款')],
    ['上级补助收入', (h) => h.includes('上级补助')],
    ['事业收入', (h) => h.includes('事业收入')],
    ['经营收入', (h) => h.includes('经营收入')],
    ['附属单位上缴收入', (h) => h.includes('附属单位')],
    ['其他收入', (h) => h.includes('其他收入')],
    ['本年收入合计', (h) => h.includes('合计') || h.includes('小计')],
  ],
  T03: [
    ['基本支出', (_h, l) => l.includes('基本支出')],
    ['项目支出', (_h, l) => l.includes('项目支出')],
    ['上缴上级支出', (h) => h.includes('上缴上级')],
    ['经营支出', (h) => h.includes('经营支出')],
    ['对附属单位补助支出', (h) => h.includes('附属单位')],
    ['本年支出合计', (h) => h.includes('合计') || h.includes('小计')],
  ],
  T05: [
    ['基本支出', (_h, l) => l.includes('基本支出')],
    ['项目支出', (_h, l) => l.includes('项目支出')],
    ['小计', (h, l) => l.includes('小计') || l.includes('合计') || h === '本年支出'],
  ],
  T08: [
    ['年初结转和结余', (h) => h.includes('年初')],
    ['年末结转和结余', (h) => h.includes('年末')],
    ['本年收入', (h) => h.includes('本年收入')],
    ['基本支出', (_h, l) => l.includes('基本支出')],
    ['项目支出', (_h, l) => l.includes('项目支出')],
    ['本年支出小计', (h, l) => l.includes('小计') || l.includes('合计') || l === '本年支出'],
  ],
  T09: [
    ['基本支出', (_h, l) => l.includes('基本支出')],
    ['项目支出', (_h, l) => l.includes('项目支出')],
    ['合计', (h, l) => l.includes('合计') || l.includes('小计') || h === '本年支出'],
  ],
};

export function roleOf(id: TableId, segments: string[]): string | null {
  if (segments.length === 0) return null;
  const h = segments.join('');
  const leaf = segments[segments.length - 1];
  for (const [role, test] of ROLE_MATCHERS[id] ?? []) if (test(h, leaf)) return role;
  return null;
}

function levelOf(code: string): CodeLevel {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}

const TOTAL_LABEL = /^(合计|总计|本年(收入|支出)?合计)$/;

export interface ParsedBody {
  columns: TableColumn[];
  rows: TableRow[];
  lastRow: number;
  lastCol: number;
  emptyNote: { text: string; cell: string } | null;
  codeLayout: 'single' | 'split';
}

/** Parse the body of a coded table between its title row and `end` (inclusive). Null if no header. */
export function parseCodedTable(grid: Grid, id: TableId, titleRow: number, end: number, label: string): ParsedBody | null {
  // Data start: the first row holding a code or the 合计 label, after at least one header row.
  let dataStart = -1;
  for (let r = titleRow + 2; r <= Math.min(end, titleRow + 14); r++) {
    if (startsBody(grid, r)) {
      dataStart = r;
      break;
    }
  }
  // The table may be empty (only a header and a note): then the header ends before the note.
  let headerEnd = dataStart - 1;
  if (dataStart < 0) {
    for (let r = titleRow + 1; r <= end; r++) {
      const first = grid.rowTexts(r)[0]?.[1] ?? '';
      if (isNoteText(first) || isEmptyTableNote(first)) break;
      headerEnd = r;
    }
  }
  const headerStart = titleRow + 1;
  if (headerEnd < headerStart) return null;

  const columns: TableColumn[] = [];
  let codeCols: number[] = [];
  let nameCol = -1;
  for (let c = grid.left; c <= grid.right; c++) {
    const seg = headerSegments(grid, c, headerStart, headerEnd);
    const leaf = seg[seg.length - 1] ?? '';
    const role = roleOf(id, seg.filter((s) => !/单位[:：]|部门[:：]|公开\d/.test(s)));
    if (role && !seg.some((s) => s.includes('科目'))) {
      if (!columns.some((k) => k.role === role)) columns.push({ role, header: seg.join('/'), col: c });
    } else if (seg.some((s) => /编码|代码/.test(s)) || ['类', '款', '项'].includes(leaf)) {
      codeCols.push(c);
    } else if (seg.some((s) => s.includes('名称'))) {
      nameCol = c;
    }
  }
  if (columns.length === 0) return null;
  const firstAmountCol = Math.min(...columns.map((k) => k.col));
  if (codeCols.length === 0) {
    for (let c = grid.left; c < firstAmountCol; c++) if (c !== nameCol) codeCols.push(c);
  }
  codeCols = codeCols.filter((c) => c < firstAmountCol);
  const codeLayout: 'single' | 'split' = codeCols.length > 1 && codeCols.some((c) => c !== codeCols[0]) && isSplit(grid, codeCols, dataStart, end) ? 'split' : 'single';

  const rows: TableRow[] = [];
  let emptyNote: ParsedBody['emptyNote'] = null;
  let lastRow = headerEnd;
  const lastCol = Math.max(...columns.map((k) => k.col));
  const labelCols = [...codeCols, nameCol].filter((c) => c >= 0).sort((x, y) => x - y);
  let inNotes = false;
  for (let r = dataStart < 0 ? headerEnd + 1 : dataStart; r <= end; r++) {
    const texts = grid.rowTexts(r);
    if (texts.length === 0) continue;
    const first = texts[0][1];
    if (isEmptyTableNote(first) || texts.some(([, t]) => isEmptyTableNote(t) && t.length > 8)) {
      const [c, t] = texts.find(([, x]) => isEmptyTableNote(x)) ?? texts[0];
      emptyNote = { text: t, cell: a1(r, c) };
      inNotes = true;
      continue;
    }
    if (isNoteText(first)) inNotes = true;
    if (inNotes) continue;
    if (isColumnNumberRow(grid, r, grid.left, grid.right)) continue;

    const labelTexts = labelCols.map((c) => grid.text(r, c));
    let code: string | null = null;
    let name = nameCol >= 0 ? grid.text(r, nameCol) : '';
    if (codeLayout === 'split') {
      const joined = codeCols.map((c) => grid.text(r, c)).join('');
      code = /^\d+$/.test(joined) ? asCode(joined) : null;
    } else {
      for (const c of codeCols) {
        const t = grid.text(r, c);
        code = asCode(t);
        if (!code) {
          const m = /^(\d{3}|\d{5}|\d{7})(\D.*)$/.exec(t); // "2080505机关事业单位…" in one cell
          if (m) {
            code = m[1];
            if (name === '') name = m[2];
          }
        }
        if (code) break;
      }
    }
    const isTotal = !code && labelTexts.some((t) => TOTAL_LABEL.test(t));
    const amounts: TableRow['amounts'] = {};
    for (const k of columns) amounts[k.role] = grid.amount(r, k.col, label);
    if (!code && !isTotal) {
      if (Object.values(amounts).some(carriesAmount)) {
        grid.diagnostics.push({
          code: 'row-unrecognised',
          severity: 'warning',
          sheet: grid.name,
          cell: a1(r, labelCols[0] ?? grid.left),
          message: `${label}第${r + 1}行有金额但没有可识别的科目编码（应为3、5或7位），该行未参与审核`,
        });
      }
      continue;
    }
    const labelCol = labelCols[0] ?? grid.left;
    rows.push({
      key: code ? `code:${code}` : 'total',
      row: r,
      code: code ?? undefined,
      level: code ? levelOf(code) : undefined,
      name: isTotal ? '合计' : name,
      amounts,
      labelCell: a1(r, labelCol),
    });
    lastRow = r;
  }
  return { columns, rows, lastRow, lastCol, emptyNote, codeLayout };
}

/**
 * Does the table body start at this row? Its first text decides: 合计/总计 or a code (possibly split
 * over leading digit cells). A header row may hold 合计 further right (T09: 合计 | 基本支出 | 项目支出).
 */
function startsBody(grid: Grid, r: number): boolean {
  const texts = grid.rowTexts(r).map(([, t]) => t);
  const first = texts[0] ?? '';
  if (/^(合计|总计)$/.test(first) || asCode(first) !== null || /^\d{7}\D/.test(first)) return true;
  if (isColumnNumberRow(grid, r, grid.left, grid.right)) return false;
  let digits = '';
  for (const t of texts) {
    if (!/^\d{1,5}$/.test(t)) break;
    digits += t;
  }
  return asCode(digits) !== null;
}

/** Split codes: the code columns each hold a part (`2012 | 902`, or `208 | 05 | 05`). */
function isSplit(grid: Grid, codeCols: number[], from: number, end: number): boolean {
  if (from < 0) return false;
  for (let r = from; r <= Math.min(end, from + 30); r++) {
    const parts = codeCols.map((c) => grid.text(r, c)).filter((t) => t !== '');
    if (parts.length >= 2 && parts.every((t) => /^\d{1,4}$/.test(t))) return true;
  }
  return false;
}

export type { CellRange };

/**
 * T01 收入支出决算总表 and T04 财政拨款收入支出决算总表: two halves side by side, 收入 (项目, 行次,
 * amount) and 支出 (项目, 行次, amount(s)). Short (only 类 with amounts, seed 000) or full 26 类
 * (seeds 003, 004) — the lines are recognised by label, not by 行次.
 */
import { a1 } from '../address';
import type { Side, TableColumn, TableId, TableRow } from '../model';
import { normalizeLabel } from '../text';
import { carriesAmount, type Grid } from './grid';
import { headerSegments, isColumnNumberRow, isEmptyTableNote, isNoteText } from './header';
import type { ParsedBody } from './coded';

function expenseRole(id: TableId, seg: string[]): string | null {
  const h = seg.join('');
  if (id === 'T01') return /决算数|金额|合计|数/.test(h) ? '决算数' : null;
  if (h.includes('一般公共预算')) return '一般公共预算财政拨款';
  if (h.includes('政府性基金')) return '政府性基金预算财政拨款';
  if (h.includes('国有资本')) return '国有资本经营预算财政拨款';
  if (/合计|小计|决算数|金额/.test(h)) return '合计';
  return null;
}

/** Key of a 收入 line from its label, or null when the label is no line we know. */
function incomeKey(id: TableId, label: string, afterCarryOver: boolean): string | null {
  if (label === '') return null;
  if (label.includes('本年收入合计') || label === '收入合计') return 'income:本年收入合计';
  if (label.startsWith('总计') || label === '收入总计') return 'income:总计';
  if (label.includes('使用非财政拨款结余')) return 'income:使用非财政拨款结余';
  if (label.includes('年初')) return id === 'T01' ? 'income:年初结转和结余' : 'income:年初财政拨款结转和结余';
  const fund = label.includes('一般公共预算')
    ? '一般公共预算财政拨款'
    : label.includes('政府性基金')
      ? '政府性基金预算财政拨款'
      : label.includes('国有资本经营')
        ? '国有资本经营预算财政拨款'
        : null;
  if (fund) {
    if (id === 'T01') return `income:${fund}收入`;
    return afterCarryOver ? `income:年初.${fund}` : `income:${fund}`;
  }
  if (id === 'T01') {
    for (const line of ['上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']) if (label.includes(line.slice(0, 4))) return `income:${line}`;
  }
  return null;
}

function expenseKey(id: TableId, label: string): string | null {
  if (label === '') return null;
  if (label.includes('本年支出合计') || label === '支出合计') return 'expense:本年支出合计';
  if (label.startsWith('总计') || label === '支出总计') return 'expense:总计';
  if (label.includes('结余分配')) return 'expense:结余分配';
  if (label.includes('年末')) return id === 'T01' ? 'expense:年末结转和结余' : 'expense:年末财政拨款结转和结余';
  if (label.endsWith('支出')) return `expense:类:${label.replace(/支出$/, '')}`;
  return null;
}

interface Half {
  side: Side;
  labelCol: number;
  lineCol: number;
  amountCols: TableColumn[];
}

export function parseSummaryTable(grid: Grid, id: TableId, titleRow: number, end: number, label: string): ParsedBody | null {
  // Header row: two 项目 cells (收入 and 支出 halves).
  let headerRow = -1;
  let itemCols: number[] = [];
  for (let r = titleRow + 1; r <= Math.min(end, titleRow + 10); r++) {
    const cols = grid.rowTexts(r).filter(([, t]) => t === '项目' || t === '收入项目' || t === '支出项目').map(([c]) => c);
    if (cols.length >= 2) {
      headerRow = r;
      itemCols = cols.slice(0, 2);
      break;
    }
  }
  if (headerRow < 0) return null;
  // Header may continue below (T04: 合计 | 一般公共预算… under 支出). Data starts at the first line label.
  let dataStart = headerRow + 1;
  while (dataStart <= end && (isColumnNumberRow(grid, dataStart, grid.left, grid.right) || (grid.text(dataStart, itemCols[0]) === '' && grid.text(dataStart, itemCols[1]) === ''))) dataStart++;
  const headerTop = Math.max(titleRow + 1, headerRow - 1);

  const halves: Half[] = [];
  for (const [i, side] of (['income', 'expense'] as Side[]).entries()) {
    const from = itemCols[i];
    const to = i === 0 ? itemCols[1] - 1 : grid.right;
    let lineCol = -1;
    const amountCols: TableColumn[] = [];
    for (let c = from + 1; c <= to; c++) {
      const seg = headerSegments(grid, c, headerRow, dataStart - 1);
      if (seg.some((s) => s.includes('行次'))) {
        lineCol = c;
        continue;
      }
      const role = side === 'income' ? (id === 'T01' ? '决算数' : '金额') : expenseRole(id, seg.length ? seg : headerSegments(grid, c, headerTop, dataStart - 1));
      if (role && seg.length > 0 && !amountCols.some((k) => k.role === role)) amountCols.push({ role, header: seg.join('/'), col: c, side });
    }
    halves.push({ side, labelCol: from, lineCol, amountCols });
  }
  if (halves.every((h) => h.amountCols.length === 0)) return null;

  const rows: TableRow[] = [];
  let emptyNote: ParsedBody['emptyNote'] = null;
  let lastRow = dataStart;
  let afterCarryOver = false;
  for (let r = dataStart; r <= end; r++) {
    const first = grid.rowTexts(r)[0]?.[1] ?? '';
    if (isNoteText(first)) break;
    if (isEmptyTableNote(first) && first.length > 8) {
      emptyNote = { text: first, cell: a1(r, grid.left) };
      break;
    }
    // a line with its 行次 but no label (seed 004's unlabelled 总计 line) still belongs to the table
    let any = halves.some((h) => h.lineCol >= 0 && /^\d+$/.test(grid.text(r, h.lineCol)));
    for (const half of halves) {
      const text = normalizeLabel(grid.value(r, half.labelCol));
      if (half.side === 'income' && text.includes('年初')) afterCarryOver = true;
      const key = half.side === 'income' ? incomeKey(id, text, afterCarryOver && !text.includes('年初')) : expenseKey(id, text);
      const amounts: TableRow['amounts'] = {};
      for (const k of half.amountCols) amounts[k.role] = grid.amount(r, k.col, label);
      if (!key) {
        if (text !== '' || Object.values(amounts).some(carriesAmount)) {
          if (Object.values(amounts).some(carriesAmount))
            grid.diagnostics.push({
              code: 'line-unrecognised',
              severity: 'warning',
              sheet: grid.name,
              cell: a1(r, half.labelCol),
              message: `${label}第${r + 1}行“${text || '（空）'}”不是可识别的${half.side === 'income' ? '收入' : '支出'}项目，该行金额未参与审核`,
            });
        }
        continue;
      }
      any = true;
      const lineText = half.lineCol >= 0 ? grid.text(r, half.lineCol) : '';
      rows.push({
        key,
        row: r,
        side: half.side,
        name: text,
        lineNo: /^\d+$/.test(lineText) ? Number(lineText) : undefined,
        amounts,
        labelCell: a1(r, half.labelCol),
      });
    }
    if (any) lastRow = r;
  }
  const columns = halves.flatMap((h) => h.amountCols);
  const lastCol = Math.max(...columns.map((k) => k.col), ...halves.map((h) => h.lineCol));
  return { columns, rows, lastRow, lastCol, emptyNote, codeLayout: 'single' };
}

/**
 * Find the self-evaluation blocks of a sheet by content (titles and header words), never by sheet name:
 * 部门（单位）整体支出绩效自评表, 项目支出绩效自评表 (several may sit one below another on one sheet),
 * 绩效评价基础数据表 and the 量化评价表 of seed 004.
 */
import type { EvaluationKind } from '../model';
import { classifyEvaluationTitle } from '../recognize/titles';
import type { SheetGrid } from '../grid';

export interface EvaluationBlock {
  kind: EvaluationKind;
  /** First and last row of the block (0-based, absolute). */
  top: number;
  bottom: number;
  /** The title as written (squashed), '' when the block was found by its headers alone. */
  title: string;
  titleRow: number;
  titleCol: number;
}

/** Header rows that identify a block even without a title. */
function headerKind(view: SheetGrid, row: number): EvaluationKind | null {
  const texts = view.rowTexts(row).map(([, t]) => t);
  const has = (k: string) => texts.some((t) => t.includes(k));
  if (has('计算值') && has('评分标准')) return '量化';
  if (has('编制数') && has('实际在职人数')) return '基础数据';
  if (has('三级指标') && has('得分')) return '整体'; // refined to 项目 by the caller
  return null;
}

function hasProjectName(view: SheetGrid, from: number, to: number): boolean {
  for (let r = from; r <= to; r++) {
    for (const [, t] of view.rowTexts(r)) if (t === '项目支出名称' || t === '项目名称') return true;
  }
  return false;
}

/**
 * The blocks of a sheet. `tableRows` are the row spans of recognised 公开 tables on the sheet: no block
 * starts inside one, and a block ends before the next table (nor do we read their thousands of rows).
 */
export function findEvaluationBlocks(view: SheetGrid, tableRows: { top: number; bottom: number }[] = []): EvaluationBlock[] {
  const inTable = (r: number) => tableRows.find((t) => r >= t.top && r <= t.bottom);
  const nextTableTop = (r: number) => Math.min(view.bottom + 1, ...tableRows.filter((t) => t.top > r).map((t) => t.top));
  const titles: EvaluationBlock[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    const table = inTable(r);
    if (table) {
      r = table.bottom;
      continue;
    }
    for (const [c, t] of view.rowTexts(r)) {
      const kind = classifyEvaluationTitle(t);
      if (kind) {
        titles.push({ kind, top: r, bottom: nextTableTop(r) - 1, title: t, titleRow: r, titleCol: c });
        break;
      }
    }
  }
  titles.forEach((b, i) => {
    if (i + 1 < titles.length) b.bottom = Math.min(b.bottom, titles[i + 1].top - 1);
  });

  // Tables without a title: their header row, outside any titled block.
  const covered = (row: number) => titles.some((b) => row >= b.top && row <= b.bottom);
  const untitled: EvaluationBlock[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    const table = inTable(r);
    if (table) {
      r = table.bottom;
      continue;
    }
    if (covered(r) || untitled.some((b) => r >= b.top && r <= b.bottom)) continue;
    const kind = headerKind(view, r);
    if (!kind) continue;
    // the block starts after the previous block (or at the sheet top) and ends before the next one
    const prevEnd = Math.max(view.top - 1, ...[...titles, ...untitled].filter((b) => b.bottom < r).map((b) => b.bottom));
    const nextStart = Math.min(nextTableTop(r), ...titles.filter((b) => b.top > r).map((b) => b.top));
    const top = prevEnd + 1;
    let bottom = nextStart - 1;
    if (kind === '整体') {
      // stop at the 总分 row so that stacked untitled tables separate
      for (let q = r + 1; q <= bottom; q++) {
        if (view.rowTexts(q).some(([, t]) => t === '总分')) {
          bottom = q;
          break;
        }
      }
    }
    const finalKind: EvaluationKind = kind === '整体' && hasProjectName(view, top, r) ? '项目' : kind;
    untitled.push({ kind: finalKind, top, bottom, title: '', titleRow: top, titleCol: view.left });
  }
  return [...titles, ...untitled].sort((a, b) => a.top - b.top);
}

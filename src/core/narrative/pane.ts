/**
 * Entry points for the task pane (src/taskpane/types.ts CoreApi): 生成说明 and the 说明数据 part of 填充.
 * Snapshot and recognised workbook in, edits out; the host applies them.
 */
import type { CellWrite, SheetWrite } from '../findings';
import type { RecognizedWorkbook } from '../model';
import { a1, parseA1 } from '../address';
import { cellValue, type WorkbookSnapshot } from '../snapshot';
import { squash } from '../text';
import { draftLines, draftNarrative, draftSheet, NARRATIVE_SHEET_NAME, type NarrativeDraft } from './draft';
import { buildInputSheet, fillPercentages, INPUT_SHEET_NAME, readInputsFrom } from './inputs';

/** Where the draft goes when the workbook holds a 情况说明 of the user's own (or one they edited). */
export const DRAFT_SHEET_FALLBACK = '情况说明（草稿）';

export interface NarrativeEdits {
  writes: CellWrite[];
  sheets: SheetWrite[];
  draft: NarrativeDraft;
  /** Why nothing (or not everything) is written, in Chinese for the user. */
  notices?: string[];
}

/** True when the sheet's text is exactly this draft (so replacing it loses nothing). */
function isSameDraft(values: unknown[][], draft: NarrativeDraft): boolean {
  const lines = values.map((r) => r.find((v) => v !== null && v !== undefined && v !== '')).filter((v) => v !== undefined);
  const mine = draftLines(draft);
  return lines.length === mine.length && lines.every((v, i) => v === mine[i]);
}

/**
 * 生成说明: the 说明数据 sheet (re-created, keeping what the user typed) and the draft. The draft replaces
 * 情况说明 only when that sheet is absent, empty or identical; otherwise it goes to 情况说明（草稿）.
 */
export function draftEdits(snapshot: WorkbookSnapshot, workbook: RecognizedWorkbook): NarrativeEdits {
  const existingInputs = snapshot.sheets.find((s) => squash(s.name) === INPUT_SHEET_NAME);
  const draft = draftNarrative(workbook, readInputsFrom(snapshot.sheets));
  const text = draftSheet(draft);
  const existingText = snapshot.sheets.find((s) => s.name === NARRATIVE_SHEET_NAME);
  if (existingText && existingText.values.length > 0 && !isSameDraft(existingText.values, draft)) text.sheet = DRAFT_SHEET_FALLBACK;
  return { writes: [], sheets: [buildInputSheet(workbook, existingInputs), text], draft };
}

/** 填充 (说明数据 part): percentage cells of the existing 说明数据 sheet. */
export function fillNarrativePercentages(snapshot: WorkbookSnapshot, workbook: RecognizedWorkbook): CellWrite[] {
  return fillPercentages(snapshot.sheets, workbook);
}

/**
 * 插入说明: the draft at the active cell, one paragraph per row down its column. Every one of those cells
 * must be empty: the user asked for this cell, not for the ones below it, so nothing they typed is
 * overwritten; otherwise nothing is written and the notice says which cell is in the way.
 */
export function draftAtSelection(snapshot: WorkbookSnapshot, workbook: RecognizedWorkbook): NarrativeEdits {
  const draft = draftNarrative(workbook, readInputsFrom(snapshot.sheets));
  const at = snapshot.selection && parseA1(snapshot.selection.cell);
  const sheet = at && snapshot.sheets.find((s) => s.name === snapshot.selection!.sheet);
  if (!at || !sheet) return { writes: [], sheets: [], draft, notices: ['请先在工作表中选中要插入情况说明的单元格。'] };
  const lines = draftLines(draft);
  const blocked = lines.findIndex((_, i) => cellValue(sheet, at.row + i, at.col) !== null);
  if (blocked >= 0) {
    const cell = a1(at.row + blocked, at.col);
    return {
      writes: [], sheets: [], draft,
      notices: [`情况说明共 ${lines.length} 段，需从 ${sheet.name}!${snapshot.selection!.cell} 向下 ${lines.length} 行均为空，但 ${cell} 已有内容；未插入，请选一处空白区域。`],
    };
  }
  const writes = lines.map((line, i) => ({ sheet: sheet.name, cell: a1(at.row + i, at.col), value: line }));
  return { writes, sheets: [], draft };
}

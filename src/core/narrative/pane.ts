/**
 * Entry points for the task pane (src/taskpane/types.ts CoreApi): 生成说明 and the 说明数据 part of 填充.
 * Snapshot and recognised workbook in, edits out; the host applies them.
 */
import type { CellWrite, SheetWrite } from '../findings';
import type { RecognizedWorkbook } from '../model';
import type { WorkbookSnapshot } from '../snapshot';
import { squash } from '../text';
import { draftLines, draftNarrative, draftSheet, NARRATIVE_SHEET_NAME, type NarrativeDraft } from './draft';
import { buildInputSheet, fillPercentages, INPUT_SHEET_NAME, readInputsFrom } from './inputs';

/** Where the draft goes when the workbook holds a 情况说明 of the user's own (or one they edited). */
export const DRAFT_SHEET_FALLBACK = '情况说明（草稿）';

export interface NarrativeEdits {
  writes: CellWrite[];
  sheets: SheetWrite[];
  draft: NarrativeDraft;
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

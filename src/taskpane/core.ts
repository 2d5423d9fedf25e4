/**
 * The real core wired into the pane: one line per action (signatures: src/taskpane/types.ts CoreApi).
 * Leave an action out and the pane shows its button disabled with a tooltip.
 */
import { audit, recognize } from '../core';
import { draftAtSelection, draftEdits, fillNarrativePercentages } from '../core/narrative';
import { scoreWorkbook } from '../core/scoring';
import type { CoreApi } from './types';

export const realCore: CoreApi = {
  audit,
  recognize,
  fill: (snapshot, workbook) => ({ writes: [...fillNarrativePercentages(snapshot, workbook), ...scoreWorkbook(snapshot, workbook).fills] }),
  draft: (snapshot, workbook) => draftEdits(snapshot, workbook),
  draftHere: (snapshot, workbook) => draftAtSelection(snapshot, workbook),
  score: (snapshot, workbook) => scoreWorkbook(snapshot, workbook),
};

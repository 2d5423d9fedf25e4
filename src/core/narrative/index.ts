/**
 * 第三部分 情况说明 (issue 5): percentages, the 说明数据 input sheet, the draft of sections 一 to 十四,
 * and the check of an existing text. Pure core: no I/O, no Office types.
 */
export {
  FULL_BASIS_POINTS, ZERO_BUDGET_WORDS, ZERO_PREVIOUS_WORDS, ratioBasisPoints, formatPercent, percentText,
  sharesBasisPoints, completionRate, yearChange, directionWord, comparisonWord, wan,
} from './percent';
export type { Rate, Change, Direction, Comparison } from './percent';
export { FUNCTION_CLASS_NAMES, codeName, itemReading, shortClassName } from './names';
export { collectFacts } from './facts';
export type { NarrativeFacts, Fact, NamedFact, CodedFact } from './facts';
export {
  INPUT_SHEET_NAME, INPUT_COLUMNS, INPUT_KEYS, EMPTY_INPUTS, itemKey, classKey, buildInputSheet, readInputSheet, readInputsFrom,
} from './inputs';
export type { InputRow, InputProblem, NarrativeInputs, InputField, InputUnit } from './inputs';
export {
  PLACEHOLDER_REASON, placeholder, SECTION_NUMBERS, sectionHeadings, draftNarrative, draftLines, draftText, draftSheet,
  NARRATIVE_SHEET_NAME, itemSentence,
} from './draft';
export type { DraftSection, NarrativeDraft, SectionNumber } from './draft';
export { checkNarrativeText, checkNarrative, findNarrativeParagraphs } from './check';
export type { NarrativeParagraph } from './check';
export { fillPercentages } from './inputs';
export { draftEdits, draftAtSelection, fillNarrativePercentages, DRAFT_SHEET_FALLBACK } from './pane';
export type { NarrativeEdits } from './pane';

/** Everything of the file host the standalone page uses, in one module: it becomes one lazy chunk (ExcelJS). */
export { loadWorkbook, workbookSnapshot, UnreadableWorkbookError } from '../hosts/file/read';
export { applyCellWrites, applySheetWrite, saveWorkbook } from '../hosts/file/write';
export { annotateWorkbook } from '../hosts/file/annotate';

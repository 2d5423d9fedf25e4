export { readWorkbook, readSnapshot, type OfficeReadState, type SheetState } from './read';
export { markFindings, clearMarks, applyEdits, selectCell, type WriteReport } from './write';
export { detectSupport, officeSupport, messageChannel, type OfficeSupport } from './support';
export { OfficePaneHost, describeOfficeError } from './pane-host';

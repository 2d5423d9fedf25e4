/**
 * Which Office.js features this Excel offers, detected once with Office.context.requirements.isSetSupported
 * (injected so tests and the standalone page never touch the Office global).
 */

export interface OfficeSupport {
  /** Notes on cells (ExcelApi 1.18): our messages go there first. */
  notes: boolean;
  /** Threaded comments (ExcelApi 1.10): the fallback for messages. */
  comments: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  merges: boolean;
  /** Workbook.getActiveCell (ExcelApi 1.7): the selection for 插入说明. */
  activeCell: boolean;
}

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export function detectSupport(isSetSupported: IsSetSupported): OfficeSupport {
  const has = (v: string): boolean => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return { notes: has('1.18'), comments: has('1.10'), merges: has('1.13'), activeCell: has('1.7') };
}

/** Support of the running Excel (only call inside the add-in, after Office.onReady). */
export function officeSupport(): OfficeSupport {
  return detectSupport((name, v) => Office.context.requirements.isSetSupported(name, v));
}

/** Where the messages of findings go, best first (issue 4): notes, threaded comments, else the 审核结果 sheet. */
export function messageChannel(support: OfficeSupport): 'notes' | 'comments' | 'sheet' {
  if (support.notes) return 'notes';
  if (support.comments) return 'comments';
  return 'sheet';
}

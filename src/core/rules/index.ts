import type { Finding } from '../findings';
import type { RecognizedWorkbook } from '../model';
import type { WorkbookSnapshot } from '../snapshot';

/** Every identity of DOMAIN.md §2 and the reviewer's checks. (Stub: filled by the audit issue.) */
export function runRules(workbook: RecognizedWorkbook, snapshot: WorkbookSnapshot): Finding[] {
  void workbook;
  void snapshot;
  return [];
}

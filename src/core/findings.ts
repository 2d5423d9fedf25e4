/**
 * What the core hands back to a host: findings to show and edits to apply. The JSON contract of
 * `juesuan check` is built from Finding as it is.
 */
import type { CellValue } from './snapshot';

export type Severity = 'error' | 'warning' | 'info';

export interface CellRef {
  sheet: string;
  cell: string;
}

export interface Finding {
  /** Stable rule id, e.g. "T01.income-total". */
  rule: string;
  severity: Severity;
  /** The cell the finding is shown on. */
  sheet: string;
  cell: string;
  /** Every cell the identity involves (the shown cell included). */
  cells: CellRef[];
  /** In the table's unit (万元), two decimals; null where not an amount comparison. */
  expected: number | null;
  actual: number | null;
  /** A reviewer's note in Chinese, naming the table, the cell and the amounts. */
  message: string;
  /** Chinese title of the rule. */
  title: string;
  /** Table id (T01…) or evaluation sheet kind the finding belongs to, for grouping. */
  group: string;
}

/** A cell write. Text stays text: hosts must never let a value starting with =,+,-,@ become a formula. */
export interface CellWrite {
  sheet: string;
  cell: string;
  value: string | number | null;
  /** Number format to set (e.g. "0.00%"); omitted keeps the cell's own format. */
  numberFormat?: string;
}

/** A sheet the core wants created or replaced (审核结果, 说明数据, 情况说明). */
export interface SheetWrite {
  sheet: string;
  rows: CellValue[][];
  /** Hyperlinks to cells: [row, col] in `rows` → target. */
  links?: { row: number; col: number; target: CellRef }[];
  columnWidths?: number[];
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '提示', info: '尾差' };

/**
 * The recognised workbook: which of the nine tables 公开01–09 is where, and every amount with its cell.
 * Built by recognize() from a WorkbookSnapshot; read by the rules, the narrative and the scorer.
 */
import type { AmountStatus } from './amount';
import type { CellValue } from './snapshot';

/** DOMAIN.md §1 ids; titles in TABLE_TITLES. Never identified by sheet name or 公开NN number. */
export type TableId = 'T01' | 'T02' | 'T03' | 'T04' | 'T05' | 'T06' | 'T07' | 'T08' | 'T09';

export const TABLE_IDS: TableId[] = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09'];

export const TABLE_TITLES: Record<TableId, string> = {
  T01: '收入支出决算总表',
  T02: '收入决算表',
  T03: '支出决算表',
  T04: '财政拨款收入支出决算总表',
  T05: '一般公共预算财政拨款支出决算表',
  T06: '一般公共预算财政拨款基本支出决算表',
  T07: '一般公共预算财政拨款“三公”经费支出决算表',
  T08: '政府性基金预算财政拨款收入支出决算表',
  T09: '国有资本经营预算财政拨款支出决算表',
};

/** One amount cell. `cents` is 0 for blank, dash and invalid cells (blank counts as 0). */
export interface Amount {
  sheet: string;
  /** A1 address, e.g. "C16". */
  cell: string;
  row: number; // 0-based absolute
  col: number; // 0-based absolute
  cents: number;
  status: AmountStatus;
  raw: CellValue;
}

/** 功能分类 code level: 类 3 digits, 款 5, 项 7 (经济分类 in T06: 类 3, 款 5). */
export type CodeLevel = '类' | '款' | '项';

export type Side = 'income' | 'expense';

/**
 * A row of a table. `key` says what the row is, independent of layout:
 *  - coded rows: `code:2080505`; the 合计 row: `total`
 *  - T01/T04 lines: `income:<line>` / `expense:<line>` with <line> a line name (T01_INCOME_LINES below;
 *    the totals and carry-overs as recognize/summary.ts names them),
 *    and 支出 类 lines as `expense:类:<类 name without 支出>` (e.g. `expense:类:社会保障和就业`)
 *  - T06: `code:30101`, `total:人员经费合计`, `total:公用经费合计`
 *  - T07: `data` (its one row)
 */
export interface TableRow {
  key: string;
  row: number; // 0-based absolute sheet row (T06 blocks: the row where the entry sits)
  side?: Side;
  code?: string;
  level?: CodeLevel;
  /** Name as written (科目名称 or line label, spaces removed). */
  name: string;
  /** 行次 where the table has it. */
  lineNo?: number;
  /** Amounts by column role (see COLUMN_ROLES). Missing when the table has no such column. */
  amounts: Record<string, Amount>;
  /** The cell holding the row's label or code (for messages). */
  labelCell: string;
}

export interface TableColumn {
  role: string;
  header: string;
  col: number;
  side?: Side;
}

/** What the lines around a table's title say: unit, department, 公开NN label, year. */
export interface TableMeta {
  unit: '万元' | '元' | null;
  unitCell: string | null;
  department: string | null;
  departmentCell: string | null;
  /** The 公开NN label as written, if any ("公开07表"). Informational only. */
  number: string | null;
  year: number | null;
}

export interface RecognizedTable extends TableMeta {
  id: TableId;
  title: string;
  sheet: string;
  /** A1 range from the title to the last row of the table. */
  range: string;
  titleCell: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** The "本表无数据" note, when present. */
  emptyNote: { text: string; cell: string } | null;
  /** 26-line T01/T04 (all 类 listed) vs short (only 类 with amounts). */
  variant?: 'full' | 'short';
  /** How codes are laid out: one column, or split into 类/款/项 columns. */
  codeLayout?: 'single' | 'split';
}

/** Column roles per table, in the canonical order (the first amount column first). */
export const COLUMN_ROLES: Record<TableId, string[]> = {
  T01: ['决算数'],
  T02: ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
  T03: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
  T04: ['金额', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
  T05: ['小计', '基本支出', '项目支出'],
  T06: ['决算数'],
  T07: [
    '预算数.合计', '预算数.因公出国（境）费', '预算数.公务用车购置及运行费', '预算数.公务用车购置费', '预算数.公务用车运行费', '预算数.公务接待费',
    '决算数.合计', '决算数.因公出国（境）费', '决算数.公务用车购置及运行费', '决算数.公务用车购置费', '决算数.公务用车运行费', '决算数.公务接待费',
  ],
  T08: ['年初结转和结余', '本年收入', '本年支出小计', '基本支出', '项目支出', '年末结转和结余'],
  T09: ['合计', '基本支出', '项目支出'],
};

/** T01 收入 lines (income:<name>). */
export const T01_INCOME_LINES = [
  '一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入', '上级补助收入',
  '事业收入', '经营收入', '附属单位上缴收入', '其他收入',
] as const;
export type EvaluationKind = '整体' | '项目' | '基础数据' | '量化';

/** A self-evaluation sheet (or one table within a sheet) found by content. */
export interface EvaluationRef {
  kind: EvaluationKind;
  sheet: string;
  /** A1 range of the block. */
  range: string;
  title: string;
  titleCell: string;
}

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** Something the reader could not understand; always with a sheet and a cell. */
export interface Diagnostic {
  code: string;
  severity: DiagnosticSeverity;
  sheet: string;
  cell: string;
  message: string;
}

export interface RecognizedWorkbook {
  tables: RecognizedTable[];
  evaluations: EvaluationRef[];
  diagnostics: Diagnostic[];
  /** Department and year as most tables state them. */
  department: string | null;
  year: number | null;
  unit: '万元' | '元' | null;
}

export function tableById(wb: RecognizedWorkbook, id: TableId): RecognizedTable | undefined {
  return wb.tables.find((t) => t.id === id);
}

export function rowByKey(table: RecognizedTable | undefined, key: string): TableRow | undefined {
  return table?.rows.find((r) => r.key === key);
}

/**
 * What the pane needs from a host (Office.js in Excel, or the .xlsx file host of the standalone page) and
 * from the core. Both are passed in as props, so tests stub them and each host wires its own.
 */
import type { AuditResult } from '../core';
import type { CellRef, CellWrite, Finding, SheetWrite } from '../core/findings';
import type { RecognizedWorkbook } from '../core/model';
import type { WorkbookSnapshot } from '../core/snapshot';

export interface Progress {
  /** What is being done, in Chinese: 正在读取工作簿… */
  step: string;
  /** 0..1 when known. */
  fraction?: number;
}

export type ProgressFn = (p: Progress) => void;

/** Cell values and whole sheets to write (fills, 说明数据, 情况说明). */
export interface Edits {
  writes: CellWrite[];
  sheets?: SheetWrite[];
  /** Why the core wrote nothing (or less than asked), in Chinese: shown to the user. */
  notices?: string[];
}

/** What a job hands back to the host to apply to the workbook. */
export interface JobOutput {
  /** Findings to show on the workbook (replacing earlier marks). */
  findings?: Finding[];
  edits?: Edits;
}

export interface HostRun {
  /** Chinese notices (protected sheets, cells left alone). */
  notices: string[];
  /** Cells marked / written, where the host counts them. */
  done?: number;
}

export interface PaneHost {
  readonly kind: 'office' | 'file';
  /**
   * Read the workbook, let `job` compute on the snapshot, apply its output. In Excel all of it is one
   * batch: read (2 syncs) + write (1 sync).
   */
  run(job: (snapshot: WorkbookSnapshot) => JobOutput | Promise<JobOutput>, progress: ProgressFn): Promise<HostRun>;
  /** 清除标记: remove every highlight and message the add-in left; nothing else. */
  clear(progress: ProgressFn): Promise<HostRun>;
  /** Activate the sheet and select the cell; a Chinese message when it cannot. */
  select(ref: CellRef): Promise<string | null>;
  /** A failure of this host, in Chinese for the user. */
  describeError?(e: unknown): string;
}

/** One scored self-evaluation sheet (issue 6's json `evaluations` entry). */
export interface EvaluationScore {
  sheet: string;
  kind: string;
  name: string;
  statedTotal: number | null;
  computedTotal: number | null;
  findings?: Finding[];
}

/**
 * The core functions the pane calls. `audit` and `recognize` always exist; the later actions are optional
 * until their modules land — the pane shows their buttons disabled with a tooltip meanwhile.
 */
export interface CoreApi {
  audit(snapshot: WorkbookSnapshot): AuditResult;
  recognize(snapshot: WorkbookSnapshot): RecognizedWorkbook;
  /** 填充: percentages into 说明数据 / 执行率, and the scoring fills (得分, 总分). */
  fill?: (snapshot: WorkbookSnapshot, workbook: RecognizedWorkbook) => Edits;
  /** 生成说明: the 说明数据 input sheet and the 情况说明 draft. */
  draft?: (snapshot: WorkbookSnapshot, workbook: RecognizedWorkbook) => Edits;
  /** 插入说明: the draft at the active cell (Excel only: the snapshot carries the selection). */
  draftHere?: (snapshot: WorkbookSnapshot, workbook: RecognizedWorkbook) => Edits;
  /** 评分: every self-evaluation sheet with its stated and computed totals. */
  score?: (snapshot: WorkbookSnapshot, workbook: RecognizedWorkbook) => { evaluations: EvaluationScore[]; findings: Finding[] };
}

/**
 * The pane's host in the standalone page: an .xlsx opened in the browser, read and written with the file
 * host (ExcelJS). Findings are kept here and drawn on the grid; nothing touches the original bytes until
 * the user downloads the annotated copy.
 */
import type ExcelJS from 'exceljs';
import { parseA1 } from '../core/address';
import type { CellRef, CellWrite, Finding } from '../core/findings';
import { cellValue, type WorkbookSnapshot } from '../core/snapshot';
import type { HostRun, JobOutput, PaneHost, ProgressFn } from '../taskpane/types';

/**
 * ExcelJS is most of the page's weight: it is loaded on first use (a separate chunk), so the page
 * renders before it arrives.
 */
type FileLib = typeof import('./file-lib');
const fileLib = (): Promise<FileLib> => import(/* webpackChunkName: "exceljs" */ './file-lib');
let libPromise: Promise<FileLib> | null = null;
/** Start fetching ExcelJS early (idle time after first render). */
export function preloadFileLib(): Promise<FileLib> {
  libPromise ??= fileLib();
  return libPromise;
}

export interface FileHostState {
  fileName: string | null;
  snapshot: WorkbookSnapshot | null;
  findings: Finding[];
  selection: CellRef | null;
  /** Whether the workbook was changed by 填充/生成说明 (the download then carries the changes). */
  edited: boolean;
}

export class FileHost implements PaneHost {
  readonly kind = 'file' as const;
  private workbook: ExcelJS.Workbook | null = null;
  private lib: FileLib | null = null;
  private state: FileHostState = { fileName: null, snapshot: null, findings: [], selection: null, edited: false };
  private readonly listeners = new Set<(s: FileHostState) => void>();
  /** Cells we filled, with the value (a re-fill replaces only those). */
  private readonly filled = new Map<string, CellWrite['value']>();

  subscribe(listener: (s: FileHostState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  get current(): FileHostState {
    return this.state;
  }

  private update(patch: Partial<FileHostState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  async open(bytes: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookSnapshot> {
    const lib = await preloadFileLib();
    const workbook = await lib.loadWorkbook(bytes);
    this.lib = lib;
    this.workbook = workbook;
    this.filled.clear();
    const snapshot = lib.workbookSnapshot(workbook);
    this.update({ fileName, snapshot, findings: [], selection: null, edited: false });
    return snapshot;
  }

  private requireWorkbook(): { workbook: ExcelJS.Workbook; lib: FileLib } {
    if (!this.workbook || !this.lib) throw new Error('请先打开一个 .xlsx 文件。');
    return { workbook: this.workbook, lib: this.lib };
  }

  async run(job: (snapshot: WorkbookSnapshot) => JobOutput | Promise<JobOutput>, progress: ProgressFn): Promise<HostRun> {
    const { workbook, lib } = this.requireWorkbook();
    progress({ step: '正在读取工作簿…', fraction: 0.1 });
    const snapshot = lib.workbookSnapshot(workbook);
    const output = await job(snapshot);
    const notices: string[] = [];
    let done = 0;
    if (output.edits) {
      progress({ step: '正在写入…', fraction: 0.8 });
      const writable: CellWrite[] = [];
      let kept = 0;
      for (const w of output.edits.writes) {
        const at = parseA1(w.cell);
        const sheet = snapshot.sheets.find((s) => s.name === w.sheet);
        const current = at && sheet ? cellValue(sheet, at.row, at.col) : null;
        const key = `${w.sheet}!${w.cell}`;
        if (current !== null && !(this.filled.has(key) && this.filled.get(key) === current)) {
          kept++;
          continue;
        }
        writable.push(w);
        this.filled.set(key, w.value);
      }
      notices.push(...lib.applyCellWrites(workbook, writable).map((s) => s.reason));
      if (kept > 0) notices.push(`${kept} 个单元格已有内容，未覆盖。`);
      for (const sheet of output.edits.sheets ?? []) lib.applySheetWrite(workbook, sheet);
      done += writable.length + (output.edits.sheets?.length ?? 0);
      this.update({ snapshot: lib.workbookSnapshot(workbook), edited: true });
    }
    if (output.findings) {
      done += new Set(output.findings.map((f) => `${f.sheet}!${f.cell}`)).size;
      this.update({ findings: output.findings, snapshot: output.edits ? this.state.snapshot : snapshot });
    }
    return { notices, done };
  }

  async clear(): Promise<HostRun> {
    this.update({ findings: [], selection: null });
    return { notices: [] };
  }

  async select(ref: CellRef): Promise<string | null> {
    if (!this.state.snapshot?.sheets.some((s) => s.name === ref.sheet)) return `找不到工作表“${ref.sheet}”。`;
    this.update({ selection: ref });
    return null;
  }

  describeError(e: unknown): string {
    return (e as Error)?.message ?? String(e);
  }

  /** The annotated copy: highlights by severity, notes, and the 审核结果 sheet (src/hosts/file/annotate.ts). */
  async annotatedCopy(): Promise<Uint8Array> {
    const { workbook, lib } = this.requireWorkbook();
    return lib.annotateWorkbook(await lib.saveWorkbook(workbook), this.state.findings);
  }
}

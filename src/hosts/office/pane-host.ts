/**
 * The pane's host inside Excel: every action is one Excel.run batch (read 2 syncs, write 1 sync).
 */
import type { CellRef } from '../../core/findings';
import type { HostRun, JobOutput, PaneHost, ProgressFn } from '../../taskpane/types';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { readWorkbook } from './read';
import type { OfficeSupport } from './support';
import { applyEdits, clearMarks, markFindings, selectCell } from './write';

export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office errors a user can act on, in Chinese; anything else is named by its code. */
export function describeOfficeError(e: unknown): string {
  const code = (e as { code?: string })?.code ?? '';
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return 'Excel 正处于单元格编辑状态：请按 Enter 或 Esc 结束编辑后重试。';
    case 'AccessDenied':
      return '没有修改此工作簿的权限（工作簿可能为只读或受保护）。';
    case 'ItemNotFound':
      return '找不到要操作的工作表或单元格（可能已被重命名或删除），请重新审核。';
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return '工作簿过大，超出了 Excel 网页版单次传输的上限。';
    default:
      return `Excel 操作失败${code ? `（${code}）` : ''}：${(e as Error)?.message ?? String(e)}`;
  }
}

export class OfficePaneHost implements PaneHost {
  readonly kind = 'office' as const;

  constructor(private readonly support: OfficeSupport, private readonly batch: BatchRunner) {}

  run(job: (snapshot: WorkbookSnapshot) => JobOutput | Promise<JobOutput>, progress: ProgressFn): Promise<HostRun> {
    return this.batch(async (context) => {
      progress({ step: '正在读取工作簿…', fraction: 0.05 });
      const { snapshot, state } = await readWorkbook(context, this.support, {
        onProgress: (done, total) => progress({ step: '正在读取工作簿…', fraction: 0.05 + 0.4 * (done / Math.max(1, total)) }),
      });
      progress({ step: '正在计算…', fraction: 0.5 });
      const output = await job(snapshot);
      const notices: string[] = [];
      let done = 0;
      if (output.findings) {
        progress({ step: '正在标记单元格…', fraction: 0.8 });
        const report = await markFindings(context, state, output.findings, this.support);
        notices.push(...report.notices);
        done += report.done;
      }
      if (output.edits) {
        progress({ step: '正在写入…', fraction: 0.85 });
        const report = await applyEdits(context, state, snapshot, output.edits);
        notices.push(...report.notices);
        done += report.done;
      }
      return { notices, done };
    });
  }

  clear(progress: ProgressFn): Promise<HostRun> {
    return this.batch(async (context) => {
      progress({ step: '正在清除标记…' });
      const { state } = await readWorkbook(context, this.support, { values: false });
      return { notices: (await clearMarks(context, state)).notices };
    });
  }

  describeError(e: unknown): string {
    return describeOfficeError(e);
  }

  select(ref: CellRef): Promise<string | null> {
    return this.batch((context) => selectCell(context, ref));
  }
}

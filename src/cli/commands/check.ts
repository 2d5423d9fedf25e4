/**
 * `juesuan check <file.xlsx|folder …> [--format text|json|html] [--out DIR]` (issue 3).
 * Exit code: 0 no file has an error finding, 1 some file has, 2 some file could not be read.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { statSync } from 'fs';
import cliProgress from 'cli-progress';
import { emptyReport, reportExitCode, type CheckJob, type FileReport } from '../check-file';
import { ANNOTATED_SUFFIX, expandInputs, isFolder, outputPaths, sameFile } from '../files';
import { err, out, raiseExitCode, stderrIsTTY } from '../io';
import { runCheckJobs } from '../pool';
import { renderJson, renderText } from '../report';
import { renderHtml } from '../report-html';

export type CheckFormat = 'text' | 'json' | 'html';

export interface CheckOptions {
  format: CheckFormat;
  out?: string;
  jobs?: number;
}

function progressBar(total: number): { update: (done: number) => void; stop: () => void } | null {
  if (!stderrIsTTY() || total < 2) return null;
  const bar = new cliProgress.SingleBar(
    {
      format: '审核进度 |{bar}| {value}/{total} 个文件 {percentage}%',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/** Run the check and print the result; returns the exit code. */
export async function runCheck(inputs: string[], options: CheckOptions): Promise<number> {
  if (options.out) {
    try {
      if (!statSync(options.out).isDirectory()) {
        err(`--out 需要一个文件夹，但 ${options.out} 是文件`);
        return 2;
      }
    } catch {
      // Missing folder: created when the first copy is written.
    }
  }
  const entries = expandInputs(inputs);
  const readable = entries.filter((e) => !e.error);
  const outFiles = options.out ? outputPaths(readable.map((e) => e.file), options.out, ANNOTATED_SUFFIX) : [];
  const jobs: CheckJob[] = readable.map((e, i) => ({ file: e.file, outFile: outFiles[i] }));
  const refused = new Map<string, string>();
  for (const job of jobs) {
    if (job.outFile && sameFile(job.file, job.outFile)) {
      refused.set(job.file, `输出文件 ${job.outFile} 就是输入文件，拒绝覆盖原文件`);
      job.outFile = undefined;
    }
  }

  const bar = progressBar(jobs.length);
  let checked: FileReport[];
  try {
    checked = await runCheckJobs(jobs, { workers: options.jobs, onProgress: (done) => bar?.update(done) });
  } finally {
    bar?.stop();
  }

  // Output order = input order, unreadable arguments in their place.
  let k = 0;
  const reports = entries.map((e) => (e.error ? emptyReport(e.file, e.error) : checked[k++]));
  let code = 0;
  for (const r of reports) {
    if (r.error) err(`无法读取 ${r.file}：${r.error}`);
    if (r.annotateError) err(r.annotateError);
    const refusal = refused.get(r.file);
    if (refusal) {
      err(refusal);
      code = Math.max(code, 2);
    }
    code = Math.max(code, reportExitCode(r));
  }
  if (reports.length > 0) {
    const several = reports.length > 1 || inputs.some(isFolder);
    if (options.format === 'json') out(renderJson(reports, several));
    else if (options.format === 'html') out(renderHtml(reports));
    else out(renderText(reports));
  }
  return code;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('必须是正整数');
  return n;
}

export function register(program: Command): void {
  program
    .command('check')
    .description('审核部门决算公开表：核对全部勾稽关系，列出不相符的单元格（错误、提示、尾差）')
    .argument('<文件或文件夹...>', '要审核的 .xlsx 文件，或含有 .xlsx 文件的文件夹')
    .addOption(new Option('-f, --format <格式>', '输出格式：text 文本摘要，json 机读结果，html 网页报告').choices(['text', 'json', 'html']).default('text'))
    .option('-o, --out <文件夹>', '为每个文件写出标注副本（<文件名>.审核.xlsx）到该文件夹；原文件不会改动')
    .option('-j, --jobs <数量>', '同时审核的文件数（默认为本机处理器核数）', positiveInt)
    .action(async (inputs: string[], opts: CheckOptions) => {
      raiseExitCode(await runCheck(inputs, opts));
    });
}

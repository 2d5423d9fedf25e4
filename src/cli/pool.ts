/**
 * Runs check jobs over the machine's cores: a pool of worker threads (lib/cli/worker.js), each auditing one
 * file at a time. Results come back in job order. One or two files, or no compiled worker (running from
 * the TypeScript sources under jest), run in-process instead.
 */
import { existsSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { checkFile, emptyReport, type CheckJob, type FileReport } from './check-file';
import { describeError } from './io';

export interface PoolOptions {
  /** Number of worker threads; defaults to the machine's cores. */
  workers?: number;
  /** Force in-process (no threads). */
  inProcess?: boolean;
  /** Called in the main thread after each finished file. */
  onProgress?: (done: number, total: number) => void;
}

/** Files below this count are checked in-process: starting threads costs more than it saves. */
export const IN_PROCESS_MAX_FILES = 2;

export function coreCount(): number {
  const available = (os as { availableParallelism?: () => number }).availableParallelism;
  return Math.max(1, available ? available() : os.cpus().length);
}

/** The compiled worker script, or null when running from sources (ts-jest) where it cannot start. */
export function workerScript(): string | null {
  const script = path.join(__dirname, 'worker.js');
  return existsSync(script) ? script : null;
}

async function runInProcess(jobs: CheckJob[], onProgress?: PoolOptions['onProgress']): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const job of jobs) {
    try {
      reports.push(await checkFile(job));
    } catch (e) {
      reports.push(emptyReport(job.file, `审核时出错：${describeError(e)}`));
    }
    onProgress?.(reports.length, jobs.length);
  }
  return reports;
}

function runInWorkers(jobs: CheckJob[], script: string, size: number, onProgress?: PoolOptions['onProgress']): Promise<FileReport[]> {
  return new Promise((resolve) => {
    const reports: (FileReport | undefined)[] = new Array(jobs.length);
    let next = 0;
    let done = 0;
    const live = new Set<Worker>();

    const finish = (id: number, report: FileReport) => {
      if (reports[id]) return;
      reports[id] = report;
      done++;
      onProgress?.(done, jobs.length);
      if (done === jobs.length) {
        for (const w of live) void w.terminate();
        live.clear();
        resolve(reports as FileReport[]);
      }
    };

    const start = () => {
      const worker = new Worker(script);
      live.add(worker);
      let current = -1;
      const feed = () => {
        if (next >= jobs.length) {
          current = -1;
          live.delete(worker);
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, job: jobs[current] });
      };
      worker.on('message', (msg: { id: number; report: FileReport }) => {
        finish(msg.id, msg.report);
        feed();
      });
      // A crashed worker fails only its current file; a fresh worker takes over the queue.
      const crashed = (reason: string) => {
        if (!live.has(worker)) return;
        live.delete(worker);
        if (current >= 0) finish(current, emptyReport(jobs[current].file, `审核时出错：${reason}`));
        current = -1;
        if (next < jobs.length) start();
      };
      worker.on('error', (e) => crashed(describeError(e)));
      worker.on('exit', (code) => crashed(`工作线程意外退出（${code}）`));
      feed();
    };

    for (let i = 0; i < Math.min(size, jobs.length); i++) start();
  });
}

/** Check every job; reports in job order. */
export async function runCheckJobs(jobs: CheckJob[], options: PoolOptions = {}): Promise<FileReport[]> {
  if (jobs.length === 0) return [];
  const size = Math.max(1, Math.min(options.workers ?? coreCount(), jobs.length));
  const script = workerScript();
  if (options.inProcess || !script || jobs.length <= IN_PROCESS_MAX_FILES || (size < 2 && options.workers === undefined)) {
    return runInProcess(jobs, options.onProgress);
  }
  return runInWorkers(jobs, script, size, options.onProgress);
}

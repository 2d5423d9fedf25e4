/**
 * Audit one workbook file: read → snapshot → audit() → optional annotated copy. Runs in a worker thread
 * (pool.ts) or in-process; the result is plain data (structured-clone safe) so it crosses threads as is.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { audit } from '../core';
import type { Finding } from '../core/findings';
import { workbookSnapshot } from '../hosts/file/read';
import { annotateLoadedWorkbook } from '../hosts/file/annotate';
import { saveWorkbook } from '../hosts/file/write';
import { loadWorkbookBytes, readFileBytes, sameFile, UnreadableFileError } from './files';
import { describeError } from './io';

export interface CheckJob {
  file: string;
  /** Where to write the annotated copy (`--out`); never the input. */
  outFile?: string;
}

export interface TableSummary {
  id: string;
  title: string;
  sheet: string;
  range: string;
}

export interface FileReport {
  file: string;
  /** Chinese reason when the file could not be read or audited (exit code 2). */
  error?: string;
  department: string | null;
  year: number | null;
  unit: string | null;
  tables: TableSummary[];
  findings: Finding[];
  /** Path of the annotated copy, when written. */
  annotated?: string;
  /** Chinese reason when the annotated copy could not be written. */
  annotateError?: string;
  /** Milliseconds: xlsx load + snapshot, recognition + rules, annotated copy. */
  timings: { load: number; audit: number; annotate: number };
}

export function emptyReport(file: string, error?: string): FileReport {
  return { file, error, department: null, year: null, unit: null, tables: [], findings: [], timings: { load: 0, audit: 0, annotate: 0 } };
}

/** 0 clean, 1 some finding of severity error, 2 not readable (or the copy could not be written). */
export function reportExitCode(report: FileReport): 0 | 1 | 2 {
  if (report.error || report.annotateError) return 2;
  return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

export async function checkFile(job: CheckJob): Promise<FileReport> {
  const report = emptyReport(job.file);
  let loaded: Awaited<ReturnType<typeof loadWorkbookBytes>>;
  try {
    const t0 = performance.now();
    loaded = await loadWorkbookBytes(await readFileBytes(job.file));
    const snapshot = workbookSnapshot(loaded);
    const t1 = performance.now();
    const { workbook, findings } = audit(snapshot);
    report.timings.load = t1 - t0;
    report.timings.audit = performance.now() - t1;
    report.department = workbook.department;
    report.year = workbook.year;
    report.unit = workbook.unit;
    report.tables = workbook.tables.map((t) => ({ id: t.id, title: t.title, sheet: t.sheet, range: t.range }));
    report.findings = findings;
  } catch (e) {
    report.error = e instanceof UnreadableFileError ? e.message : `审核时出错：${describeError(e)}`;
    return report;
  }
  if (job.outFile) {
    const t2 = performance.now();
    try {
      if (sameFile(job.file, job.outFile)) throw new Error('输出文件与输入文件相同，拒绝覆盖原文件');
      // the workbook loaded for the audit is annotated in place: the file is parsed once
      annotateLoadedWorkbook(loaded, report.findings);
      const annotated = await saveWorkbook(loaded);
      await fsp.mkdir(path.dirname(job.outFile), { recursive: true });
      await fsp.writeFile(job.outFile, annotated);
      report.annotated = job.outFile;
    } catch (e) {
      report.annotateError = `未能写出批注副本 ${job.outFile}：${describeError(e)}`;
    }
    report.timings.annotate = performance.now() - t2;
  }
  return report;
}

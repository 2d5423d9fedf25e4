/**
 * `juesuan inspect <file.xlsx …> [--format text|json]` (issue 2): what recognition found in each file —
 * tables (id, title, sheet, range, rows × columns), unit, department, year, self-evaluation sheets and
 * diagnostics. A file that is not a readable xlsx gets one line on stderr and exit code 2.
 */
import { Option, type Command } from 'commander';
import { performance } from 'perf_hooks';
import { recognize } from '../../core';
import type { RecognizedWorkbook } from '../../core/model';
import { expandInputs, isFolder, readWorkbookFile, UnreadableFileError } from '../files';
import { describeError, err, out, raiseExitCode } from '../io';
import { fileHeading } from '../report';

export interface InspectReport {
  file: string;
  error?: string;
  department: string | null;
  year: number | null;
  unit: string | null;
  tables: {
    id: string;
    title: string;
    sheet: string;
    range: string;
    rows: number;
    columns: number;
    unit: string | null;
    department: string | null;
    year: number | null;
    variant?: string;
    codeLayout?: string;
  }[];
  evaluations: { kind: string; title: string; sheet: string; range: string }[];
  diagnostics: { severity: string; sheet: string; cell: string; code: string; message: string }[];
  /** Milliseconds: xlsx load + snapshot, recognition. */
  timings: { load: number; recognize: number };
}

function summarize(file: string, wb: RecognizedWorkbook, timings: InspectReport['timings']): InspectReport {
  return {
    file,
    department: wb.department,
    year: wb.year,
    unit: wb.unit,
    tables: wb.tables.map((t) => ({
      id: t.id,
      title: t.title,
      sheet: t.sheet,
      range: t.range,
      rows: t.rows.length,
      columns: t.columns.length,
      unit: t.unit,
      department: t.department,
      year: t.year,
      ...(t.variant ? { variant: t.variant } : {}),
      ...(t.codeLayout ? { codeLayout: t.codeLayout } : {}),
    })),
    evaluations: wb.evaluations.map((e) => ({ kind: e.kind, title: e.title, sheet: e.sheet, range: e.range })),
    diagnostics: wb.diagnostics.map((d) => ({ severity: d.severity, sheet: d.sheet, cell: d.cell, code: d.code, message: d.message })),
    timings,
  };
}

function failed(file: string, error: string): InspectReport {
  return { file, error, department: null, year: null, unit: null, tables: [], evaluations: [], diagnostics: [], timings: { load: 0, recognize: 0 } };
}

export async function inspectFile(file: string): Promise<InspectReport> {
  try {
    const t0 = performance.now();
    const { snapshot } = await readWorkbookFile(file);
    const t1 = performance.now();
    const wb = recognize(snapshot);
    return summarize(file, wb, { load: t1 - t0, recognize: performance.now() - t1 });
  } catch (e) {
    return failed(file, e instanceof UnreadableFileError ? e.message : `识别时出错：${describeError(e)}`);
  }
}

const DIAGNOSTIC_LABEL: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

export function renderInspectText(reports: InspectReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(...fileHeading(r));
    if (r.error) {
      lines.push('');
      continue;
    }
    lines.push(`  表（${r.tables.length} 张）：${r.tables.length === 0 ? '未识别到公开表' : ''}`);
    for (const t of r.tables) {
      lines.push(`    ${t.id} ${t.title}　${t.sheet}!${t.range}　${t.rows} 行 × ${t.columns} 列`);
    }
    lines.push(`  绩效自评（${r.evaluations.length} 张）：${r.evaluations.length === 0 ? '无' : ''}`);
    for (const e of r.evaluations) lines.push(`    ${e.kind}　${e.title}　${e.sheet}!${e.range}`);
    lines.push(`  诊断（${r.diagnostics.length} 条）：${r.diagnostics.length === 0 ? '无' : ''}`);
    for (const d of r.diagnostics) lines.push(`    [${DIAGNOSTIC_LABEL[d.severity] ?? d.severity}] ${d.sheet}!${d.cell}  ${d.message}`);
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

export async function runInspect(inputs: string[], options: { format: 'text' | 'json' }): Promise<number> {
  const reports: InspectReport[] = [];
  for (const entry of expandInputs(inputs)) {
    reports.push(entry.error ? failed(entry.file, entry.error) : await inspectFile(entry.file));
  }
  let code = 0;
  for (const r of reports) {
    if (r.error) {
      err(`无法读取 ${r.file}：${r.error}`);
      code = 2;
    }
  }
  if (options.format === 'json') {
    // One object for one file, an array for several or for a folder argument (as `check`).
    const several = reports.length > 1 || inputs.some(isFolder);
    out(JSON.stringify(several ? reports : reports[0], null, 2));
  } else {
    out(renderInspectText(reports));
  }
  return code;
}

export function register(program: Command): void {
  program
    .command('inspect')
    .description('识别工作簿中的公开表（公开01–09）、绩效自评表，报告单位、部门、年度和识别诊断')
    .argument('<文件...>', '要识别的 .xlsx 文件（也可以是文件夹）')
    .addOption(new Option('-f, --format <格式>', '输出格式：text 文本，json 机读结果').choices(['text', 'json']).default('text'))
    .action(async (inputs: string[], opts: { format: 'text' | 'json' }) => {
      raiseExitCode(await runInspect(inputs, opts));
    });
}

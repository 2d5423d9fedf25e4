/**
 * `juesuan score <file.xlsx …> [--format text|json] [--out DIR]` (issue 6): scores every self-evaluation
 * sheet (绩效自评) of each workbook — per sheet the stated and computed 总分, the grade and the findings.
 * With --out, writes `<name>.评分.xlsx` copies where empty 执行率 / 得分 / 总分 cells are filled; the input
 * is never written. Exit code: 0 no error finding, 1 some error finding, 2 some file could not be read.
 */
import { Option, type Command } from 'commander';
import { promises as fsp } from 'fs';
import { recognize } from '../../core/recognize';
import { scoreWorkbook, type ScoreResult } from '../../core/scoring';
import type { Finding, Severity } from '../../core/findings';
import { workbookSnapshot } from '../../hosts/file/read';
import { applyCellWrites, saveWorkbook } from '../../hosts/file/write';
import { expandInputs, isFolder, loadWorkbookBytes, outputPaths, readFileBytes, sameFile, SCORED_SUFFIX } from '../files';
import { describeError, err, out, raiseExitCode } from '../io';

export type ScoreFormat = 'text' | 'json';

export interface ScoreOptions {
  format: ScoreFormat;
  out?: string;
}

/** The JSON contract of one file (issue 6). */
export interface ScoreFileJson {
  file: string;
  evaluations: {
    sheet: string;
    kind: string;
    name: string;
    statedTotal: number | null;
    computedTotal: number | null;
    findings: Finding[];
  }[];
}

const LABEL: Record<Severity, string> = { error: '错误', warning: '提示', info: '说明' };

function showTotal(v: number | null): string {
  return v === null ? '—' : String(v);
}

export function renderScoreText(file: string, result: ScoreResult, written?: string): string {
  const lines: string[] = [`文件：${file}`];
  if (result.evaluations.length === 0) lines.push('  未找到绩效自评表（整体支出/项目支出绩效自评表、基础数据表、量化评价表）。');
  for (const e of result.evaluations) {
    const errors = e.findings.filter((f) => f.severity === 'error').length;
    const warnings = e.findings.filter((f) => f.severity === 'warning').length;
    lines.push(`  [${e.kind}] ${e.sheet} ${e.range}  ${e.name}`);
    if (e.kind !== '基础数据') {
      const agree = e.statedTotal !== null && e.computedTotal !== null && Math.round(e.statedTotal * 100) === Math.round(e.computedTotal * 100);
      lines.push(`    总分：填写 ${showTotal(e.statedTotal)}，复算 ${showTotal(e.computedTotal)}${e.grade ? `（${e.grade}）` : ''}${agree ? ' ✓' : ''}`);
    }
    lines.push(`    错误 ${errors} 项，提示 ${warnings} 项${e.findings.length - errors - warnings ? `，说明 ${e.findings.length - errors - warnings} 项` : ''}`);
    for (const f of e.findings) lines.push(`    ${LABEL[f.severity]} ${f.cell}  ${f.message}`);
  }
  if (result.fills.length) lines.push(`  可填入空白单元格 ${result.fills.length} 处${written ? `，已写入 ${written}` : '（使用 --out 写出填好的副本）'}`);
  return lines.join('\n');
}

export function scoreJson(file: string, result: ScoreResult): ScoreFileJson {
  return {
    file,
    evaluations: result.evaluations.map((e) => ({
      sheet: e.sheet,
      kind: e.kind,
      name: e.name,
      statedTotal: e.statedTotal,
      computedTotal: e.computedTotal,
      findings: e.findings,
    })),
  };
}

/** Score the files and print the result; returns the exit code. */
export async function runScore(inputs: string[], options: ScoreOptions): Promise<number> {
  let code = 0;
  const entries = expandInputs(inputs);
  const targets = options.out ? outputPaths(entries.map((e) => e.file), options.out, SCORED_SUFFIX) : [];
  const reports: ScoreFileJson[] = [];
  const texts: string[] = [];
  if (options.out) {
    try {
      await fsp.mkdir(options.out, { recursive: true });
    } catch (e) {
      err(`无法创建输出文件夹 ${options.out}：${describeError(e)}`);
      return 2;
    }
  }
  for (const [i, entry] of entries.entries()) {
    if (entry.error) {
      err(`${entry.file}：${entry.error}`);
      code = Math.max(code, 2);
      continue;
    }
    const file = entry.file;
    let result: ScoreResult;
    let workbook;
    try {
      workbook = await loadWorkbookBytes(await readFileBytes(file));
      const snapshot = workbookSnapshot(workbook);
      result = scoreWorkbook(snapshot, recognize(snapshot));
    } catch (e) {
      err(`${file}：无法读取（${describeError(e)}）`);
      code = Math.max(code, 2);
      continue;
    }
    let written: string | undefined;
    if (options.out && result.fills.length) {
      const target = targets[i];
      if (sameFile(file, target)) {
        err(`${file}：输出文件 ${target} 就是输入文件，拒绝覆盖原文件`);
        code = Math.max(code, 2);
      } else {
        try {
          const skipped = applyCellWrites(workbook, result.fills);
          for (const s of skipped) err(`${file}：${s.reason}`);
          await fsp.writeFile(target, await saveWorkbook(workbook));
          written = target;
        } catch (e) {
          err(`${file}：无法写出 ${target}（${describeError(e)}）`);
          code = Math.max(code, 2);
        }
      }
    }
    if (result.findings.some((f) => f.severity === 'error')) code = Math.max(code, 1);
    reports.push(scoreJson(file, result));
    texts.push(renderScoreText(file, result, written));
  }
  if (reports.length) {
    const several = reports.length > 1 || inputs.some(isFolder);
    if (options.format === 'json') out(JSON.stringify(several ? reports : reports[0], null, 2));
    else out(texts.join('\n\n'));
  }
  return code;
}

export function register(program: Command): void {
  program
    .command('score')
    .description('绩效自评评分：复算执行率、得分与总分，核对分值与指标完成情况，列出不符之处')
    .argument('<文件或文件夹...>', '要评分的 .xlsx 文件，或含有 .xlsx 文件的文件夹')
    .addOption(new Option('-f, --format <格式>', '输出格式：text 文本摘要，json 机读结果').choices(['text', 'json']).default('text'))
    .option('-o, --out <文件夹>', '写出填好空白执行率、得分、总分的副本（<文件名>.评分.xlsx）到该文件夹；原文件不会改动')
    .action(async (inputs: string[], opts: ScoreOptions) => {
      raiseExitCode(await runScore(inputs, opts));
    });
}

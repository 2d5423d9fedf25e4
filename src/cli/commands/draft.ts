/**
 * `juesuan draft <file.xlsx> [--format text|json] [--out DIR]` (issue 5): the draft of 第三部分 情况说明,
 * sections 一 to 十四, from the nine tables and the workbook's 说明数据 sheet. `--out` writes a copy
 * `<name>.说明.xlsx` with the 说明数据 sheet (re-created, keeping what the user typed) and the 情况说明
 * sheet; the input is never written. An unreadable file gets one Chinese line and exit code 2.
 */
import { Option, type Command } from 'commander';
import { promises as fsp } from 'fs';
import { recognize } from '../../core';
import { draftEdits, draftLines, INPUT_SHEET_NAME, NARRATIVE_SHEET_NAME, readInputsFrom, type NarrativeDraft } from '../../core/narrative';
import { workbookSnapshot } from '../../hosts/file/read';
import { applySheetWrite, saveWorkbook } from '../../hosts/file/write';
import { DRAFT_SUFFIX, loadWorkbookBytes, outputPaths, readFileBytes, sameFile, UnreadableFileError } from '../files';
import { describeError, err, out, raiseExitCode } from '../io';


export interface DraftOptions {
  format: 'text' | 'json';
  out?: string;
}

export interface DraftReport {
  file: string;
  department: string | null;
  year: number | null;
  title: string;
  sections: NarrativeDraft['sections'];
  placeholders: number;
  /** Cells of 说明数据 that could not be read. */
  inputProblems: string[];
  /** Path of the copy written with --out. */
  written?: string;
  /** Sheet the draft was written to in the copy. */
  draftSheet?: string;
}

export async function runDraft(file: string, options: DraftOptions): Promise<number> {
  let workbook;
  try {
    workbook = await loadWorkbookBytes(await readFileBytes(file));
  } catch (e) {
    err(`无法读取 ${file}：${e instanceof UnreadableFileError ? e.message : describeError(e)}`);
    return 2;
  }
  const snapshot = workbookSnapshot(workbook);
  const recognized = recognize(snapshot);
  if (recognized.tables.length === 0) {
    err(`无法起草 ${file}：未识别到公开01–09表（请确认工作簿中有“收入支出决算总表”等表）`);
    return 2;
  }
  const inputs = readInputsFrom(snapshot.sheets);
  const edits = draftEdits(snapshot, recognized);
  const draft = edits.draft;
  const report: DraftReport = {
    file,
    department: draft.department,
    year: draft.year,
    title: draft.title,
    sections: draft.sections,
    placeholders: draft.placeholders,
    inputProblems: inputs.problems.map((p) => p.message),
  };
  for (const p of inputs.problems) err(`提示：${p.message}`);

  if (options.out) {
    const [outFile] = outputPaths([file], options.out, DRAFT_SUFFIX);
    if (sameFile(file, outFile)) {
      err(`不能覆盖输入文件：${file}`);
      return 2;
    }
    try {
      await fsp.mkdir(options.out, { recursive: true });
      // 说明数据 re-created keeping what the user typed; a 情况说明 of the user's own is kept (the draft
      // then goes to 情况说明（草稿）).
      for (const sheet of edits.sheets) applySheetWrite(workbook, sheet);
      await fsp.writeFile(outFile, await saveWorkbook(workbook));
      report.written = outFile;
      report.draftSheet = edits.sheets[1].sheet;
    } catch (e) {
      err(`无法写入 ${outFile}：${describeError(e)}`);
      return 2;
    }
  }

  if (options.format === 'json') out(JSON.stringify(report, null, 2));
  else {
    out(draftLines(draft).join('\n\n'));
    if (report.written) out(`\n已写入：${report.written}（“${INPUT_SHEET_NAME}”表和“${report.draftSheet}”表）`);
  }
  if (draft.placeholders > 0) {
    err(`还有 ${draft.placeholders} 处【请填写…】待补充：在“${INPUT_SHEET_NAME}”表中填写后重新运行 juesuan draft${options.out ? '' : ' --out 目录'}。`);
  }
  return 0;
}

export function register(program: Command): void {
  program
    .command('draft')
    .description('起草第三部分“情况说明”（一至十四），数字取自公开表和“说明数据”表，缺少的原因留【请填写原因】')
    .argument('<文件>', '要起草说明的 .xlsx 文件')
    .addOption(new Option('-f, --format <格式>', '输出格式：text 文本，json 机读结果').choices(['text', 'json']).default('text'))
    .option('-o, --out <目录>', `把带“${INPUT_SHEET_NAME}”和“${NARRATIVE_SHEET_NAME}”表的副本写到该目录（不改动原文件）`)
    .action(async (file: string, opts: DraftOptions) => {
      raiseExitCode(await runDraft(file, opts));
    });
}

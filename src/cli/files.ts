/**
 * File-system side of the CLI: expanding file and folder arguments, reading a workbook file, and naming
 * the annotated copy. The hosts and the core never touch the disk; only src/cli does.
 */
import { promises as fsp, realpathSync, statSync, readdirSync } from 'fs';
import * as path from 'path';
import type { WorkbookSnapshot } from '../core/snapshot';
import { loadWorkbook, workbookSnapshot } from '../hosts/file/read';
import type ExcelJS from 'exceljs';

export function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** One input to process: a file path, or an argument that already failed (missing path, empty folder). */
export interface InputEntry {
  file: string;
  error?: string;
}

/** Suffixes of the copies the commands write with --out; a folder given as input skips them. */
export const ANNOTATED_SUFFIX = '.审核.xlsx';
export const SCORED_SUFFIX = '.评分.xlsx';
export const DRAFT_SUFFIX = '.说明.xlsx';
const OUTPUT_SUFFIXES = [ANNOTATED_SUFFIX, SCORED_SUFFIX, DRAFT_SUFFIX];

function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.') && !OUTPUT_SUFFIXES.some((s) => name.endsWith(s));
}

/**
 * Arguments → entries in argument order. A folder contributes its .xlsx files sorted by name (not
 * recursive), skipping Excel's ~$ lock files and our own *.审核.xlsx copies.
 */
export function expandInputs(args: string[]): InputEntry[] {
  const entries: InputEntry[] = [];
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      entries.push({ file: arg, error: '找不到该文件或文件夹' });
      continue;
    }
    if (!stat.isDirectory()) {
      entries.push({ file: arg });
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(arg).filter(isWorkbookName).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    } catch {
      entries.push({ file: arg, error: '无法读取该文件夹' });
      continue;
    }
    const files = names.map((n) => path.join(arg, n)).filter((p) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    });
    if (files.length === 0) entries.push({ file: arg, error: '文件夹中没有 .xlsx 文件' });
    for (const f of files) entries.push({ file: f });
  }
  return entries;
}

/** Thrown for a file that cannot be read as a workbook; the message is one Chinese line. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

function systemReason(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': return '找不到该文件';
    case 'EACCES':
    case 'EPERM': return '没有读取权限';
    case 'EISDIR': return '这是一个文件夹，不是文件';
    default: return `读取失败（${e.code ?? e.message}）`;
  }
}

/** Why these bytes are not a readable .xlsx, from their first bytes. */
function formatReason(bytes: Uint8Array): string {
  if (bytes.length === 0) return '文件是空的';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return '这是旧版 .xls 文件或加密的工作簿，请在 Excel 中另存为 .xlsx（不加密）后再试';
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return '不是有效的 xlsx 文件（压缩包已损坏或不是 Excel 工作簿）';
  return '不是 xlsx 文件';
}

export async function readFileBytes(file: string): Promise<Uint8Array> {
  try {
    return await fsp.readFile(file);
  } catch (e) {
    throw new UnreadableFileError(systemReason(e as NodeJS.ErrnoException));
  }
}

/** Load the workbook from bytes, turning any reader failure into an UnreadableFileError. */
export async function loadWorkbookBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  try {
    const wb = await loadWorkbook(bytes);
    if (wb.worksheets.length === 0) throw new UnreadableFileError('工作簿中没有工作表');
    return wb;
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError(formatReason(bytes));
  }
}

export async function readWorkbookFile(file: string): Promise<{ bytes: Uint8Array; snapshot: WorkbookSnapshot }> {
  const bytes = await readFileBytes(file);
  const wb = await loadWorkbookBytes(bytes);
  return { bytes, snapshot: workbookSnapshot(wb) };
}

function resolved(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** True when writing to `output` would overwrite `input` (same path, or the same file through links). */
export function sameFile(input: string, output: string): boolean {
  return resolved(input) === resolved(output);
}

/**
 * `<name><suffix>` in outDir for each input (e.g. `<name>.审核.xlsx`), made unique within the batch: two
 * inputs named alike in different folders get `<name>（2）<suffix>`.
 */
export function outputPaths(inputs: string[], outDir: string, suffix: string): string[] {
  const used = new Set<string>();
  return inputs.map((input) => {
    const base = path.basename(input).replace(/\.xlsx$/i, '');
    let candidate = path.join(outDir, `${base}${suffix}`);
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = path.join(outDir, `${base}（${n}）${suffix}`);
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

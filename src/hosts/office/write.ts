/**
 * Office.js host, write side: findings become highlights and messages, edits become cell values and
 * sheets — each in ONE context.sync() after the read (src/hosts/office/read.ts), so a full audit is
 * read (2 syncs) + write (1 sync).
 *
 * Highlights are marked conditional formats (why: src/hosts/office/marks-common.ts). Messages go to
 * notes (ExcelApi 1.18), else threaded comments (1.10), else the 审核结果 sheet; a cell that already
 * carries the user's note or comment keeps it untouched and its finding goes to the 审核结果 sheet.
 * Never overwrite a non-empty cell the user typed; protected sheets are reported, not failed on.
 */
import { parseA1, qualified } from '../../core/address';
import { findingsByCell, messageText, resultSheet, worstSeverity } from '../../core/annotation';
import { type CellRef, type CellWrite, type Finding, type SheetWrite } from '../../core/findings';
import type { CellValue, WorkbookSnapshot } from '../../core/snapshot';
import { cellValue } from '../../core/snapshot';
import {
  FILLED_SETTING, RESULT_SHEET, highlightColor, filledKey, markerFormula, serializeFilledRegistry,
} from './marks-common';
import type { OfficeReadState, SheetState } from './read';
import { messageChannel, type OfficeSupport } from './support';

export interface WriteReport {
  /** Cells highlighted / values written. */
  done: number;
  /** Messages attached to cells (notes or comments). */
  messages: number;
  /** Whether the 审核结果 sheet was written. */
  resultSheet: boolean;
  /** Chinese notices for the user: protected sheets, cells left alone. */
  notices: string[];
}

/** Text starting with = + - @ would become a formula: such cells get the text format first. */
function isFormulaLike(v: CellValue): boolean {
  return typeof v === 'string' && /^[=+\-@]/.test(v);
}

function queueDeleteMarks(state: OfficeReadState): void {
  for (const s of state.sheets.values()) {
    if (s.protected) continue;
    for (const cf of s.ourFormats) cf.delete();
    for (const n of s.ourNotes) n.delete();
    for (const c of s.ourComments) c.delete();
  }
}

function protectedNotice(sheet: string, cells: string[]): string {
  const shown = cells.slice(0, 3).join('、');
  return `工作表“${sheet}”受保护，未能标记 ${shown}${cells.length > 3 ? ` 等 ${cells.length} 处` : ''}；请在“审阅 → 撤销工作表保护”后重新审核。`;
}

/** Write (or replace) a sheet of ours, text kept as text; hyperlinks where given. */
function queueSheet(context: Excel.RequestContext, write: SheetWrite, exists: boolean): void {
  const worksheets = context.workbook.worksheets;
  const ws = exists ? worksheets.getItem(write.sheet) : worksheets.add(write.sheet);
  if (exists) ws.getRange().clear('Contents');
  const width = Math.max(1, ...write.rows.map((r) => r.length));
  if (write.rows.length === 0) return;
  const values = write.rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] === null || r[c] === undefined ? '' : r[c])));
  const formats = values.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? '@' : typeof v === 'number' ? '#,##0.00' : 'General')));
  const range = ws.getRangeByIndexes(0, 0, values.length, width);
  range.numberFormat = formats;
  range.values = values as (string | number | boolean)[][];
  for (const link of write.links ?? []) {
    ws.getCell(link.row, link.col).hyperlink = {
      documentReference: qualified(link.target.sheet, link.target.cell),
      textToDisplay: String(write.rows[link.row]?.[link.col] ?? link.target.cell),
    };
  }
  (write.columnWidths ?? []).forEach((w, c) => {
    ws.getCell(0, c).format.columnWidth = w * 7; // characters → points, roughly
  });
}

/** Load where the user's own notes/comments sit on the sheets we are about to annotate (only if any). */
async function userMessageCells(context: Excel.RequestContext, sheets: SheetState[]): Promise<Set<string>> {
  const ranges: { sheet: string; range: Excel.Range }[] = [];
  for (const s of sheets) {
    for (const item of [...s.userNotes, ...s.userComments]) {
      const range = item.getLocation();
      range.load('address');
      ranges.push({ sheet: s.name, range });
    }
  }
  const cells = new Set<string>();
  if (ranges.length === 0) return cells;
  await context.sync();
  for (const { sheet, range } of ranges) cells.add(`${sheet}\u0000${range.address.slice(range.address.lastIndexOf('!') + 1).replace(/\$/g, '')}`);
  return cells;
}

/**
 * Highlight every finding's cell (worst severity wins) and attach the messages, replacing the marks of
 * an earlier audit. One sync; one more only when a flagged sheet already carries notes or comments of the
 * user (their cells must be known so that ours never land on them).
 */
export async function markFindings(
  context: Excel.RequestContext,
  state: OfficeReadState,
  findings: Finding[],
  support: OfficeSupport,
): Promise<WriteReport> {
  const report: WriteReport = { done: 0, messages: 0, resultSheet: false, notices: [] };
  const channel = messageChannel(support);
  const byCell = findingsByCell(findings);
  const flaggedSheets = [...new Set([...byCell.values()].map((l) => l[0].sheet))]
    .map((name) => state.sheets.get(name))
    .filter((s): s is SheetState => !!s && !s.protected);
  const occupied = channel === 'sheet' ? new Set<string>() : await userMessageCells(context, flaggedSheets);

  queueDeleteMarks(state);
  const worksheets = context.workbook.worksheets;
  const blocked = new Map<string, string[]>();
  let unattached = 0;
  for (const [key, list] of byCell) {
    const { sheet, cell } = list[0];
    const s = state.sheets.get(sheet);
    if (!s || !parseA1(cell)) {
      report.notices.push(`找不到 ${sheet} 的单元格 ${cell}，该问题只列在窗格中。`);
      continue;
    }
    if (s.protected) {
      blocked.set(sheet, [...(blocked.get(sheet) ?? []), cell]);
      continue;
    }
    const severity = worstSeverity(list);
    const range = worksheets.getItem(sheet).getRange(cell);
    const cf = range.conditionalFormats.add('Custom');
    cf.custom.rule.formula = markerFormula(severity);
    cf.custom.format.fill.color = highlightColor(severity);
    cf.priority = 0;
    report.done++;
    if (channel === 'sheet' || occupied.has(key)) {
      unattached++;
      continue;
    }
    if (channel === 'notes') worksheets.getItem(sheet).notes.add(range, messageText(list));
    else worksheets.getItem(sheet).comments.add(range, messageText(list));
    report.messages++;
  }
  for (const [sheet, cells] of blocked) report.notices.push(protectedNotice(sheet, cells));
  if (unattached > 0 && channel !== 'sheet') report.notices.push(`${unattached} 个单元格已有您的批注，审核说明改写在“${RESULT_SHEET}”工作表中。`);

  // The 审核结果 sheet: where messages cannot be attached to cells (or some cells carry the user's own).
  const needSheet = findings.length > 0 && (channel === 'sheet' || unattached > 0);
  if (state.resultSheet === 'foreign') {
    if (needSheet) report.notices.push(`已有名为“${RESULT_SHEET}”的工作表（不是本工具生成的），未改动。`);
  } else if (state.workbookProtected) {
    if (needSheet) report.notices.push(`工作簿结构受保护，无法写入“${RESULT_SHEET}”工作表。`);
  } else if (needSheet) {
    queueSheet(context, resultSheet(findings), state.resultSheet === 'ours');
    report.resultSheet = true;
  } else if (state.resultSheet === 'ours') {
    worksheets.getItem(RESULT_SHEET).delete(); // stale listing of an earlier audit
  }
  await context.sync();
  return report;
}

/** 清除标记: remove our highlights, notes, comments and 审核结果 sheet; nothing else. One sync. */
export async function clearMarks(context: Excel.RequestContext, state: OfficeReadState): Promise<WriteReport> {
  const report: WriteReport = { done: 0, messages: 0, resultSheet: false, notices: [] };
  queueDeleteMarks(state);
  for (const s of state.sheets.values()) {
    const count = s.ourFormats.length + s.ourNotes.length + s.ourComments.length;
    if (s.protected && count > 0) report.notices.push(`工作表“${s.name}”受保护，其上的 ${count} 处标记未能清除；请撤销保护后重试。`);
    else report.done += count;
  }
  if (state.resultSheet === 'ours' && !state.workbookProtected) {
    context.workbook.worksheets.getItem(RESULT_SHEET).delete();
    report.resultSheet = true;
  }
  await context.sync();
  return report;
}

export interface Edits {
  writes: CellWrite[];
  sheets?: SheetWrite[];
}

/**
 * Apply fills (CellWrite) and sheets (SheetWrite) in one sync. A cell is written only when it is empty
 * or still holds exactly what we wrote there before (the registry in the workbook settings): a value the
 * user typed is never overwritten. Sheets of ours (说明数据, 情况说明) are created or rewritten.
 */
export async function applyEdits(
  context: Excel.RequestContext,
  state: OfficeReadState,
  snapshot: WorkbookSnapshot,
  edits: Edits,
): Promise<WriteReport> {
  const report: WriteReport = { done: 0, messages: 0, resultSheet: false, notices: [] };
  const worksheets = context.workbook.worksheets;
  const filled = new Map(state.filled);
  let keptUser = 0;
  for (const w of edits.writes) {
    const s = state.sheets.get(w.sheet);
    const at = parseA1(w.cell);
    const sheet = snapshot.sheets.find((x) => x.name === w.sheet);
    if (!s || !at || !sheet) {
      report.notices.push(`找不到 ${w.sheet} 的单元格 ${w.cell}，未写入。`);
      continue;
    }
    if (s.protected) {
      report.notices.push(`工作表“${w.sheet}”受保护，未能写入 ${w.cell}。`);
      continue;
    }
    const current = cellValue(sheet, at.row, at.col);
    const key = filledKey(w.sheet, w.cell);
    const ours = filled.has(key) && filled.get(key) === current;
    if (current !== null && !ours) {
      keptUser++;
      continue;
    }
    const range = worksheets.getItem(w.sheet).getRange(w.cell);
    if (w.numberFormat !== undefined) range.numberFormat = [[w.numberFormat]];
    else if (isFormulaLike(w.value)) range.numberFormat = [['@']];
    range.values = [[w.value === null ? '' : w.value]];
    if (w.value === null) filled.delete(key);
    else filled.set(key, w.value);
    report.done++;
  }
  if (keptUser > 0) report.notices.push(`${keptUser} 个单元格已有您填写的内容，未覆盖。`);
  for (const sw of edits.sheets ?? []) {
    const s = state.sheets.get(sw.sheet);
    if (s?.protected) {
      report.notices.push(`工作表“${sw.sheet}”受保护，未能写入。`);
      continue;
    }
    if (!s && state.workbookProtected) {
      report.notices.push(`工作簿结构受保护，无法新建“${sw.sheet}”工作表。`);
      continue;
    }
    queueSheet(context, sw, !!s);
    report.done++;
  }
  // the registry of cells we filled is saved only when it changed: an edit that writes nothing leaves no trace
  const registry = serializeFilledRegistry(filled);
  const registryChanged = registry !== serializeFilledRegistry(state.filled);
  if (registryChanged) context.workbook.settings.add(FILLED_SETTING, registry);
  if (report.done > 0 || registryChanged) await context.sync();
  return report;
}

/** Navigation: activate the finding's sheet and select its cell. One sync. */
export async function selectCell(context: Excel.RequestContext, ref: CellRef): Promise<string | null> {
  try {
    const ws = context.workbook.worksheets.getItem(ref.sheet);
    ws.activate();
    ws.getRange(ref.cell).select();
    await context.sync();
    return null;
  } catch {
    return `无法定位到 ${ref.sheet}!${ref.cell}：工作表或单元格不存在。`;
  }
}

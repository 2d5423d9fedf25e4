/**
 * Office.js host, read side: every sheet's used range → the core's WorkbookSnapshot, in as few
 * context.sync() calls as the API allows, whatever the workbook's size.
 *
 * Sync plan (issue 4):
 *  1. the sheet list (names, visibility) and our remembered fills (workbook settings). The used ranges
 *     cannot be asked for in this sync: Office.js gives no way to reach a sheet before its name is known.
 *  2. for every sheet at once: the used range's address, values and number formats, its merged areas,
 *     its protection, and the marks we left last time (our conditional formats, notes, comments), so
 *     that the write that follows needs no further read.
 * Excel on the web refuses a request or response above 5 MB, and that limit is per sync: chunks queued
 * into one sync do not help. So sync 2 is tried whole (a typical workbook, and one 50× larger, is far
 * below the limit: see test/office/sync.test.ts), and only when Excel answers "payload too large" do we
 * fall back to sizing the used ranges (one small sync) and loading row bands in syncs of ≤ 4 MB each.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { RESULT_HEADER } from '../../core/annotation';
import { isOurComment, isOurFormat, isOurNote, parseFilledRegistry, FILLED_SETTING, RESULT_SHEET, type FilledRegistry } from './marks-common';
import type { OfficeSupport } from './support';

/** What we know about a sheet besides its values: what the write step needs. */
export interface SheetState {
  name: string;
  protected: boolean;
  /** Our highlight conditional formats (to delete on 清除标记 or before re-marking). */
  ourFormats: Excel.ConditionalFormat[];
  ourNotes: Excel.Note[];
  ourComments: Excel.Comment[];
  /** Notes / comments the user wrote on this sheet: we never add ours on top of them. */
  userNotes: Excel.Note[];
  userComments: Excel.Comment[];
}

export interface OfficeReadState {
  sheets: Map<string, SheetState>;
  /** Cells we filled earlier, with the value we wrote (so a re-fill replaces only those). */
  filled: FilledRegistry;
  /** Whether the 审核结果 sheet exists, and whether it is ours (its header row is ours). */
  resultSheet: 'absent' | 'ours' | 'foreign';
  workbookProtected: boolean;
}

export interface ReadOptions {
  /** Bytes one sync may carry; Excel on the web's limit is 5 MB, we keep a margin. */
  budgetBytes?: number;
  /** Also load values (false: marks and protection only, for 清除标记). */
  values?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_BUDGET_BYTES = 4 * 1024 * 1024;
/**
 * Planning estimate of the JSON bytes one cell costs in a response (its value and its number format,
 * quotes and commas). Measured on the sample: about 22; Chinese text cells cost more, so we plan with 64.
 */
export const BYTES_PER_CELL = 64;

/** Header of the 审核结果 sheet we write, by which we recognise it as ours. */

interface PendingSheet {
  sheet: Excel.Worksheet;
  name: string;
  used: Excel.Range | null;
  merged: Excel.RangeAreas | null;
  formats: Excel.ConditionalFormatCollection;
  notes: Excel.NoteCollection | null;
  comments: Excel.CommentCollection | null;
}

function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  const message = (e as { message?: string })?.message ?? '';
  return /PayloadSizeLimitExceeded|PayloadTooLarge/i.test(`${code} ${message}`);
}

/** Excel gives dates as serial numbers; the snapshot wants text (as the file host gives it). */
export function isDateFormat(format: string | null): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ''); // quoted text, escapes, [Red] / [$-804]
  return /[yd]/i.test(bare);
}

function serialToIsoDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400 * 1000); // 1899-12-30 epoch, as Excel counts
  return new Date(ms).toISOString().slice(0, 10);
}

/** One cell as the core sees it: '' is empty, a date-formatted serial becomes its date text. */
function snapshotValue(v: unknown, format: string | null): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return isDateFormat(format) ? serialToIsoDate(v) : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** "'My Sheet'!$B$3" (or "公开01表!B3") → { sheet, cell }; null when it is not one cell. */
export function parseCellAddress(address: string): { sheet: string; cell: string } | null {
  const at = address.lastIndexOf('!');
  if (at <= 0) return null;
  let sheet = address.slice(0, at);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = address.slice(at + 1).replace(/\$/g, '');
  return /^[A-Z]{1,3}\d{1,7}$/.test(cell) ? { sheet, cell } : null;
}

/** "'公开01表'!A1:F1, '公开01表'!A4:C4" → ["A1:F1", "A4:C4"] (sheet names may hold commas in quotes). */
export function parseAreas(address: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      areas.push(current);
      current = '';
    } else current += ch;
  }
  areas.push(current);
  return areas
    .map((a) => a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, '').trim())
    .filter((a) => /^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/.test(a));
}

/** A used range's grid → SheetSnapshot rows, trimmed of empty rows/columns at its edges. */
function buildSheet(name: string, top: number, left: number, values: unknown[][], formats: unknown[][] | null, merges: string[]): SheetSnapshot {
  const grid: CellValue[][] = [];
  const fmts: (string | null)[][] = [];
  let first = -1;
  let last = -1;
  let minCol = Infinity;
  let maxCol = -1;
  values.forEach((row, r) => {
    const out: CellValue[] = [];
    const outF: (string | null)[] = [];
    row.forEach((v, c) => {
      const f = formats?.[r]?.[c];
      const format = typeof f === 'string' && f !== 'General' ? f : null;
      const value = snapshotValue(v, format);
      out.push(value);
      outF.push(value === null ? null : format);
      if (value !== null) {
        if (first < 0) first = r;
        last = r;
        if (c < minCol) minCol = c;
        if (c > maxCol) maxCol = c;
      }
    });
    grid.push(out);
    fmts.push(outF);
  });
  if (first < 0) return { name, top: 0, left: 0, values: [], merges, numberFormats: [] };
  return {
    name,
    top: top + first,
    left: left + minCol,
    values: grid.slice(first, last + 1).map((row) => row.slice(minCol, maxCol + 1)),
    merges,
    numberFormats: fmts.slice(first, last + 1).map((row) => row.slice(minCol, maxCol + 1)),
  };
}

function sheetStateOf(p: PendingSheet, isProtected: boolean): SheetState {
  const state: SheetState = { name: p.name, protected: isProtected, ourFormats: [], ourNotes: [], ourComments: [], userNotes: [], userComments: [] };
  for (const cf of p.formats.items) {
    if (cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isOurFormat(cf.customOrNullObject.rule.formula)) state.ourFormats.push(cf);
  }
  for (const n of p.notes?.items ?? []) (isOurNote(n.content) ? state.ourNotes : state.userNotes).push(n);
  for (const c of p.comments?.items ?? []) (isOurComment(c.content) ? state.ourComments : state.userComments).push(c);
  return state;
}

/**
 * Read the whole workbook: the snapshot for the core and the state the write step needs.
 * Two syncs for any workbook whose values fit in one response; more only past Excel's payload limit.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  support: OfficeSupport,
  options: ReadOptions = {},
): Promise<{ snapshot: WorkbookSnapshot; state: OfficeReadState }> {
  const withValues = options.values !== false;
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const workbook = context.workbook;

  // Sync 1: the sheet list, workbook protection and our fill registry.
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  workbook.protection.load('protected');
  const filledSetting = workbook.settings.getItemOrNullObject(FILLED_SETTING);
  filledSetting.load('value');
  const activeCell = support.activeCell ? workbook.getActiveCell() : null;
  activeCell?.load('address');
  await context.sync();

  const visible = worksheets.items.filter((ws) => ws.visibility !== 'VeryHidden');
  const queueSheets = (loadValues: boolean): { pending: PendingSheet[]; protections: Excel.WorksheetProtection[] } => {
    const pending: PendingSheet[] = [];
    const protections: Excel.WorksheetProtection[] = [];
    for (const sheet of visible) {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load(loadValues ? 'address,rowIndex,columnIndex,rowCount,columnCount,values,numberFormat' : 'address,rowIndex,columnIndex,rowCount,columnCount');
      const merged = support.merges ? sheet.getRange().getMergedAreasOrNullObject() : null;
      merged?.load('address');
      sheet.protection.load('protected');
      protections.push(sheet.protection);
      const formats = sheet.getRange().conditionalFormats;
      formats.load('items/type,items/customOrNullObject/rule/formula');
      const notes = support.notes ? sheet.notes : null;
      notes?.load('items/content');
      const comments = support.comments ? sheet.comments : null;
      comments?.load('items/content');
      pending.push({ sheet, name: sheet.name, used, merged, formats, notes, comments });
    }
    return { pending, protections };
  };

  // Sync 2: everything, in one go.
  let queued = queueSheets(withValues);
  let fellBack = false;
  try {
    await context.sync();
  } catch (e) {
    if (!withValues || !isPayloadTooLarge(e)) throw e;
    // Past the payload limit: size the ranges first (small), then load row bands in budgeted syncs.
    fellBack = true;
    queued = queueSheets(false);
    await context.sync();
  }
  options.onProgress?.(1, 1);

  const sheets: SheetSnapshot[] = [];
  const states = new Map<string, SheetState>();
  const bands: Band[] = [];
  queued.pending.forEach((p, i) => {
    states.set(p.name, sheetStateOf(p, queued.protections[i].protected));
    if (!withValues || !p.used || p.used.isNullObject) return;
    if (!fellBack) return;
    const rowsPerBand = Math.max(1, Math.floor(budget / BYTES_PER_CELL / Math.max(1, p.used.columnCount)));
    for (let r = 0; r < p.used.rowCount; r += rowsPerBand) {
      bands.push({ p, top: p.used.rowIndex + r, left: p.used.columnIndex, rows: Math.min(rowsPerBand, p.used.rowCount - r), cols: p.used.columnCount });
    }
  });

  if (fellBack && bands.length > 0) await loadBands(context, bands, budget, options.onProgress);

  for (const p of queued.pending) {
    const merges = p.merged && !p.merged.isNullObject ? parseAreas(p.merged.address) : [];
    if (!withValues || !p.used || p.used.isNullObject) {
      sheets.push({ name: p.name, top: 0, left: 0, values: [], merges, numberFormats: [] });
      continue;
    }
    if (!fellBack) {
      sheets.push(buildSheet(p.name, p.used.rowIndex, p.used.columnIndex, p.used.values, p.used.numberFormat, merges));
      continue;
    }
    const mine = bands.filter((b) => b.p === p);
    const values = mine.flatMap((b) => b.range!.values);
    const formats = mine.flatMap((b) => b.range!.numberFormat);
    sheets.push(buildSheet(p.name, p.used.rowIndex, p.used.columnIndex, values, formats, merges));
  }

  const resultSnapshot = sheets.find((s) => s.name === RESULT_SHEET);
  let resultSheet: OfficeReadState['resultSheet'] = 'absent';
  if (states.has(RESULT_SHEET)) {
    const header = resultSnapshot?.values[0] ?? [];
    resultSheet = !withValues || RESULT_HEADER.every((h, i) => header[i] === h) ? 'ours' : 'foreign';
  }
  return {
    // Our own 审核结果 sheet is not audited.
    snapshot: {
      sheets: sheets.filter((s) => !(s.name === RESULT_SHEET && resultSheet === 'ours')),
      selection: activeCell ? parseCellAddress(activeCell.address) ?? undefined : undefined,
    },
    state: {
      sheets: states,
      filled: parseFilledRegistry(filledSetting.isNullObject ? null : filledSetting.value),
      resultSheet,
      workbookProtected: workbook.protection.protected,
    },
  };
}

type Band = { p: PendingSheet; top: number; left: number; rows: number; cols: number; range?: Excel.Range };

/**
 * Row bands grouped into syncs of at most `budget` estimated bytes. Should Excel still refuse one (cells
 * of long text cost more than we planned), its bands are halved and tried again.
 */
async function loadBands(context: Excel.RequestContext, bands: Band[], budget: number, onProgress?: (done: number, total: number) => void): Promise<void> {
  const todo = [...bands];
  let done = 0;
  while (todo.length > 0) {
    let bytes = 0;
    const batch: Band[] = [];
    while (todo.length > 0 && (batch.length === 0 || bytes + todo[0].rows * todo[0].cols * BYTES_PER_CELL <= budget)) {
      const b = todo.shift()!;
      bytes += b.rows * b.cols * BYTES_PER_CELL;
      b.range = b.p.sheet.getRangeByIndexes(b.top, b.left, b.rows, b.cols);
      b.range.load('values,numberFormat');
      batch.push(b);
    }
    try {
      await context.sync();
      done += batch.length;
      onProgress?.(done, done + todo.length);
    } catch (e) {
      if (!isPayloadTooLarge(e) || batch.every((b) => b.rows === 1)) throw e;
      const halves = batch.flatMap((b): Band[] => {
        if (b.rows === 1) return [b];
        const upper = Math.ceil(b.rows / 2);
        return [{ ...b, rows: upper, range: undefined }, { ...b, top: b.top + upper, rows: b.rows - upper, range: undefined }];
      });
      todo.unshift(...halves);
      bands.splice(0, bands.length, ...orderBands(bands, batch, halves));
      budget = Math.max(BYTES_PER_CELL, Math.floor(budget / 2));
    }
  }
}

/** Keep `bands` (read back per sheet in order) in step with a batch that was split into halves. */
function orderBands(bands: Band[], replaced: Band[], halves: Band[]): Band[] {
  const out: Band[] = [];
  for (const b of bands) {
    if (!replaced.includes(b)) out.push(b);
    else out.push(...halves.filter((h) => h.p === b.p && h.top >= b.top && h.top < b.top + b.rows));
  }
  return out;
}

/** Just the snapshot (2 syncs for any workbook under the payload limit). */
export async function readSnapshot(context: Excel.RequestContext, support: OfficeSupport): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context, support)).snapshot;
}

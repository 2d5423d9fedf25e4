/**
 * How the add-in recognises what it left in a workbook, so that 清除标记 removes exactly that.
 *
 * Highlights are conditional formats, not cell fills. A fill overwrite cannot be undone faithfully
 * (a theme colour with a tint, a pattern, "no fill" vs white all need restoring), while a conditional
 * format never touches the cell's own fill, number format, value or the used range: deleting it leaves
 * the cell exactly as it was. Each is a Custom rule whose formula is a constant TRUE carrying a marker,
 * `=N("juesuan:error")=0` (N of a text is 0), so it survives saving and reopening and is still found and
 * removed later, and a user's own conditional formats are never touched.
 * Notes and comments we write start with 【审核】; fills we write are listed in a workbook setting.
 */
import { MESSAGE_MARKER, SEVERITY_COLOR } from '../../core/annotation';
import type { Severity } from '../../core/findings';

export { MESSAGE_MARKER, RESULT_SHEET } from '../../core/annotation';
export const FORMAT_MARKER = 'juesuan:';
export const FILLED_SETTING = 'juesuan.filled';

/** Highlight colour by severity, as in the annotated .xlsx copy. */
export function highlightColor(severity: Severity): string {
  return `#${SEVERITY_COLOR[severity]}`;
}

export function markerFormula(severity: Severity): string {
  return `=N("${FORMAT_MARKER}${severity}")=0`;
}

export function isOurFormat(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${FORMAT_MARKER}`);
}

export function isOurNote(content: string | null | undefined): boolean {
  return typeof content === 'string' && content.startsWith(MESSAGE_MARKER);
}

export const isOurComment = isOurNote;

/** "sheet\u0000C16" → the value we wrote there. */
export type FilledRegistry = Map<string, string | number>;

export function filledKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

export function parseFilledRegistry(value: unknown): FilledRegistry {
  const map: FilledRegistry = new Map();
  if (typeof value !== 'string' || value === '') return map;
  try {
    const list = JSON.parse(value) as [string, string, string | number][];
    for (const [sheet, cell, v] of list) if (typeof sheet === 'string' && typeof cell === 'string') map.set(filledKey(sheet, cell), v);
  } catch {
    // A damaged setting only means we treat every cell as the user's: nothing is overwritten.
  }
  return map;
}

export function serializeFilledRegistry(map: FilledRegistry): string {
  return JSON.stringify([...map].map(([key, v]) => [...key.split('\u0000'), v]));
}

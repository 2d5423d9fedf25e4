/** Header composition: the texts above a column, merged cells resolved, top to bottom. */
import type { Grid } from './grid';

/** Segments of the header above `col` in rows [from, to]: merged texts spread, 栏次 numbers dropped. */
export function headerSegments(grid: Grid, col: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from; r <= to; r++) {
    const t = grid.mergedText(r, col);
    if (t === '' || /^\d+$/.test(t) || t === '栏次') continue;
    if (out[out.length - 1] !== t) out.push(t);
  }
  return out;
}

/** True when a row holds the 栏次 numbering (1 2 3 … in sequence) or the word 栏次. */
export function isColumnNumberRow(grid: Grid, row: number, left: number, right: number): boolean {
  const texts = grid.rowTexts(row, left, right);
  if (texts.some(([, t]) => t === '栏次')) return true;
  const nums = texts.map(([, t]) => t);
  if (nums.length < 3 || !nums.every((t) => /^\d{1,2}$/.test(t))) return false;
  for (let i = 1; i < nums.length; i++) if (Number(nums[i]) !== Number(nums[i - 1]) + 1) return false;
  return true;
}

/** A note row ends the table body: 注：…, 说明：…, 备注. */
export function isNoteText(t: string): boolean {
  return /^(注|说明|备注)[:：0-9.、]/.test(t) || t === '注' || t === '说明';
}

/** The 本表无数据 note: "本单位没有政府性基金收入…故本表无数据", "故本表为空表". */
export function isEmptyTableNote(t: string): boolean {
  return /本表无数据|本表为空|为空表|无此项|没有.*(收入|支出|经费)/.test(t);
}

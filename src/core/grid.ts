/**
 * Read access to one sheet of a snapshot for the core's readers (recognition, scoring): absolute
 * 0-based coordinates, merged areas resolved, texts squashed once. The merge map and the text cache
 * belong to the SheetSnapshot (snapshots are never mutated once read), so recognition and scoring
 * share them.
 */
import { a1, parseRange, type CellRange } from './address';
import { cellValue, sheetBottom, sheetRight, type CellValue, type SheetSnapshot } from './snapshot';
import { squash } from './text';

interface SheetCache {
  /** Every cell covered by a merge → the merge's range (the master is its top-left). */
  mergeOf: Map<number, CellRange>;
  texts: Map<number, string>;
}
const CACHES = new WeakMap<SheetSnapshot, SheetCache>();

/** A whole-column merge tells nothing about headers and would cost a map entry per cell. */
const MAX_MERGE_CELLS = 10000;

function cacheOf(sheet: SheetSnapshot): SheetCache {
  let cache = CACHES.get(sheet);
  if (!cache) {
    cache = { mergeOf: new Map(), texts: new Map() };
    for (const ref of sheet.merges ?? []) {
      const r = parseRange(ref);
      if (!r || (r.bottom - r.top + 1) * (r.right - r.left + 1) > MAX_MERGE_CELLS) continue;
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) cache.mergeOf.set(key(row, col), r);
    }
    CACHES.set(sheet, cache);
  }
  return cache;
}

function key(row: number, col: number): number {
  return row * 20000 + col;
}

export class SheetGrid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly cache: SheetCache;

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.top = sheet.top;
    this.left = sheet.left;
    this.bottom = sheetBottom(sheet);
    this.right = sheetRight(sheet);
    this.cache = cacheOf(sheet);
  }

  value(row: number, col: number): CellValue {
    return cellValue(this.sheet, row, col);
  }

  /** Squashed text of a cell (spaces removed, full-width folded); '' when empty. */
  text(row: number, col: number): string {
    const k = key(row, col);
    let s = this.cache.texts.get(k);
    if (s === undefined) {
      s = squash(this.value(row, col));
      this.cache.texts.set(k, s);
    }
    return s;
  }

  /** Text of a cell, or of the master when the cell lies inside a merged area (for headers). */
  mergedText(row: number, col: number): string {
    const m = this.merge(row, col);
    return m ? this.text(m.top, m.left) : this.text(row, col);
  }

  merge(row: number, col: number): CellRange | undefined {
    return this.cache.mergeOf.get(key(row, col));
  }

  /** True when the cell is covered by a merge whose master is another cell. */
  isMergeSlave(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  numberFormat(row: number, col: number): string | null {
    return this.sheet.numberFormats?.[row - this.top]?.[col - this.left] ?? null;
  }

  isEmpty(row: number, col: number): boolean {
    return this.text(row, col) === '';
  }

  isEmptyRow(row: number, left = this.left, right = this.right): boolean {
    for (let c = left; c <= right; c++) if (this.text(row, c) !== '') return false;
    return true;
  }

  /** Non-empty cells of a row as [col, squashed text]. */
  rowTexts(row: number, left = this.left, right = this.right): [number, string][] {
    const out: [number, string][] = [];
    for (let c = left; c <= right; c++) {
      const t = this.text(row, c);
      if (t !== '') out.push([c, t]);
    }
    return out;
  }

  /** The first column in the row whose text satisfies `test`. */
  findInRow(row: number, test: (t: string) => boolean, from = this.left, to = this.right): number | null {
    for (let c = from; c <= to; c++) if (test(this.text(row, c))) return c;
    return null;
  }

  cell(row: number, col: number): string {
    return a1(row, col);
  }
}

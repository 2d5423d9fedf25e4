/** Read access to one sheet for recognition: absolute 0-based coordinates, merged areas resolved. */
import { a1, parseRange, type CellRange } from '../address';
import { parseAmount } from '../amount';
import type { Amount, Diagnostic } from '../model';
import { cellValue, sheetBottom, sheetRight, type CellValue, type SheetSnapshot } from '../snapshot';
import { squash } from '../text';

export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Every cell covered by a merge → the merge's range (the master is its top-left). */
  private readonly mergeOf = new Map<number, CellRange>();
  private readonly squashed = new Map<number, string>();

  constructor(readonly sheet: SheetSnapshot, readonly diagnostics: Diagnostic[]) {
    this.name = sheet.name;
    this.top = sheet.top;
    this.left = sheet.left;
    this.bottom = sheetBottom(sheet);
    this.right = sheetRight(sheet);
    for (const ref of sheet.merges ?? []) {
      const r = parseRange(ref);
      if (!r) continue;
      const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
      if (cells > 10000) continue; // a whole-column merge tells nothing about headers
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) this.mergeOf.set(this.key(row, col), r);
    }
  }

  private key(row: number, col: number): number {
    return row * 20000 + col;
  }

  value(row: number, col: number): CellValue {
    return cellValue(this.sheet, row, col);
  }

  /** Squashed text of a cell (spaces removed, full-width folded); '' when empty. */
  text(row: number, col: number): string {
    const k = this.key(row, col);
    let s = this.squashed.get(k);
    if (s === undefined) {
      s = squash(this.value(row, col));
      this.squashed.set(k, s);
    }
    return s;
  }

  /** Text of a cell, or of the master when the cell lies inside a merged area (for headers). */
  headerText(row: number, col: number): string {
    const m = this.mergeOf.get(this.key(row, col));
    return m ? this.text(m.top, m.left) : this.text(row, col);
  }

  merge(row: number, col: number): CellRange | undefined {
    return this.mergeOf.get(this.key(row, col));
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

  amount(row: number, col: number, tableLabel: string): Amount {
    const raw = this.value(row, col);
    const parsed = parseAmount(raw);
    const cell = a1(row, col);
    if (parsed.status === 'invalid') {
      this.diagnostics.push({
        code: 'amount-unparsable',
        severity: 'warning',
        sheet: this.name,
        cell,
        message: `${this.name}!${cell}（${tableLabel}）的金额“${String(raw)}”无法识别为数字，按0计`,
      });
    }
    return { sheet: this.name, cell, row, col, cents: parsed.cents, status: parsed.status, raw };
  }
}

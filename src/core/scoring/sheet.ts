/** Read access to one sheet for the scorer: absolute 0-based coordinates, merges and number formats. */
import { a1, parseRange, type CellRange } from '../address';
import { cellValue, sheetBottom, sheetRight, type CellValue, type SheetSnapshot } from '../snapshot';
import { squash } from '../text';

export class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeOf = new Map<number, CellRange>();
  private readonly texts = new Map<number, string>();

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.top = sheet.top;
    this.left = sheet.left;
    this.bottom = sheetBottom(sheet);
    this.right = sheetRight(sheet);
    for (const ref of sheet.merges ?? []) {
      const r = parseRange(ref);
      if (!r || (r.bottom - r.top + 1) * (r.right - r.left + 1) > 5000) continue;
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

  /** Squashed text ('' when empty): spaces removed, full-width folded. */
  text(row: number, col: number): string {
    const k = this.key(row, col);
    let t = this.texts.get(k);
    if (t === undefined) {
      t = squash(this.value(row, col));
      this.texts.set(k, t);
    }
    return t;
  }

  /** Text of the cell or, inside a merged area, of its master. */
  mergedText(row: number, col: number): string {
    const m = this.mergeOf.get(this.key(row, col));
    return m ? this.text(m.top, m.left) : this.text(row, col);
  }

  numberFormat(row: number, col: number): string | null {
    const r = this.sheet.numberFormats?.[row - this.top];
    return r?.[col - this.left] ?? null;
  }

  merge(row: number, col: number): CellRange | undefined {
    return this.mergeOf.get(this.key(row, col));
  }

  /** True when the cell is covered by a merge whose master is another cell. */
  isMergeSlave(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  isEmpty(row: number, col: number): boolean {
    return this.text(row, col) === '';
  }

  rowTexts(row: number): [number, string][] {
    const out: [number, string][] = [];
    for (let c = this.left; c <= this.right; c++) {
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

/** Recognition's view of one sheet: the shared SheetGrid and amounts with their diagnostics. */
import { a1 } from '../address';
import { parseAmount } from '../amount';
import type { Amount, Diagnostic } from '../model';
import { SheetGrid } from '../grid';
import type { SheetSnapshot } from '../snapshot';

/** The sheet as recognition reads it: SheetGrid, plus amounts that report what does not parse. */
export class Grid extends SheetGrid {
  constructor(sheet: SheetSnapshot, readonly diagnostics: Diagnostic[]) {
    super(sheet);
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

/** A cell that says something: a non-zero amount, or text that is not one (a zero, a dash or 无 says nothing). */
export function carriesAmount(a: Amount): boolean {
  return a.cents !== 0 || a.status === 'invalid';
}

/**
 * Rows of one table indexed once (by key and by code) with the code hierarchy resolved, so rules
 * never scan rows twice. Hierarchy (DOMAIN.md §2): the parent of a 7-digit 项 is its 5-digit 款 when
 * that row exists, else its 3-digit 类; a 款's parent is its 类; rows without a parent are the top
 * level, which the 合计 row sums (类 rows normally, or 项 rows when the table lists only 项).
 */
import type { Amount, CodeLevel, RecognizedTable, TableRow } from '../model';
import { className } from './classes';

export class TableIndex {
  readonly byKey = new Map<string, TableRow>();
  /** Coded rows by their code (same rows as byKey's `code:…` entries, without building keys). */
  private readonly byCode = new Map<string, TableRow>();
  /** Rows whose key occurs again later in the table (the first one is kept). */
  readonly duplicates: TableRow[] = [];
  readonly codeRows: TableRow[] = [];
  readonly children = new Map<string, TableRow[]>();
  readonly topLevel: TableRow[] = [];
  /** Code levels the table lists at all. */
  readonly levels = new Set<CodeLevel>();
  /** Missing parents of listed rows, when the table does list rows of the parent's level. */
  readonly missingParents = new Map<string, TableRow[]>();
  readonly total: TableRow | undefined;
  private classNameMap: Map<string, string> | null = null;

  constructor(readonly table: RecognizedTable) {
    for (const row of table.rows) {
      if (this.byKey.has(row.key)) {
        this.duplicates.push(row);
        continue;
      }
      this.byKey.set(row.key, row);
      if (row.code) {
        this.byCode.set(row.code, row);
        this.codeRows.push(row);
        if (row.level) this.levels.add(row.level);
      }
    }
    this.total = this.byKey.get('total');
    for (const row of this.codeRows) {
      const code = row.code!;
      const parent = this.parentOf(code);
      if (parent) {
        let list = this.children.get(parent);
        if (!list) this.children.set(parent, (list = []));
        list.push(row);
      } else this.topLevel.push(row);
      if (code.length === 3) continue;
      // A listed parent level without this row's parent: 款 missing for a 项, 类 missing for a 款/项
      // (a 项 under a listed 款 is covered by that 款's own check).
      if (parent !== null && parent.length === 5) continue;
      if (code.length === 7 && this.levels.has('款')) this.pushMissing(code.slice(0, 5), row);
      if (parent === null && this.levels.has('类')) this.pushMissing(code.slice(0, 3), row);
    }
  }

  private pushMissing(code: string, row: TableRow): void {
    let list = this.missingParents.get(code);
    if (!list) this.missingParents.set(code, (list = []));
    list.push(row);
  }

  parentOf(code: string): string | null {
    if (code.length === 7) {
      const kuan = code.slice(0, 5);
      if (this.byCode.has(kuan)) return kuan;
    }
    if (code.length >= 5) {
      const lei = code.slice(0, 3);
      if (this.byCode.has(lei)) return lei;
    }
    return null;
  }

  /** 类 name (without 支出) → code, as this table writes its 类 rows; computed once. */
  classNames(): Map<string, string> {
    if (!this.classNameMap) {
      this.classNameMap = new Map();
      for (const r of this.topLevel) if (r.code!.length === 3) this.classNameMap.set(className(r.name), r.code!);
    }
    return this.classNameMap;
  }

  row(key: string): TableRow | undefined {
    return this.byKey.get(key);
  }

  code(code: string): TableRow | undefined {
    return this.byCode.get(code);
  }

  amount(key: string, role: string): Amount | undefined {
    return this.byKey.get(key)?.amounts[role];
  }

  /**
   * The cells giving a 类's amount in a column: its own row when listed, else the top-level rows
   * under that prefix (a table of 项 rows only). Empty when the table has nothing under the 类.
   */
  classCells(code3: string, role: string): Amount[] {
    const own = this.code(code3)?.amounts[role];
    if (own) return [own];
    return this.topLevel.filter((r) => r.code!.startsWith(code3)).map((r) => r.amounts[role]).filter((a): a is Amount => a !== undefined);
  }

  /** 类 codes the table has amounts under: listed 类 rows and prefixes of top-level rows. */
  classCodes(): string[] {
    const out = new Set<string>();
    for (const r of this.topLevel) out.add(r.code!.slice(0, 3));
    return [...out];
  }

  /** The 合计 row's cell of a column, or null when the table has no 合计 row. */
  totalCell(role: string): Amount | undefined {
    return this.total?.amounts[role];
  }
}

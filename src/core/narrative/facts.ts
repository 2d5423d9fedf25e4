/**
 * The numbers of the nine tables that the 情况说明 quotes, each with the cells it comes from.
 * Amounts are integer cents of 万元 (a table in 元 is converted, rounded half up).
 */
import type { CellRef } from '../findings';
import { rowByKey, tableById, type RecognizedTable, type RecognizedWorkbook, type TableRow } from '../model';
import { codeName, fullWidthBrackets } from './names';

export interface Fact {
  cents: number;
  cells: CellRef[];
}

export interface NamedFact extends Fact {
  name: string;
}

export interface CodedFact extends NamedFact {
  code: string;
  /** 项目支出 part (T05), for 项 rows. */
  basic?: number;
  project?: number;
}

export interface NarrativeFacts {
  year: number | null;
  department: string | null;
  /** T01 收、支总计. */
  grandTotal: Fact | null;
  /** 本年收入合计 (T02 合计, else T01). */
  incomeTotal: Fact | null;
  /** 财政拨款收入, 上级补助收入, … of the income total, in T02 column order. */
  incomeSources: NamedFact[];
  /** 本年支出合计 (T03 合计, else T01). */
  expenseTotal: Fact | null;
  /** 基本支出, 项目支出, 上缴上级支出, … of the expense total (T03 合计). */
  expenseParts: NamedFact[];
  /** T04 财政拨款收、支总计. */
  fiscalTotal: Fact | null;
  /** T05 合计 小计 / 基本支出 / 项目支出. */
  gpbTotal: Fact | null;
  gpbBasic: Fact | null;
  gpbProject: Fact | null;
  /** T05 类 rows (aggregated from 项 rows when the table lists only 项). */
  gpbClasses: CodedFact[];
  /** T05 项 rows in table order. */
  gpbItems: CodedFact[];
  /** T06 人员经费合计 / 公用经费合计 and the names of their non-zero items (by code). */
  personnel: Fact | null;
  publicFunds: Fact | null;
  personnelItems: string[];
  publicItems: string[];
  /** T06 30215 会议费 / 30216 培训费. */
  meeting: Fact | null;
  training: Fact | null;
  /** T07 by role ('预算数.合计', '决算数.公务接待费', …); absent when T07 is missing. */
  sanGong: Record<string, Fact> | null;
  /** T08 合计 本年收入 / 本年支出小计 / 基本 / 项目 / 年初 / 年末; null when T08 is missing. */
  fund: Record<string, Fact> | null;
  /** T09 合计 / 基本支出 / 项目支出. */
  soe: Record<string, Fact> | null;
}

function toWanCents(table: RecognizedTable, cents: number): number {
  if (table.unit !== '元') return cents;
  const q = Math.round(Math.abs(cents) / 10000);
  return cents < 0 ? -q : q;
}

function fact(table: RecognizedTable | undefined, row: TableRow | undefined, role: string): Fact | null {
  if (!table || !row) return null;
  const a = row.amounts[role];
  if (!a) return null;
  return { cents: toWanCents(table, a.cents), cells: [{ sheet: a.sheet, cell: a.cell }] };
}

function sumFacts(facts: (Fact | null)[]): Fact | null {
  const present = facts.filter((f): f is Fact => f !== null);
  if (present.length === 0) return null;
  return { cents: present.reduce((s, f) => s + f.cents, 0), cells: present.flatMap((f) => f.cells) };
}

/** First fact that is present and not zero, else the first present one. */
function firstNonZero(...facts: (Fact | null)[]): Fact | null {
  return facts.find((f) => f && f.cents !== 0) ?? facts.find((f) => f) ?? null;
}

const T06_PERSONNEL = ['301', '303'];
const T06_PUBLIC = ['302', '307', '310', '399'];

function t06Items(table: RecognizedTable | undefined, classes: string[]): string[] {
  if (!table) return [];
  return table.rows
    .filter((r) => r.code && r.code.length === 5 && classes.includes(r.code.slice(0, 3)))
    .filter((r) => (r.amounts['决算数']?.cents ?? 0) !== 0)
    .sort((a, b) => (a.code as string).localeCompare(b.code as string))
    .map((r) => fullWidthBrackets(r.name));
}

function tableFacts(table: RecognizedTable | undefined, key: string, roles: string[]): Record<string, Fact> | null {
  if (!table) return null;
  const row = rowByKey(table, key);
  const out: Record<string, Fact> = {};
  for (const role of roles) {
    const f = fact(table, row, role);
    out[role] = f ?? { cents: 0, cells: [] };
  }
  return out;
}

export function collectFacts(workbook: RecognizedWorkbook): NarrativeFacts {
  const t01 = tableById(workbook, 'T01');
  const t02 = tableById(workbook, 'T02');
  const t03 = tableById(workbook, 'T03');
  const t04 = tableById(workbook, 'T04');
  const t05 = tableById(workbook, 'T05');
  const t06 = tableById(workbook, 'T06');
  const t07 = tableById(workbook, 'T07');

  const t01Line = (key: string) => fact(t01, rowByKey(t01, key), '决算数');
  const t02Total = rowByKey(t02, 'total');
  const t03Total = rowByKey(t03, 'total');

  // 收入: T02 合计 when it is filled; else T01's lines (seed 002 leaves T02 合计 and T01 本年收入合计 blank).
  const incomeSources: NamedFact[] = [];
  const t02TotalCents = t02Total ? Object.values(t02Total.amounts).reduce((s, a) => s + Math.abs(a.cents), 0) : 0;
  if (t02Total && t02TotalCents !== 0) {
    for (const role of ['财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']) {
      const f = fact(t02, t02Total, role);
      if (f) incomeSources.push({ name: role, ...f });
    }
  } else if (t01) {
    const fiscal = sumFacts(['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入'].map((l) => t01Line(`income:${l}`)));
    if (fiscal) incomeSources.push({ name: '财政拨款收入', ...fiscal });
    for (const l of ['上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']) {
      const f = t01Line(`income:${l}`);
      if (f) incomeSources.push({ name: l, ...f });
    }
  }
  const incomeTotal = firstNonZero(fact(t02, t02Total, '本年收入合计'), t01Line('income:本年收入合计'), sumFacts(incomeSources));

  const expenseParts: NamedFact[] = [];
  for (const role of ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']) {
    const f = fact(t03, t03Total, role);
    if (f) expenseParts.push({ name: role, ...f });
  }
  const expenseTotal = firstNonZero(fact(t03, t03Total, '本年支出合计'), t01Line('expense:本年支出合计'));

  // T05: 类 rows as listed, or aggregated from 项 rows (seed 003 lists only 项, in no order: the
  // narrative lists 项 by code, as seed 003's published text does).
  const t05Rows = t05?.rows ?? [];
  const gpbItems: CodedFact[] = t05Rows
    .filter((r) => r.code && r.code.length === 7)
    .sort((a, b) => (a.code as string).localeCompare(b.code as string))
    .map((r) => ({
      code: r.code as string,
      name: fullWidthBrackets(r.name || (codeName(workbook, r.code as string) ?? (r.code as string))),
      ...(fact(t05, r, '小计') ?? { cents: 0, cells: [] }),
      basic: fact(t05, r, '基本支出')?.cents ?? 0,
      project: fact(t05, r, '项目支出')?.cents ?? 0,
    }));
  let gpbClasses: CodedFact[] = t05Rows
    .filter((r) => r.code && r.code.length === 3)
    .map((r) => ({ code: r.code as string, name: fullWidthBrackets(r.name), ...(fact(t05, r, '小计') ?? { cents: 0, cells: [] }) }));
  if (gpbClasses.length === 0 && gpbItems.length > 0) {
    const byClass = new Map<string, CodedFact>();
    for (const item of [...gpbItems].sort((a, b) => a.code.localeCompare(b.code))) {
      const code = item.code.slice(0, 3);
      const c = byClass.get(code) ?? { code, name: codeName(workbook, code) ?? code, cents: 0, cells: [] };
      c.cents += item.cents;
      c.cells.push(...item.cells);
      byClass.set(code, c);
    }
    gpbClasses = [...byClass.values()];
  }
  const t05Total = rowByKey(t05, 'total');
  const gpbTotal = t05Total
    ? fact(t05, t05Total, '小计')
    : sumFacts(gpbClasses.map((c) => ({ cents: c.cents, cells: c.cells })));

  const t06Total = (k: string) => fact(t06, rowByKey(t06, k), '决算数');
  const t04Total = firstNonZero(
    fact(t04, rowByKey(t04, 'income:总计'), '金额'),
    fact(t04, rowByKey(t04, 'expense:总计'), '合计'),
  );

  return {
    year: workbook.year,
    department: workbook.department,
    grandTotal: firstNonZero(t01Line('income:总计'), t01Line('expense:总计')),
    incomeTotal,
    incomeSources,
    expenseTotal,
    expenseParts,
    fiscalTotal: t04Total,
    gpbTotal,
    gpbBasic: fact(t05, t05Total, '基本支出'),
    gpbProject: fact(t05, t05Total, '项目支出'),
    gpbClasses,
    gpbItems,
    personnel: t06Total('total:人员经费合计'),
    publicFunds: t06Total('total:公用经费合计'),
    personnelItems: t06Items(t06, T06_PERSONNEL),
    publicItems: t06Items(t06, T06_PUBLIC),
    meeting: t06Total('code:30215'),
    training: t06Total('code:30216'),
    sanGong: t07
      ? tableFacts(t07, 'data', [
          '预算数.合计', '预算数.因公出国（境）费', '预算数.公务用车购置及运行费', '预算数.公务用车购置费', '预算数.公务用车运行费', '预算数.公务接待费',
          '决算数.合计', '决算数.因公出国（境）费', '决算数.公务用车购置及运行费', '决算数.公务用车购置费', '决算数.公务用车运行费', '决算数.公务接待费',
        ])
      : null,
    fund: tableFacts(tableById(workbook, 'T08'), 'total', ['年初结转和结余', '本年收入', '本年支出小计', '基本支出', '项目支出', '年末结转和结余']),
    soe: tableFacts(tableById(workbook, 'T09'), 'total', ['合计', '基本支出', '项目支出']),
  };
}

/** True when every amount of a fact group is zero (T08/T09 with the "本表无数据" note). */
export function allZero(group: Record<string, Fact> | null): boolean {
  return !group || Object.values(group).every((f) => f.cents === 0);
}

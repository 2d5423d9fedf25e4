/**
 * Hand-built RecognizedWorkbook objects for rule tests, independent of recognition. Cells are laid
 * out as in the sample (codes in A, names in B, amounts from C; T01/T04 halves side by side) so that
 * messages and cell lists read like the real ones.
 */
import { a1 } from '../../src/core/address';
import { parseAmount } from '../../src/core/amount';
import type { Amount, RecognizedTable, RecognizedWorkbook, TableId, TableRow } from '../../src/core/model';
import { COLUMN_ROLES, TABLE_TITLES } from '../../src/core/model';
import type { CellValue } from '../../src/core/snapshot';

export type Cell = number | string | null;

const FIRST_ROW = 6; // 0-based: data starts on row 7 as in the sample

export function amountAt(sheet: string, row: number, col: number, raw: Cell): Amount {
  const p = parseAmount(raw as CellValue);
  return { sheet, cell: a1(row, col), row, col, cents: p.cents, status: p.status, raw: raw as CellValue };
}

function sheetOf(id: TableId): string {
  return `公开${id.slice(1)}表`;
}

function baseTable(id: TableId, rows: TableRow[], lastRow: number, lastCol: number, columns: RecognizedTable['columns']): RecognizedTable {
  const sheet = sheetOf(id);
  return {
    id,
    title: TABLE_TITLES[id],
    sheet,
    range: `A1:${a1(lastRow, lastCol)}`,
    titleCell: 'A1',
    unit: '万元',
    unitCell: a1(2, lastCol),
    department: '测试部门',
    departmentCell: 'A3',
    number: sheet,
    year: 2024,
    columns,
    rows,
    emptyNote: null,
  };
}

/** A coded table (T02/T03/T05/T08/T09): rows [code | '合计', name, ...amounts in role order]. */
export function coded(id: TableId, rows: [string, string, ...Cell[]][], roles: string[] = COLUMN_ROLES[id]): RecognizedTable {
  const sheet = sheetOf(id);
  const out: TableRow[] = rows.map(([code, name, ...values], i) => {
    const r = FIRST_ROW + i;
    const amounts: Record<string, Amount> = {};
    roles.forEach((role, j) => (amounts[role] = amountAt(sheet, r, 2 + j, values[j] ?? null)));
    const isTotal = code === '合计';
    return {
      key: isTotal ? 'total' : `code:${code}`,
      row: r,
      code: isTotal ? undefined : code,
      level: isTotal ? undefined : code.length === 3 ? '类' : code.length === 5 ? '款' : '项',
      name: isTotal ? '合计' : name,
      amounts,
      labelCell: a1(r, 0),
    };
  });
  const columns = roles.map((role, j) => ({ role, header: role, col: 2 + j }));
  return baseTable(id, out, FIRST_ROW + rows.length - 1, 1 + roles.length, columns);
}

/** An empty coded table (only its header and the 合计 row), with the 本表无数据 note if given. */
export function emptyCoded(id: 'T08' | 'T09', note: string | null): RecognizedTable {
  const t = coded(id, [['合计', '合计']]);
  if (note) t.emptyNote = { text: note, cell: a1(FIRST_ROW + 1, 0) };
  return t;
}

/**
 * T01 or T04: income lines [name, amount] in A/C; expense lines [name, amount | amounts] in D/F….
 * Names are line names of model.ts; a 支出 类 line is written `类:社会保障和就业`.
 */
export function summary(id: 'T01' | 'T04', income: [string, Cell][], expense: [string, Cell | Cell[]][]): RecognizedTable {
  const sheet = sheetOf(id);
  const incomeRole = id === 'T01' ? '决算数' : '金额';
  const expenseRoles = id === 'T01' ? ['决算数'] : ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];
  const rows: TableRow[] = [];
  const n = Math.max(income.length, expense.length);
  for (let i = 0; i < n; i++) {
    const r = FIRST_ROW + i;
    if (income[i]) {
      const [name, v] = income[i];
      rows.push({ key: `income:${name}`, row: r, side: 'income', name, amounts: { [incomeRole]: amountAt(sheet, r, 2, v) }, labelCell: a1(r, 0) });
    }
    if (expense[i]) {
      const [name, v] = expense[i];
      const values = Array.isArray(v) ? v : [v];
      const amounts: Record<string, Amount> = {};
      expenseRoles.forEach((role, j) => (amounts[role] = amountAt(sheet, r, 5 + j, values[j] ?? null)));
      const label = name.startsWith('类:') ? `${name.slice(2)}支出` : name;
      rows.push({ key: `expense:${name}`, row: r, side: 'expense', name: label, amounts, labelCell: a1(r, 3) });
    }
  }
  const columns = [
    { role: incomeRole, header: incomeRole, col: 2, side: 'income' as const },
    ...expenseRoles.map((role, j) => ({ role, header: role, col: 5 + j, side: 'expense' as const })),
  ];
  const t = baseTable(id, rows, FIRST_ROW + n - 1, 4 + expenseRoles.length, columns);
  t.variant = 'short';
  return t;
}

/** T06 as one block: [code | '人员经费合计' | '公用经费合计', name, amount]. */
export function t06(items: [string, string, Cell][]): RecognizedTable {
  const sheet = sheetOf('T06');
  const rows: TableRow[] = items.map(([code, name, v], i) => {
    const r = FIRST_ROW + i;
    const amounts = { 决算数: amountAt(sheet, r, 2, v) };
    if (code.endsWith('合计')) return { key: `total:${code}`, row: r, name: code, amounts, labelCell: a1(r, 0) };
    return { key: `code:${code}`, row: r, code, level: code.length === 3 ? '类' : '款', name, amounts, labelCell: a1(r, 0) };
  });
  return baseTable('T06', rows, FIRST_ROW + items.length - 1, 2, [{ role: '决算数', header: '决算数', col: 2 }]);
}

const T07_LINES = ['合计', '因公出国（境）费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '公务接待费'];

/** T07 data row: six 预算数 values then six 决算数 values, in T07_LINES order. */
export function t07(budget: Cell[], actual: Cell[]): RecognizedTable {
  const sheet = sheetOf('T07');
  const r = 7;
  const amounts: Record<string, Amount> = {};
  T07_LINES.forEach((line, j) => {
    amounts[`预算数.${line}`] = amountAt(sheet, r, j, budget[j] ?? null);
    amounts[`决算数.${line}`] = amountAt(sheet, r, 6 + j, actual[j] ?? null);
  });
  const columns = Object.keys(amounts).map((role) => ({ role, header: role, col: amounts[role].col }));
  return baseTable('T07', [{ key: 'data', row: r, name: '三公经费', amounts, labelCell: 'A8' }], r, 11, columns);
}

export function workbook(tables: RecognizedTable[]): RecognizedWorkbook {
  return { tables, evaluations: [], diagnostics: [], department: '测试部门', year: 2024, unit: '万元' };
}

/**
 * A small workbook where every identity holds to the cent (only 一般公共预算 income, so T03 and T05
 * agree row by row; T08/T09 empty with their notes).
 *   201 一般公共服务 70 = 20103 (2010301 行政运行 50 基本 + 2010302 一般行政管理事务 20 项目)
 *   208 社会保障和就业 30 = 20805 = 2080505 30 基本
 *   T06: 301 60 (30101 40, 30102 20) + 303 5 (30305 5) = 人员 65; 302 15 (30201 10, 30217 2, 30231 3) = 公用 15
 *   T07: 预算 6 = 0 + 4 (0 + 4) + 2; 决算 5 = 0 + 3 (0 + 3) + 2
 */
export function cleanWorkbook(): RecognizedWorkbook {
  const codedRows = (cols: (basic: Cell, project: Cell) => Cell[]): [string, string, ...Cell[]][] => [
    ['合计', '合计', ...cols(80, 20)],
    ['201', '一般公共服务支出', ...cols(50, 20)],
    ['20103', '政府办公厅（室）及相关机构事务', ...cols(50, 20)],
    ['2010301', '行政运行', ...cols(50, null)],
    ['2010302', '一般行政管理事务', ...cols(null, 20)],
    ['208', '社会保障和就业支出', ...cols(30, null)],
    ['20805', '行政事业单位养老支出', ...cols(30, null)],
    ['2080505', '机关事业单位基本养老保险缴费支出', ...cols(30, null)],
  ];
  const sum = (a: Cell, b: Cell) => (Number(a ?? 0) + Number(b ?? 0));
  return workbook([
    summary(
      'T01',
      [
        ['一般公共预算财政拨款收入', 100],
        ['政府性基金预算财政拨款收入', null],
        ['国有资本经营预算财政拨款收入', null],
        ['上级补助收入', null],
        ['事业收入', null],
        ['经营收入', null],
        ['附属单位上缴收入', null],
        ['其他收入', null],
        ['本年收入合计', 100],
        ['使用非财政拨款结余', null],
        ['年初结转和结余', null],
        ['总计', 100],
      ],
      [
        ['类:一般公共服务', 70],
        ['类:社会保障和就业', 30],
        ['本年支出合计', 100],
        ['结余分配', null],
        ['年末结转和结余', null],
        ['总计', 100],
      ],
    ),
    coded('T02', codedRows((b, p) => [sum(b, p), sum(b, p)])),
    coded('T03', codedRows((b, p) => [sum(b, p), b, p])),
    summary(
      'T04',
      [
        ['一般公共预算财政拨款', 100],
        ['政府性基金预算财政拨款', null],
        ['国有资本经营预算财政拨款', null],
        ['本年收入合计', 100],
        ['年初财政拨款结转和结余', null],
        ['年初.一般公共预算财政拨款', null],
        ['年初.政府性基金预算财政拨款', null],
        ['年初.国有资本经营预算财政拨款', null],
        ['总计', 100],
      ],
      [
        ['类:一般公共服务', [70, 70]],
        ['类:社会保障和就业', [30, 30]],
        ['本年支出合计', [100, 100]],
        ['年末财政拨款结转和结余', [null, null]],
        ['总计', [100, 100]],
      ],
    ),
    coded('T05', codedRows((b, p) => [sum(b, p), b, p])),
    t06([
      ['301', '工资福利支出', 60],
      ['30101', '基本工资', 40],
      ['30102', '津贴补贴', 20],
      ['303', '对个人和家庭的补助', 5],
      ['30305', '生活补助', 5],
      ['302', '商品和服务支出', 15],
      ['30201', '办公费', 10],
      ['30217', '公务接待费', 2],
      ['30231', '公务用车运行维护费', 3],
      ['人员经费合计', '', 65],
      ['公用经费合计', '', 15],
    ]),
    t07([6, 0, 4, 0, 4, 2], [5, 0, 3, 0, 3, 2]),
    emptyCoded('T08', '本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。'),
    emptyCoded('T09', '本单位没有使用国有资本经营预算安排的支出，故本表无数据。'),
  ]);
}

export function table(wb: RecognizedWorkbook, id: TableId): RecognizedTable {
  const t = wb.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no ${id}`);
  return t;
}

/** The amount of a row (by key, or by code when given digits) in a column. */
export function amount(wb: RecognizedWorkbook, id: TableId, key: string, role: string): Amount {
  const k = /^\d+$/.test(key) ? `code:${key}` : key;
  const row = table(wb, id).rows.find((r) => r.key === k);
  const a = row?.amounts[role];
  if (!a) throw new Error(`no ${id} ${k} ${role}`);
  return a;
}

/** A copy of the workbook with one cell rewritten (as the user would type it). */
export function withAmount(wb: RecognizedWorkbook, id: TableId, key: string, role: string, raw: Cell): RecognizedWorkbook {
  const copy = structuredClone(wb);
  const a = amount(copy, id, key, role);
  const p = parseAmount(raw as CellValue);
  Object.assign(a, { cents: p.cents, status: p.status, raw });
  return copy;
}

/** A copy with several cells rewritten: [table, key, role, raw]. */
export function withAmounts(wb: RecognizedWorkbook, edits: [TableId, string, string, Cell][]): RecognizedWorkbook {
  return edits.reduce((w, [id, key, role, raw]) => withAmount(w, id, key, role, raw), wb);
}

export function without(wb: RecognizedWorkbook, id: TableId): RecognizedWorkbook {
  const copy = structuredClone(wb);
  copy.tables = copy.tables.filter((t) => t.id !== id);
  return copy;
}

export function replaceTable(wb: RecognizedWorkbook, t: RecognizedTable): RecognizedWorkbook {
  const copy = structuredClone(wb);
  copy.tables = copy.tables.map((x) => (x.id === t.id ? t : x));
  return copy;
}

export const EMPTY_SNAPSHOT = { sheets: [{ name: '公开01表', top: 0, left: 0, values: [], merges: [] }] };

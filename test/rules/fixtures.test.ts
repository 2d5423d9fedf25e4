/**
 * The rules on real .xlsx fixtures (read by the file host, recognised by recognize()):
 * the sample's documented defects exactly; clean fixtures in three layouts give no finding; single
 * amounts mutated in the clean snapshots are always among the cells of an error; the real defects of
 * seeds 002 and 003 as published.
 */
import { audit } from '../../src/core';
import type { Finding } from '../../src/core/findings';
import { recognize } from '../../src/core/recognize';
import { runRules } from '../../src/core/rules';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { loadSnapshot, SAMPLE } from '../helpers/load';

const key = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`;
const has = (f: Finding, sheet: string, cell: string) => f.cells.some((c) => c.sheet === sheet && c.cell === cell);

/** The sample (seed 000): one error, the 尾差 of workbooks/README.md, nothing else. */
const SAMPLE_FINDINGS = [
  'error T01.income-total 公开01表!C16',
  'info T02.hierarchy 公开02表!C16', // 21011 44.28 against 16.06 + 9.22 + 18.99 (类 210)
  'info T02.hierarchy 公开02表!C27', // 21602 450.10 against 450.09 (类 216)
  'info T03.hierarchy 公开03表!C16',
  'info T03.hierarchy 公开03表!C27',
  'info T03.row 公开03表!C27', // 21602 and its copy 216: 450.10 against 368.36 + 81.73
  'info T03.row 公开03表!C26',
  'info T03.total 公开03表!D7', // 合计 基本支出 516.37 against Σ 类 516.36
  'info T05.hierarchy 公开05表!C16',
  'info T05.hierarchy 公开05表!C27',
  'info T05.row 公开05表!C27',
  'info T05.row 公开05表!C26',
  'info T05.total 公开05表!D7',
  'info X.T05-T06.basic 公开05表!D7', // 516.37 against 446.21 + 70.15
  'info T06.hierarchy 公开06表!F5', // 302 70.06 against items 70.07
  'info T06.public-total 公开06表!I33', // 70.15 against 302 + 310 = 70.16
  // self-evaluation (scoring rules joined to the audit)
  'error EVAL.budget-rate 部门整体支出绩效自评表!G4', // 97.38% written, 601.28 / 617.4 = 97.39%
  'warning EVAL.budget-score 部门整体支出绩效自评表!H4', // 9.7 written, 10 × 97.39% = 9.74
  'warning EVAL.suggest 部门整体支出绩效自评表!H23', // 运行成本 601.28 against ≤ 600: 9.98 suggested, 8 written
  'warning EVAL.base-project 绩效评价基础数据表!B11', // 上年 项目支出 12.3 against its lines 12.3 + 180
];
const isTableFinding = (f: Finding) => !f.rule.startsWith('EVAL.');

describe('sample workbook (seed 000)', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = audit(await loadSnapshot(SAMPLE)).findings;
  });

  test('reports exactly the documented defects (and the self-evaluation slips), 尾差 as info', () => {
    expect(findings.map(key).sort()).toEqual([...SAMPLE_FINDINGS].sort());
  });

  test('the blank 本年收入合计 reads like a reviewer note and names every cell involved', () => {
    const f = findings.find((x) => x.severity === 'error')!;
    expect(f.message).toBe('公开01表 本年收入合计(C16)为空，收入各项合计为601.28万元');
    expect(f).toMatchObject({ expected: 601.28, actual: 0, group: 'T01', title: '本年收入合计不等于收入各项之和' });
    expect(f.cells.map((c) => c.cell)).toEqual(['C16', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12', 'C13', 'C14']);
  });

  test('尾差 messages give both amounts and the difference', () => {
    const t03 = findings.find((x) => x.rule === 'T03.row' && x.cell === 'C26')!;
    expect(t03.message).toBe('公开03表 216 商业服务业等支出 本年支出合计(C26)为450.10万元，各项支出之和为450.09万元，相差0.01万元（尾差）');
    const x = findings.find((f) => f.rule === 'X.T05-T06.basic')!;
    expect(x).toMatchObject({ expected: 516.36, actual: 516.37 });
    expect(x.cells).toEqual([
      { sheet: '公开05表', cell: 'D7' },
      { sheet: '公开06表', cell: 'C33' },
      { sheet: '公开06表', cell: 'I33' },
    ]);
  });

  test.each(['sample-offset.xlsx', 'sample-one-sheet.xlsx', 'sample-renamed.xlsx', 'sample-spaced-labels.xlsx', 'sample-text-amounts.xlsx'])(
    'the same table defects in another layout: %s',
    async (file) => {
      // the layout variants hold the nine tables only, not the self-evaluation sheets
      const fs = audit(await loadSnapshot(file)).findings.filter(isTableFinding);
      const rules = (xs: Finding[]) => xs.map((f) => `${f.severity} ${f.rule}`).sort();
      expect(rules(fs)).toEqual(rules(findings.filter(isTableFinding)));
      expect(fs.find((f) => f.severity === 'error')?.message).toMatch(/^公开01表 本年收入合计\([A-Z]+\d+\)为空，收入各项合计为601\.28万元$/);
    },
  );
});

const CLEAN = ['clean-short-2024.xlsx', 'clean-full-funds-2023.xlsx', 'clean-split-2023.xlsx'];

describe('clean fixtures: every identity holds to the cent', () => {
  test.each(CLEAN)('%s: no finding at all', async (file) => {
    expect(audit(await loadSnapshot(file)).findings).toEqual([]);
  });

  // timing is measured by `npm run bench`, not asserted here
  test('large synthetic workbook (3100 项 rows): clean', async () => {
    const snapshot = await loadSnapshot('large-synthetic.xlsx');
    expect(runRules(recognize(snapshot), snapshot)).toEqual([]);
  });
});

// ---- mutation tests -------------------------------------------------------------------------

function setCell(snapshot: WorkbookSnapshot, sheet: string, row: number, col: number, value: CellValue): WorkbookSnapshot {
  const copy = structuredClone(snapshot);
  const s = copy.sheets.find((x) => x.name === sheet)!;
  const r = row - s.top;
  const c = col - s.left;
  while (s.values.length <= r) s.values.push([]);
  const line = s.values[r];
  while (line.length <= c) line.push(null);
  line[c] = value;
  return copy;
}

/** Swap the first two adjacent different digits: 601.28 → 061.28 (61.28), 44.28 → 44.82. */
function swapDigits(cents: number): number | null {
  const d = String(Math.abs(cents)).padStart(3, '0').split('');
  for (let i = 0; i + 1 < d.length; i++) {
    if (d[i] !== d[i + 1]) {
      [d[i], d[i + 1]] = [d[i + 1], d[i]];
      return Math.sign(cents) * Number(d.join(''));
    }
  }
  return null;
}

interface Mutation {
  what: string;
  sheet: string;
  cell: string;
  snapshot: WorkbookSnapshot;
}

/** Up to `perTable` non-zero amounts of each table, spread over its rows, each mutated two ways. */
function mutations(snapshot: WorkbookSnapshot, perTable: number): Mutation[] {
  const wb = recognize(snapshot);
  const out: Mutation[] = [];
  for (const t of wb.tables) {
    const amounts = t.rows.flatMap((r) => Object.values(r.amounts).map((a) => ({ a, row: r }))).filter(({ a }) => a.cents !== 0);
    const step = Math.max(1, Math.floor(amounts.length / perTable));
    for (let i = 0; i < amounts.length && out.filter((m) => m.sheet === t.sheet && m.what.startsWith(t.id)).length < perTable * 2; i += step) {
      const { a, row } = amounts[i];
      const swapped = swapDigits(a.cents);
      if (swapped !== null && swapped !== a.cents)
        out.push({ what: `${t.id} ${a.cell} ${a.cents / 100} → ${swapped / 100}`, sheet: a.sheet, cell: a.cell, snapshot: setCell(snapshot, a.sheet, a.row, a.col, swapped / 100) });
      // moved one column to the right, into the next amount column of the same row
      const next = Object.values(row.amounts).find((b) => b.col === a.col + 1);
      if (next) {
        const moved = setCell(setCell(snapshot, a.sheet, a.row, a.col, null), a.sheet, a.row, a.col + 1, a.raw);
        out.push({ what: `${t.id} ${a.cell} moved to ${next.cell}`, sheet: a.sheet, cell: a.cell, snapshot: moved });
      }
    }
  }
  return out;
}

describe('mutations of clean fixtures: the changed cell is among the cells of an error', () => {
  test.each(CLEAN)('%s', async (file) => {
    const snapshot = await loadSnapshot(file);
    const ms = mutations(snapshot, 3);
    expect(ms.length).toBeGreaterThan(30);
    const tables = new Set(ms.map((m) => m.what.slice(0, 3)));
    expect(tables.size).toBeGreaterThanOrEqual(7); // T08/T09 are empty in some fixtures
    const missed: string[] = [];
    for (const m of ms) {
      const errs = audit(m.snapshot).findings.filter((f) => f.severity === 'error');
      if (!errs.some((f) => has(f, m.sheet, m.cell))) missed.push(`${m.what}: ${errs.map(key).join('; ') || 'no error'}`);
    }
    expect(missed).toEqual([]);
  });
});

// ---- seeds as published ----------------------------------------------------------------------

describe('seed 002 (中共株洲市委组织部 2024) as published', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = audit(await loadSnapshot('seed002-zuzhibu-2024.xlsx')).findings;
  });
  const find = (rule: string, sheet: string, cell: string) => findings.find((f) => f.rule === rule && f.sheet === sheet && f.cell === cell);

  test('T01 and T04 totals left blank are each reported once', () => {
    expect(find('T01.income-total', '公开01表', 'C17')?.message).toBe('公开01表 本年收入合计(C17)为空，收入各项合计为2475.18万元');
    expect(find('T01.expense-total', '公开01表', 'F17')).toMatchObject({ severity: 'error', expected: 2475.18, actual: 0 });
    expect(find('T01.income-grand-total', '公开01表', 'C20')).toMatchObject({ severity: 'error', expected: 2475.18 });
    expect(find('T04.income-total', '公开04表', 'C17')).toMatchObject({ severity: 'error', expected: 2475.18 });
    expect(find('T04.expense-total', '公开04表', 'F17')).toMatchObject({ severity: 'error', expected: 2475.18 });
    // read as their sums from then on: no 收入总计 = 支出总计 echo
    expect(findings.filter((f) => f.rule === 'T01.balance' || f.rule === 'T04.balance')).toEqual([]);
  });

  test('T02: blank 合计 and 20805, 208 ≠ Σ 款, 210 ≠ 21011, 21011 ≠ Σ 项', () => {
    expect(find('T02.total', '公开02表', 'C8')).toMatchObject({ severity: 'error', expected: 2485.7, actual: 0 });
    expect(find('T02.hierarchy', '公开02表', 'C19')?.message).toContain('20805 行政事业单位养老支出 本年收入合计(C19)为空，所属各项合计为199.14万元');
    expect(find('T02.hierarchy', '公开02表', 'C18')).toMatchObject({ severity: 'error', expected: 199.14, actual: 201.15 });
    expect(find('T02.hierarchy', '公开02表', 'C25')).toMatchObject({ severity: 'error', expected: 42.11, actual: 115.15 });
    expect(find('T02.hierarchy', '公开02表', 'C26')).toMatchObject({ severity: 'error', expected: 62.52, actual: 42.11 });
    expect(find('T02.hierarchy', '公开02表', 'C10')?.severity).toBe('info'); // 1711.64 against 1711.65
  });

  test('T03/T05: 2013201 行政运行 without 基本支出; 20132 and T05 201 inconsistent', () => {
    expect(find('T03.row', '公开03表', 'C11')).toMatchObject({ severity: 'error', expected: 0, actual: 1199.87 });
    expect(find('T03.total', '公开03表', 'C8')).toMatchObject({ severity: 'error', expected: 2485.7, actual: 2475.18 });
    expect(find('T05.hierarchy', '公开05表', 'C9')).toMatchObject({ severity: 'error', expected: 1711.65, actual: 1199.87 });
    expect(find('T05.row', '公开05表', 'C10')).toMatchObject({ severity: 'error' });
  });

  test('between tables: 卫生健康 104.63 vs 115.15, 2080505 98.62 vs 96.62, T05 vs T06 0.98', () => {
    expect(find('X.T01-T03.expense-lines', '公开01表', 'F15')).toMatchObject({ severity: 'error', expected: 115.15, actual: 104.63 });
    const row = find('X.T03-T05.rows', '公开05表', 'C20')!;
    expect(row).toMatchObject({ severity: 'error', expected: 96.62, actual: 98.62 });
    expect(has(row, '公开03表', 'C21')).toBe(true);
    expect(find('X.T05-T06.basic', '公开05表', 'D7')).toMatchObject({ severity: 'error', expected: 1448.41, actual: 1449.39 });
    expect(find('X.T04-T05.expense-lines', '公开04表', 'G8')).toMatchObject({ severity: 'error', expected: 1199.87, actual: 1711.64 });
    // one amount against its copy in another table: no sum, so no 尾差 — a cent apart is an error
    expect(find('X.T04-T05.expense-lines', '公开04表', 'G14')).toMatchObject({ severity: 'error', expected: 201.14, actual: 201.15 });
  });

  test('T06 人员经费合计 written 1200. for 1200.97; names and notes', () => {
    expect(find('T06.personnel-total', '公开06表', 'C33')).toMatchObject({ severity: 'error', expected: 1200.97, actual: 1200 });
    expect(find('T06.hierarchy', '公开06表', 'C5')?.severity).toBe('info');
    expect(find('WB.code-name', '公开04表', 'D14')?.message).toContain('社会保障和就业支出');
    // 公开08表 is the 国有资本经营 table here (Hunan 2023 numbering) but its note speaks of 政府性基金
    expect(find('T09.empty-note', '公开08表', 'A10')?.severity).toBe('warning');
  });

  test('no cascades: every error names a distinct identity, none echoes a blank already reported', () => {
    const keys = findings.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(findings.filter((f) => f.rule === 'X.T01-T02.income-total' || f.rule === 'X.T01-T03.expense-total')).toEqual([]);
  });
});

describe('seed 003 (天元区总工会 2023): split codes, 项 rows only, 26-line T01/T04', () => {
  test('only 尾差: 类 sums of 项 against T01/T04, totals, T05 against T06', async () => {
    const fs = audit(await loadSnapshot('seed003-tianyuan-zonggonghui-2023.xlsx')).findings;
    expect(fs.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(fs.map((f) => `${f.rule} ${f.sheet}!${f.cell}`).sort()).toEqual(
      [
        'T01.expense-total 公开01表!F34',
        'T03.total 公开03表!F7',
        'T04.expense-total 公开04表!F34',
        'T05.total 公开05表!D8',
        'X.T01-T03.expense-lines 公开01表!F8',
        'X.T01-T03.expense-lines 公开01表!F15',
        'X.T01-T03.expense-lines 公开01表!F16',
        'X.T04-T05.expense-lines 公开04表!G8',
        'X.T04-T05.expense-lines 公开04表!G15',
        'X.T04-T05.expense-lines 公开04表!G16',
        'X.T05-T06.basic 公开05表!D8',
      ].sort(),
    );
    const line = fs.find((f) => f.rule === 'X.T01-T03.expense-lines' && f.cell === 'F8')!;
    expect(line.message).toContain('201（一般公共服务支出）所属各科目本年支出合计之和');
    expect(line.cells).toHaveLength(6); // F8 and the five 201 项 rows of 公开03表
  });
});

describe('seed 004 (宁安市供销社 2021, Heilongjiang)', () => {
  test('no error', async () => {
    const fs = audit(await loadSnapshot('seed004-ningan-gxs-2021.xlsx')).findings;
    expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

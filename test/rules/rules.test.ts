/**
 * Each rule on hand-built models: the clean workbook gives no finding at all; every rule id has a
 * failing case, asserting severity, the shown cell, the cells involved and the amounts.
 */
import type { Finding } from '../../src/core/findings';
import type { RecognizedWorkbook } from '../../src/core/model';
import { runRules, RULE_IDS, RULE_TITLES } from '../../src/core/rules';
import {
  cleanWorkbook,
  coded,
  EMPTY_SNAPSHOT,
  emptyCoded,
  replaceTable,
  summary,
  table,
  withAmount,
  withAmounts,
  without,
  workbook,
} from './build-model';

const fired = new Set<string>();

function run(wb: RecognizedWorkbook): Finding[] {
  const fs = runRules(wb, EMPTY_SNAPSHOT);
  for (const f of fs) fired.add(f.rule);
  return fs;
}

function one(fs: Finding[], rule: string): Finding {
  const hits = fs.filter((f) => f.rule === rule);
  if (hits.length !== 1) throw new Error(`expected one ${rule}, got ${hits.length}:\n${fs.map((f) => `${f.rule} ${f.message}`).join('\n')}`);
  return hits[0];
}

const cellsOf = (f: Finding) => f.cells.map((c) => `${c.sheet}!${c.cell}`);
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');

describe('clean workbook', () => {
  test('every identity holds: no finding at all', () => {
    expect(run(cleanWorkbook())).toEqual([]);
  });
  test('every finding has a rule title, a cell and the cell among its cells', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T03', '2010301', '基本支出', 49));
    expect(fs.length).toBeGreaterThan(0);
    for (const f of fs) {
      expect(f.title).toBe(RULE_TITLES[f.rule as keyof typeof RULE_TITLES]);
      expect(cellsOf(f)).toContain(`${f.sheet}!${f.cell}`);
    }
  });
});

describe('workbook checks', () => {
  test('WB.table-missing: one finding per missing table, on the first table title', () => {
    const fs = run(without(without(cleanWorkbook(), 'T09'), 'T07'));
    const hits = fs.filter((f) => f.rule === 'WB.table-missing');
    expect(hits.map((f) => f.group)).toEqual(['T07', 'T09']);
    expect(hits[0]).toMatchObject({ severity: 'error', sheet: '公开01表', cell: 'A1' });
    expect(hits[0].message).toContain('一般公共预算财政拨款“三公”经费支出决算表');
  });
  test('WB.table-missing: a workbook without any table gets one finding', () => {
    const fs = run(workbook([]));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: 'WB.table-missing', severity: 'error', sheet: '公开01表', cell: 'A1' });
  });
  test('WB.table-missing: a workbook of self-evaluation sheets alone is told so, as info', () => {
    const wb = workbook([]);
    wb.evaluations.push({ kind: '整体', sheet: '自评', range: 'A1:I30', title: '部门整体支出绩效自评表', titleCell: 'A1' });
    const fs = run(wb);
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['WB.table-missing', 'info']]);
    expect(fs[0].message).toContain('只含绩效自评表');
  });
  test('WB.unit-mixed: the odd table is named and left out of comparisons between tables', () => {
    const wb = cleanWorkbook();
    const t03 = table(wb, 'T03');
    t03.unit = '元';
    // amounts in 元 would disagree with every other table; only the unit finding is made
    const scaled = withAmount(wb, 'T03', 'total', '本年支出合计', 1000000);
    const fs = run(scaled);
    expect(one(fs, 'WB.unit-mixed')).toMatchObject({ severity: 'error', sheet: '公开03表', group: 'T03' });
    expect(fs.filter((f) => f.rule.startsWith('X.') && cellsOf(f).includes('公开03表!C7'))).toEqual([]);
  });
  test('WB.department and WB.year', () => {
    const wb = cleanWorkbook();
    table(wb, 'T02').department = '另一部门';
    table(wb, 'T05').year = 2023;
    const fs = run(wb);
    expect(one(fs, 'WB.department')).toMatchObject({ severity: 'warning', sheet: '公开02表', cell: 'A3' });
    expect(one(fs, 'WB.year')).toMatchObject({ severity: 'error', sheet: '公开05表', cell: 'A1' });
    expect(one(fs, 'WB.year').message).toContain('2023');
  });
  test('WB.code-name: a code named differently in two tables', () => {
    const wb = cleanWorkbook();
    table(wb, 'T05').rows.find((r) => r.code === '2010301')!.name = '行政运行费';
    const f = one(run(wb), 'WB.code-name');
    expect(f).toMatchObject({ severity: 'warning', sheet: '公开05表', cell: 'A10' });
    expect(cellsOf(f)).toEqual(expect.arrayContaining(['公开02表!A10', '公开03表!A10', '公开05表!A10']));
  });
  test('WB.code-name: a T04 类 line that matches a T05 类 only by its beginning', () => {
    const wb = cleanWorkbook();
    const t04 = table(wb, 'T04');
    const line = t04.rows.find((r) => r.key === 'expense:类:社会保障和就业')!;
    line.key = 'expense:类:社会保障';
    line.name = '社会保障支出';
    const fs = run(wb);
    const f = one(fs, 'WB.code-name');
    expect(f.message).toContain('社会保障支出');
    expect(f.message).toContain('社会保障和就业支出');
    expect(errors(fs)).toEqual([]); // still matched to 208 and compared
  });
  test('WB.duplicate-code', () => {
    const wb = cleanWorkbook();
    const t02 = table(wb, 'T02');
    t02.rows.push({ ...structuredClone(t02.rows[3]), row: 20, labelCell: 'A21' });
    const f = one(run(wb), 'WB.duplicate-code');
    expect(f).toMatchObject({ severity: 'warning', sheet: '公开02表', cell: 'A21' });
    expect(cellsOf(f)).toContain('公开02表!A10');
  });
  test('WB.unread: what recognition could not read is a warning on its cell, grouped with its table', () => {
    const wb = cleanWorkbook();
    const t02 = table(wb, 'T02');
    wb.diagnostics.push(
      { code: 'row-unrecognised', severity: 'warning', sheet: t02.sheet, cell: 'A9', message: '公开02表第9行有金额但没有可识别的科目编码（应为3、5或7位），该行未参与审核' },
      { code: 'amount-unparsable', severity: 'warning', sheet: t02.sheet, cell: 'C9', message: '已由 WB.invalid-amount 报告' },
      { code: 'header-unrecognised', severity: 'warning', sheet: '目录', cell: 'B3', message: '目录!B3 的标题下没有可识别的表头' },
    );
    const fs = run(wb).filter((f) => f.rule === 'WB.unread');
    expect(fs.map((f) => [f.sheet, f.cell, f.group, f.severity])).toEqual([
      ['目录', 'B3', 'WB', 'warning'], // workbook-wide findings come first
      [t02.sheet, 'A9', 'T02', 'warning'],
    ]);
    expect(fs[1].message).toContain('该行未参与审核');
  });
  test('WB.negative-amount', () => {
    const wb = withAmounts(cleanWorkbook(), [
      ['T02', '2010302', '本年收入合计', -20],
      ['T02', '2010302', '财政拨款收入', -20],
      ['T02', '2010301', '本年收入合计', 90],
      ['T02', '2010301', '财政拨款收入', 90],
    ]);
    const fs = run(wb);
    expect(fs.filter((f) => f.rule === 'WB.negative-amount').map((f) => f.cell)).toEqual(['C11', 'D11']);
    expect(fs.find((f) => f.rule === 'WB.negative-amount')).toMatchObject({ severity: 'warning', actual: -20 });
  });
  test('WB.invalid-amount: reported on the cell; identities through it are not evaluated', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T03', '2010301', '基本支出', '五十万'));
    const f = one(fs, 'WB.invalid-amount');
    expect(f).toMatchObject({ severity: 'error', sheet: '公开03表', cell: 'D10' });
    expect(f.message).toContain('五十万');
    expect(fs.filter((x) => x.rule !== 'WB.invalid-amount')).toEqual([]);
  });
});

describe('T01 收入支出决算总表', () => {
  test('T01.income-total: blank total, reviewer wording, no echo in 总计 or T02', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T01', 'income:本年收入合计', '决算数', null));
    expect(fs).toHaveLength(1);
    const f = one(fs, 'T01.income-total');
    expect(f).toMatchObject({ severity: 'error', sheet: '公开01表', cell: 'C15', expected: 100, actual: 0, group: 'T01' });
    expect(f.message).toBe('公开01表 本年收入合计(C15)为空，收入各项合计为100.00万元');
    expect(cellsOf(f)).toEqual(['公开01表!C15', ...['C7', 'C8', 'C9', 'C10', 'C11', 'C12', 'C13', 'C14'].map((c) => `公开01表!${c}`)]);
  });
  test('T01.income-total: a wrong item', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T01', 'income:事业收入', '决算数', 5));
    const f = one(fs, 'T01.income-total');
    expect(f).toMatchObject({ severity: 'error', expected: 105, actual: 100 });
    expect(cellsOf(f)).toContain('公开01表!C11');
  });
  test('T01.income-grand-total and T01.balance', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T01', 'income:总计', '决算数', 101));
    expect(one(fs, 'T01.income-grand-total')).toMatchObject({ severity: 'error', cell: 'C18', expected: 100, actual: 101 });
    expect(one(fs, 'T01.balance')).toMatchObject({ severity: 'error', cell: 'C18', expected: 100, actual: 101 });
  });
  test('T01.expense-total', () => {
    const f = one(run(withAmount(cleanWorkbook(), 'T01', 'expense:类:社会保障和就业', '决算数', 31)), 'T01.expense-total');
    expect(f).toMatchObject({ severity: 'error', cell: 'F9', expected: 101, actual: 100 });
    expect(cellsOf(f)).toEqual(['公开01表!F9', '公开01表!F7', '公开01表!F8']);
  });
  test('T01.expense-grand-total', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T01', 'expense:年末结转和结余', '决算数', 3));
    expect(one(fs, 'T01.expense-grand-total')).toMatchObject({ severity: 'error', cell: 'F12', expected: 103, actual: 100 });
  });
  test('T01.balance alone: both sides add up but differ', () => {
    const fs = run(withAmounts(cleanWorkbook(), [
      ['T01', 'expense:年末结转和结余', '决算数', 3],
      ['T01', 'expense:总计', '决算数', 103],
    ]));
    expect(fs.map((f) => f.rule)).toEqual(['T01.balance']);
    expect(fs[0].message).toBe('公开01表 收入总计(C18)为100.00万元，支出总计(F12)为103.00万元，相差-3.00万元');
  });
});

describe('coded tables', () => {
  test('T02.total: 合计 against Σ 类', () => {
    const f = one(run(withAmount(cleanWorkbook(), 'T02', 'total', '财政拨款收入', 99)), 'T02.total');
    expect(f).toMatchObject({ severity: 'error', cell: 'D7', expected: 100, actual: 99 });
    expect(cellsOf(f)).toEqual(['公开02表!D7', '公开02表!D8', '公开02表!D12']);
  });
  test('T02.hierarchy and T02.row, both naming the wrong cell', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T02', '2010302', '财政拨款收入', 21));
    const h = one(fs, 'T02.hierarchy');
    expect(h).toMatchObject({ severity: 'error', cell: 'D9', expected: 71, actual: 70 });
    expect(h.message).toBe('公开02表 20103 政府办公厅（室）及相关机构事务 财政拨款收入(D9)为70.00万元，所属各项合计为71.00万元，相差-1.00万元');
    const r = one(fs, 'T02.row');
    expect(r).toMatchObject({ cell: 'C11', expected: 21, actual: 20 });
    expect(cellsOf(r)).toContain('公开02表!D11');
    expect(r.message).toContain('各项收入之和');
  });
  test('T03 hierarchy groups the failing columns of one row in one finding', () => {
    const wb = withAmounts(cleanWorkbook(), [
      ['T03', '20103', '本年支出合计', 75],
      ['T03', '20103', '基本支出', 55],
    ]);
    const fs = run(wb);
    const h = fs.filter((f) => f.rule === 'T03.hierarchy');
    expect(h).toHaveLength(2); // 20103 against its 项, and 201 against 20103
    const kuan = h.find((f) => f.cell === 'C9')!;
    expect(kuan.message).toContain('本年支出合计(C9)');
    expect(kuan.message).toContain('基本支出(D9)');
    expect(cellsOf(kuan)).toEqual(expect.arrayContaining(['公开03表!C10', '公开03表!C11', '公开03表!D10', '公开03表!D11']));
    expect(fs.filter((f) => f.rule === 'T03.row')).toHaveLength(0); // 75 = 55 + 20 holds
  });
  test('T03.total and T03.row', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T03', 'total', '项目支出', 21));
    expect(one(fs, 'T03.total')).toMatchObject({ cell: 'E7', expected: 20, actual: 21 });
    expect(one(fs, 'T03.row')).toMatchObject({ cell: 'C7', expected: 101, actual: 100 });
  });
  test('a blank 款 is reported once and read as Σ 项 by the 类 above it', () => {
    const fs = run(withAmounts(cleanWorkbook(), [
      ['T05', '20805', '小计', null],
      ['T05', '20805', '基本支出', null],
    ]));
    expect(fs.map((f) => f.rule)).toEqual(['T05.hierarchy']);
    expect(fs[0].message).toBe('公开05表 20805 行政事业单位养老支出 小计(C13)为空，所属各项合计为30.00万元；基本支出(D13)为空，所属各项合计为30.00万元');
  });
  test('T05.total, T05.hierarchy, T05.row', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T05', '208', '小计', 32));
    expect(one(fs, 'T05.hierarchy')).toMatchObject({ cell: 'C12', expected: 30, actual: 32 });
    expect(one(fs, 'T05.row')).toMatchObject({ cell: 'C12' });
    expect(one(fs, 'T05.total')).toMatchObject({ cell: 'C7', expected: 102, actual: 100 });
  });
  test('parent-missing: a 项 whose 款 is not listed while other 款 are', () => {
    const wb = cleanWorkbook();
    for (const id of ['T02', 'T03', 'T05'] as const) {
      const t = table(wb, id);
      const extra = coded(id, [['2080801', '死亡抚恤']]).rows[0];
      t.rows.push({ ...extra, row: 30, labelCell: 'A31' });
    }
    const fs = run(wb);
    for (const id of ['T02', 'T03', 'T05']) {
      const f = one(fs, `${id}.parent-missing`);
      expect(f).toMatchObject({ severity: 'warning', cell: 'A31' });
      expect(f.message).toContain('20808');
    }
  });
  test('parent-missing does not apply to a table of 项 rows only; 合计 = Σ 项 directly', () => {
    const rows: [string, string, ...number[]][] = [
      ['合计', '合计', 100, 80, 20],
      ['2080505', '机关事业单位基本养老保险缴费支出', 30, 30],
      ['2010302', '一般行政管理事务', 20, 0, 20],
      ['2010301', '行政运行', 50, 50],
    ];
    const wb = replaceTable(replaceTable(cleanWorkbook(), coded('T03', rows)), coded('T05', rows));
    expect(run(wb)).toEqual([]);
    const bad = withAmount(wb, 'T03', '2010301', '基本支出', 51);
    const fs = run(bad);
    expect(one(fs, 'T03.total')).toMatchObject({ cell: 'D7', expected: 81 });
    expect(errors(fs).every((f) => cellsOf(f).includes('公开03表!D10'))).toBe(true);
  });
  test('T08 and T09: rows, hierarchy, carry-over, total', () => {
    const t08 = coded('T08', [
      ['合计', '合计', 1, 10, 9, 4, 5, 2],
      ['212', '城乡社区支出', 1, 10, 9, 4, 5, 2],
      ['21208', '国有土地使用权出让收入安排的支出', 1, 10, 9, 4, 5, 2],
      ['2120899', '其他国有土地使用权出让收入安排的支出', 1, 10, 9, 4, 5, 2],
    ]);
    const t09 = coded('T09', [
      ['合计', '合计', 3, 1, 2],
      ['223', '国有资本经营预算支出', 3, 1, 2],
      ['22301', '解决历史遗留问题及改革成本支出', 3, 1, 2],
    ]);
    const good = replaceTable(replaceTable(cleanWorkbook(), t08), t09);
    let fs = run(good).filter((f) => f.rule.startsWith('T08') || f.rule.startsWith('T09'));
    expect(fs).toEqual([]); // filled tables need no 本表无数据 note
    fs = run(withAmounts(good, [
      ['T08', '2120899', '项目支出', 6],
      ['T08', 'total', '年末结转和结余', 3],
      ['T09', '22301', '合计', 4],
      ['T09', 'total', '基本支出', 2],
    ]));
    const found = fs.filter((f) => /^T0[89]\./.test(f.rule)).map((f) => `${f.rule}@${f.cell}:${f.expected}/${f.actual}`);
    expect(found).toEqual([
      'T08.row@E10:10/9',
      'T08.hierarchy@G9:6/5',
      'T08.total@H7:2/3',
      'T08.carry@H7:2/3',
      'T09.row@C9:3/4',
      'T09.hierarchy@C8:4/3',
      'T09.total@D7:1/2',
      'T09.row@C7:4/3',
    ]);
    const orphan = structuredClone(good);
    table(orphan, 'T08').rows.push({ ...coded('T08', [['2129999', '其他城乡社区支出']]).rows[0], row: 20, labelCell: 'A21' });
    table(orphan, 'T09').rows.push({ ...coded('T09', [['2230299', '其他']]).rows[0], row: 20, labelCell: 'A21' });
    const pm = run(orphan);
    expect(one(pm, 'T08.parent-missing')).toMatchObject({ cell: 'A21', severity: 'warning' });
    expect(one(pm, 'T09.parent-missing').message).toContain('22302');
    const tot = run(withAmount(good, 'T08', 'total', '本年收入', 11));
    expect(one(tot, 'T08.total')).toMatchObject({ cell: 'D7', expected: 10, actual: 11 });
  });
});

describe('尾差 and tolerance', () => {
  test('a sum of rounded terms one cent off is info', () => {
    const wb = withAmounts(cleanWorkbook(), [
      ['T06', '30201', '决算数', 10.01], // 302 = 15 against 15.01 (3 terms): 尾差
      ['T06', '30101', '决算数', 40.01], // 301 = 60 against 60.01 (2 terms): 尾差
    ]);
    const fs = run(wb);
    expect(fs.map((f) => `${f.rule}:${f.severity}`).sort()).toEqual(['T06.hierarchy:info', 'T06.hierarchy:info']);
    expect(fs[0].message).toContain('（尾差）');
    // a single term: 0.005 × 2 = one cent is still 尾差, two cents are an error
    const single = run(withAmount(cleanWorkbook(), 'T05', '2080505', '基本支出', 30.01));
    expect(single.find((f) => f.rule === 'T05.hierarchy')?.severity).toBe('info');
    const two = run(withAmount(cleanWorkbook(), 'T05', '2080505', '基本支出', 30.02));
    expect(two.find((f) => f.rule === 'T05.hierarchy')?.severity).toBe('error');
  });
  test('two cents on two terms is an error', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T06', '30101', '决算数', 40.02));
    expect(one(fs, 'T06.hierarchy').severity).toBe('error');
  });
});

describe('T04 财政拨款收入支出决算总表', () => {
  test('T04.income-total, T04.income-grand-total', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T04', 'income:本年收入合计', '金额', 90));
    expect(one(fs, 'T04.income-total')).toMatchObject({ severity: 'error', cell: 'C10', expected: 100, actual: 90 });
    expect(one(fs, 'T04.income-grand-total')).toMatchObject({ cell: 'C15', expected: 90, actual: 100 });
  });
  test('T04.carryover', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T04', 'income:年初.一般公共预算财政拨款', '金额', 5));
    expect(one(fs, 'T04.carryover')).toMatchObject({ cell: 'C11', expected: 5, actual: 0, message: '公开04表 年初财政拨款结转和结余(C11)为空，其中三项合计为5.00万元' });
    // read as 5 from then on: the 收入总计 identity reports the difference once
    expect(one(fs, 'T04.income-grand-total')).toMatchObject({ expected: 105, actual: 100 });
  });
  test('T04.expense-row and T04.expense-total per column', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T04', 'expense:类:社会保障和就业', '一般公共预算财政拨款', 31));
    expect(one(fs, 'T04.expense-row')).toMatchObject({ cell: 'F8', expected: 31, actual: 30 });
    const t = one(fs, 'T04.expense-total');
    expect(t).toMatchObject({ cell: 'G9', expected: 101, actual: 100 });
    expect(t.message).toContain('一般公共预算财政拨款(G9)');
  });
  test('T04.expense-grand-total and T04.balance', () => {
    const fs = run(withAmounts(cleanWorkbook(), [['T04', 'expense:总计', '合计', 101]]));
    expect(one(fs, 'T04.expense-grand-total')).toMatchObject({ cell: 'F11', expected: 100, actual: 101 });
    expect(one(fs, 'T04.expense-row')).toMatchObject({ cell: 'F11' });
    expect(one(fs, 'T04.balance')).toMatchObject({ cell: 'C15', expected: 101, actual: 100 });
  });
});

describe('T06 and T07', () => {
  test('T06.hierarchy, T06.personnel-total, T06.public-total', () => {
    let fs = run(withAmount(cleanWorkbook(), 'T06', '303', '决算数', 6));
    expect(one(fs, 'T06.hierarchy')).toMatchObject({ cell: 'C10', expected: 5, actual: 6 });
    expect(one(fs, 'T06.personnel-total')).toMatchObject({ cell: 'C16', expected: 66, actual: 65 });
    fs = run(withAmount(cleanWorkbook(), 'T06', 'total:公用经费合计', '决算数', 16));
    expect(one(fs, 'T06.public-total')).toMatchObject({ cell: 'C17', expected: 15, actual: 16 });
    expect(one(fs, 'X.T05-T06.basic')).toMatchObject({ cell: 'D7', expected: 81, actual: 80 });
  });
  test('T07.vehicle and T07.total (预算 and 决算 separately)', () => {
    const fs = run(withAmounts(cleanWorkbook(), [
      ['T07', 'data', '预算数.公务用车运行费', 5],
      ['T07', 'data', '决算数.合计', 6],
    ]));
    const v = one(fs, 'T07.vehicle');
    expect(v).toMatchObject({ cell: 'C8', expected: 5, actual: 4 });
    expect(v.message).toContain('预算数');
    expect(one(fs, 'T07.total')).toMatchObject({ cell: 'G8', expected: 5, actual: 6 });
  });
});

describe('between tables', () => {
  test('X.T01-T02.income-lines / income-total', () => {
    let fs = run(withAmounts(cleanWorkbook(), [
      ['T02', 'total', '上级补助收入', 5],
      ['T02', 'total', '财政拨款收入', 95],
    ]));
    // T02 合计 is then wrong against its 类 too; T01 上级补助收入 (blank) differs from T02 (5)
    const lines = fs.filter((f) => f.rule === 'X.T01-T02.income-lines');
    expect(lines.map((f) => f.cell).sort()).toEqual(['C10', 'C7']);
    const upper = lines.find((f) => f.cell === 'C10')!;
    expect(upper.message).toBe('公开01表 上级补助收入(C10)为0.00万元，公开02表 合计 上级补助收入(E7)为5.00万元，相差-5.00万元');
    fs = run(withAmounts(cleanWorkbook(), [
      ['T01', 'income:本年收入合计', '决算数', 101],
      ['T01', 'income:事业收入', '决算数', 1],
      ['T01', 'income:总计', '决算数', 101],
      ['T01', 'expense:结余分配', '决算数', 1],
      ['T01', 'expense:总计', '决算数', 101],
    ]));
    expect(one(fs, 'X.T01-T02.income-total')).toMatchObject({ cell: 'C15', expected: 100, actual: 101 });
    expect(cellsOf(one(fs, 'X.T01-T02.income-total'))).toEqual(['公开01表!C15', '公开02表!C7']);
  });
  test('X.T01-T03.expense-lines by 类 name, and a 类 missing from T01', () => {
    const wb = cleanWorkbook();
    const t01 = table(wb, 'T01');
    t01.rows = t01.rows.filter((r) => r.key !== 'expense:类:社会保障和就业');
    let fs = run(wb);
    const miss = fs.filter((f) => f.rule === 'X.T01-T03.expense-lines');
    expect(miss).toHaveLength(1);
    expect(miss[0]).toMatchObject({ severity: 'error', sheet: '公开03表', cell: 'C12', group: 'T03' });
    fs = run(withAmounts(cleanWorkbook(), [
      ['T01', 'expense:类:一般公共服务', '决算数', 60],
      ['T01', 'expense:类:社会保障和就业', '决算数', 40],
    ]));
    const lines = fs.filter((f) => f.rule === 'X.T01-T03.expense-lines');
    expect(lines.map((f) => [f.cell, f.expected, f.actual])).toEqual([['F7', 70, 60], ['F8', 30, 40]]);
    expect(lines[0].message).toBe('公开01表 一般公共服务支出(F7)为60.00万元，公开03表 201 一般公共服务支出 本年支出合计(C8)为70.00万元，相差-10.00万元');
  });
  test('X.T01-T03.expense-total', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T03', 'total', '本年支出合计', 99));
    expect(one(fs, 'X.T01-T03.expense-total')).toMatchObject({ cell: 'F9', expected: 99, actual: 100 });
  });
  test('X.T01-T04.income-lines', () => {
    const fs = run(withAmount(cleanWorkbook(), 'T04', 'income:一般公共预算财政拨款', '金额', 99));
    expect(one(fs, 'X.T01-T04.income-lines')).toMatchObject({ sheet: '公开01表', cell: 'C7', expected: 99, actual: 100 });
  });
  test('X.T04-T05.expense-lines and expense-total', () => {
    let fs = run(withAmounts(cleanWorkbook(), [
      ['T05', '201', '小计', 69],
      ['T05', '201', '项目支出', 19],
    ]));
    expect(one(fs, 'X.T04-T05.expense-lines')).toMatchObject({ sheet: '公开04表', cell: 'G7', expected: 69, actual: 70 });
    fs = run(withAmount(cleanWorkbook(), 'T05', 'total', '小计', 99));
    expect(one(fs, 'X.T04-T05.expense-total')).toMatchObject({ sheet: '公开04表', cell: 'G9', expected: 99, actual: 100 });
  });
  test('X.T04-T08.unexpected / X.T04-T09.unexpected: amounts where T04 has no such funds', () => {
    const t08 = coded('T08', [
      ['合计', '合计', null, 10, 10, null, 10],
      ['212', '城乡社区支出', null, 10, 10, null, 10],
    ]);
    const t09 = coded('T09', [['合计', '合计', 3, null, 3]]);
    const fs = run(replaceTable(replaceTable(cleanWorkbook(), t08), t09));
    const u8 = one(fs, 'X.T04-T08.unexpected');
    expect(u8).toMatchObject({ severity: 'error', sheet: '公开08表' });
    expect(cellsOf(u8)).toEqual(expect.arrayContaining(['公开08表!D7', '公开08表!E8', '公开04表!H9']));
    expect(one(fs, 'X.T04-T09.unexpected')).toMatchObject({ severity: 'error', sheet: '公开09表', cell: 'C7' });
    expect(fs.filter((f) => f.rule === 'X.T04-T08.expense')).toHaveLength(0); // one finding, not one per line
  });
  test('X.T04-T08.expense / income and X.T04-T09.expense when T04 has the funds', () => {
    const base = withAmounts(cleanWorkbook(), [
      ['T04', 'income:政府性基金预算财政拨款', '金额', 10],
      ['T04', 'income:国有资本经营预算财政拨款', '金额', 3],
      ['T04', 'income:本年收入合计', '金额', 113],
      ['T04', 'income:总计', '金额', 113],
    ]);
    const t04 = table(base, 'T04');
    const mk = (key: string, name: string, vals: number[], r: number) => {
      const s = summary('T04', [], [[key, vals]]).rows[0];
      return { ...s, row: r, name, labelCell: `D${r + 1}`, amounts: Object.fromEntries(Object.entries(s.amounts).map(([k, a]) => [k, { ...a, row: r, cell: a.cell.replace(/\d+$/, String(r + 1)) }])) };
    };
    t04.rows.push(mk('类:城乡社区', '城乡社区支出', [10, 0, 10, 0], 12), mk('类:国有资本经营预算', '国有资本经营预算支出', [3, 0, 0, 3], 13));
    const withFunds = withAmounts(base, [
      ['T04', 'expense:本年支出合计', '合计', 113],
      ['T04', 'expense:本年支出合计', '政府性基金预算财政拨款', 10],
      ['T04', 'expense:本年支出合计', '国有资本经营预算财政拨款', 3],
      ['T04', 'expense:总计', '合计', 113],
      ['T04', 'expense:总计', '政府性基金预算财政拨款', 10],
      ['T04', 'expense:总计', '国有资本经营预算财政拨款', 3],
    ]);
    const t08 = coded('T08', [
      ['合计', '合计', null, 10, 10, null, 10],
      ['212', '城乡社区支出', null, 10, 10, null, 10],
    ]);
    const t09 = coded('T09', [
      ['合计', '合计', 3, null, 3],
      ['223', '国有资本经营预算支出', 3, null, 3],
    ]);
    const good = replaceTable(replaceTable(withFunds, t08), t09);
    // T01 would need the fund lines too; only the T04/T08/T09 rules are looked at here
    const fs = run(good).filter((f) => /T0[489]/.test(f.rule) && !f.rule.startsWith('X.T01'));
    expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
    const bad = run(withAmounts(good, [
      ['T08', '212', '本年支出小计', 9],
      ['T08', '212', '项目支出', 9],
      ['T08', '212', '年末结转和结余', 1],
      ['T08', '212', '本年收入', 10],
      ['T08', 'total', '本年收入', 11],
      ['T08', 'total', '年末结转和结余', 1],
      ['T09', '223', '合计', 2],
      ['T09', '223', '项目支出', 2],
    ]));
    const e8 = bad.filter((f) => f.rule === 'X.T04-T08.expense');
    expect(e8.map((f) => f.cell)).toEqual(['H13']);
    expect(one(bad, 'X.T04-T08.income')).toMatchObject({ cell: 'C8', expected: 11, actual: 10 });
    expect(bad.filter((f) => f.rule === 'X.T04-T09.expense').map((f) => f.cell)).toEqual(['I14']);
  });
  test('T08.empty-note / T09.empty-note: missing note, and a note about the other fund', () => {
    const wb = replaceTable(replaceTable(cleanWorkbook(), emptyCoded('T08', null)), emptyCoded('T09', '本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。'));
    const fs = run(wb);
    expect(one(fs, 'T08.empty-note')).toMatchObject({ severity: 'warning', sheet: '公开08表', cell: 'A7' });
    const n9 = one(fs, 'T09.empty-note');
    expect(n9).toMatchObject({ severity: 'warning', sheet: '公开09表', cell: 'A8' });
    expect(n9.message).toContain('国有资本经营');
  });
  test('X.T05-T06.basic', () => {
    const fs = run(withAmounts(cleanWorkbook(), [
      ['T06', '30101', '决算数', 42],
      ['T06', '301', '决算数', 62],
      ['T06', 'total:人员经费合计', '决算数', 67],
    ]));
    const f = one(fs, 'X.T05-T06.basic');
    expect(f).toMatchObject({ severity: 'error', sheet: '公开05表', cell: 'D7', expected: 82, actual: 80 });
    expect(cellsOf(f)).toEqual(['公开05表!D7', '公开06表!C16', '公开06表!C17']);
  });
  test('X.T03-T05.rows: only 一般公共预算 income, so T05 must equal T03 row by row', () => {
    const fs = run(withAmounts(cleanWorkbook(), [
      ['T05', '2010301', '基本支出', 40],
      ['T05', '2010301', '小计', 40],
      ['T05', '2010302', '项目支出', 30],
      ['T05', '2010302', '小计', 30],
    ]));
    const rows = fs.filter((f) => f.rule === 'X.T03-T05.rows');
    expect(rows.map((f) => f.cell)).toEqual(['C10', 'C11']);
    expect(rows[0].severity).toBe('error');
    expect(cellsOf(rows[0])).toEqual(expect.arrayContaining(['公开05表!D10', '公开03表!D10', '公开03表!C10']));
    expect(rows[0].message).toContain('两表应逐行相等');
  });
  test('X.T03-T05.le: with other income, T05 above T03 is a warning', () => {
    const wb = withAmounts(cleanWorkbook(), [
      ['T01', 'income:事业收入', '决算数', 10],
      ['T05', '2010302', '项目支出', 30],
      ['T05', '2010302', '小计', 30],
    ]);
    const fs = run(wb);
    const le = fs.filter((f) => f.rule === 'X.T03-T05.le');
    expect(le).toHaveLength(1);
    expect(le[0]).toMatchObject({ severity: 'warning', sheet: '公开05表', cell: 'C11', expected: 20, actual: 30 });
    expect(fs.filter((f) => f.rule === 'X.T03-T05.rows')).toHaveLength(0);
  });
  test('X.T06-T07.sangong: a 三公 item of T06 above T07 决算', () => {
    const fs = run(withAmounts(cleanWorkbook(), [
      ['T07', 'data', '决算数.公务接待费', 1],
      ['T07', 'data', '决算数.合计', 4],
    ]));
    const f = one(fs, 'X.T06-T07.sangong');
    expect(f).toMatchObject({ severity: 'warning', sheet: '公开06表', cell: 'C14', expected: 1, actual: 2 });
    expect(cellsOf(f)).toEqual(['公开06表!C14', '公开07表!L8']);
  });
});

test('every rule id of the catalog has a failing case above', () => {
  expect(RULE_IDS.filter((id) => !fired.has(id))).toEqual([]);
});

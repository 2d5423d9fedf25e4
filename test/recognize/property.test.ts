import fc from 'fast-check';
import { parseAmount } from '../../src/core/amount';
import { recognize } from '../../src/core/recognize';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { normalizeLabel } from '../../src/core/text';

// Words that steer the reader into every parser, mixed with noise, so random grids reach deep paths.
const WORDS = ['收入支出决算总表', '财政拨款收入支出决算总表', '收入决算表', '支出决算表', '一般公共预算财政拨款支出决算表',
  '一般公共预算财政拨款基本支出决算表', '“三公”经费支出决算表', '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款支出决算表',
  '项目', '项 目', '行次', '决算数', '金额', '合计', '小计', '栏次', '基本支出', '项目支出', '预算数', '科目编码', '科目名称',
  '人员经费合计', '公用经费合计', '本年收入合计', '总计', '年初结转和结余', '208', '20805', '2080505', '注：', '单位：万元', '部门：某单位',
  '本表无数据', '2024年度部门整体支出绩效自评表', '—', '无', '1,234.56', ' 601.28 ', '(3.5)'];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.string(),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
);

const sheet = fc.record({
  name: fc.string({ minLength: 1, maxLength: 10 }),
  top: fc.nat(5),
  left: fc.nat(5),
  values: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 40 }),
  merges: fc.array(fc.constantFrom('A1:C1', 'A4:B4', 'C4:C5', 'ZZ1:A1', 'nonsense', 'A1', 'B2:B3'), { maxLength: 4 }),
});

describe('the reader never crashes', () => {
  test('random grids give a model and diagnostics, never an exception', () => {
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 4 }), (sheets) => {
        const wb = recognize({ sheets } as WorkbookSnapshot);
        expect(Array.isArray(wb.tables)).toBe(true);
        for (const d of wb.diagnostics) expect(d.sheet).toEqual(expect.any(String));
        for (const t of wb.tables) for (const r of t.rows) for (const a of Object.values(r.amounts)) expect(Number.isSafeInteger(a.cents)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('a well-formed table with random cell text still parses', () => {
    fc.assert(
      // any text but a title (a title in a cell rightly starts another table)
      fc.property(fc.array(cell.filter((v) => typeof v !== 'string' || !normalizeLabel(v).endsWith('表')), { minLength: 3, maxLength: 3 }), (data) => {
        const values: CellValue[][] = [['支出决算表'], ['项目', null, '本年支出合计', '基本支出'], ['科目编码', '科目名称'], ['合计', null, data[0], data[1]], ['208', '社保', data[2], null]];
        const wb = recognize({ sheets: [{ name: 'S', top: 0, left: 0, values, merges: [] }] });
        expect(wb.tables.map((t) => t.id)).toEqual(['T03']);
      }),
    );
  });

  test('parseAmount: any value gives a status and integer cents', () => {
    fc.assert(
      fc.property(cell, (v) => {
        const p = parseAmount(v);
        expect(Number.isSafeInteger(p.cents)).toBe(true);
        if (p.status === 'blank' || p.status === 'dash' || p.status === 'invalid') expect(p.cents).toBe(0);
      }),
    );
    fc.assert(fc.property(fc.string(), (s) => typeof normalizeLabel(s) === 'string'));
  });

  test('parseAmount: decimal text is exact to the cent', () => {
    expect(parseAmount(' 601.28 ')).toEqual({ status: 'text', cents: 60128 });
    expect(parseAmount('1,234.56')).toEqual({ status: 'text', cents: 123456 });
    expect(parseAmount('—')).toEqual({ status: 'dash', cents: 0 });
    expect(parseAmount('无')).toEqual({ status: 'dash', cents: 0 });
    expect(parseAmount('0.00')).toEqual({ status: 'text', cents: 0 });
    expect(parseAmount(0.1 + 0.2)).toEqual({ status: 'number', cents: 30 });
    expect(parseAmount('(3.5)')).toEqual({ status: 'text', cents: -350 });
    expect(parseAmount('１２.５')).toEqual({ status: 'text', cents: 1250 });
    expect(parseAmount('abc')).toEqual({ status: 'invalid', cents: 0 });
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (c) => {
      const s = `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`;
      expect(parseAmount(s).cents).toBe(c);
    }));
  });
});

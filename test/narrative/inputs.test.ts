import { recognize } from '../../src/core/recognize';
import type { RecognizedWorkbook } from '../../src/core/model';
import { buildInputSheet, INPUT_KEYS, itemKey, readInputSheet, readInputsFrom } from '../../src/core/narrative';
import { asSnapshot, SAMPLE, setByKey, snapshotOf } from './helpers';

describe('说明数据 input sheet', () => {
  let wb: RecognizedWorkbook;
  beforeAll(async () => {
    wb = recognize(await snapshotOf(SAMPLE));
  });

  test('one row per 项 of T05 with its 决算数 and an empty 年初预算数', () => {
    const write = buildInputSheet(wb);
    expect(write.sheet).toBe('说明数据');
    const header = write.rows[2];
    expect(header.slice(0, 7)).toEqual(['键', '类别', '项目', '单位', '本年数', '年初预算数', '上年决算数']);
    const items = write.rows.filter((r) => String(r[0]).startsWith('项:'));
    expect(items).toHaveLength(13);
    const admin = items.find((r) => r[0] === 'code:2160201' || r[0] === '项:2160201')!;
    expect(admin[2]).toBe('2160201 商业服务业等支出（类）商业流通事务（款）行政运行（项）');
    expect(admin[4]).toBe(368.36);
    expect(admin[5]).toBeNull();
    // 三公 预算 pre-filled from T07 预算数; 机关运行经费 from 公用经费合计; 类 shares computed
    const reception = write.rows.find((r) => r[0] === INPUT_KEYS.reception)!;
    expect([reception[4], reception[5], reception[7]]).toEqual([0.88, 0.88, '100%']);
    expect(write.rows.find((r) => r[0] === INPUT_KEYS.running)![4]).toBe(70.15);
    expect(write.rows.find((r) => r[0] === '类:208')![7]).toBe('11.56%');
    // every cell is a value, never a formula
    for (const row of write.rows) for (const v of row) if (typeof v === 'string') expect(v).not.toMatch(/^=/);
  });

  test('re-creating keeps what the user typed and fills the percentages', () => {
    const sheet = asSnapshot(buildInputSheet(wb));
    setByKey(sheet, itemKey('2080505'), '年初预算数', '41.01');
    setByKey(sheet, itemKey('2080505'), '与预算差异原因', '有人员退休');
    setByKey(sheet, INPUT_KEYS.grandTotal, '上年决算数', '617.40');
    setByKey(sheet, INPUT_KEYS.running, '本年数', 256.36); // the user overrides the default
    setByKey(sheet, INPUT_KEYS.vehicles, '本年数', 4);
    // a typed row whose 项 is no longer in T05
    sheet.values.push(['项:2019999', '一般公共预算（项）', '2019999 其他', '万元', 1, 2, null, null, null, '旧原因', null, null]);
    const again = buildInputSheet(wb, sheet);
    const row = (key: string) => again.rows.find((r) => r[0] === key)!;
    expect(row(itemKey('2080505'))[5]).toBe('41.01');
    expect(row(itemKey('2080505'))[7]).toBe('95.15%');
    expect(row(itemKey('2080505'))[9]).toBe('有人员退休');
    expect(row(INPUT_KEYS.grandTotal)[8]).toBe('减少16.12万元，减少2.61%');
    expect(row(INPUT_KEYS.running)[4]).toBe(256.36);
    expect(row(INPUT_KEYS.vehicles)[4]).toBe(4);
    expect(row('项:2019999')[1]).toBe('（表中已无此行）');
    expect(row('项:2019999')[9]).toBe('旧原因');
    // table values are refreshed even if someone typed over them
    const typedOver = asSnapshot(again);
    setByKey(typedOver, itemKey('2080505'), '本年数', 1);
    expect(buildInputSheet(wb, typedOver).rows.find((r) => r[0] === itemKey('2080505'))![4]).toBe(39.02);
  });

  test('readInputSheet parses amounts (cents), counts and texts, and names bad cells', () => {
    const sheet = asSnapshot(buildInputSheet(wb));
    setByKey(sheet, itemKey('2080505'), '年初预算数', ' 1,234.5 ');
    setByKey(sheet, INPUT_KEYS.vehicles, '本年数', '4');
    setByKey(sheet, INPUT_KEYS.vehicles, '其他说明', '应急保障用车4辆');
    setByKey(sheet, INPUT_KEYS.grandTotal, '上年决算数', '六百');
    const inputs = readInputsFrom([sheet]);
    expect(inputs.sheet).toBe('说明数据');
    expect(inputs.rows[itemKey('2080505')]).toMatchObject({ current: 3902, budget: 123450, previous: null });
    expect(inputs.rows[INPUT_KEYS.vehicles]).toMatchObject({ current: 4, note: '应急保障用车4辆' });
    expect(inputs.rows[INPUT_KEYS.grandTotal].previous).toBeNull();
    expect(inputs.problems).toHaveLength(1);
    expect(inputs.problems[0].cell).toBe(inputs.rows[INPUT_KEYS.grandTotal].cells.previous);
    expect(inputs.problems[0].message).toContain('六百');
  });

  test('a sheet without the header is a problem, not an exception', () => {
    const inputs = readInputSheet({ name: '说明数据', top: 0, left: 0, values: [['随便写的']], merges: [] });
    expect(inputs.rows).toEqual({});
    expect(inputs.problems[0].message).toContain('找不到表头');
  });
});

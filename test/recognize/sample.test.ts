import { recognize } from '../../src/core/recognize';
import { rowByKey, tableById, TABLE_IDS } from '../../src/core/model';
import { loadSnapshot, SAMPLE } from '../helpers/load';

describe('recognition of the sample workbook (seed 000, Hunan 2024 numbering)', () => {
  let wb: ReturnType<typeof recognize>;
  beforeAll(async () => {
    wb = recognize(await loadSnapshot(SAMPLE));
  });

  test('finds all nine tables on the right sheets', () => {
    expect(wb.tables.map((t) => `${t.id}@${t.sheet}`)).toEqual(TABLE_IDS.map((id, i) => `${id}@公开0${i + 1}表`));
    expect(wb.department).toBe('株洲市供销合作社联合社');
    expect(wb.unit).toBe('万元');
    expect(wb.year).toBe(2024);
  });

  test('ranges run from the title to the last row', () => {
    const ranges = Object.fromEntries(wb.tables.map((t) => [t.id, t.range]));
    expect(ranges).toEqual({ T01: 'A1:F19', T02: 'A1:I33', T03: 'A1:H33', T04: 'A1:I19', T05: 'A1:E33', T06: 'A1:I33', T07: 'A1:L8', T08: 'A1:H7', T09: 'A1:E7' });
  });

  test('T01 lines carry their cells; the blank 本年收入合计 is C16', () => {
    const t01 = tableById(wb, 'T01');
    expect(rowByKey(t01, 'income:一般公共预算财政拨款收入')?.amounts['决算数']).toMatchObject({ cell: 'C7', cents: 60128 });
    expect(rowByKey(t01, 'income:本年收入合计')?.amounts['决算数']).toMatchObject({ cell: 'C16', status: 'blank', cents: 0 });
    expect(rowByKey(t01, 'expense:类:商业服务业等')?.amounts['决算数']).toMatchObject({ cell: 'F14', cents: 45010 });
    expect(rowByKey(t01, 'expense:总计')?.lineNo).toBe(26);
    expect(t01?.variant).toBe('short');
  });

  test('coded tables: hierarchy rows with code levels and every column role', () => {
    const t03 = tableById(wb, 'T03')!;
    expect(t03.columns.map((c) => c.role)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
    const r = rowByKey(t03, 'code:2160201')!;
    expect(r).toMatchObject({ level: '项', name: '行政运行' });
    expect(r.amounts['本年支出合计']).toMatchObject({ cell: 'C28', cents: 36836 });
    expect(rowByKey(t03, 'total')?.amounts['基本支出']).toMatchObject({ cell: 'D7', cents: 51637 });
    expect(rowByKey(t03, 'code:216')?.level).toBe('类');
    expect(rowByKey(t03, 'code:21602')?.level).toBe('款');
  });

  test('T06 blocks and totals; T07 one data row with 12 roles', () => {
    const t06 = tableById(wb, 'T06')!;
    expect(rowByKey(t06, 'code:302')?.amounts['决算数']).toMatchObject({ cell: 'F5', cents: 7006 });
    expect(rowByKey(t06, 'code:31002')?.amounts['决算数']).toMatchObject({ cell: 'I10', cents: 10 });
    expect(rowByKey(t06, 'total:人员经费合计')?.amounts['决算数']).toMatchObject({ cell: 'C33', cents: 44621 });
    expect(rowByKey(t06, 'total:公用经费合计')?.amounts['决算数']).toMatchObject({ cell: 'I33', cents: 7015 });
    const t07 = rowByKey(tableById(wb, 'T07'), 'data')!;
    expect(Object.keys(t07.amounts)).toHaveLength(12);
    expect(t07.amounts['决算数.公务用车运行费']).toMatchObject({ cell: 'K8', cents: 319 });
    expect(t07.amounts['预算数.合计']).toMatchObject({ cell: 'A8', cents: 407 });
  });

  test('empty T08/T09 carry their 本表无数据 note', () => {
    expect(tableById(wb, 'T08')?.emptyNote?.cell).toBe('A8');
    expect(tableById(wb, 'T09')?.emptyNote?.text).toContain('故本表无数据');
  });

  test('self-evaluation sheets are found by content', () => {
    expect(wb.evaluations.map((e) => `${e.kind}@${e.sheet}`)).toEqual(['基础数据@绩效评价基础数据表', '整体@部门整体支出绩效自评表', '项目@项目支出绩效自评表1']);
  });

  test('no diagnostics on a well-formed workbook', () => {
    expect(wb.diagnostics).toEqual([]);
  });
});

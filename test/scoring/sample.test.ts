/**
 * The sample workbook (seed 000 typed into all nine tables and its three self-evaluation sheets) with the
 * real recognize(): the cross-checks of DOMAIN §2 (last bullet) and the fills.
 */
import { a1 } from '../../src/core/address';
import type { RecognizedTable, RecognizedWorkbook, TableRow } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { scoreWorkbook } from '../../src/core/scoring';
import { emptyWorkbook, loadFixture, SAMPLE, setCell, valueAt } from './helpers';

describe('sample workbook zhuzhou-gxs-2024.xlsx', () => {
  test('scores its three sheets; the tables agree with them', async () => {
    const snap = await loadFixture(SAMPLE);
    const r = scoreWorkbook(snap, recognize(snap));
    expect(r.evaluations.map((e) => [e.sheet, e.kind])).toEqual([
      ['绩效评价基础数据表', '基础数据'],
      ['部门整体支出绩效自评表', '整体'],
      ['项目支出绩效自评表1', '项目'],
    ]);
    const whole = r.evaluations[1];
    expect([whole.statedTotal, whole.computedTotal, whole.grade]).toEqual([97.7, 97.7, '优']);
    expect(r.findings.filter((f) => f.rule.startsWith('EVAL.cross'))).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['部门整体支出绩效自评表!G4']);
  });

  test('a 三公 line that disagrees with 公开07表 is an error naming both cells', async () => {
    const snap = await loadFixture(SAMPLE);
    setCell(snap, '绩效评价基础数据表', 'F10', 0.98); // 公务接待 决算 (T07 L8 = 0.88)
    const r = scoreWorkbook(snap, recognize(snap));
    const cross = r.findings.filter((f) => f.rule === 'EVAL.cross-t07');
    expect(cross).toHaveLength(1);
    expect(cross[0]).toMatchObject({ severity: 'error', sheet: '绩效评价基础数据表', cell: 'F10', expected: 0.88, actual: 0.98, group: '基础数据' });
    expect(cross[0].cells).toContainEqual({ sheet: '公开07表', cell: 'L8' });
    // and the 三公 total no longer adds up on the sheet itself
    expect(r.findings.filter((f) => f.rule === 'EVAL.base-sangong').map((f) => f.cell)).toEqual(['F5']);
  });

  test('全年执行数 against T01 本年支出合计 and 基本支出 quoted against T03', async () => {
    const snap = await loadFixture(SAMPLE);
    setCell(snap, '部门整体支出绩效自评表', 'E4', 600.28);
    setCell(snap, '部门整体支出绩效自评表', 'E6', '其中：基本支出：516.73');
    const wb = recognize(snap);
    const r = scoreWorkbook(snap, wb);
    const t01 = r.findings.find((f) => f.rule === 'EVAL.cross-t01')!;
    expect(t01).toMatchObject({ cell: 'E4', expected: 601.28, actual: 600.28 });
    expect(t01.cells.some((c) => c.sheet === '公开01表')).toBe(true);
    const t03 = r.findings.find((f) => f.rule === 'EVAL.cross-t03')!;
    expect(t03).toMatchObject({ cell: 'E6', expected: 516.37, actual: 516.73 });
  });

  test('empty 执行率, 得分 and 总分 are filled with computed values; typed cells are left alone', async () => {
    const snap = await loadFixture(SAMPLE);
    setCell(snap, '部门整体支出绩效自评表', 'G4', null);
    setCell(snap, '部门整体支出绩效自评表', 'H4', null);
    setCell(snap, '部门整体支出绩效自评表', 'H26', null);
    const r = scoreWorkbook(snap, recognize(snap));
    const fills = r.fills.filter((f) => f.sheet === '部门整体支出绩效自评表');
    expect(fills).toEqual([
      { sheet: '部门整体支出绩效自评表', cell: 'G4', value: 0.9739, numberFormat: '0.00%' },
      { sheet: '部门整体支出绩效自评表', cell: 'H4', value: 9.74 },
      { sheet: '部门整体支出绩效自评表', cell: 'H26', value: 97.74 },
    ]);
    for (const f of r.fills) expect(valueAt(snap, f.sheet, f.cell)).toBeNull();
  });

  test('a column of 97.38-style numbers gets its 执行率 fill in the same convention', async () => {
    const snap = await loadFixture('eval-002.xlsx');
    setCell(snap, '党员教育', 'G8', null); // the 其中 row above keeps 99.97 as a plain number
    const r = scoreWorkbook(snap, emptyWorkbook());
    expect(r.fills).toContainEqual({ sheet: '党员教育', cell: 'G8', value: 99.97, numberFormat: '0.00' });
  });
});

describe('cross-checks on a hand-built RecognizedWorkbook', () => {
  function table(id: RecognizedTable['id'], sheet: string, rows: { key: string; amounts: Record<string, [number, number, number]> }[]): RecognizedTable {
    return {
      id, title: id, sheet, range: 'A1:L20', titleCell: 'A1', unit: '万元', unitCell: null, department: null, departmentCell: null,
      number: null, year: 2024, columns: [], emptyNote: null,
      rows: rows.map((r): TableRow => ({
        key: r.key, row: 0, name: r.key, labelCell: 'A1',
        amounts: Object.fromEntries(Object.entries(r.amounts).map(([role, [row, col, cents]]) => [role, { sheet, cell: a1(row, col), row, col, cents, status: 'number', raw: cents / 100 }])),
      })),
    };
  }

  test('公用经费 决算 against T06 公用经费合计; 项目支出 against T03 (warning)', async () => {
    const snap = await loadFixture('eval-000.xlsx');
    const wb: RecognizedWorkbook = {
      ...emptyWorkbook(),
      tables: [
        table('T06', '基本支出表', [{ key: 'total:公用经费合计', amounts: { 决算数: [39, 8, 7016] } }]),
        table('T03', '支出表', [{ key: 'total', amounts: { 本年支出合计: [7, 2, 60128], 基本支出: [7, 3, 51637], 项目支出: [7, 4, 8490] } }]),
        table('T07', '三公表', [{ key: 'data', amounts: { '决算数.合计': [7, 6, 407], '决算数.公务接待费': [7, 11, 88] } }]),
      ],
    };
    const r = scoreWorkbook(snap, wb);
    const t06 = r.findings.find((f) => f.rule === 'EVAL.cross-t06')!;
    expect(t06).toMatchObject({ sheet: '绩效评价基础数据表', cell: 'F16', expected: 70.16, actual: 70.15, severity: 'error' });
    expect(t06.cells).toContainEqual({ sheet: '基本支出表', cell: 'I40' });
    const project = r.findings.find((f) => f.rule === 'EVAL.cross-t03-project')!;
    expect(project).toMatchObject({ cell: 'F11', severity: 'warning', expected: 84.9 });
    // 整体: 项目支出：84.91 quoted against T03 84.90
    expect(r.findings.find((f) => f.rule === 'EVAL.cross-t03')).toMatchObject({ cell: 'E7', expected: 84.9, actual: 84.91 });
    expect(r.findings.filter((f) => f.rule === 'EVAL.cross-t07')).toEqual([]);
  });

  test('without tables no cross-check runs', async () => {
    const r = scoreWorkbook(await loadFixture('eval-000.xlsx'), emptyWorkbook());
    expect(r.findings.filter((f) => f.rule.startsWith('EVAL.cross'))).toEqual([]);
  });
});

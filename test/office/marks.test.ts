/**
 * Highlights clear without a trace; messages degrade notes → comments → 审核结果 sheet; user notes,
 * user cells and protected sheets are never overwritten; navigation selects the cell.
 */
import { MESSAGE_MARKER, RESULT_SHEET, isOurFormat } from '../../src/hosts/office/marks-common';
import { selectCell } from '../../src/hosts/office/write';
import { realCore } from '../../src/taskpane/core';
import type { Edits } from '../../src/taskpane/types';
import { FakeContext, type WorkbookModel } from './fake-excel';
import { ALL_SUPPORT, fakeHost, finding, sampleModel, SAMPLE_FINDINGS } from './helpers';

const noProgress = (): void => undefined;

/** The sample dressed as real workbooks are: theme fills with tints, number formats, a user CF and note. */
async function styledSample(): Promise<WorkbookModel> {
  const model = await sampleModel();
  const t1 = model.sheet('公开01表')!;
  t1.setCell(15, 2, { fill: { themeColor: 4, tint: 0.7999816888943144, pattern: 'solid' }, numberFormat: '#,##0.00_ ' }); // C16, blank
  t1.setCell(18, 2, { fill: { themeColor: 9, tint: -0.249977111117893, pattern: 'solid' }, numberFormat: '0.00' }); // C19
  t1.setCell(6, 2, { fill: { color: '#FFFFFF', pattern: 'solid' }, numberFormat: '#,##0.00;[Red]-#,##0.00' }); // C7
  const t3 = model.sheet('公开03表')!;
  t3.setCell(25, 2, { fill: { themeColor: 6, tint: 0.3999755851924192, pattern: 'solid' }, numberFormat: '0.00_);(0.00)' }); // C26
  t3.conditionalFormats.push({ type: 'CellValue', top: 7, left: 2, bottom: 32, right: 7, formula: '=0', fillColor: '#EEEEEE', priority: 0 });
  t3.notes.push({ row: 0, col: 0, content: '用户自己的批注' });
  return model;
}

describe('highlights clear without a trace', () => {
  test('audit then 清除标记 leaves values, theme fills with tint, number formats, used range, user marks exactly as before', async () => {
    const model = await styledSample();
    const before = JSON.stringify(model.dump());
    const { host } = fakeHost(model);
    await host.run(() => ({ findings: SAMPLE_FINDINGS }), noProgress);

    const t1 = model.sheet('公开01表')!;
    expect(JSON.stringify(model.dump())).not.toBe(before);
    expect(t1.conditionalFormats).toHaveLength(1);
    expect(t1.conditionalFormats[0]).toMatchObject({ type: 'Custom', top: 15, left: 2, fillColor: '#FFC7CE', priority: 0 });
    expect(isOurFormat(t1.conditionalFormats[0].formula)).toBe(true);
    expect(t1.notes[0].content).toBe(`${MESSAGE_MARKER}\n错误：公开01表 本年收入合计(C16)为空，收入各项合计为601.28万元`);
    // the cell's own fill is untouched while highlighted
    expect(t1.cell(15, 2)!.fill).toEqual({ themeColor: 4, tint: 0.7999816888943144, pattern: 'solid' });

    const { host: again } = fakeHost(model);
    const result = await again.clear(noProgress);
    expect(result.notices).toEqual([]);
    expect(JSON.stringify(model.dump())).toBe(before);
  });

  test('re-auditing replaces the earlier marks instead of stacking them', async () => {
    const model = await styledSample();
    await fakeHost(model).host.run(() => ({ findings: SAMPLE_FINDINGS }), noProgress);
    await fakeHost(model).host.run(() => ({ findings: SAMPLE_FINDINGS }), noProgress);
    expect(model.sheet('公开01表')!.conditionalFormats).toHaveLength(1);
    expect(model.sheet('公开01表')!.notes).toHaveLength(1);
    expect(model.sheet('公开03表')!.conditionalFormats).toHaveLength(2); // the user's and ours
    expect(model.sheet('公开03表')!.notes.filter((n) => n.content.startsWith(MESSAGE_MARKER))).toHaveLength(1);
  });

  test('a later audit that finds nothing removes the old marks', async () => {
    const model = await styledSample();
    const before = JSON.stringify(model.dump());
    await fakeHost(model).host.run(() => ({ findings: SAMPLE_FINDINGS }), noProgress);
    await fakeHost(model).host.run(() => ({ findings: [] }), noProgress);
    expect(JSON.stringify(model.dump())).toBe(before);
  });
});

describe('messages degrade with the requirement sets', () => {
  test('without notes (ExcelApi 1.18) they become threaded comments', async () => {
    const model = await sampleModel();
    await fakeHost(model, { ...ALL_SUPPORT, notes: false }).host.run(() => ({ findings: SAMPLE_FINDINGS }), noProgress);
    expect(model.sheet('公开01表')!.notes).toHaveLength(0);
    expect(model.sheet('公开01表')!.comments[0]).toMatchObject({ row: 15, col: 2 });
    expect(model.sheet(RESULT_SHEET)).toBeUndefined();
  });

  test('without notes or comments they go to the 审核结果 sheet, with a link to each cell; clear removes it', async () => {
    const model = await sampleModel();
    const before = JSON.stringify(model.dump());
    const support = { notes: false, comments: false, merges: false, activeCell: false };
    await fakeHost(model, support).host.run(() => ({ findings: SAMPLE_FINDINGS }), noProgress);
    const sheet = model.sheet(RESULT_SHEET)!;
    expect(sheet.cell(0, 0)!.value).toBe('严重程度');
    expect(sheet.cell(1, 0)!.value).toBe('错误');
    expect(sheet.cell(1, 2)).toMatchObject({ value: '公开01表!C16', hyperlink: "'公开01表'!C16" });
    expect(sheet.cell(1, 4)!.value).toContain('C16');
    await fakeHost(model, support).host.clear(noProgress);
    expect(JSON.stringify(model.dump())).toBe(before);
  });

  test('a cell carrying the user\'s own note keeps it; its finding is listed in 审核结果 instead', async () => {
    const model = await sampleModel();
    model.sheet('公开01表')!.notes.push({ row: 15, col: 2, content: '财务科：待补' });
    const { host, contexts } = fakeHost(model);
    const run = await host.run(() => ({ findings: SAMPLE_FINDINGS }), noProgress);
    expect(model.sheet('公开01表')!.notes).toEqual([{ row: 15, col: 2, content: '财务科：待补' }]);
    expect(model.sheet(RESULT_SHEET)).toBeDefined();
    expect(run.notices.join()).toContain('已有您的批注');
    expect(contexts[0].syncCount).toBe(4); // one more, to locate the user's notes
  });
});

describe('protected sheets and user cells', () => {
  test('a protected sheet gets a clear Chinese notice, the other sheets are marked', async () => {
    const model = await sampleModel();
    model.sheet('公开01表')!.protected = true;
    const run = await fakeHost(model).host.run(() => ({ findings: SAMPLE_FINDINGS }), noProgress);
    expect(run.notices).toContainEqual(expect.stringContaining('工作表“公开01表”受保护，未能标记 C16'));
    expect(model.sheet('公开01表')!.conditionalFormats).toHaveLength(0);
    expect(model.sheet('公开03表')!.conditionalFormats).toHaveLength(1);
  });

  test('fills never overwrite a value the user typed; re-filling replaces only what we wrote', async () => {
    const model = await sampleModel();
    const host = fakeHost(model).host;
    const writes = [
      { sheet: '公开01表', cell: 'C16', value: 601.28, numberFormat: '0.00' }, // empty: written
      { sheet: '公开01表', cell: 'C7', value: 1 }, // holds 601.28: kept
      { sheet: '公开01表', cell: 'H1', value: '=SUM(A1)' }, // text stays text
    ];
    const run = await host.run(() => ({ edits: { writes } }), noProgress);
    const t1 = model.sheet('公开01表')!;
    expect(t1.cell(15, 2)).toMatchObject({ value: 601.28, numberFormat: '0.00' });
    expect(t1.cell(6, 2)!.value).toBe(601.28);
    expect(t1.cell(0, 7)).toMatchObject({ value: '=SUM(A1)', numberFormat: '@' });
    expect(run.notices).toContainEqual('1 个单元格已有您填写的内容，未覆盖。');

    // our own earlier fill is replaced; once the user edits it, it is theirs
    await fakeHost(model).host.run(() => ({ edits: { writes: [{ sheet: '公开01表', cell: 'C16', value: 600 }] } }), noProgress);
    expect(t1.cell(15, 2)!.value).toBe(600);
    t1.setCell(15, 2, { value: 599 });
    await fakeHost(model).host.run(() => ({ edits: { writes: [{ sheet: '公开01表', cell: 'C16', value: 601 }] } }), noProgress);
    expect(t1.cell(15, 2)!.value).toBe(599);
  });

  test('a sheet write creates the sheet, and rewrites it next time', async () => {
    const model = await sampleModel();
    const sheets = [{ sheet: '情况说明', rows: [['一、部门职责'], ['=不是公式']] }];
    await fakeHost(model).host.run(() => ({ edits: { writes: [], sheets } }), noProgress);
    await fakeHost(model).host.run(() => ({ edits: { writes: [], sheets: [{ sheet: '情况说明', rows: [['二']] }] } }), noProgress);
    const s = model.sheet('情况说明')!;
    expect(s.cell(0, 0)!.value).toBe('二');
    expect(s.cell(1, 0)!.value).toBe('');
  });
});

describe('navigation', () => {
  test('selecting a finding activates its sheet and selects its cell, in one sync', async () => {
    const model = await sampleModel();
    const context = new FakeContext(model);
    expect(await selectCell(context as unknown as Excel.RequestContext, { sheet: '公开03表', cell: 'C26' })).toBeNull();
    expect(model.activeSheet).toBe('公开03表');
    expect(model.selection).toBe('公开03表!C26');
    expect(context.syncCount).toBe(1);
  });

  test('a missing sheet gives a Chinese message, not an exception', async () => {
    const context = new FakeContext(await sampleModel());
    expect(await selectCell(context as unknown as Excel.RequestContext, finding('不存在', 'A1', 'error', 'x'))).toContain('无法定位');
  });
});

describe('插入说明 at the active cell', () => {
  test('the draft goes down the column from the selected cell, as text, in the usual 3 syncs', async () => {
    const model = await sampleModel();
    const sheet = model.addSheet('说明稿');
    sheet.setCell(0, 0, { value: '第三部分 情况说明' }); // the user's own heading above the selection
    model.activeSheet = '说明稿';
    model.selection = '说明稿!A3';
    const { host, contexts } = fakeHost(model);
    await host.run((snapshot) => ({ edits: realCore.draftHere!(snapshot, realCore.recognize(snapshot)) }), noProgress);
    expect(contexts[0].syncCount).toBeLessThanOrEqual(3);
    expect(sheet.cell(0, 0)!.value).toBe('第三部分 情况说明');
    expect(sheet.cell(2, 0)!.value).toBe('2024年度部门决算情况说明');
    expect(sheet.cell(3, 0)!.value).toBe('一、收入支出决算总体情况说明');
    expect(String(sheet.cell(8, 0)!.value)).toContain('基本支出516.37万元，占85.88%');
  });

  test('a cell in the way: nothing is written and the notice names it', async () => {
    const model = await sampleModel();
    model.sheet('公开01表')!.setCell(9, 7, { value: '用户的备注' }); // H10, below the selection
    model.activeSheet = '公开01表';
    model.selection = '公开01表!H1';
    const before = JSON.stringify(model.dump());
    let edits: Edits | undefined;
    await fakeHost(model).host.run((snapshot) => {
      edits = realCore.draftHere!(snapshot, realCore.recognize(snapshot));
      return { edits };
    }, noProgress);
    expect(edits!.writes).toEqual([]);
    expect(edits!.notices![0]).toMatch(/从 公开01表!H1 向下 \d+ 行均为空，但 H10 已有内容/);
    expect(JSON.stringify(model.dump())).toBe(before);
  });
});

import * as path from 'path';
import { recognize } from '../../src/core/recognize';
import { buildInputSheet, draftAtSelection, draftEdits, draftLines, fillNarrativePercentages, INPUT_KEYS, itemKey } from '../../src/core/narrative';
import { asSnapshot, FIXTURES, SAMPLE, setByKey, snapshotOf, withSheet } from './helpers';

describe('pane entry points', () => {
  test('draftAtSelection: one paragraph per row from the active cell down, only into empty cells', async () => {
    const snap = await snapshotOf(SAMPLE);
    const wb = recognize(snap);
    const none = draftAtSelection(snap, wb);
    expect(none.writes).toEqual([]);
    expect(none.notices).toEqual(['请先在工作表中选中要插入情况说明的单元格。']);

    const here = draftAtSelection({ ...snap, selection: { sheet: '公开01表', cell: 'K5' } }, wb);
    const lines = draftLines(here.draft);
    expect(here.notices).toBeUndefined();
    expect(here.writes).toHaveLength(lines.length);
    expect(here.writes[0]).toEqual({ sheet: '公开01表', cell: 'K5', value: lines[0] });
    expect(here.writes[lines.length - 1].cell).toBe(`K${5 + lines.length - 1}`);

    const blocked = draftAtSelection({ ...snap, selection: { sheet: '公开01表', cell: 'A15' } }, wb); // A16 本年收入合计 below
    expect(blocked.writes).toEqual([]);
    expect(blocked.notices![0]).toContain('A16 已有内容');
  });

  test('draftEdits: 说明数据 and 情况说明 sheets, text only', async () => {
    const snap = await snapshotOf(SAMPLE);
    const edits = draftEdits(snap, recognize(snap));
    expect(edits.writes).toEqual([]);
    expect(edits.sheets.map((s) => s.sheet)).toEqual(['说明数据', '情况说明']);
    expect(edits.sheets[1].rows.every((r) => r.length === 1 && typeof r[0] === 'string')).toBe(true);
  });

  test('draftEdits keeps a 情况说明 the user wrote, and replaces its own identical draft', async () => {
    const snap = await snapshotOf(path.join(FIXTURES, 'narrative-seed000.xlsx'));
    const wb = recognize(snap);
    const edits = draftEdits(snap, wb);
    expect(edits.sheets[1].sheet).toBe('情况说明（草稿）');
    const own = withSheet(snap, { ...asSnapshot({ ...edits.sheets[1], sheet: '情况说明' }) });
    expect(draftEdits(own, wb).sheets[1].sheet).toBe('情况说明');
  });

  test('fillNarrativePercentages writes empty or earlier-computed cells only', async () => {
    const snap = await snapshotOf(SAMPLE);
    const wb = recognize(snap);
    const sheet = asSnapshot(buildInputSheet(wb));
    setByKey(sheet, itemKey('2080505'), '年初预算数', 41.01); // rate cell still empty
    setByKey(sheet, INPUT_KEYS.grandTotal, '上年决算数', 617.4);
    setByKey(sheet, INPUT_KEYS.grandTotal, '比上年增减', '增加1万元，增加1%'); // stale computed text
    setByKey(sheet, itemKey('2080501'), '年初预算数', 10.12);
    setByKey(sheet, itemKey('2080501'), '完成率/占比', '见附注'); // the user's own words stay
    const writes = fillNarrativePercentages(withSheet(snap, sheet), wb);
    const rowOf = (key: string) => sheet.values.findIndex((r) => r[0] === key) + 1;
    expect(writes).toEqual(expect.arrayContaining([
      { sheet: '说明数据', cell: `H${rowOf(itemKey('2080505'))}`, value: '95.15%' },
      { sheet: '说明数据', cell: `I${rowOf(INPUT_KEYS.grandTotal)}`, value: '减少16.12万元，减少2.61%' },
    ]));
    expect(writes.some((w) => w.cell === `H${rowOf(itemKey('2080501'))}`)).toBe(false);
    expect(writes).toHaveLength(2);
    expect(fillNarrativePercentages(snap, wb)).toEqual([]); // no 说明数据 sheet: nothing to fill
  });
});

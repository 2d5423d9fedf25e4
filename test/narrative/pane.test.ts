import * as path from 'path';
import { recognize } from '../../src/core/recognize';
import { buildInputSheet, draftEdits, fillNarrativePercentages, INPUT_KEYS, itemKey } from '../../src/core/narrative';
import { asSnapshot, FIXTURES, SAMPLE, setByKey, snapshotOf, withSheet } from './helpers';

describe('pane entry points', () => {
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

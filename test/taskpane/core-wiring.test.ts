/** The pane's real core (src/taskpane/core.ts) on the sample workbook: every action runs end to end. */
import { realCore } from '../../src/taskpane/core';
import { loadSnapshot, SAMPLE } from '../helpers/load';

describe('realCore on the sample workbook', () => {
  test('审核 reports the documented C16 error (workbooks/README.md)', async () => {
    const snapshot = await loadSnapshot(SAMPLE);
    const { findings, workbook } = realCore.audit(snapshot);
    expect(workbook.tables.map((t) => t.id)).toEqual(expect.arrayContaining(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07']));
    expect(findings).toContainEqual(expect.objectContaining({ severity: 'error', sheet: '公开01表', cell: 'C16' }));
  });

  test('填充, 生成说明 and 评分 are wired and return edits / evaluations', async () => {
    const snapshot = await loadSnapshot(SAMPLE);
    const workbook = realCore.recognize(snapshot);
    expect(Array.isArray(realCore.fill!(snapshot, workbook).writes)).toBe(true);
    const draft = realCore.draft!(snapshot, workbook);
    expect(draft.sheets!.length).toBeGreaterThan(0);
    const score = realCore.score!(snapshot, workbook);
    expect(score.evaluations.length).toBeGreaterThan(0);
    expect(score.evaluations.some((e) => e.statedTotal !== null)).toBe(true);
  });
});

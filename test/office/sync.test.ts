/**
 * Issue 4: a full audit in Excel is read (2 syncs) + write (1 sync), the same for a workbook 50× larger,
 * and no sync carries more than Excel on the web's 5 MB.
 */
import { audit } from '../../src/core';
import { readSnapshot as readFileSnapshot } from '../../src/hosts/file/read';
import { readWorkbook } from '../../src/hosts/office/read';
import * as fs from 'fs';
import { SAMPLE } from '../helpers/load';
import { FakeContext, PAYLOAD_LIMIT_BYTES } from './fake-excel';
import { ALL_SUPPORT, fakeHost, sampleModel, SAMPLE_FINDINGS } from './helpers';

const noProgress = (): void => undefined;

describe('sync count of a full audit', () => {
  test('the sample workbook: at most 3 syncs, each under 5 MB', async () => {
    const model = await sampleModel();
    const { host, contexts } = fakeHost(model);
    await host.run(() => ({ findings: SAMPLE_FINDINGS }), noProgress);
    expect(contexts).toHaveLength(1);
    expect(contexts[0].syncCount).toBeLessThanOrEqual(3);
    expect(Math.max(...contexts[0].responseBytes)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    console.log(`sample: ${contexts[0].syncCount} syncs, response bytes per sync ${contexts[0].responseBytes.join(' / ')}`);
    // and it did mark the workbook
    expect(model.sheet('公开01表')!.conditionalFormats).toHaveLength(1);
  });

  test('a workbook 50× larger makes the same number of syncs', async () => {
    const small = await sampleModel();
    const large = await sampleModel(50);
    const a = fakeHost(small);
    const b = fakeHost(large);
    await a.host.run(() => ({ findings: SAMPLE_FINDINGS }), noProgress);
    const many = large.sheets.filter((s) => /公开0[136]表/.test(s.name)).flatMap((s) => SAMPLE_FINDINGS.filter((f) => s.name.startsWith(f.sheet)).map((f) => ({ ...f, sheet: s.name })));
    await b.host.run(() => ({ findings: many }), noProgress);
    expect(large.sheets).toHaveLength(small.sheets.length * 50);
    expect(b.contexts[0].syncCount).toBe(a.contexts[0].syncCount);
    expect(Math.max(...b.contexts[0].responseBytes)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    console.log(`50×: ${b.contexts[0].syncCount} syncs, largest response ${b.contexts[0].responseBytes.reduce((x, y) => Math.max(x, y))} bytes`);
  });

  test('the real core audit on the sample stays within 3 syncs', async () => {
    const { host, contexts } = fakeHost(await sampleModel());
    let tables = 0;
    await host.run((snapshot) => {
      const result = audit(snapshot);
      tables = result.workbook.tables.length;
      return { findings: result.findings };
    }, noProgress);
    expect(contexts[0].syncCount).toBeLessThanOrEqual(3);
    expect(tables).toBeGreaterThan(0); // recognition saw the Office snapshot as it sees the file's
  });

  test('past the payload limit, reads fall back to budgeted row bands: every sync under the limit, same snapshot', async () => {
    const model = await sampleModel(10);
    const whole = new FakeContext(model);
    const expected = (await readWorkbook(whole as unknown as Excel.RequestContext, ALL_SUPPORT)).snapshot;
    const limited = new FakeContext(model);
    limited.payloadLimit = 128 * 1024;
    const got = (await readWorkbook(limited as unknown as Excel.RequestContext, ALL_SUPPORT, { budgetBytes: 100 * 1024 })).snapshot;
    expect(got).toEqual(expected);
    expect(limited.syncCount).toBeGreaterThan(3);
    // the failed attempt is the only sync above the limit
    expect(limited.responseBytes.filter((b) => b > limited.payloadLimit)).toHaveLength(1);
  });
});

describe('the Office snapshot equals the file host snapshot', () => {
  test('values, positions and merges of every sheet of the sample', async () => {
    const fileSnapshot = await readFileSnapshot(fs.readFileSync(SAMPLE));
    const context = new FakeContext(await sampleModel());
    const { snapshot } = await readWorkbook(context as unknown as Excel.RequestContext, ALL_SUPPORT);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(fileSnapshot.sheets.map((s) => s.name));
    snapshot.sheets.forEach((s, i) => {
      const f = fileSnapshot.sheets[i];
      expect({ top: s.top, left: s.left, values: s.values }).toEqual({ top: f.top, left: f.left, values: f.values });
      expect([...s.merges].sort()).toEqual([...f.merges].sort());
    });
  });

  test('reading a value that was not loaded throws, as Office.js does', async () => {
    const context = new FakeContext(await sampleModel());
    const range = context.workbook.worksheets.getItem('公开01表').getRange('C7');
    range.load('address');
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.address).toBe('公开01表!C7');
    expect(() => range.values).toThrow(/not available/);
  });
});

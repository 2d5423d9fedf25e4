import * as path from 'path';
import { audit } from '../../src/core';
import { recognize } from '../../src/core/recognize';
import type { Finding } from '../../src/core/findings';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import {
  buildInputSheet, checkNarrative, checkNarrativeText, draftNarrative, draftSheet, findNarrativeParagraphs, INPUT_KEYS, itemKey, readInputSheet,
} from '../../src/core/narrative';
import { asSnapshot, FIXTURES, SAMPLE, setByKey, snapshotOf, withSheet } from './helpers';

const byRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

describe('check of seed 000 published text (sample workbook + 情况说明)', () => {
  let findings: Finding[];
  beforeAll(async () => {
    const snap = await snapshotOf(path.join(FIXTURES, 'narrative-seed000.xlsx'));
    findings = checkNarrative(snap, recognize(snap));
  });

  test('finds the unit missing in 年初预算为41.01元', () => {
    const unit = byRule(findings, 'TEXT.unit');
    expect(unit).toHaveLength(1);
    expect(unit[0].message).toContain('「年初预算为41.01元」');
    expect(unit[0]).toMatchObject({ sheet: '情况说明', severity: 'error', group: '情况说明' });
  });

  test('finds 支出决算为437.36万元 for 行政运行 whose table value is 368.36', () => {
    const amounts = byRule(findings, 'TEXT.amount');
    expect(amounts).toHaveLength(1);
    expect(amounts[0]).toMatchObject({ expected: 368.36, actual: 437.36, severity: 'error' });
    expect(amounts[0].message).toContain('437.36');
    expect(amounts[0].cells).toEqual([{ sheet: '情况说明', cell: amounts[0].cell }, { sheet: '公开05表', cell: 'C28' }]);
  });

  test('no false alarms on the sentences that are right (二, 三, 五(二), 六, 七 shares, years)', () => {
    expect(byRule(findings, 'TEXT.share')).toEqual([]);
    expect(byRule(findings, 'TEXT.year')).toEqual([]); // 表彰2023年度全系统… is not the report's year
    expect(byRule(findings, 'TEXT.direction')).toEqual([]);
    // 完成年初预算的100% with a 0 budget (items 8, 9, 11) and 完成预算的0% (因公出国) are the only others
    const rest = findings.filter((f) => !['TEXT.unit', 'TEXT.amount'].includes(f.rule));
    expect(rest.every((f) => f.rule === 'TEXT.zero-denominator' && f.severity === 'warning')).toBe(true);
    expect(rest).toHaveLength(4);
  });
});

test('the text check is part of the audit (juesuan check, the pane)', async () => {
  const snap = await snapshotOf(path.join(FIXTURES, 'narrative-seed000.xlsx'));
  const text = audit(snap).findings.filter((f) => f.rule.startsWith('TEXT.'));
  expect(text.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(
    expect.arrayContaining(['TEXT.unit 情况说明!A21', 'TEXT.amount 情况说明!A37']),
  );
  expect(text.every((f) => f.group === '情况说明')).toBe(true);
});

describe('check of seed 002 published text', () => {
  let findings: Finding[];
  beforeAll(async () => {
    const snap = await snapshotOf(path.join(FIXTURES, 'narrative-seed002.xlsx'));
    findings = checkNarrative(snap, recognize(snap));
  });

  test('finds the structure total 2395.37 against 2475.18', () => {
    const total = byRule(findings, 'TEXT.amount').find((f) => f.actual === 2395.37);
    expect(total).toMatchObject({ expected: 2475.18 });
    expect(total!.message).toContain('「财政拨款支出2395.37万元」');
  });

  test('finds 2023年度 inside the 2024 report (section 四 and section 十四)', () => {
    const years = byRule(findings, 'TEXT.year');
    expect(years.map((f) => f.actual)).toEqual([2023, 2023]);
    expect(years[0].message).toContain('2023年度财政拨款收、支总计2475.18万元');
    expect(years[1].message).toContain('2023年度部门整体支出');
  });

  test('also finds 92.61元 and the 公务接待费 决算 copied from 因公出国 (24.88 against 1.19)', () => {
    expect(byRule(findings, 'TEXT.unit')[0].message).toContain('92.61元');
    const reception = byRule(findings, 'TEXT.amount').find((f) => f.message.includes('公务接待费'));
    expect(reception).toMatchObject({ expected: 1.19, actual: 24.88 });
  });
});

describe('round trip: our own draft passes our own check', () => {
  async function roundTrip(withInputs: boolean): Promise<Finding[]> {
    const snap = await snapshotOf(SAMPLE);
    const wb = recognize(snap);
    let full: WorkbookSnapshot = snap;
    let inputs;
    if (withInputs) {
      const sheet = asSnapshot(buildInputSheet(wb));
      setByKey(sheet, INPUT_KEYS.grandTotal, '上年决算数', 617.4);
      setByKey(sheet, INPUT_KEYS.fiscalTotal, '上年决算数', 617.4);
      setByKey(sheet, INPUT_KEYS.gpbTotal, '上年决算数', 617.4);
      setByKey(sheet, INPUT_KEYS.gpbTotal, '年初预算数', 617.4);
      setByKey(sheet, itemKey('2080505'), '年初预算数', 41.01);
      setByKey(sheet, itemKey('2129999'), '年初预算数', 0);
      setByKey(sheet, INPUT_KEYS.reception, '上年决算数', 0.32);
      setByKey(sheet, INPUT_KEYS.running, '年初预算数', 86.22);
      setByKey(sheet, INPUT_KEYS.running, '上年决算数', 158.99);
      for (const [k, v] of [[INPUT_KEYS.purchaseGoods, 6.68], [INPUT_KEYS.purchaseWorks, 0.07], [INPUT_KEYS.purchaseServices, 46.49], [INPUT_KEYS.purchaseSme, 53.23], [INPUT_KEYS.purchaseSmall, 50]] as const) {
        setByKey(sheet, k, '本年数', v);
      }
      full = withSheet(full, sheet);
      inputs = readInputSheet(sheet);
    }
    const draft = draftNarrative(wb, inputs);
    full = withSheet(full, asSnapshot(draftSheet(draft)));
    expect(findNarrativeParagraphs(full).length).toBeGreaterThan(30);
    return checkNarrative(full, wb);
  }
  test('without inputs', async () => {
    expect(await roundTrip(false)).toEqual([]);
  });
  test('with inputs', async () => {
    expect(await roundTrip(true)).toEqual([]);
  });
});

describe('checks on hand-written sentences', () => {
  async function check(lines: string[], inputsEdit?: (s: ReturnType<typeof asSnapshot>) => void): Promise<Finding[]> {
    const snap = await snapshotOf(SAMPLE);
    const wb = recognize(snap);
    let full = withSheet(snap, { name: '说明', top: 0, left: 0, values: lines.map((l) => [l]), merges: [] });
    if (inputsEdit) {
      const sheet = asSnapshot(buildInputSheet(wb));
      inputsEdit(sheet);
      full = withSheet(full, sheet);
    }
    return checkNarrative(full, wb);
  }
  const HEAD = ['2024年度部门决算情况说明', '一、收入支出决算总体情况说明'];

  test('wrong share, wrong direction word, wrong rate', async () => {
    const f = await check([
      ...HEAD,
      '2024年度收、支总计601.28万元。与上年相比，减少16.12万元，增长2.61%。',
      '二、收入决算情况说明',
      '本年收入合计601.28万元，其中：财政拨款收入601.28万元，占100%。',
      '三、支出决算情况说明',
      '本年支出合计601.28万元，其中：基本支出516.37万元，占58.88%；项目支出84.91万元，占14.12%。',
      '五、一般公共预算财政拨款支出决算情况说明',
      '（三）一般公共预算财政拨款支出决算具体情况',
      '1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。',
      '年初预算为41.01万元，支出决算为39.02万元，完成年初预算的96.15%，决算数大于年初预算数的主要原因是：有人员退休。',
    ]);
    expect(byRule(f, 'TEXT.direction').map((x) => x.message)).toEqual([
      expect.stringContaining('增减额写“减少”而增减率写“增长”'),
      expect.stringContaining('应写“决算数小于年初预算数”'),
    ]);
    expect(byRule(f, 'TEXT.share')).toHaveLength(1);
    expect(byRule(f, 'TEXT.share')[0].message).toContain('应为85.88%');
    expect(byRule(f, 'TEXT.rate')[0].message).toContain('96.15%');
  });

  test('a change against last year is checked against 说明数据', async () => {
    const f = await check([...HEAD, '2024年度收、支总计601.28万元。与上年相比，减少16.12万元，减少2.61%。', '二、收入决算情况说明', '三、支出决算情况说明'], (s) =>
      setByKey(s, INPUT_KEYS.grandTotal, '上年决算数', 620),
    );
    expect(byRule(f, 'TEXT.amount')[0].message).toContain('应为减少18.72万元');
  });

  test('a sheet that is not a narrative is not checked', async () => {
    expect(await check(['一、收入支出决算总体情况说明', '收、支总计1万元。'])).toEqual([]);
    const snap = await snapshotOf(SAMPLE);
    expect(checkNarrativeText(snap, recognize(snap))).toEqual([]);
  });
});

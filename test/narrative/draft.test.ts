import * as fs from 'fs';
import * as path from 'path';
import { recognize } from '../../src/core/recognize';
import type { RecognizedTable, RecognizedWorkbook, TableRow } from '../../src/core/model';
import {
  buildInputSheet, draftNarrative, draftSheet, EMPTY_INPUTS, INPUT_KEYS, itemKey, itemReading, PLACEHOLDER_REASON, readInputSheet,
  type NarrativeDraft, type NarrativeInputs,
} from '../../src/core/narrative';
import { asSnapshot, FIXTURES, SAMPLE, setByKey, snapshotOf } from './helpers';

const SEED000 = fs.readFileSync(path.join(__dirname, '..', '..', 'scripts', 'fixtures', 'narrative-text', 'seed000.txt'), 'utf8');

/** Every number of a sentence, with its unit or %, in order: "601.28万元", "85.88%". */
function numbers(text: string): string[] {
  return [...text.replace(/\s+/g, '').matchAll(/\d+(?:\.\d+)?(?:万元|%|元)?/g)].map((m) => m[0]).filter((n) => !/^20\d\d$/.test(n));
}

/** The published paragraph of seed 000 that starts with `start`. */
function published(start: string): string {
  const lines = SEED000.split('\n').map((l) => l.trim()).filter(Boolean);
  const i = lines.findIndex((l) => l.startsWith(start));
  if (i < 0) throw new Error(`not in seed 000: ${start}`);
  let text = lines[i];
  // page breaks split a paragraph: join until a full stop
  for (let j = i + 1; !/[。：]$/.test(text) && j < lines.length; j++) text += lines[j];
  return text;
}

function section(draft: NarrativeDraft, n: string): string[] {
  return draft.sections.find((s) => s.number === n)!.paragraphs;
}

/** Inputs as a user of seed 000 would type them into 说明数据. */
function seed000Inputs(wb: RecognizedWorkbook): NarrativeInputs {
  const sheet = asSnapshot(buildInputSheet(wb));
  const set = (key: string, header: string, v: string | number) => setByKey(sheet, key, header, v);
  set(INPUT_KEYS.grandTotal, '上年决算数', 617.4);
  set(INPUT_KEYS.grandTotal, '与上年增减原因', '单位本年退休2人，工资福利支出减少。');
  set(INPUT_KEYS.fiscalTotal, '上年决算数', '617.40');
  set(INPUT_KEYS.gpbTotal, '上年决算数', 617.4);
  set(INPUT_KEYS.gpbTotal, '年初预算数', 617.4);
  const budgets: [string, number, string?][] = [
    ['2080501', 10.12], ['2080505', 41.01, '有人员退休'], ['2080506', 20.5, '有人员退休'], ['2089999', 0.94, '有人员退休'],
    ['2101101', 16.91, '有人员退休'], ['2101103', 9.72, '有人员退休'], ['2101199', 18.99], ['2129999', 0, '追加“三供一业”改造经费'],
    ['2130199', 0, '因工作开展需要追加专项资金'], ['2160201', 464.98, '有人员退休'], ['2160202', 0],
    ['2160299', 0, '因工作开展需要追加专项资金'], ['2210201', 34.23],
  ];
  for (const [code, b, why] of budgets) {
    set(itemKey(code), '年初预算数', b);
    if (why) set(itemKey(code), '与预算差异原因', why);
  }
  set(INPUT_KEYS.reception, '上年决算数', 0.32);
  set(INPUT_KEYS.reception, '与上年增减原因', '因工作需要，接待次数增多');
  set(INPUT_KEYS.running, '年初预算数', 86.22);
  set(INPUT_KEYS.running, '上年决算数', 158.99);
  set(INPUT_KEYS.purchaseGoods, '本年数', 6.68);
  set(INPUT_KEYS.purchaseWorks, '本年数', 0.07);
  set(INPUT_KEYS.purchaseServices, '本年数', 46.49);
  set(INPUT_KEYS.purchaseTotal, '本年数', 53.23);
  set(INPUT_KEYS.purchaseSme, '本年数', 53.23);
  set(INPUT_KEYS.purchaseSmall, '本年数', 53.23);
  set(INPUT_KEYS.vehicles, '本年数', 1);
  set(INPUT_KEYS.vehicles, '其他说明', '主要机要通信用车1辆');
  set(INPUT_KEYS.generalEquipment, '本年数', 0);
  set(INPUT_KEYS.specialEquipment, '本年数', '0');
  const inputs = readInputSheet(sheet);
  expect(inputs.problems).toEqual([]);
  return inputs;
}

describe('draft from the sample workbook (seed 000)', () => {
  let wb: RecognizedWorkbook;
  let draft: NarrativeDraft;
  beforeAll(async () => {
    wb = recognize(await snapshotOf(SAMPLE));
    draft = draftNarrative(wb, seed000Inputs(wb));
  });

  test('fourteen sections with the headings of seed 000', () => {
    expect(draft.sections.map((s) => `${s.number}、${s.heading}`)).toEqual([
      '一、收入支出决算总体情况说明', '二、收入决算情况说明', '三、支出决算情况说明', '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明', '六、一般公共预算财政拨款基本支出决算情况说明', '七、一般公共预算财政拨款三公经费支出决算情况说明',
      '八、政府性基金预算收入支出决算情况说明', '九、国有资本经营预算支出决算情况说明', '十、机关运行经费支出说明', '十一、一般性支出情况说明',
      '十二、政府采购支出说明', '十三、国有资产占用情况说明', '十四、2024年度预算绩效情况说明',
    ]);
    expect(draft.title).toBe('2024年度部门决算情况说明');
  });

  test('二 and 三 reproduce the published sentences exactly', () => {
    expect(section(draft, '二')).toEqual([published('本年收入合计')]);
    expect(section(draft, '三')).toEqual(['本年支出合计601.28万元，其中：基本支出516.37万元，占85.88%；项目支出84.91万元，占14.12%。']);
    expect(section(draft, '三')).toEqual([published('本年支出合计')]);
  });

  test('一 and 五(一) against last year', () => {
    expect(section(draft, '一')[0]).toBe('2024年度收、支总计601.28万元。与上年相比，减少16.12万元，减少2.61%，主要原因是单位本年退休2人，工资福利支出减少。');
    // numbers up to the reason (the reason of 五(一) was not typed: placeholder)
    expect(numbers(section(draft, '五')[1])).toEqual(numbers(published('2024年度一般公共预算财政拨款支出601.28万元，占本年支出合计')).slice(0, 4));
    expect(section(draft, '五')[1]).toContain(`减少2.61%，主要原因是${PLACEHOLDER_REASON}。`);
  });

  test('五(二) structure: number for number', () => {
    const ours = section(draft, '五')[3];
    expect(ours).toContain('社会保障和就业（类）支出69.49万元，占11.56%；卫生健康（类）支出44.28万元，占7.36%');
    const seed = published('2024年度一般公共预算财政拨款支出601.28万元，主要用于'); // joined across the page break
    expect(numbers(ours)).toEqual(numbers(seed));
  });

  test('五(三) items: names from the code hierarchy, rates, words for a 0 budget, reasons', () => {
    const p = section(draft, '五');
    expect(p[5]).toBe('2024年度一般公共预算财政拨款支出年初预算数为617.4万元，一般公共预算财政拨款支出决算数为601.28万元，完成年初预算的97.39%，其中：');
    expect(p).toContain('2、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。');
    // seed 000 prints 41.01元 (unit missing); the draft prints the unit
    expect(p).toContain('年初预算为41.01万元，支出决算为39.02万元，完成年初预算的95.15%，决算数小于年初预算数的主要原因是：有人员退休。');
    expect(p).toContain('年初预算为10.12万元，支出决算为10.12万元，完成年初预算的100%。');
    expect(p).toContain('年初预算为0万元，支出决算为0.88万元，年初未安排预算，决算数大于年初预算数的主要原因是：追加“三供一业”改造经费。');
    // 行政运行 is 368.36 in the table (seed 000 printed 437.36)
    expect(p).toContain('年初预算为464.98万元，支出决算为368.36万元，完成年初预算的79.22%，决算数小于年初预算数的主要原因是：有人员退休。');
    // a reason not typed stays a visible placeholder
    expect(p).toContain(`年初预算为0万元，支出决算为69万元，年初未安排预算，决算数大于年初预算数的主要原因是：${PLACEHOLDER_REASON}。`);
  });

  test('六 basic expenditure: number for number', () => {
    const ours = section(draft, '六')[0];
    expect(ours).toMatch(/^2024年度一般公共预算财政拨款基本支出516.37万元，其中：人员经费446.21万元，占基本支出的86.41%，主要包括基本工资、/);
    expect(ours).toContain('；公用经费70.15万元，占基本支出的13.59%，主要包括办公费、');
    expect(numbers(ours)).toEqual(numbers(published('2024年度一般公共预算财政拨款基本支出')));
  });

  test('七 三公: budget from T07 预算数, shares of 决算', () => {
    const p = section(draft, '七');
    expect(numbers(p[1])).toEqual(numbers(published('“三公”经费财政拨款支出预算为')).slice(0, 3));
    expect(p).toContain(published('2024年度“三公”经费财政拨款支出决算中'));
    expect(p).toContain('公务接待费支出预算为0.88万元，支出决算为0.88万元，完成预算的100%，与上年相比，增加0.56万元，增加175%，主要原因是：因工作需要，接待次数增多。');
    expect(p).toContain('公务用车运行维护费支出预算为3.19万元，支出决算为3.19万元，完成预算的100%，与上年相比【请填写上年决算数】。');
  });

  test('八, 九 say there is no data as the seeds do; 十, 十二, 十三 from the inputs', () => {
    expect(section(draft, '八')).toEqual(['本单位没有政府性基金收入，也没有使用政府性基金安排的支出。']);
    expect(section(draft, '九')).toEqual(['本单位没有使用国有资本经营预算安排的支出。']);
    expect(section(draft, '十')[0]).toBe(
      `2024年度，机关运行经费支出70.15万元，比年初预算数减少16.07万元，减少18.64%，主要原因是：${PLACEHOLDER_REASON}；比上年决算数减少88.84万元，减少55.88%，主要原因是：${PLACEHOLDER_REASON}。`,
    );
    expect(section(draft, '十二')[0]).toBe(
      '2024年度政府采购支出总额53.23万元，其中：政府采购货物支出6.68万元、政府采购工程支出0.07万元、政府采购服务支出46.49万元。授予中小企业合同金额53.23万元，占政府采购支出总额的100%，其中：授予小微企业合同金额53.23万元，占政府采购支出总额的100%。',
    );
    expect(section(draft, '十三')[0]).toBe('截至2024年12月31日，共有车辆1辆，其中，主要机要通信用车1辆；单位价值50万元以上通用设备0台（套）；单位价值100万元以上专用设备0台（套）。');
  });

  test('without inputs every missing number and reason is a visible placeholder', () => {
    const bare = draftNarrative(wb, EMPTY_INPUTS);
    expect(section(bare, '一')[0]).toBe('2024年度收、支总计601.28万元。与上年相比【请填写上年决算数】。');
    expect(bare.placeholders).toBeGreaterThan(20);
    expect(section(bare, '五')).toContain('年初预算为【请填写年初预算数】，支出决算为39.02万元。');
    // the table numbers are there all the same
    expect(section(bare, '三')).toEqual(section(draft, '三'));
  });

  test('the 情况说明 sheet: one paragraph per row, text only', () => {
    const sheet = draftSheet(draft);
    expect(sheet.sheet).toBe('情况说明');
    expect(sheet.rows[0]).toEqual(['2024年度部门决算情况说明']);
    expect(sheet.rows[1]).toEqual(['一、收入支出决算总体情况说明']);
    for (const row of sheet.rows) {
      expect(row).toHaveLength(1);
      expect(typeof row[0]).toBe('string');
      expect(String(row[0])).not.toMatch(/^[=+\-@]/);
    }
  });
});

/** A T05 listing only 7-digit 项 rows, in no order (seed 003 layout). */
function handBuiltWorkbook(): RecognizedWorkbook {
  const row = (code: string, name: string, cents: number, r: number): TableRow => ({
    key: `code:${code}`, row: r, code, level: '项', name, labelCell: `A${r + 1}`,
    amounts: {
      小计: { sheet: '公开05表', cell: `C${r + 1}`, row: r, col: 2, cents, status: 'number', raw: cents / 100 },
      基本支出: { sheet: '公开05表', cell: `D${r + 1}`, row: r, col: 3, cents, status: 'number', raw: cents / 100 },
    },
  });
  const t05: RecognizedTable = {
    id: 'T05', title: '一般公共预算财政拨款支出决算表', sheet: '公开05表', range: 'A1:E10', titleCell: 'A1', unit: '万元', unitCell: null,
    department: '株洲市天元区总工会', departmentCell: null, number: '公开05表', year: 2023, columns: [],
    rows: [
      row('2012902', '一般行政管理事务', 1059, 6),
      row('2012901', '行政运行', 37236, 7),
      row('2010301', '行政运行', 63, 8),
      row('2210201', '住房公积金', 899, 9),
    ],
    emptyNote: null, codeLayout: 'split',
  };
  return { tables: [t05], evaluations: [], diagnostics: [], department: '株洲市天元区总工会', year: 2023, unit: '万元' };
}

describe('hand-built workbook: only 项 rows (seed 003 layout)', () => {
  test('类/款 names come from the built-in table of codes', () => {
    const wb = handBuiltWorkbook();
    expect(itemReading(wb, '2012901', '行政运行')).toBe('一般公共服务支出（类）群众团体事务（款）行政运行（项）');
    expect(itemReading(wb, '2010301', '行政运行')).toBe('一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）');
    const draft = draftNarrative(wb);
    const five = section(draft, '五');
    expect(five).toContain('2、一般公共服务支出（类）群众团体事务（款）行政运行（项）。');
    // 类 aggregated from the 项 rows: 10.59 + 372.36 + 0.63 = 383.58; the whole is Σ 类 (no 合计 row)
    expect(five[3]).toBe('2023年度一般公共预算财政拨款支出392.57万元，主要用于以下方面：一般公共服务（类）支出383.58万元，占97.71%；住房保障（类）支出8.99万元，占2.29%。');
  });
  test('missing tables give placeholders, never an exception', () => {
    const draft = draftNarrative(handBuiltWorkbook());
    expect(section(draft, '一')[0]).toContain('【请填写收、支总计】');
    expect(section(draft, '六')[0]).toContain('【请填写人员经费】');
    expect(section(draft, '八')).toEqual(['本单位没有政府性基金收入，也没有使用政府性基金安排的支出。']);
  });
});

describe('draft from seed 002 tables (a second department and layout)', () => {
  test('numbers from T05 and T06; T02 合计 blank falls back to T01', async () => {
    const wb = recognize(await snapshotOf(path.join(FIXTURES, 'narrative-seed002.xlsx')));
    const draft = draftNarrative(wb);
    expect(section(draft, '二')).toEqual(['本年收入合计2475.18万元，其中：财政拨款收入2475.18万元，占100%。']);
    expect(section(draft, '三')).toEqual(['本年支出合计2475.18万元，其中：基本支出1449.39万元，占58.56%；项目支出1025.79万元，占41.44%。']);
    expect(section(draft, '六')[0]).toMatch(/人员经费1200.97万元，占基本支出的82.86%.*公用经费248.41万元，占基本支出的17.14%/);
    expect(section(draft, '七')).toContain(
      '2024年度“三公”经费财政拨款支出决算中，公务接待费支出决算1.19万元，占2.38%，因公出国（境）费支出决算24.88万元，占49.69%，公务用车购置费及运行维护费支出决算24万元，占47.93%。其中：',
    );
    expect(section(draft, '七')[1]).toBe(`“三公”经费财政拨款支出预算为34万元，支出决算为50.07万元，完成预算的147.26%，决算数大于预算数的主要原因是：${PLACEHOLDER_REASON}。其中：`);
  });
});

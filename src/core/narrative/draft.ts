/**
 * The draft of 第三部分 情况说明, sections 一 to 十四 in the published style of seed 000 (Hunan 2024
 * numbering: 七 三公, 八 基金, 九 国资). Every number comes from the tables (facts.ts) or from the
 * 说明数据 sheet (inputs.ts); whatever is missing is a visible placeholder, never a guess.
 */
import type { SheetWrite } from '../findings';
import type { RecognizedWorkbook } from '../model';
import type { CellValue } from '../snapshot';
import { allZero, collectFacts, type Fact, type NamedFact, type NarrativeFacts } from './facts';
import { EMPTY_INPUTS, INPUT_KEYS, itemKey, type InputRow, type NarrativeInputs } from './inputs';
import { itemReading, shortClassName } from './names';
import {
  comparisonWord, directionWord, formatPercent, ratioBasisPoints, sharesBasisPoints, wan, ZERO_BUDGET_WORDS, ZERO_PREVIOUS_WORDS,
} from './percent';

/** The visible placeholder for every missing reason (issue 5). */
export const PLACEHOLDER_REASON = '【请填写原因】';
/** Placeholder for a missing number: 【请填写上年决算数】. */
export const placeholder = (what: string) => `【请填写${what}】`;

export const SECTION_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'] as const;
export type SectionNumber = (typeof SECTION_NUMBERS)[number];

/** Headings as seed 000 prints them (十四 carries the year). */
export function sectionHeadings(year: string): Record<SectionNumber, string> {
  return {
    一: '收入支出决算总体情况说明',
    二: '收入决算情况说明',
    三: '支出决算情况说明',
    四: '财政拨款收入支出决算总体情况说明',
    五: '一般公共预算财政拨款支出决算情况说明',
    六: '一般公共预算财政拨款基本支出决算情况说明',
    七: '一般公共预算财政拨款三公经费支出决算情况说明',
    八: '政府性基金预算收入支出决算情况说明',
    九: '国有资本经营预算支出决算情况说明',
    十: '机关运行经费支出说明',
    十一: '一般性支出情况说明',
    十二: '政府采购支出说明',
    十三: '国有资产占用情况说明',
    十四: `${year}年度预算绩效情况说明`,
  };
}

export interface DraftSection {
  number: SectionNumber;
  heading: string;
  paragraphs: string[];
}

export interface NarrativeDraft {
  year: number | null;
  department: string | null;
  /** "2024年度部门决算情况说明". */
  title: string;
  sections: DraftSection[];
  /** How many placeholders the user still has to fill. */
  placeholders: number;
}

/** "主要原因是：…" body: the user's reason without a trailing full stop, or the placeholder. */
function reason(text: string | null | undefined): string {
  if (!text) return PLACEHOLDER_REASON;
  return text.replace(/^(主要原因(是)?[:：]?)/, '').replace(/[。；;，,\s]+$/, '') || PLACEHOLDER_REASON;
}

function amountOr(fact: Fact | null | undefined, what: string): string {
  return fact ? wan(fact.cents) : placeholder(what);
}

function pct(part: number, whole: number, zeroWords: string): string {
  const bp = ratioBasisPoints(part, whole);
  return bp === null ? zeroWords : formatPercent(bp);
}

/** "基本支出516.37万元，占85.88%；项目支出84.91万元，占14.12%" for the non-zero parts of a whole. */
function shareList(parts: NamedFact[], whole: number, prefix = '', suffix = ''): string {
  const shown = parts.filter((p) => p.cents !== 0);
  const shares = sharesBasisPoints(shown.map((p) => p.cents), whole);
  return shown
    .map((p, i) => `${prefix}${p.name}${suffix}${wan(p.cents)}${shares ? `，占${formatPercent(shares[i])}` : ''}`)
    .join('；');
}

/**
 * "与上年相比，减少16.12万元，减少2.61%，主要原因是……" (subject optional: "一般公共预算财政拨款支出").
 * Previous missing → placeholder; equal → 与上年持平; previous 0 → 上年无此项支出.
 */
function changeAgainstLastYear(current: number, row: InputRow | undefined, subject = '', colon = ''): string {
  const previous = row?.previous ?? null;
  if (previous === null) return `与上年相比${placeholder('上年决算数')}`;
  const diff = current - previous;
  if (diff === 0) return '与上年持平';
  const dir = directionWord(diff);
  const amount = wan(Math.abs(diff));
  const rate = previous === 0 ? ZERO_PREVIOUS_WORDS : `${dir}${formatPercent(ratioBasisPoints(Math.abs(diff), previous) as number)}`;
  return `与上年相比，${subject}${dir}${amount}，${rate}，主要原因是${colon}${reason(row?.changeReason)}`;
}

/** "比年初预算数减少16.07万元，减少18.64%，主要原因是：……" against a budget or last year's amount. */
function changeAgainst(label: string, current: number, base: number | null, why: string | null | undefined, zeroWords: string): string {
  if (base === null) return `比${label}${placeholder(label)}`;
  const diff = current - base;
  if (diff === 0) return `与${label}持平`;
  if (base === 0) return `${zeroWords}，主要原因是：${reason(why)}`;
  const dir = directionWord(diff);
  return `比${label}${dir}${wan(Math.abs(diff))}，${dir}${formatPercent(ratioBasisPoints(Math.abs(diff), base) as number)}，主要原因是：${reason(why)}`;
}

function count(row: InputRow | undefined, what: string): string {
  return row?.current !== null && row?.current !== undefined ? String(row.current) : placeholder(what);
}

function sectionOne(f: NarrativeFacts, inputs: NarrativeInputs, Y: string): string[] {
  const total = f.grandTotal?.cents ?? 0;
  return [`${Y}年度收、支总计${amountOr(f.grandTotal, '收、支总计')}。${changeAgainstLastYear(total, inputs.rows[INPUT_KEYS.grandTotal])}。`];
}

function sectionTwo(f: NarrativeFacts): string[] {
  const total = f.incomeTotal?.cents ?? 0;
  const list = shareList(f.incomeSources, total);
  return [`本年收入合计${amountOr(f.incomeTotal, '本年收入合计')}${list ? `，其中：${list}` : ''}。`];
}

function sectionThree(f: NarrativeFacts): string[] {
  const total = f.expenseTotal?.cents ?? 0;
  const list = shareList(f.expenseParts, total);
  return [`本年支出合计${amountOr(f.expenseTotal, '本年支出合计')}${list ? `，其中：${list}` : ''}。`];
}

function sectionFour(f: NarrativeFacts, inputs: NarrativeInputs, Y: string): string[] {
  const total = f.fiscalTotal?.cents ?? 0;
  return [`${Y}年度财政拨款收、支总计${amountOr(f.fiscalTotal, '财政拨款收、支总计')}，${changeAgainstLastYear(total, inputs.rows[INPUT_KEYS.fiscalTotal])}。`];
}

function sectionFive(workbook: RecognizedWorkbook, f: NarrativeFacts, inputs: NarrativeInputs, Y: string): string[] {
  const total = f.gpbTotal?.cents ?? 0;
  const out: string[] = [];
  out.push('（一）一般公共预算财政拨款支出决算总体情况');
  const share = f.expenseTotal ? `，占本年支出合计的${pct(total, f.expenseTotal.cents, '—')}` : '';
  out.push(
    `${Y}年度一般公共预算财政拨款支出${amountOr(f.gpbTotal, '一般公共预算财政拨款支出')}${share}，` +
      `${changeAgainstLastYear(total, inputs.rows[INPUT_KEYS.gpbTotal], '一般公共预算财政拨款支出')}。`,
  );

  out.push('（二）一般公共预算财政拨款支出决算结构情况');
  const classes = f.gpbClasses.filter((c) => c.cents !== 0);
  const classList = shareList(
    classes.map((c) => ({ ...c, name: shortClassName(c.name) })),
    total,
    '',
    '（类）支出',
  );
  out.push(`${Y}年度一般公共预算财政拨款支出${amountOr(f.gpbTotal, '一般公共预算财政拨款支出')}${classList ? `，主要用于以下方面：${classList}` : ''}。`);

  out.push('（三）一般公共预算财政拨款支出决算具体情况');
  const items = f.gpbItems.filter((it) => it.cents !== 0 || (inputs.rows[itemKey(it.code)]?.budget ?? 0) !== 0);
  const totalRow = inputs.rows[INPUT_KEYS.gpbTotal];
  const itemBudgets = items.map((it) => inputs.rows[itemKey(it.code)]?.budget ?? null);
  const budgetTotal = totalRow?.budget ?? (items.length > 0 && itemBudgets.every((b) => b !== null) ? itemBudgets.reduce((s: number, b) => s + (b as number), 0) : null);
  const budgetText = budgetTotal === null ? placeholder('年初预算数') : wan(budgetTotal);
  const rateText = budgetTotal === null ? placeholder('年初预算数') : pct(total, budgetTotal, ZERO_BUDGET_WORDS);
  const rateClause = budgetTotal === 0 ? ZERO_BUDGET_WORDS : `完成年初预算的${rateText}`;
  out.push(`${Y}年度一般公共预算财政拨款支出年初预算数为${budgetText}，一般公共预算财政拨款支出决算数为${wan(total)}，${rateClause}，其中：`);
  items.forEach((it, i) => {
    const row = inputs.rows[itemKey(it.code)];
    out.push(`${i + 1}、${itemReading(workbook, it.code, it.name)}。`);
    out.push(itemSentence(it.cents, row));
  });
  return out;
}

/** "年初预算为41.01万元，支出决算为39.02万元，完成年初预算的95.15%，决算数小于年初预算数的主要原因是：……。" */
export function itemSentence(actual: number, row: InputRow | undefined): string {
  const budget = row?.budget ?? null;
  if (budget === null) return `年初预算为${placeholder('年初预算数')}，支出决算为${wan(actual)}。`;
  const head = `年初预算为${wan(budget)}，支出决算为${wan(actual)}`;
  const diff = actual - budget;
  if (budget === 0) {
    if (actual === 0) return `${head}。`;
    return `${head}，${ZERO_BUDGET_WORDS}，决算数${comparisonWord(diff)}年初预算数的主要原因是：${reason(row?.budgetReason)}。`;
  }
  const rate = `完成年初预算的${formatPercent(ratioBasisPoints(actual, budget) as number)}`;
  if (diff === 0) return `${head}，${rate}。`;
  return `${head}，${rate}，决算数${comparisonWord(diff)}年初预算数的主要原因是：${reason(row?.budgetReason)}。`;
}

function sectionSix(f: NarrativeFacts, Y: string): string[] {
  const basic = f.gpbBasic?.cents ?? 0;
  const part = (name: string, fact: Fact | null, items: string[]) => {
    if (!fact) return `${name}${placeholder(name)}`;
    const list = items.length ? `，主要包括${items.join('、')}` : '';
    return `${name}${wan(fact.cents)}，占基本支出的${shares ? formatPercent(shares[name === '人员经费' ? 0 : 1]) : '—'}${list}`;
  };
  const shares = f.personnel && f.publicFunds ? sharesBasisPoints([f.personnel.cents, f.publicFunds.cents], basic) : null;
  return [
    `${Y}年度一般公共预算财政拨款基本支出${amountOr(f.gpbBasic, '基本支出')}，其中：${part('人员经费', f.personnel, f.personnelItems)}；${part('公用经费', f.publicFunds, f.publicItems)}。`,
  ];
}

const SAN_GONG_LINES: { key: string; label: string; role: string }[] = [
  { key: INPUT_KEYS.abroad, label: '因公出国（境）费', role: '因公出国（境）费' },
  { key: INPUT_KEYS.reception, label: '公务接待费', role: '公务接待费' },
  { key: INPUT_KEYS.carPurchase, label: '公务用车购置费', role: '公务用车购置费' },
  { key: INPUT_KEYS.carRunning, label: '公务用车运行维护费', role: '公务用车运行费' },
];

/** 三公 预算: the 说明数据 value when typed, else T07's 预算数. */
function sanGongBudget(f: NarrativeFacts, inputs: NarrativeInputs, key: string, role: string): number | null {
  return inputs.rows[key]?.budget ?? f.sanGong?.[`预算数.${role}`]?.cents ?? null;
}

function budgetComparison(actual: number, budget: number | null, row: InputRow | undefined): string[] {
  if (budget === null) return [`完成预算的${placeholder('预算数')}`];
  const clauses: string[] = [];
  if (budget === 0) {
    if (actual !== 0) clauses.push('未安排预算');
  } else clauses.push(`完成预算的${formatPercent(ratioBasisPoints(actual, budget) as number)}`);
  if (actual !== budget) clauses.push(`决算数${comparisonWord(actual - budget)}预算数的主要原因是：${reason(row?.budgetReason)}`);
  return clauses;
}

function sectionSeven(f: NarrativeFacts, inputs: NarrativeInputs, Y: string): string[] {
  if (!f.sanGong) return [`本单位${Y}年度无“三公”经费财政拨款支出决算表数据。${PLACEHOLDER_REASON}`];
  const actual = (role: string) => f.sanGong?.[`决算数.${role}`]?.cents ?? 0;
  const out: string[] = ['（一）“三公”经费财政拨款支出决算总体情况说明'];
  const totalActual = actual('合计');
  const totalBudget = sanGongBudget(f, inputs, INPUT_KEYS.sanGongTotal, '合计');
  const totalRow = inputs.rows[INPUT_KEYS.sanGongTotal];
  out.push(
    `“三公”经费财政拨款支出预算为${totalBudget === null ? placeholder('预算数') : wan(totalBudget)}，支出决算为${wan(totalActual)}，` +
      `${budgetComparison(totalActual, totalBudget, totalRow).join('，')}。其中：`,
  );
  for (const line of SAN_GONG_LINES) {
    const row = inputs.rows[line.key];
    const a = actual(line.role);
    const b = sanGongBudget(f, inputs, line.key, line.role);
    const clauses = [`${line.label}支出预算为${b === null ? placeholder('预算数') : wan(b)}`, `支出决算为${wan(a)}`, ...budgetComparison(a, b, row)];
    const change = changeAgainstLastYear(a, row, '', '：');
    out.push(`${clauses.join('，')}，${change}。`);
  }

  out.push('（二）“三公”经费财政拨款支出决算具体情况说明');
  const reception = actual('公务接待费');
  const abroad = actual('因公出国（境）费');
  const cars = actual('公务用车购置及运行费') || actual('公务用车购置费') + actual('公务用车运行费');
  const shares = sharesBasisPoints([reception, abroad, cars], totalActual);
  const s = (i: number) => (shares ? `，占${formatPercent(shares[i])}` : '');
  out.push(
    `${Y}年度“三公”经费财政拨款支出决算中，公务接待费支出决算${wan(reception)}${s(0)}，因公出国（境）费支出决算${wan(abroad)}${s(1)}，` +
      `公务用车购置费及运行维护费支出决算${wan(cars)}${s(2)}。其中：`,
  );
  const r = inputs.rows;
  out.push(`1、因公出国（境）费支出决算为${wan(abroad)}，全年安排因公出国（境）团组${count(r[INPUT_KEYS.abroadGroups], '团组数')}个，累计${count(r[INPUT_KEYS.abroadPeople], '人次')}人次。`);
  out.push(
    `2、公务接待费支出决算为${wan(reception)}，全年共接待来访团组${count(r[INPUT_KEYS.receptionGroups], '团组数')}个、来宾${count(r[INPUT_KEYS.receptionPeople], '人次')}人次` +
      `${reception !== 0 ? `，主要是${reason(r[INPUT_KEYS.reception]?.note)}` : ''}。`,
  );
  const purchase = actual('公务用车购置费');
  const running = actual('公务用车运行费');
  const purchaseNote = purchase === 0 ? '，本年未购置公务用车' : `，${reason(r[INPUT_KEYS.carPurchase]?.note)}`;
  const runningNote = running === 0 ? '' : `，主要是${reason(r[INPUT_KEYS.carRunning]?.note)}`;
  out.push(
    `3、公务用车购置费及运行维护费支出决算为${wan(cars)}，其中：公务用车购置费${wan(purchase)}${purchaseNote}；公务用车运行维护费${wan(running)}${runningNote}。` +
      `截至${Y}年12月31日，我单位开支财政拨款的公务用车保有量为${count(r[INPUT_KEYS.vehicles], '车辆数')}辆。`,
  );
  return out;
}

function sectionEight(f: NarrativeFacts, Y: string): string[] {
  if (allZero(f.fund)) return ['本单位没有政府性基金收入，也没有使用政府性基金安排的支出。'];
  const g = f.fund as Record<string, Fact>;
  const parts: NamedFact[] = [
    { name: '基本支出', ...g['基本支出'] },
    { name: '项目支出', ...g['项目支出'] },
  ];
  const list = shareList(parts, g['本年支出小计'].cents);
  return [
    `${Y}年度政府性基金预算财政拨款年初结转和结余${wan(g['年初结转和结余'].cents)}，本年收入${wan(g['本年收入'].cents)}，` +
      `本年支出${wan(g['本年支出小计'].cents)}${list ? `，其中：${list}` : ''}，年末结转和结余${wan(g['年末结转和结余'].cents)}。`,
  ];
}

function sectionNine(f: NarrativeFacts, Y: string): string[] {
  if (allZero(f.soe)) return ['本单位没有使用国有资本经营预算安排的支出。'];
  const g = f.soe as Record<string, Fact>;
  const list = shareList([{ name: '基本支出', ...g['基本支出'] }, { name: '项目支出', ...g['项目支出'] }], g['合计'].cents);
  return [`${Y}年度国有资本经营预算财政拨款支出${wan(g['合计'].cents)}${list ? `，其中：${list}` : ''}。`];
}

function sectionTen(f: NarrativeFacts, inputs: NarrativeInputs, Y: string): string[] {
  const row = inputs.rows[INPUT_KEYS.running];
  const current = row?.current ?? f.publicFunds?.cents ?? null;
  if (current === null) return [`${Y}年度，机关运行经费支出${placeholder('机关运行经费')}。`];
  const vsBudget = changeAgainst('年初预算数', current, row?.budget ?? null, row?.budgetReason, ZERO_BUDGET_WORDS);
  const vsLast = changeAgainst('上年决算数', current, row?.previous ?? null, row?.changeReason, ZERO_PREVIOUS_WORDS);
  return [`${Y}年度，机关运行经费支出${wan(current)}，${vsBudget}；${vsLast}。`];
}

function generalExpense(label: string, row: InputRow | undefined, fallback: Fact | null): string {
  const actual = row?.current ?? fallback?.cents ?? null;
  if (actual === null) return `${label}支出决算为${placeholder(label)}。`;
  const budget = row?.budget ?? null;
  const head = budget === null ? `${label}年初预算${placeholder('年初预算数')}，支出决算为${wan(actual)}` : `${label}年初预算${wan(budget)}，支出决算为${wan(actual)}`;
  const rate = budget === null ? '' : budget === 0 ? `，${ZERO_BUDGET_WORDS}` : `，完成年初预算的${formatPercent(ratioBasisPoints(actual, budget) as number)}`;
  const use = actual === 0 ? '' : `，主要用于${reason(row?.note)}`;
  return `${head}${rate}${use}。`;
}

function sectionEleven(f: NarrativeFacts, inputs: NarrativeInputs, Y: string): string[] {
  const events = inputs.rows[INPUT_KEYS.events];
  let eventText: string;
  if (events?.current === null || events?.current === undefined) eventText = `举办节庆、晚会、论坛、赛事等活动的支出${placeholder('节庆论坛等活动支出')}。`;
  else if (events.current === 0) eventText = '本单位无举办节庆、晚会、论坛、赛事等活动的预算和开支。';
  else eventText = `本单位举办节庆、晚会、论坛、赛事等活动支出${wan(events.current)}，主要用于${reason(events.note)}。`;
  return [
    `${Y}年度，${generalExpense('会议费', inputs.rows[INPUT_KEYS.meeting], f.meeting)}`,
    generalExpense('培训费', inputs.rows[INPUT_KEYS.training], f.training),
    eventText,
  ];
}

function sectionTwelve(inputs: NarrativeInputs, Y: string): string[] {
  const r = inputs.rows;
  const v = (k: string) => r[k]?.current ?? null;
  const parts = [v(INPUT_KEYS.purchaseGoods), v(INPUT_KEYS.purchaseWorks), v(INPUT_KEYS.purchaseServices)];
  const total = v(INPUT_KEYS.purchaseTotal) ?? (parts.every((p) => p !== null) ? parts.reduce((s: number, p) => s + (p as number), 0) : null);
  if (total === null) return [`${Y}年度政府采购支出总额${placeholder('政府采购支出数据')}。`];
  if (total === 0) return [`${Y}年度本单位无政府采购支出。`];
  const amt = (x: number | null, what: string) => (x === null ? placeholder(what) : wan(x));
  const share = (x: number | null) => (x === null ? placeholder('合同金额') : formatPercent(ratioBasisPoints(x, total) as number));
  const sme = v(INPUT_KEYS.purchaseSme);
  const small = v(INPUT_KEYS.purchaseSmall);
  return [
    `${Y}年度政府采购支出总额${wan(total)}，其中：政府采购货物支出${amt(parts[0], '货物支出')}、政府采购工程支出${amt(parts[1], '工程支出')}、` +
      `政府采购服务支出${amt(parts[2], '服务支出')}。授予中小企业合同金额${amt(sme, '中小企业合同金额')}，占政府采购支出总额的${share(sme)}，` +
      `其中：授予小微企业合同金额${amt(small, '小微企业合同金额')}，占政府采购支出总额的${share(small)}。`,
  ];
}

function sectionThirteen(inputs: NarrativeInputs, Y: string): string[] {
  const r = inputs.rows;
  const vehicles = r[INPUT_KEYS.vehicles];
  const composition = vehicles?.note ? `，其中，${vehicles.note.replace(/[。；;，,]+$/, '')}` : '';
  return [
    `截至${Y}年12月31日，共有车辆${count(vehicles, '车辆数')}辆${composition}；单位价值50万元以上通用设备${count(r[INPUT_KEYS.generalEquipment], '通用设备数')}台（套）；` +
      `单位价值100万元以上专用设备${count(r[INPUT_KEYS.specialEquipment], '专用设备数')}台（套）。`,
  ];
}

function sectionFourteen(f: NarrativeFacts, inputs: NarrativeInputs, Y: string): string[] {
  const r = inputs.rows;
  const basic = f.expenseParts.find((p) => p.name === '基本支出');
  const project = f.expenseParts.find((p) => p.name === '项目支出');
  const funds = r[INPUT_KEYS.perfFunds]?.current ?? null;
  const projectWhole = f.gpbProject?.cents ?? 0;
  const fundsText = funds === null ? placeholder('项目资金') : wan(funds);
  const share = funds === null ? placeholder('项目资金') : pct(funds, projectWhole, '—');
  return [
    `根据预算绩效管理要求，我部门组织对${Y}年度部门整体支出和项目支出开展了绩效自评。${Y}年整体支出${amountOr(f.expenseTotal, '整体支出')}，` +
      `其中：基本支出${amountOr(basic, '基本支出')}，项目支出${amountOr(project, '项目支出')}，${Y}年度一般公共预算项目支出涉及项目${count(r[INPUT_KEYS.perfProjects], '项目个数')}个，` +
      `涉及资金${fundsText}，占一般公共预算项目支出总额的${share}。`,
    `从评价情况来看，${reason(r[INPUT_KEYS.perfConclusion]?.note)}。`,
  ];
}

function countPlaceholders(sections: DraftSection[]): number {
  let n = 0;
  for (const s of sections) for (const p of s.paragraphs) n += (p.match(/【请填写[^】]*】/g) ?? []).length;
  return n;
}

/** Draft all fourteen sections from the recognised tables and the 说明数据 inputs. */
export function draftNarrative(workbook: RecognizedWorkbook, inputs: NarrativeInputs = EMPTY_INPUTS): NarrativeDraft {
  const f = collectFacts(workbook);
  const Y = workbook.year !== null ? String(workbook.year) : placeholder('年度');
  const headings = sectionHeadings(Y);
  const body: Record<SectionNumber, string[]> = {
    一: sectionOne(f, inputs, Y),
    二: sectionTwo(f),
    三: sectionThree(f),
    四: sectionFour(f, inputs, Y),
    五: sectionFive(workbook, f, inputs, Y),
    六: sectionSix(f, Y),
    七: sectionSeven(f, inputs, Y),
    八: sectionEight(f, Y),
    九: sectionNine(f, Y),
    十: sectionTen(f, inputs, Y),
    十一: sectionEleven(f, inputs, Y),
    十二: sectionTwelve(inputs, Y),
    十三: sectionThirteen(inputs, Y),
    十四: sectionFourteen(f, inputs, Y),
  };
  const sections = SECTION_NUMBERS.map((number) => ({ number, heading: headings[number], paragraphs: body[number] }));
  return {
    year: workbook.year,
    department: workbook.department,
    title: `${Y}年度部门决算情况说明`,
    sections,
    placeholders: countPlaceholders(sections),
  };
}

/** The draft as lines: title, then each "一、heading" followed by its paragraphs. */
export function draftLines(draft: NarrativeDraft): string[] {
  const lines = [draft.title];
  for (const s of draft.sections) lines.push(`${s.number}、${s.heading}`, ...s.paragraphs);
  return lines;
}

export function draftText(draft: NarrativeDraft): string {
  return draftLines(draft).join('\n\n');
}

export const NARRATIVE_SHEET_NAME = '情况说明';

/** The 情况说明 sheet: one paragraph per row in column A, text only (hosts write text, never formulas). */
export function draftSheet(draft: NarrativeDraft): SheetWrite {
  const rows: CellValue[][] = draftLines(draft).map((line) => [line]);
  return { sheet: NARRATIVE_SHEET_NAME, rows, columnWidths: [120] };
}

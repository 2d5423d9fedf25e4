/**
 * Check an existing 第三部分 情况说明 against the tables (issue 5, DOMAIN.md §3): a sheet whose rows are
 * the section paragraphs is found by content; every amount it quotes is compared with the table it
 * comes from, every percentage with the computation, every direction word with the sign; a unit
 * missing (`41.01元` in a 万元 report) and a year that is not the report's year are reported too.
 *
 * Percentages are checked with the rounding of the amounts in mind: a share is wrong only when no
 * amounts within ±0.005万元 of the printed ones give it (the published text rounds from 元).
 */
import { parseAmount, formatCentsShort } from '../amount';
import { a1 } from '../address';
import type { CellRef, Finding, Severity } from '../findings';
import type { RecognizedWorkbook } from '../model';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { squash } from '../text';
import { collectFacts, type CodedFact, type Fact, type NamedFact, type NarrativeFacts } from './facts';
import { EMPTY_INPUTS, INPUT_KEYS, INPUT_SHEET_NAME, itemKey, readInputsFrom, type NarrativeInputs } from './inputs';
import { codeName, shortClassName } from './names';
import { formatPercent, sharesBasisPoints } from './percent';

const GROUP = '情况说明';

/** A paragraph of the text with the cell that holds it. */
export interface NarrativeParagraph {
  sheet: string;
  cell: string;
  /** As written. */
  text: string;
  /** NFKC, whitespace and markdown removed: what the patterns read and the findings quote. */
  norm: string;
}

type SectionId =
  | 'overall' | 'income' | 'expense' | 'fiscal' | 'gpb' | 'basic' | 'sangong' | 'fund' | 'soe'
  | 'running' | 'general' | 'purchase' | 'assets' | 'perf' | 'other';

const HEADING = /^([一二三四五六七八九十]{1,3})[、.]/;

/** Section by its heading's words (numbering differs by year: seed 000 七 三公, seed 003 七 基金). */
function sectionOf(heading: string): SectionId | null {
  const h = heading.replace(HEADING, '');
  if (/收入支出决算总体情况/.test(h) && !/财政拨款/.test(h)) return 'overall';
  if (/财政拨款收入支出决算总体/.test(h)) return 'fiscal';
  if (/三公/.test(h)) return 'sangong';
  if (/基本支出/.test(h)) return 'basic';
  if (/一般公共预算财政拨款支出/.test(h)) return 'gpb';
  if (/政府性基金/.test(h)) return 'fund';
  if (/国有资本经营/.test(h)) return 'soe';
  if (/收入决算情况/.test(h)) return 'income';
  if (/支出决算情况/.test(h)) return 'expense';
  if (/机关运行经费/.test(h)) return 'running';
  if (/一般性支出/.test(h)) return 'general';
  if (/政府采购/.test(h)) return 'purchase';
  if (/国有资产/.test(h)) return 'assets';
  if (/绩效/.test(h)) return 'perf';
  if (/其他/.test(h)) return 'other';
  return null;
}

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/^#+/, '')
    .replace(/\*\*/g, '')
    .replace(/<\/?b>/g, '')
    .replace(/"三公"/g, '“三公”');
}

/** A line that may start a section heading, tested on the raw text first (most sheets are tables). */
const RAW_HEADING = /^[\s\u3000#*]*(<b>)?[一二三四五六七八九十]{1,3}[、.．]/;
const RAW_HEADING_ANY_LINE = new RegExp(RAW_HEADING.source, 'm');

/** The 情况说明 sections whose headings the sheet holds (一、收入支出决算总体情况说明 …). */
function sectionsOf(sheet: SheetSnapshot): Set<SectionId> {
  const sections = new Set<SectionId>();
  for (const row of sheet.values)
    for (const v of row) {
      if (typeof v !== 'string' || !RAW_HEADING_ANY_LINE.test(v)) continue;
      for (const line of v.split(/\r?\n/)) {
        if (!RAW_HEADING.test(line)) continue;
        const norm = normalize(line);
        const section = HEADING.test(norm) && norm.length <= 40 ? sectionOf(norm) : null;
        if (section) sections.add(section);
      }
    }
  return sections;
}

/** Text cells of a sheet in reading order, one paragraph per line. */
function paragraphsOf(sheet: SheetSnapshot): NarrativeParagraph[] {
  const out: NarrativeParagraph[] = [];
  sheet.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v !== 'string' || v.trim() === '') return;
      const cell = a1(sheet.top + i, sheet.left + j);
      for (const line of v.split(/\r?\n/)) {
        const norm = normalize(line);
        if (norm) out.push({ sheet: sheet.name, cell, text: line, norm });
      }
    }),
  );
  return out;
}

/**
 * The sheets that hold a 情况说明: at least three section headings of the narrative, among them 一
 * 总体情况 (or five at least), in any sheet but 说明数据.
 */
export function findNarrativeParagraphs(snapshot: WorkbookSnapshot): NarrativeParagraph[] {
  const out: NarrativeParagraph[] = [];
  for (const sheet of snapshot.sheets) {
    if (squash(sheet.name) === INPUT_SHEET_NAME) continue;
    const sections = sectionsOf(sheet);
    if (sections.size >= 3 && (sections.has('overall') || sections.size >= 5)) out.push(...paragraphsOf(sheet));
  }
  return out;
}

// ---- numbers in text ----

const N = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const UNIT = '(万元|万|元)?';

interface Decimal {
  text: string;
  value: number;
  /** Half of the last printed digit: 0.005 for "601.28" and for "450.1" (trailing zeros dropped). */
  half: number;
  cents: number;
}

function decimal(text: string): Decimal {
  const clean = text.replace(/,/g, '');
  const decimals = (clean.split('.')[1] ?? '').length;
  return { text, value: Number(clean), half: decimals > 2 ? 0.5 * 10 ** -decimals : 0.005, cents: parseAmount(clean).cents };
}

/** Range of part / whole (as %) for amounts within their printing precision. */
function ratioRange(part: Decimal, whole: Decimal | { value: number; half: number }): [number, number] | null {
  const wlo = whole.value - whole.half;
  const whi = whole.value + whole.half;
  if (wlo <= 0) return null;
  const plo = Math.max(0, part.value - part.half);
  const phi = part.value + part.half;
  return [(plo / whi) * 100, (phi / wlo) * 100];
}

/** A printed percentage agrees with a range when its own rounding interval touches it. */
function percentAgrees(printed: number, range: [number, number]): boolean {
  return printed + 0.005 + 1e-9 >= range[0] && printed - 0.005 - 1e-9 <= range[1];
}

function fmtRange(range: [number, number]): string {
  const mid = (range[0] + range[1]) / 2;
  return `${(Math.round(mid * 100) / 100).toString()}%`;
}

// ---- findings ----

interface Context {
  facts: NarrativeFacts;
  inputs: NarrativeInputs;
  workbook: RecognizedWorkbook;
  year: number | null;
  unit: '万元' | '元' | null;
  findings: Finding[];
  seen: Set<string>;
}

const TITLES: Record<string, string> = {
  'TEXT.amount': '情况说明金额与表格不符',
  'TEXT.share': '情况说明占比有误',
  'TEXT.rate': '情况说明完成率或增减率有误',
  'TEXT.direction': '情况说明增减方向用词有误',
  'TEXT.zero-denominator': '情况说明以0为分母写了百分比',
  'TEXT.unit': '情况说明金额缺少单位“万”',
  'TEXT.year': '情况说明年度与报表年度不符',
  'TEXT.sum': '情况说明分项之和与总额不符',
};

function report(
  ctx: Context, p: NarrativeParagraph, rule: string, severity: Severity, phrase: string, message: string,
  sources: CellRef[] = [], expected: number | null = null, actual: number | null = null,
): void {
  const id = `${rule}|${p.sheet}|${p.cell}|${phrase}`;
  if (ctx.seen.has(id)) return;
  ctx.seen.add(id);
  const cells: CellRef[] = [{ sheet: p.sheet, cell: p.cell }];
  for (const c of sources) if (!cells.some((x) => x.sheet === c.sheet && x.cell === c.cell)) cells.push(c);
  ctx.findings.push({
    rule, severity, sheet: p.sheet, cell: p.cell, cells, expected, actual,
    message: `情况说明 ${p.sheet}!${p.cell}「${phrase}」：${message}`,
    title: TITLES[rule] ?? '情况说明有误', group: GROUP,
  });
}

function where(fact: Fact | null | undefined): string {
  const c = fact?.cells[0];
  return c ? `（${c.sheet}!${c.cell}）` : '';
}

/** The printed amount must equal the table's (to the cent). */
function checkAmount(ctx: Context, p: NarrativeParagraph, phrase: string, label: string, printed: string, unit: string | undefined, fact: Fact | null | undefined): void {
  if (!fact) return;
  const d = decimal(printed);
  if ((printed.split('.')[1] ?? '').length > 2) return; // "0.005万元": a finer figure than the tables
  if (unit === '元' && ctx.unit !== '元') return; // reported as TEXT.unit; the figure may be right
  if (d.cents === fact.cents) return;
  report(ctx, p, 'TEXT.amount', 'error', phrase,
    `${label}应为${formatCentsShort(fact.cents)}万元${where(fact)}，文中写${printed}万元`, fact.cells, fact.cents / 100, d.cents / 100);
}

/** A printed share against the expected share (largest remainder of the table amounts). */
function checkShare(ctx: Context, p: NarrativeParagraph, phrase: string, label: string, printed: string, part: Fact | null | undefined, whole: Fact | null | undefined, expectedBp: number | null, rule = 'TEXT.share'): void {
  if (!part || !whole || whole.cents === 0) return;
  const pr = Number(printed);
  const range = ratioRange(decimal(formatCentsShort(part.cents)), decimal(formatCentsShort(whole.cents)));
  if (!range) return;
  if (expectedBp !== null && Math.abs(pr * 100 - expectedBp) < 0.5) return;
  if (percentAgrees(pr, range)) return;
  const expected = expectedBp !== null ? formatPercent(expectedBp) : fmtRange(range);
  report(ctx, p, rule, 'error', phrase,
    `${label}应为${expected}（${formatCentsShort(part.cents)} ÷ ${formatCentsShort(whole.cents)}${where(whole)}），文中写${printed}%`,
    [...part.cells, ...whole.cells]);
}

/** A printed rate against the printed amounts of the same sentence (internal consistency). */
function checkRateOfPrinted(ctx: Context, p: NarrativeParagraph, phrase: string, label: string, printed: string, part: string, whole: string): void {
  const w = decimal(whole);
  if (w.value === 0) {
    report(ctx, p, 'TEXT.zero-denominator', 'warning', phrase, `${label}的分母为0，应写“年初未安排预算”一类文字，不写百分比（文中写${printed}%）`);
    return;
  }
  const range = ratioRange(decimal(part), w);
  if (!range || percentAgrees(Number(printed), range)) return;
  report(ctx, p, 'TEXT.rate', 'warning', phrase, `${label}应为${fmtRange(range)}（${part} ÷ ${whole}），文中写${printed}%`);
}

const UP = /^(增加|增长|提高|上升|超出)$/;
const DOWN = /^(减少|降低|下降|节约)$/;

function sign(word: string): number {
  return UP.test(word) ? 1 : DOWN.test(word) ? -1 : 0;
}

// ---- patterns ----

function all(re: RegExp, text: string): RegExpExecArray[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...text.matchAll(g)] as RegExpExecArray[];
}

/** 41.01元 in a 万元 report. */
function checkUnits(ctx: Context, p: NarrativeParagraph): void {
  if (ctx.unit === '元') return;
  for (const m of all(/([^,，;；:：。]{0,12}?)(\d+(?:\.\d+)?)(万元|万|元)(?![/／每])/, p.norm)) {
    if (m[3] !== '元') continue;
    const before = p.norm.slice(0, m.index + m[1].length);
    if (/[亿千百]$/.test(before)) continue;
    report(ctx, p, 'TEXT.unit', 'error', m[0], `金额单位应为“万元”，文中写“${m[2]}元”（报表金额单位：万元）`);
  }
}

const YEAR_SUBJECT = /^(收、?支|收支|财政拨款|一般公共预算|部门|本单位|单位|整体|“三公”|三公|机关运行|政府采购|预算|决算|收入|支出|,|，)/;

/** 2023年度 in a 2024 report, where the year dates the report's own figures; 截至YYYY年12月31日. */
function checkYears(ctx: Context, p: NarrativeParagraph): void {
  if (ctx.year === null) return;
  for (const m of all(/(\d{4})年度/, p.norm)) {
    const y = Number(m[1]);
    if (y === ctx.year) continue;
    const after = p.norm.slice(m.index + m[0].length);
    const atStart = m.index === 0;
    if (!atStart && !YEAR_SUBJECT.test(after)) continue;
    const phrase = p.norm.slice(m.index).split(/[,，。;；]/)[0].slice(0, 24);
    report(ctx, p, 'TEXT.year', 'error', phrase, `报表年度为${ctx.year}年，文中写“${m[1]}年度”`, [], ctx.year, y);
  }
  for (const m of all(/截[至止](\d{4})年12月31日/, p.norm)) {
    if (Number(m[1]) === ctx.year) continue;
    report(ctx, p, 'TEXT.year', 'error', m[0], `报表年度为${ctx.year}年，应为“截至${ctx.year}年12月31日”`, [], ctx.year, Number(m[1]));
  }
}

const CHANGE = new RegExp(`(?:与上年相比|比上年(?:决算数?|实际支出)?|较上年|比年初预算数?)[,，]?(?:的${N}万元)?[^,，。;；]{0,16}?(增加|减少|增长|降低|下降)了?${N}万?元?[,，](增加|减少|增长|降低|下降|增幅|降幅)了?${N}%`);

/**
 * "与上年相比，减少16.12万元，减少2.61%": the two direction words agree, and the rate agrees with the
 * amounts (上年 = 本年 ∓ 增减额). When 说明数据 gives 上年 for the subject, the 增减额 must match it.
 */
function checkChanges(ctx: Context, p: NarrativeParagraph, subject: { printed: string; previous?: number | null; label: string } | null): void {
  // A rate derived from an amount already reported wrong would only repeat that finding.
  if (ctx.findings.some((x) => x.rule === 'TEXT.amount' && x.sheet === p.sheet && x.cell === p.cell)) return;
  for (const m of all(CHANGE, p.norm)) {
    const [phrase, basePrinted, word1, diffPrinted, word2, ratePrinted] = m;
    const s1 = sign(word1);
    const s2 = /增幅/.test(word2) ? 1 : /降幅/.test(word2) ? -1 : sign(word2);
    if (s1 !== 0 && s2 !== 0 && s1 !== s2) {
      report(ctx, p, 'TEXT.direction', 'error', phrase, `增减额写“${word1}”而增减率写“${word2}”，方向不一致`);
      continue;
    }
    // The subject amount: the figure the sentence is about (last amount before the clause, not in a change).
    const before = p.norm.slice(0, m.index);
    const amounts = all(new RegExp(`${N}万元`), before.replace(CHANGE, (x) => '#'.repeat(x.length)));
    const diff = decimal(diffPrinted);
    let base: Decimal | { value: number; half: number } | null = null;
    if (basePrinted) base = decimal(basePrinted);
    else if (subject && /上年/.test(phrase)) {
      const cur = decimal(subject.printed);
      base = { value: cur.value - s1 * diff.value, half: cur.half + diff.half };
      if (subject.previous !== null && subject.previous !== undefined) {
        const expectedDiff = cur.cents - subject.previous;
        if (Math.abs(expectedDiff) !== diff.cents || (expectedDiff !== 0 && Math.sign(expectedDiff) !== s1)) {
          report(ctx, p, 'TEXT.amount', 'error', phrase,
            `${subject.label}本年${subject.printed}万元、上年${formatCentsShort(subject.previous)}万元（说明数据），应为${expectedDiff >= 0 ? '增加' : '减少'}${formatCentsShort(Math.abs(expectedDiff))}万元`,
            [], Math.abs(expectedDiff) / 100, diff.cents / 100);
        }
      }
    } else if (amounts.length > 0) {
      const cur = decimal(amounts[amounts.length - 1][1]);
      base = { value: cur.value - s1 * diff.value, half: cur.half + diff.half };
    }
    if (!base) continue;
    if (base.value - base.half <= 0) continue;
    const range = ratioRange(diff, base);
    if (range && !percentAgrees(Number(ratePrinted), range)) {
      report(ctx, p, 'TEXT.rate', 'warning', phrase, `增减率应约为${fmtRange(range)}（${diffPrinted} ÷ ${Math.round(base.value * 100) / 100}），文中写${ratePrinted}%`);
    }
  }
}

function named(list: NamedFact[], name: string): NamedFact | undefined {
  return list.find((x) => x.name === name);
}

/** Largest-remainder shares of the non-zero parts, by name. */
function lrShares(parts: NamedFact[], whole: number | undefined): Map<string, number> {
  const shown = parts.filter((x) => x.cents !== 0);
  const s = sharesBasisPoints(shown.map((x) => x.cents), whole);
  const out = new Map<string, number>();
  shown.forEach((x, i) => s && out.set(x.name, s[i]));
  return out;
}

/** Find the T05 项 a heading like 商业服务业等支出（类）商业流通事务（款）行政运行（项） names. */
function resolveItem(ctx: Context, heading: string): CodedFact | null {
  const m = /(?:\d+[、.]|\(\d+\))?([^()]*?)\(类\)([^()]*?(?:\([^()]*\)[^()]*?)*?)\(款\)(.*?)\(项\)/.exec(heading);
  const itemName = m ? m[3] : (/([^()、.]+?)\(项\)/.exec(heading)?.[1] ?? '');
  if (!itemName) return null;
  const strip = (s: string) => squash(s).normalize('NFKC').replace(/支出$/, '');
  const candidates = ctx.facts.gpbItems.filter((it) => strip(it.name) === strip(itemName));
  if (candidates.length <= 1 || !m) return candidates[0] ?? null;
  const kuan = strip(m[2]);
  const cls = strip(m[1].replace(/^\d+[、.]/, ''));
  const score = (it: CodedFact) =>
    (strip(codeName(ctx.workbook, it.code.slice(0, 5)) ?? '') === kuan ? 2 : 0) + (strip(codeName(ctx.workbook, it.code.slice(0, 3)) ?? '') === cls ? 1 : 0);
  return [...candidates].sort((a, b) => score(b) - score(a))[0];
}

function sanGongRole(label: string): string {
  if (label.startsWith('因公出国')) return '因公出国（境）费';
  if (label === '公务接待费') return '公务接待费';
  if (label === '公务用车购置费及运行维护费') return '公务用车购置及运行费';
  if (label === '公务用车购置费') return '公务用车购置费';
  return '公务用车运行费';
}

const SG_LABEL = '(因公出国\\(境\\)费|公务接待费|公务用车购置费及运行维护费|公务用车购置费|公务用车运行维护费)';

function checkParagraph(ctx: Context, p: NarrativeParagraph, section: SectionId | null, sub: string, item: CodedFact | null): void {
  const f = ctx.facts;
  const t = p.norm;
  const inputs = ctx.inputs.rows;
  const amount = (re: RegExp, label: string, fact: Fact | null | undefined) => {
    for (const m of all(re, t)) checkAmount(ctx, p, m[0], label, m[1], m[2], fact);
  };
  checkUnits(ctx, p);
  checkYears(ctx, p);

  switch (section) {
    case 'overall': {
      amount(new RegExp(`(?<!财政拨款)收、?支总计${N}${UNIT}`), '收、支总计', f.grandTotal);
      const m = new RegExp(`(?<!财政拨款)收、?支总计${N}`).exec(t);
      checkChanges(ctx, p, m ? { printed: m[1], previous: inputs[INPUT_KEYS.grandTotal]?.previous, label: '收、支总计' } : null);
      break;
    }
    case 'fiscal': {
      amount(new RegExp(`财政拨款收、?支总计${N}${UNIT}`), '财政拨款收、支总计', f.fiscalTotal);
      const m = new RegExp(`财政拨款收、?支总计${N}`).exec(t);
      checkChanges(ctx, p, m ? { printed: m[1], previous: inputs[INPUT_KEYS.fiscalTotal]?.previous, label: '财政拨款收、支总计' } : null);
      break;
    }
    case 'income': {
      amount(new RegExp(`收入合计${N}${UNIT}`), '本年收入合计', f.incomeTotal);
      const shares = lrShares(f.incomeSources, f.incomeTotal?.cents);
      for (const m of all(new RegExp(`(财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入)${N}${UNIT}(?:[,，]占${N}%)?`), t)) {
        const part = named(f.incomeSources, m[1]);
        checkAmount(ctx, p, m[0], m[1], m[2], m[3], part);
        if (m[4]) checkShare(ctx, p, m[0], `${m[1]}占本年收入合计的比重`, m[4], part, f.incomeTotal, shares.get(m[1]) ?? null);
      }
      break;
    }
    case 'expense': {
      amount(new RegExp(`支出合计${N}${UNIT}`), '本年支出合计', f.expenseTotal);
      const shares = lrShares(f.expenseParts, f.expenseTotal?.cents);
      for (const m of all(new RegExp(`(基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出)${N}${UNIT}(?:[,，]占${N}%)?`), t)) {
        const part = named(f.expenseParts, m[1]);
        checkAmount(ctx, p, m[0], m[1], m[2], m[3], part);
        if (m[4]) checkShare(ctx, p, m[0], `${m[1]}占本年支出合计的比重`, m[4], part, f.expenseTotal, shares.get(m[1]) ?? null);
      }
      break;
    }
    case 'gpb': {
      amount(new RegExp(`财政拨款支出${N}${UNIT}`), '一般公共预算财政拨款支出', f.gpbTotal);
      for (const m of all(new RegExp(`财政拨款支出${N}万?元?[,，]占本年支出合计的${N}%`), t)) {
        checkShare(ctx, p, m[0], '一般公共预算财政拨款支出占本年支出合计的比重', m[2], f.gpbTotal, f.expenseTotal, null);
      }
      const m0 = new RegExp(`财政拨款支出${N}`).exec(t);
      if (sub === '一') checkChanges(ctx, p, m0 ? { printed: m0[1], previous: inputs[INPUT_KEYS.gpbTotal]?.previous, label: '一般公共预算财政拨款支出' } : null);
      // (三) total: 年初预算数为617.4万元，…决算数为601.28万元，完成年初预算的97.39% (items say 年初预算为)
      for (const m of item ? [] : all(new RegExp(`年初预算数为?${N}${UNIT}[,，][^,，]*?决算数为?${N}${UNIT}[,，]完成年初预算(?:数)?的${N}%`), t)) {
        checkAmount(ctx, p, m[0], '一般公共预算财政拨款支出决算数', m[3], m[4], f.gpbTotal);
        const budget = inputs[INPUT_KEYS.gpbTotal]?.budget;
        if (budget !== null && budget !== undefined) checkAmount(ctx, p, m[0], '年初预算数（说明数据）', m[1], m[2], { cents: budget, cells: [] });
        checkRateOfPrinted(ctx, p, m[0], '完成年初预算的比率', m[5], m[3], m[1]);
      }
      // (二) structure: <类>（类）支出69.49万元，占11.56%
      if (sub === '二' || /主要用于/.test(t)) {
        const classes: NamedFact[] = f.gpbClasses.map((c) => ({ ...c, name: c.code }));
        const shares = lrShares(classes, f.gpbTotal?.cents);
        for (const m of all(new RegExp(`([^,，;；:：。]+?)${N}${UNIT}[,，]占${N}%`), t)) {
          const label = m[1].replace(/\(类\)/g, '').replace(/支出/g, '').replace(/^.*主要用于以下方面/, '');
          const cls = f.gpbClasses.find((c) => shortClassName(squash(c.name).normalize('NFKC')).replace(/支出/g, '') === label);
          if (!cls) continue;
          checkAmount(ctx, p, m[0], `${cls.name}（类）`, m[2], m[3], cls);
          checkShare(ctx, p, m[0], `${shortClassName(cls.name)}（类）占一般公共预算财政拨款支出的比重`, m[4], cls, f.gpbTotal, shares.get(cls.code) ?? null);
        }
      }
      // (三) a 项: 年初预算为41.01万元，支出决算为39.02万元，完成年初预算的95.15%，决算数小于年初预算数…
      if (item) {
        const pair = new RegExp(`年初预算数?为${N}${UNIT}[,，。]支出决算数?为${N}${UNIT}`).exec(t);
        if (pair) {
          checkAmount(ctx, p, pair[0], `${item.name}（${item.code}）支出决算`, pair[3], pair[4], item);
          const budget = inputs[itemKey(item.code)]?.budget;
          if (budget !== null && budget !== undefined) checkAmount(ctx, p, pair[0], `${item.name}年初预算（说明数据）`, pair[1], pair[2], { cents: budget, cells: [] });
          const rate = new RegExp(`完成(?:年初)?预算(?:数)?的?${N}%`).exec(t);
          if (rate) checkRateOfPrinted(ctx, p, rate[0], '完成年初预算的比率', rate[1], pair[3], pair[1]);
          const cmp = /决算数(大于|小于|等于)(?:年初)?预算数/.exec(t);
          const diff = decimal(pair[3]).cents - decimal(pair[1]).cents;
          if (cmp && pair[2] !== '元') {
            const right = diff > 0 ? '大于' : diff < 0 ? '小于' : '等于';
            if (cmp[1] !== right) report(ctx, p, 'TEXT.direction', 'error', cmp[0], `决算${pair[3]}万元、年初预算${pair[1]}万元，应写“决算数${right}年初预算数”`);
          }
        }
      }
      break;
    }
    case 'basic': {
      amount(new RegExp(`基本支出${N}${UNIT}`), '一般公共预算财政拨款基本支出', f.gpbBasic);
      const parts: NamedFact[] = [];
      if (f.personnel) parts.push({ name: '人员经费', ...f.personnel });
      if (f.publicFunds) parts.push({ name: '公用经费', ...f.publicFunds });
      const shares = lrShares(parts, f.gpbBasic?.cents);
      for (const m of all(new RegExp(`(人员经费|公用经费)${N}${UNIT}(?:[,，]占(?:基本支出的)?${N}%)?`), t)) {
        const part = named(parts, m[1]);
        checkAmount(ctx, p, m[0], m[1], m[2], m[3], part);
        if (m[4]) checkShare(ctx, p, m[0], `${m[1]}占基本支出的比重`, m[4], part, f.gpbBasic, shares.get(m[1]) ?? null);
      }
      break;
    }
    case 'sangong': {
      const sg = f.sanGong;
      if (!sg) break;
      const total = new RegExp(`“三公”经费(?:财政拨款)?(?:支出)?预算(?:数)?为?${N}(万元|万)?[,，](?:“三公”经费)?(?:支出)?决算(?:数)?为?${N}${UNIT}`).exec(t);
      const pairs: { end: number; actual: string; budget: string }[] = [];
      if (total) {
        checkAmount(ctx, p, total[0], '“三公”经费预算数', total[1], total[2], sg['预算数.合计']);
        checkAmount(ctx, p, total[0], '“三公”经费决算数', total[3], total[4], sg['决算数.合计']);
        pairs.push({ end: total.index + total[0].length, actual: total[3], budget: total[1] });
      }
      for (const m of all(new RegExp(`${SG_LABEL}(?:全年)?(?:支出)?预算(?:数)?为?${N}(万元|万)?[,，](?:支出)?决算(?:数)?为?${N}${UNIT}`), t)) {
        const role = sanGongRole(m[1]);
        checkAmount(ctx, p, m[0], `${m[1]}预算数`, m[2], m[3], sg[`预算数.${role}`]);
        checkAmount(ctx, p, m[0], `${m[1]}决算数`, m[4], m[5], sg[`决算数.${role}`]);
        pairs.push({ end: m.index + m[0].length, actual: m[4], budget: m[2] });
      }
      for (const m of all(new RegExp(`完成预算的${N}%`), t)) {
        const pair = [...pairs].reverse().find((x) => x.end <= m.index);
        if (pair) checkRateOfPrinted(ctx, p, m[0], '完成预算的比率', m[1], pair.actual, pair.budget);
      }
      const parts: NamedFact[] = [
        { name: '公务接待费', ...sg['决算数.公务接待费'] },
        { name: '因公出国（境）费', ...sg['决算数.因公出国（境）费'] },
        { name: '公务用车购置及运行费', ...sg['决算数.公务用车购置及运行费'] },
      ];
      const shares = lrShares(parts, sg['决算数.合计'].cents);
      for (const m of all(new RegExp(`${SG_LABEL}(?:支出)?(?:决算(?:数)?)?为?${N}(万元|万)(?:[,，]占${N}%)?`), t)) {
        const role = sanGongRole(m[1]);
        checkAmount(ctx, p, m[0], `${m[1]}决算数`, m[2], m[3], sg[`决算数.${role}`]);
        if (m[4]) checkShare(ctx, p, m[0], `${m[1]}占“三公”经费决算的比重`, m[4], sg[`决算数.${role}`], sg['决算数.合计'], shares.get(role) ?? null);
      }
      checkChanges(ctx, p, null);
      break;
    }
    case 'running': {
      const row = inputs[INPUT_KEYS.running];
      if (row?.current !== null && row?.current !== undefined) {
        amount(new RegExp(`机关运行经费(?:支出)?${N}${UNIT}`), '机关运行经费（说明数据）', { cents: row.current, cells: row.cells.current ? [{ sheet: ctx.inputs.sheet as string, cell: row.cells.current }] : [] });
      }
      checkChanges(ctx, p, null);
      break;
    }
    case 'purchase': {
      const total = new RegExp(`政府采购支出总额${N}`).exec(t);
      const parts = ['货物', '工程', '服务'].map((k) => new RegExp(`政府采购${k}支出${N}`).exec(t));
      if (total && parts.every(Boolean)) {
        const sum = parts.reduce((s, m) => s + decimal((m as RegExpExecArray)[1]).cents, 0);
        const tot = decimal(total[1]).cents;
        if (Math.abs(sum - tot) > 2) {
          report(ctx, p, 'TEXT.sum', 'warning', total[0], `货物、工程、服务之和为${formatCentsShort(sum)}万元，与总额${total[1]}万元不符`);
        }
      }
      if (total) {
        for (const m of all(new RegExp(`(中小微?企业|小微企业)合同金额${N}万?元?[,，]占政府采购支出总额的${N}%`), t)) {
          checkRateOfPrinted(ctx, p, m[0], `${m[1]}合同金额占政府采购支出总额的比重`, m[3], m[2], total[1]);
        }
      }
      break;
    }
    case 'perf': {
      amount(new RegExp(`整体支出${N}${UNIT}`), '整体支出', f.expenseTotal);
      amount(new RegExp(`(?<!项目)基本支出${N}${UNIT}`), '基本支出', named(f.expenseParts, '基本支出'));
      amount(new RegExp(`[,，:：]项目支出${N}${UNIT}`), '项目支出', named(f.expenseParts, '项目支出'));
      break;
    }
    default:
      if (section) checkChanges(ctx, p, null);
  }
}

/** Report year: the tables', else the text's own "2024年度部门决算情况说明" heading. */
function reportYear(workbook: RecognizedWorkbook, paras: NarrativeParagraph[]): number | null {
  if (workbook.year !== null) return workbook.year;
  for (const p of paras) {
    const m = /(\d{4})年度?部门决算情况说明/.exec(p.norm);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * Check every 情况说明 paragraph in the workbook. Findings sit on the text cell, quote the phrase,
 * rule ids TEXT.*, group 情况说明. No narrative sheet → no findings.
 */
export function checkNarrativeText(snapshot: WorkbookSnapshot, workbook: RecognizedWorkbook, inputs: NarrativeInputs = EMPTY_INPUTS): Finding[] {
  const paras = findNarrativeParagraphs(snapshot);
  if (paras.length === 0) return [];
  const ctx: Context = {
    facts: collectFacts(workbook), inputs, workbook, year: reportYear(workbook, paras), unit: workbook.unit ?? '万元', findings: [], seen: new Set(),
  };
  let section: SectionId | null = null;
  let sub = '';
  let item: CodedFact | null = null;
  let sheet = '';
  for (const p of paras) {
    if (p.sheet !== sheet) {
      sheet = p.sheet;
      section = null;
    }
    const heading = HEADING.exec(p.norm);
    if (heading && p.norm.length <= 40) {
      const s = sectionOf(p.norm);
      if (s) {
        section = s;
        sub = '';
        item = null;
        checkYears(ctx, p);
        continue;
      }
    }
    const subHeading = /^\(([一二三四五六七八九十])\)/.exec(p.norm);
    if (subHeading) {
      sub = subHeading[1];
      item = null;
    }
    if (section === 'gpb' && /\(项\)/.test(p.norm)) item = resolveItem(ctx, p.norm);
    checkParagraph(ctx, p, section, sub, item);
  }
  return ctx.findings;
}

/** checkNarrativeText with the workbook's own 说明数据 sheet as inputs (what the audit calls). */
export function checkNarrative(snapshot: WorkbookSnapshot, workbook: RecognizedWorkbook): Finding[] {
  return checkNarrativeText(snapshot, workbook, readInputsFrom(snapshot.sheets));
}

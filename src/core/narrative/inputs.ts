/**
 * The 说明数据 input sheet (issue 5): what the nine tables do not hold — 上年决算数, 年初预算数 per 项,
 * 三公 预算 and counts, 机关运行经费, 政府采购, 资产 counts and the reasons — typed by the user, with every
 * row the tables can give pre-filled. Rows are matched by the stable key in column A, so re-creating
 * the sheet keeps what the user typed.
 */
import { a1 } from '../address';
import { parseAmount } from '../amount';
import type { CellWrite, SheetWrite } from '../findings';
import type { RecognizedWorkbook } from '../model';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { squash } from '../text';
import { collectFacts, type Fact, type NarrativeFacts } from './facts';
import { itemReading } from './names';
import { formatPercent, ratioBasisPoints, sharesBasisPoints, yearChange, ZERO_BUDGET_WORDS } from './percent';

export const INPUT_SHEET_NAME = '说明数据';

/** Columns of the sheet, in order. Header text is what readInputSheet looks for. */
export const INPUT_COLUMNS = {
  key: '键',
  group: '类别',
  label: '项目',
  unit: '单位',
  current: '本年数',
  budget: '年初预算数',
  previous: '上年决算数',
  rate: '完成率/占比',
  change: '比上年增减',
  budgetReason: '与预算差异原因',
  changeReason: '与上年增减原因',
  note: '其他说明',
} as const;
export type InputField = keyof typeof INPUT_COLUMNS;
const FIELDS = Object.keys(INPUT_COLUMNS) as InputField[];
/** Fields a user types; re-creating the sheet keeps their non-empty values. */
const USER_FIELDS: InputField[] = ['budget', 'previous', 'budgetReason', 'changeReason', 'note'];

export type InputUnit = '万元' | '个' | '人次' | '辆' | '台（套）' | '';

/** One parsed row of 说明数据. Amounts in cents of 万元; counts as plain integers. */
export interface InputRow {
  key: string;
  label: string;
  unit: InputUnit;
  current: number | null;
  budget: number | null;
  previous: number | null;
  budgetReason: string | null;
  changeReason: string | null;
  note: string | null;
  /** A1 address of each field's cell. */
  cells: Partial<Record<InputField, string>>;
}

export interface InputProblem {
  sheet: string;
  cell: string;
  message: string;
}

export interface NarrativeInputs {
  /** The sheet read, or null when there is none (everything then comes from the tables). */
  sheet: string | null;
  rows: Record<string, InputRow>;
  problems: InputProblem[];
}

export const EMPTY_INPUTS: NarrativeInputs = { sheet: null, rows: {}, problems: [] };

/** Stable keys of the rows (column A). 项/类 rows are `项:<code>` / `类:<code>`. */
export const INPUT_KEYS = {
  grandTotal: '总:收支总计',
  fiscalTotal: '总:财政拨款收支总计',
  gpbTotal: '总:一般公共预算财政拨款支出',
  sanGongTotal: '三公:合计',
  abroad: '三公:因公出国（境）费',
  reception: '三公:公务接待费',
  carPurchase: '三公:公务用车购置费',
  carRunning: '三公:公务用车运行维护费',
  abroadGroups: '三公:出国团组',
  abroadPeople: '三公:出国人次',
  receptionGroups: '三公:接待团组',
  receptionPeople: '三公:接待人次',
  running: '机关运行经费',
  meeting: '一般性支出:会议费',
  training: '一般性支出:培训费',
  events: '一般性支出:节庆论坛赛事',
  purchaseTotal: '采购:总额',
  purchaseGoods: '采购:货物',
  purchaseWorks: '采购:工程',
  purchaseServices: '采购:服务',
  purchaseSme: '采购:中小企业',
  purchaseSmall: '采购:小微企业',
  vehicles: '资产:车辆',
  generalEquipment: '资产:通用设备',
  specialEquipment: '资产:专用设备',
  perfProjects: '绩效:项目个数',
  perfFunds: '绩效:项目资金',
  perfConclusion: '绩效:评价结论',
} as const;

export const itemKey = (code: string) => `项:${code}`;
export const classKey = (code: string) => `类:${code}`;

/** How the 本年数 of a row is filled: always from the tables, pre-filled but editable, or typed. */
type CurrentSource = 'table' | 'default' | 'input';

interface RowSpec {
  key: string;
  group: string;
  label: string;
  unit: InputUnit;
  currentSource: CurrentSource;
  current: number | null;
  /** Pre-filled 年初预算数/预算数 (三公 from T07's 预算数), kept editable. */
  budgetDefault?: number | null;
  /** Which percentage the 完成率/占比 column shows. */
  rateKind?: 'completion' | 'share';
  /** Whole for 'share' rows (cents), and the share itself when computed by largest remainder. */
  shareBasisPoints?: number | null;
}

const T07_LINES: [string, string][] = [
  [INPUT_KEYS.sanGongTotal, '合计'],
  [INPUT_KEYS.abroad, '因公出国（境）费'],
  [INPUT_KEYS.reception, '公务接待费'],
  [INPUT_KEYS.carPurchase, '公务用车购置费'],
  [INPUT_KEYS.carRunning, '公务用车运行费'],
];

const cents = (f: Fact | null | undefined) => (f ? f.cents : null);

function rowSpecs(workbook: RecognizedWorkbook, facts: NarrativeFacts): RowSpec[] {
  const specs: RowSpec[] = [];
  const add = (s: RowSpec) => specs.push(s);
  add({ key: INPUT_KEYS.grandTotal, group: '总体', label: '收、支总计', unit: '万元', currentSource: 'table', current: cents(facts.grandTotal) });
  add({ key: INPUT_KEYS.fiscalTotal, group: '总体', label: '财政拨款收、支总计', unit: '万元', currentSource: 'table', current: cents(facts.fiscalTotal) });
  add({ key: INPUT_KEYS.gpbTotal, group: '一般公共预算', label: '一般公共预算财政拨款支出（年初预算数填合计）', unit: '万元', currentSource: 'table', current: cents(facts.gpbTotal), rateKind: 'completion' });
  const classShares = sharesBasisPoints(facts.gpbClasses.map((c) => c.cents), facts.gpbTotal?.cents);
  facts.gpbClasses.forEach((c, i) =>
    add({ key: classKey(c.code), group: '一般公共预算（类）', label: `${c.code} ${c.name}`, unit: '万元', currentSource: 'table', current: c.cents, rateKind: 'share', shareBasisPoints: classShares?.[i] ?? null }),
  );
  for (const item of facts.gpbItems) {
    add({ key: itemKey(item.code), group: '一般公共预算（项）', label: `${item.code} ${itemReading(workbook, item.code, item.name)}`, unit: '万元', currentSource: 'table', current: item.cents, rateKind: 'completion' });
  }
  for (const [key, line] of T07_LINES) {
    const label = key === INPUT_KEYS.carRunning ? '公务用车运行维护费' : line === '合计' ? '“三公”经费合计' : line;
    add({
      key, group: '“三公”经费', label, unit: '万元', currentSource: 'table',
      current: facts.sanGong ? facts.sanGong[`决算数.${line}`].cents : null,
      budgetDefault: facts.sanGong ? facts.sanGong[`预算数.${line}`].cents : null,
      rateKind: 'completion',
    });
  }
  add({ key: INPUT_KEYS.abroadGroups, group: '“三公”经费', label: '因公出国（境）团组数', unit: '个', currentSource: 'input', current: null });
  add({ key: INPUT_KEYS.abroadPeople, group: '“三公”经费', label: '因公出国（境）人次', unit: '人次', currentSource: 'input', current: null });
  add({ key: INPUT_KEYS.receptionGroups, group: '“三公”经费', label: '公务接待来访团组数', unit: '个', currentSource: 'input', current: null });
  add({ key: INPUT_KEYS.receptionPeople, group: '“三公”经费', label: '公务接待来宾人次', unit: '人次', currentSource: 'input', current: null });
  add({ key: INPUT_KEYS.running, group: '机关运行经费', label: '机关运行经费（默认取公用经费合计）', unit: '万元', currentSource: 'default', current: cents(facts.publicFunds), rateKind: 'completion' });
  add({ key: INPUT_KEYS.meeting, group: '一般性支出', label: '会议费', unit: '万元', currentSource: 'default', current: cents(facts.meeting), rateKind: 'completion' });
  add({ key: INPUT_KEYS.training, group: '一般性支出', label: '培训费', unit: '万元', currentSource: 'default', current: cents(facts.training), rateKind: 'completion' });
  add({ key: INPUT_KEYS.events, group: '一般性支出', label: '节庆、晚会、论坛、赛事活动支出', unit: '万元', currentSource: 'input', current: null });
  add({ key: INPUT_KEYS.purchaseTotal, group: '政府采购', label: '政府采购支出总额（空则为三项之和）', unit: '万元', currentSource: 'input', current: null });
  add({ key: INPUT_KEYS.purchaseGoods, group: '政府采购', label: '政府采购货物支出', unit: '万元', currentSource: 'input', current: null, rateKind: 'share' });
  add({ key: INPUT_KEYS.purchaseWorks, group: '政府采购', label: '政府采购工程支出', unit: '万元', currentSource: 'input', current: null, rateKind: 'share' });
  add({ key: INPUT_KEYS.purchaseServices, group: '政府采购', label: '政府采购服务支出', unit: '万元', currentSource: 'input', current: null, rateKind: 'share' });
  add({ key: INPUT_KEYS.purchaseSme, group: '政府采购', label: '授予中小企业合同金额', unit: '万元', currentSource: 'input', current: null, rateKind: 'share' });
  add({ key: INPUT_KEYS.purchaseSmall, group: '政府采购', label: '其中：授予小微企业合同金额', unit: '万元', currentSource: 'input', current: null, rateKind: 'share' });
  add({ key: INPUT_KEYS.vehicles, group: '国有资产', label: '车辆数（其他说明填构成，如：机要通信用车1辆）', unit: '辆', currentSource: 'input', current: null });
  add({ key: INPUT_KEYS.generalEquipment, group: '国有资产', label: '单位价值50万元以上通用设备', unit: '台（套）', currentSource: 'input', current: null });
  add({ key: INPUT_KEYS.specialEquipment, group: '国有资产', label: '单位价值100万元以上专用设备', unit: '台（套）', currentSource: 'input', current: null });
  add({ key: INPUT_KEYS.perfProjects, group: '预算绩效', label: '开展绩效自评的项目个数', unit: '个', currentSource: 'input', current: null });
  add({ key: INPUT_KEYS.perfFunds, group: '预算绩效', label: '绩效自评项目涉及资金', unit: '万元', currentSource: 'input', current: null, rateKind: 'share' });
  add({ key: INPUT_KEYS.perfConclusion, group: '预算绩效', label: '绩效评价结论（填在其他说明）', unit: '', currentSource: 'input', current: null });
  return specs;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Parse a number cell of a row: cents for 万元 rows, an integer for counts. */
function parseNumber(v: CellValue, unit: InputUnit): { value: number | null; ok: boolean } {
  if (isBlank(v)) return { value: null, ok: true };
  const p = parseAmount(v);
  if (p.status === 'invalid') return { value: null, ok: false };
  if (p.status === 'blank') return { value: null, ok: true };
  if (unit === '万元' || unit === '') return { value: p.cents, ok: true };
  return { value: Math.round(p.cents / 100), ok: true };
}

function text(v: CellValue | undefined): string | null {
  if (isBlank(v)) return null;
  return String(v).trim();
}

const UNITS: InputUnit[] = ['万元', '个', '人次', '辆', '台（套）', ''];

interface RawRow {
  values: Partial<Record<InputField, CellValue>>;
  cells: Partial<Record<InputField, string>>;
}

/** Locate the header row (the one whose cells read 键 … 本年数 …) and read every keyed row raw. */
function readRaw(sheet: SheetSnapshot): Map<string, RawRow> | null {
  let headerIndex = -1;
  const col: Partial<Record<InputField, number>> = {};
  for (let i = 0; i < sheet.values.length && headerIndex < 0; i++) {
    const row = sheet.values[i];
    const labels = row.map((v) => squash(v));
    if (labels.includes(INPUT_COLUMNS.key) && labels.includes(INPUT_COLUMNS.current)) {
      headerIndex = i;
      for (const f of FIELDS) {
        const j = labels.indexOf(squash(INPUT_COLUMNS[f]));
        if (j >= 0) col[f] = j;
      }
    }
  }
  if (headerIndex < 0 || col.key === undefined) return null;
  const out = new Map<string, RawRow>();
  for (let i = headerIndex + 1; i < sheet.values.length; i++) {
    const row = sheet.values[i];
    const key = text(row[col.key]);
    if (!key) continue;
    const raw: RawRow = { values: {}, cells: {} };
    for (const f of FIELDS) {
      const j = col[f];
      if (j === undefined) continue;
      raw.values[f] = row[j] ?? null;
      raw.cells[f] = a1(sheet.top + i, sheet.left + j);
    }
    out.set(key, raw);
  }
  return out;
}

/** Parse a 说明数据 sheet back. Amount cells through parseAmount; bad cells become problems naming the cell. */
export function readInputSheet(snapshot: SheetSnapshot): NarrativeInputs {
  const raw = readRaw(snapshot);
  if (!raw) {
    return { sheet: snapshot.name, rows: {}, problems: [{ sheet: snapshot.name, cell: 'A1', message: `“${snapshot.name}”表找不到表头（键、本年数…），无法读取说明数据` }] };
  }
  const rows: Record<string, InputRow> = {};
  const problems: InputProblem[] = [];
  for (const [key, r] of raw) {
    const unitText = text(r.values.unit) ?? '';
    const unit = (UNITS as string[]).includes(unitText) ? (unitText as InputUnit) : '万元';
    const num = (f: 'current' | 'budget' | 'previous') => {
      const p = parseNumber(r.values[f] ?? null, unit);
      if (!p.ok) {
        problems.push({ sheet: snapshot.name, cell: r.cells[f] as string, message: `${snapshot.name}!${r.cells[f]}（${text(r.values.label) ?? key}·${INPUT_COLUMNS[f]}）不是数字：“${r.values[f]}”` });
      }
      return p.value;
    };
    rows[key] = {
      key,
      label: text(r.values.label) ?? key,
      unit,
      current: num('current'),
      budget: num('budget'),
      previous: num('previous'),
      budgetReason: text(r.values.budgetReason),
      changeReason: text(r.values.changeReason),
      note: text(r.values.note),
      cells: r.cells,
    };
  }
  return { sheet: snapshot.name, rows, problems };
}

/** The 说明数据 sheet of a workbook snapshot, parsed; EMPTY_INPUTS when the workbook has none. */
export function readInputsFrom(sheets: SheetSnapshot[]): NarrativeInputs {
  const sheet = sheets.find((s) => squash(s.name) === INPUT_SHEET_NAME);
  return sheet ? readInputSheet(sheet) : EMPTY_INPUTS;
}

function numberCell(value: number | null, unit: InputUnit): CellValue {
  if (value === null) return null;
  return unit === '万元' ? value / 100 : value;
}

/** The value a number field will have in the new sheet (user's typed value, else the pre-fill). */
function effectiveNumber(raw: CellValue | undefined, unit: InputUnit): number | null {
  return parseNumber(raw ?? null, unit).value;
}

/**
 * Build (or re-build) the 说明数据 sheet. Table-derived 本年数 are refreshed from the tables; every
 * cell the user may type keeps its existing non-empty value; 完成率/占比 and 比上年增减 are computed
 * as text ("97.39%", "年初未安排预算"). Rows of `existing` whose key no longer exists are kept at the end.
 */
export function buildInputSheet(workbook: RecognizedWorkbook, existing?: SheetSnapshot): SheetWrite {
  const facts = collectFacts(workbook);
  const specs = rowSpecs(workbook, facts);
  const old = (existing && readRaw(existing)) || new Map<string, RawRow>();
  const header = FIELDS.map((f) => INPUT_COLUMNS[f]);
  const rows: CellValue[][] = [
    [`${INPUT_SHEET_NAME}（生成情况说明所需、九张表中没有的数据）`],
    ['说明：本年数中来自表格的数字每次重新生成时刷新；请在空白处填写年初预算数、上年决算数、原因和说明，重新生成时保留已填写的内容。金额单位：万元。'],
    header,
  ];

  // Effective values first (so shares of 政府采购 can use the total).
  const effective = new Map<string, { current: number | null; budget: number | null; previous: number | null }>();
  const cellsOf = new Map<string, Partial<Record<InputField, CellValue>>>();
  for (const s of specs) {
    const o = old.get(s.key)?.values ?? {};
    const current = s.currentSource === 'table' ? s.current : isBlank(o.current) ? s.current : effectiveNumber(o.current, s.unit);
    const currentCell: CellValue = s.currentSource === 'table' || isBlank(o.current) ? numberCell(s.current, s.unit) : (o.current as CellValue);
    const budgetCell: CellValue = isBlank(o.budget) ? numberCell(s.budgetDefault ?? null, s.unit) : (o.budget as CellValue);
    const values: Partial<Record<InputField, CellValue>> = {
      key: s.key, group: s.group, label: s.label, unit: s.unit, current: currentCell, budget: budgetCell,
    };
    for (const f of USER_FIELDS) if (f !== 'budget' && !isBlank(o[f])) values[f] = o[f] as CellValue;
    cellsOf.set(s.key, values);
    effective.set(s.key, {
      current,
      budget: effectiveNumber(budgetCell, s.unit),
      previous: effectiveNumber(values.previous ?? null, s.unit),
    });
  }
  const v = (k: string) => effective.get(k)?.current ?? null;
  const purchaseParts = [INPUT_KEYS.purchaseGoods, INPUT_KEYS.purchaseWorks, INPUT_KEYS.purchaseServices].map(v);
  const purchaseTotal = v(INPUT_KEYS.purchaseTotal) ?? (purchaseParts.every((p) => p !== null) ? purchaseParts.reduce((s: number, p) => s + (p as number), 0) : null);
  const shareWhole: Record<string, number | null> = {
    [INPUT_KEYS.purchaseGoods]: purchaseTotal,
    [INPUT_KEYS.purchaseWorks]: purchaseTotal,
    [INPUT_KEYS.purchaseServices]: purchaseTotal,
    [INPUT_KEYS.purchaseSme]: purchaseTotal,
    [INPUT_KEYS.purchaseSmall]: purchaseTotal,
    [INPUT_KEYS.perfFunds]: facts.gpbProject?.cents ?? null,
  };

  for (const s of specs) {
    const values = cellsOf.get(s.key) as Partial<Record<InputField, CellValue>>;
    const e = effective.get(s.key) as { current: number | null; budget: number | null; previous: number | null };
    if (s.rateKind === 'completion' && e.current !== null && e.budget !== null) {
      const bp = ratioBasisPoints(e.current, e.budget);
      values.rate = bp === null ? (s.key.startsWith('三公:') ? '未安排预算' : ZERO_BUDGET_WORDS) : formatPercent(bp);
    } else if (s.rateKind === 'share') {
      if (s.shareBasisPoints !== undefined) values.rate = s.shareBasisPoints === null ? null : formatPercent(s.shareBasisPoints);
      else {
        const whole = shareWhole[s.key];
        if (e.current !== null && whole !== null && whole !== undefined && whole !== 0) values.rate = formatPercent(ratioBasisPoints(e.current, whole) as number);
      }
    }
    if (s.unit === '万元' && e.current !== null && e.previous !== null) values.change = yearChange(e.current, e.previous).text;
    rows.push(FIELDS.map((f) => values[f] ?? null));
  }

  // Keep what the user typed on rows that no longer exist (a 项 removed from T05, say).
  const known = new Set(specs.map((s) => s.key));
  for (const [key, r] of old) {
    if (known.has(key)) continue;
    if (!USER_FIELDS.some((f) => !isBlank(r.values[f]))) continue;
    rows.push(FIELDS.map((f) => (f === 'group' ? '（表中已无此行）' : r.values[f] ?? null)));
  }
  return { sheet: INPUT_SHEET_NAME, rows, columnWidths: [26, 16, 48, 8, 12, 12, 12, 14, 24, 30, 30, 30] };
}

const COMPUTED_TEXT = /^(-?\d+(\.\d+)?%|年初未安排预算|未安排预算|持平|(增加|减少)\d.*)$/;

/**
 * 填充 for the pane: the 完成率/占比 and 比上年增减 cells of an existing 说明数据 sheet, recomputed from the
 * tables and what the user typed. A cell is written when it is empty or holds a value we computed
 * earlier ("95.15%", "年初未安排预算", "减少16.12万元，减少2.61%"); anything else the user typed stays.
 */
export function fillPercentages(sheets: SheetSnapshot[], workbook: RecognizedWorkbook): CellWrite[] {
  const sheet = sheets.find((s) => squash(s.name) === INPUT_SHEET_NAME);
  if (!sheet) return [];
  const raw = readRaw(sheet);
  if (!raw) return [];
  const fresh = buildInputSheet(workbook, sheet);
  const header = fresh.rows[2] as CellValue[];
  const writes: CellWrite[] = [];
  for (const row of fresh.rows.slice(3)) {
    const old = raw.get(String(row[0]));
    if (!old) continue;
    for (const field of ['rate', 'change'] as const) {
      const cell = old.cells[field];
      if (!cell) continue;
      const value = row[header.indexOf(INPUT_COLUMNS[field])] ?? null;
      const current = old.values[field];
      if (value === null || current === value) continue;
      if (!isBlank(current) && !COMPUTED_TEXT.test(String(current).trim())) continue;
      writes.push({ sheet: sheet.name, cell, value: value as string });
    }
  }
  return writes;
}

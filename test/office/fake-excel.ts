/**
 * A faithful fake of the part of the Excel JavaScript API the Office host uses.
 *
 * Faithful where it matters for the tests:
 *  - proxies: methods and property sets are queued and only happen at context.sync(), in order;
 *  - reading a property that was not loaded (or before the sync that loads it) throws, as Office.js does;
 *  - isNullObject can only be read after a sync;
 *  - a failing operation aborts the rest of the batch (earlier ones stay applied) and nothing is loaded;
 *  - protected sheets refuse writes (AccessDenied); unknown sheets throw ItemNotFound;
 *  - every sync counts, and the JSON size of what it returns is measured against Excel on the web's 5 MB.
 * The model keeps what the tests compare: values, number formats, fills with theme colour and tint,
 * conditional formats, notes, comments, merges, settings, protection.
 */
import { a1, parseA1, parseRange, columnLetters } from '../../src/core/address';

export interface FakeFill {
  color?: string;
  themeColor?: number;
  tint?: number;
  pattern?: string;
}

export interface FakeCell {
  value: string | number | boolean;
  numberFormat: string;
  fill?: FakeFill;
  hyperlink?: string;
}

export interface CfModel {
  type: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  formula: string;
  fillColor: string | null;
  priority: number;
}

export interface FakeMessage {
  row: number;
  col: number;
  content: string;
}

export class SheetModel {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protected = false;
  cells = new Map<string, FakeCell>();
  merges: string[] = [];
  conditionalFormats: CfModel[] = [];
  notes: FakeMessage[] = [];
  comments: FakeMessage[] = [];
  constructor(public name: string) {}

  key(r: number, c: number): string {
    return `${r},${c}`;
  }
  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(this.key(r, c));
  }
  setCell(r: number, c: number, patch: Partial<FakeCell>): void {
    const old = this.cells.get(this.key(r, c)) ?? { value: '', numberFormat: 'General' };
    this.cells.set(this.key(r, c), { ...old, ...patch });
  }
  /** Bounding box of cells with a value (valuesOnly) or with any content or formatting. */
  usedBox(valuesOnly: boolean): { top: number; left: number; bottom: number; right: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of this.cells) {
      const used = cell.value !== '' || (!valuesOnly && (cell.numberFormat !== 'General' || !!cell.fill));
      if (!used) continue;
      const [r, c] = k.split(',').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  settings = new Map<string, unknown>();
  protected = false;
  activeSheet: string | null = null;
  selection: string | null = null;

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  addSheet(name: string): SheetModel {
    const s = new SheetModel(name);
    this.sheets.push(s);
    return s;
  }
  /** Everything a user could see, as plain data, for before/after comparisons. */
  dump(): unknown {
    return {
      protected: this.protected,
      settings: [...this.settings].sort(),
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        cells: [...s.cells].filter(([, c]) => c.value !== '' || c.numberFormat !== 'General' || c.fill || c.hyperlink).sort(),
        merges: [...s.merges],
        conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf })),
        notes: s.notes.map((n) => ({ ...n })),
        comments: s.comments.map((n) => ({ ...n })),
        usedRange: s.usedBox(false),
        usedValues: s.usedBox(true),
      })),
    };
  }
}

export class FakeExcelError extends Error {
  constructor(public code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

type Op = () => void;

export class FakeContext {
  readonly workbook: FakeWorkbook;
  syncCount = 0;
  /** JSON bytes each sync returned. */
  responseBytes: number[] = [];
  /** Bytes a sync may return before failing like Excel on the web (configurable for tests). */
  payloadLimit = PAYLOAD_LIMIT_BYTES;
  private queue: Op[] = [];
  private commits: Op[] = [];
  private pendingBytes = 0;
  /** Proxies created since the last sync: their isNullObject is not known yet. */
  generation = 0;

  constructor(public readonly model: WorkbookModel) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }
  /** A load result, applied only when the whole sync succeeds. */
  stage(bytes: number, commit: Op): void {
    this.pendingBytes += bytes;
    this.commits.push(commit);
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const queue = this.queue;
    this.queue = [];
    this.commits = [];
    this.pendingBytes = 0;
    try {
      for (const op of queue) op();
    } finally {
      this.generation++;
    }
    this.responseBytes.push(this.pendingBytes);
    if (this.pendingBytes > this.payloadLimit) {
      this.commits = [];
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The response payload size (${this.pendingBytes}) has exceeded the limit.`);
    }
    for (const commit of this.commits) commit();
    this.commits = [];
  }
}

function notLoaded(cls: string, prop: string): never {
  throw new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${prop}' of ${cls} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

type LoadTree = Map<string, LoadTree>;

function parseLoad(spec?: string | string[]): LoadTree {
  const tree: LoadTree = new Map();
  const parts = spec === undefined ? [] : (Array.isArray(spec) ? spec : spec.split(',')).map((s) => s.trim()).filter(Boolean);
  for (const path of parts) {
    let node = tree;
    for (const seg of path.split('/')) {
      if (!node.has(seg)) node.set(seg, new Map());
      node = node.get(seg)!;
    }
  }
  return tree;
}

/** Base of every proxy: queued loads, guarded reads, null objects. */
abstract class FakeProxy<M> {
  protected loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;
  private readonly bornIn: number;
  protected abstract readonly className: string;
  protected readonly scalarNames: string[] = [];
  protected readonly navNames: string[] = [];

  constructor(protected readonly ctx: FakeContext, protected readonly resolveModel: () => M | null) {
    this.bornIn = ctx.generation;
  }

  get context(): FakeContext {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (this.ctx.generation <= this.bornIn) notLoaded(this.className, 'isNullObject');
    if (this.nullKnown === undefined) this.nullKnown = this.resolveModel() === null;
    return this.nullKnown;
  }

  /** The model, or an ItemNotFound error (an op on a missing object fails its batch). */
  protected model(): M {
    const m = this.resolveModel();
    if (m === null) throw new FakeExcelError('ItemNotFound', `The requested ${this.className} does not exist.`);
    return m;
  }

  protected abstract readScalar(m: M, name: string): unknown;

  protected get(name: string): unknown {
    if (!this.loaded.has(name)) notLoaded(this.className, name);
    return this.loaded.get(name);
  }

  load(spec?: string | string[]): this {
    const tree = parseLoad(spec);
    this.ctx.enqueue(() => this.applyLoad(tree));
    return this;
  }

  /** Runs at sync time. */
  applyLoad(tree: LoadTree): void {
    const m = this.resolveModel();
    if (m === null) {
      this.ctx.stage(4, () => undefined); // "null"
      return;
    }
    const names = tree.size === 0 ? this.scalarNames : [...tree.keys()];
    for (const name of names) {
      if (this.navNames.includes(name) || name === 'items') {
        this.loadNav(name, tree.get(name) ?? new Map());
        continue;
      }
      if (!this.scalarNames.includes(name)) throw new FakeExcelError('InvalidArgument', `${this.className} has no property '${name}'.`);
      const value = structuredClone(this.readScalar(m, name));
      this.ctx.stage(Buffer.byteLength(JSON.stringify(value ?? null)) + name.length + 4, () => this.loaded.set(name, value));
    }
  }

  protected loadNav(name: string, tree: LoadTree): void {
    const child = (this as unknown as Record<string, FakeProxy<unknown>>)[name];
    child.applyLoad(tree);
  }
}

/* ---------------------------------------------------------------- workbook and sheets */

export class FakeWorkbook extends FakeProxy<WorkbookModel> {
  protected readonly className = 'Workbook';
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly settings: FakeSettingCollection;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
    this.settings = new FakeSettingCollection(ctx);
  }
  protected readScalar(): unknown {
    return undefined;
  }
  /** The active cell: the last selected one, else A1 of the active (or first) sheet, as in Excel. */
  getActiveCell(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const m = this.ctx.model;
      const [sheetName, cell] = m.selection ? [m.selection.slice(0, m.selection.lastIndexOf('!')), m.selection.slice(m.selection.lastIndexOf('!') + 1)] : [m.activeSheet ?? m.sheets[0]?.name, 'A1'];
      const sheet = m.sheets.find((s) => s.name === sheetName);
      const at = parseA1(cell);
      return sheet && at ? { sheet, top: at.row, left: at.col, bottom: at.row, right: at.col } : null;
    });
  }
}

class FakeWorkbookProtection extends FakeProxy<WorkbookModel> {
  protected readonly className = 'WorkbookProtection';
  protected override readonly scalarNames = ['protected'];
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model);
  }
  protected readScalar(m: WorkbookModel): unknown {
    return m.protected;
  }
  get protected(): boolean {
    return this.get('protected') as boolean;
  }
}

class FakeSetting extends FakeProxy<{ key: string; value: unknown }> {
  protected readonly className = 'Setting';
  protected override readonly scalarNames = ['key', 'value'];
  protected readScalar(m: { key: string; value: unknown }, name: string): unknown {
    return name === 'key' ? m.key : m.value;
  }
  get value(): unknown {
    return this.get('value');
  }
}

class FakeSettingCollection extends FakeProxy<WorkbookModel> {
  protected readonly className = 'SettingCollection';
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model);
  }
  protected readScalar(): unknown {
    return undefined;
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, () => (this.ctx.model.settings.has(key) ? { key, value: this.ctx.model.settings.get(key) } : null));
  }
  add(key: string, value: unknown): FakeSetting {
    this.ctx.enqueue(() => this.ctx.model.settings.set(key, structuredClone(value)));
    return this.getItemOrNullObject(key);
  }
}

export class FakeWorksheetCollection extends FakeProxy<WorkbookModel> {
  protected readonly className = 'WorksheetCollection';
  private itemProxies: FakeWorksheet[] | null = null;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model);
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override loadNav(name: string, tree: LoadTree): void {
    if (name !== 'items') return super.loadNav(name, tree);
    const items = this.ctx.model.sheets.map((s) => new FakeWorksheet(this.ctx, () => (this.ctx.model.sheets.includes(s) ? s : null)));
    for (const item of items) item.applyLoad(tree);
    this.ctx.stage(2, () => {
      this.itemProxies = items;
    });
  }
  get items(): FakeWorksheet[] {
    if (!this.itemProxies) notLoaded(this.className, 'items');
    return this.itemProxies;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(name) ?? null, true);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(name) ?? null);
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue(() => {
      if (this.ctx.model.protected) throw new FakeExcelError('AccessDenied', 'The workbook structure is protected.');
      if (this.ctx.model.sheet(name)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} exists.`);
      this.ctx.model.addSheet(name);
    });
    return this.getItem(name);
  }
}

export class FakeWorksheet extends FakeProxy<SheetModel> {
  protected readonly className = 'Worksheet';
  protected override readonly scalarNames = ['name', 'visibility', 'position'];
  protected override readonly navNames = ['protection', 'notes', 'comments'];
  readonly protection: FakeWorksheetProtection;
  readonly notes: FakeMessageCollection;
  readonly comments: FakeMessageCollection;
  constructor(ctx: FakeContext, resolve: () => SheetModel | null, strict = false) {
    super(ctx, strict ? () => {
      const m = resolve();
      if (!m) throw new FakeExcelError('ItemNotFound', 'The requested worksheet does not exist.');
      return m;
    } : resolve);
    this.protection = new FakeWorksheetProtection(ctx, () => this.resolveModel());
    this.notes = new FakeMessageCollection(ctx, () => this.resolveModel(), 'notes');
    this.comments = new FakeMessageCollection(ctx, () => this.resolveModel(), 'comments');
  }
  protected readScalar(m: SheetModel, name: string): unknown {
    if (name === 'name') return m.name;
    if (name === 'visibility') return m.visibility;
    return this.ctx.model.sheets.indexOf(m);
  }
  get name(): string {
    return this.get('name') as string;
  }
  get visibility(): string {
    return this.get('visibility') as string;
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.model();
      const box = s.usedBox(valuesOnly);
      return box ? { sheet: s, ...box } : null;
    });
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.model();
      const box = s.usedBox(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 };
      return { sheet: s, ...box };
    });
  }
  /** No address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.model();
      if (address === undefined) return { sheet: s, top: 0, left: 0, bottom: 1048575, right: 16383 };
      const r = parseRange(address.replace(/\$/g, ''));
      if (!r) throw new FakeExcelError('InvalidArgument', `Bad address ${address}`);
      return { sheet: s, ...r };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.model(), top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.model.activeSheet = this.model().name;
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const m = this.model();
      if (this.ctx.model.protected) throw new FakeExcelError('AccessDenied', 'The workbook structure is protected.');
      this.ctx.model.sheets = this.ctx.model.sheets.filter((s) => s !== m);
    });
  }
}

class FakeWorksheetProtection extends FakeProxy<SheetModel> {
  protected readonly className = 'WorksheetProtection';
  protected override readonly scalarNames = ['protected'];
  protected readScalar(m: SheetModel): unknown {
    return m.protected;
  }
  get protected(): boolean {
    return this.get('protected') as boolean;
  }
}

/* ---------------------------------------------------------------- ranges */

interface RangeModel {
  sheet: SheetModel;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function assertWritable(s: SheetModel): void {
  if (s.protected) throw new FakeExcelError('AccessDenied', `The sheet ${s.name} is protected.`);
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(name) && !/^\d/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class FakeRange extends FakeProxy<RangeModel> {
  protected readonly className = 'Range';
  protected override readonly scalarNames = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'numberFormat'];
  protected override readonly navNames = ['format', 'conditionalFormats'];
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(ctx: FakeContext, resolve: () => RangeModel | null) {
    super(ctx, resolve);
    this.format = new FakeRangeFormat(ctx, () => this.resolveModel());
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => this.resolveModel());
  }
  protected readScalar(m: RangeModel, name: string): unknown {
    switch (name) {
      case 'address':
        return `${quoteSheet(m.sheet.name)}!${a1(m.top, m.left)}${m.bottom === m.top && m.right === m.left ? '' : `:${a1(m.bottom, m.right)}`}`;
      case 'rowIndex':
        return m.top;
      case 'columnIndex':
        return m.left;
      case 'rowCount':
        return m.bottom - m.top + 1;
      case 'columnCount':
        return m.right - m.left + 1;
      case 'values':
      case 'numberFormat': {
        if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 5_000_000) throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'Range too large.');
        const out: unknown[][] = [];
        for (let r = m.top; r <= m.bottom; r++) {
          const row: unknown[] = [];
          for (let c = m.left; c <= m.right; c++) {
            const cell = m.sheet.cell(r, c);
            row.push(name === 'values' ? (cell?.value ?? '') : (cell?.numberFormat ?? 'General'));
          }
          out.push(row);
        }
        return out;
      }
    }
    return undefined;
  }
  get address(): string {
    return this.get('address') as string;
  }
  get rowIndex(): number {
    return this.get('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.get('columnIndex') as number;
  }
  get rowCount(): number {
    return this.get('rowCount') as number;
  }
  get columnCount(): number {
    return this.get('columnCount') as number;
  }
  get values(): unknown[][] {
    return this.get('values') as unknown[][];
  }
  set values(v: unknown[][]) {
    this.setGrid(v, (cell, x) => {
      if (typeof x === 'string' && x.startsWith('=') && cell.numberFormat !== '@') throw new FakeExcelError('Test', `Formula written: ${x}`);
      cell.value = x as string | number | boolean;
    });
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat') as unknown[][];
  }
  set numberFormat(v: unknown[][]) {
    this.setGrid(v, (cell, x) => {
      cell.numberFormat = String(x);
    });
  }
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.ctx.enqueue(() => {
      const m = this.model();
      assertWritable(m.sheet);
      m.sheet.setCell(m.top, m.left, { hyperlink: link.documentReference ?? link.address });
    });
  }
  private setGrid(v: unknown[][], apply: (cell: FakeCell, x: unknown) => void): void {
    const grid = structuredClone(v);
    this.ctx.enqueue(() => {
      const m = this.model();
      assertWritable(m.sheet);
      const rows = m.bottom - m.top + 1;
      const cols = m.right - m.left + 1;
      if (grid.length !== rows || grid.some((r) => r.length !== cols)) throw new FakeExcelError('InvalidArgument', 'The number of rows or columns in the input array does not match the size of the range.');
      grid.forEach((row, r) => row.forEach((x, c) => {
        const cell = { ...(m.sheet.cell(m.top + r, m.left + c) ?? { value: '', numberFormat: 'General' }) };
        apply(cell, x);
        m.sheet.cells.set(m.sheet.key(m.top + r, m.left + c), cell);
      }));
    });
  }
  clear(applyTo: 'Contents' | 'All' | 'Formats' = 'All'): void {
    this.ctx.enqueue(() => {
      const m = this.model();
      assertWritable(m.sheet);
      for (const [k, cell] of [...m.sheet.cells]) {
        const [r, c] = k.split(',').map(Number);
        if (r < m.top || r > m.bottom || c < m.left || c > m.right) continue;
        if (applyTo === 'All') m.sheet.cells.delete(k);
        else if (applyTo === 'Contents') m.sheet.cells.set(k, { ...cell, value: '' });
        else m.sheet.cells.set(k, { value: cell.value, numberFormat: 'General' });
      }
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      const m = this.model();
      if (this.ctx.model.activeSheet !== m.sheet.name) throw new FakeExcelError('InvalidSelection', 'Select a range on the active sheet.');
      this.ctx.model.selection = `${m.sheet.name}!${a1(m.top, m.left)}`;
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const m = this.model();
      const inside = m.sheet.merges.filter((ref) => {
        const r = parseRange(ref)!;
        return r.top >= m.top && r.bottom <= m.bottom && r.left >= m.left && r.right <= m.right;
      });
      return inside.length ? { sheet: m.sheet, areas: inside } : null;
    });
  }
}

class FakeRangeAreas extends FakeProxy<{ sheet: SheetModel; areas: string[] }> {
  protected readonly className = 'RangeAreas';
  protected override readonly scalarNames = ['address', 'areaCount'];
  protected readScalar(m: { sheet: SheetModel; areas: string[] }, name: string): unknown {
    return name === 'address' ? m.areas.map((a) => `${quoteSheet(m.sheet.name)}!${a}`).join(',') : m.areas.length;
  }
  get address(): string {
    return this.get('address') as string;
  }
}

class FakeRangeFormat extends FakeProxy<RangeModel> {
  protected readonly className = 'RangeFormat';
  readonly fill: FakeRangeFill;
  constructor(ctx: FakeContext, resolve: () => RangeModel | null) {
    super(ctx, resolve);
    this.fill = new FakeRangeFill(ctx, resolve);
  }
  protected readScalar(): unknown {
    return undefined;
  }
  set columnWidth(_w: number) {
    this.ctx.enqueue(() => assertWritable(this.model().sheet));
  }
}

class FakeRangeFill extends FakeProxy<RangeModel> {
  protected readonly className = 'RangeFill';
  protected readScalar(): unknown {
    return undefined;
  }
  /** Setting a colour replaces the fill: theme colour and tint are lost (why highlights do not use it). */
  set color(color: string) {
    this.ctx.enqueue(() => {
      const m = this.model();
      assertWritable(m.sheet);
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) m.sheet.setCell(r, c, { fill: { color } });
    });
  }
}

/* ---------------------------------------------------------------- conditional formats */

function intersects(cf: CfModel, m: RangeModel): boolean {
  return cf.top <= m.bottom && cf.bottom >= m.top && cf.left <= m.right && cf.right >= m.left;
}

class FakeConditionalFormatCollection extends FakeProxy<RangeModel> {
  protected readonly className = 'ConditionalFormatCollection';
  private itemProxies: FakeConditionalFormat[] | null = null;
  protected readScalar(): unknown {
    return undefined;
  }
  protected override loadNav(name: string, tree: LoadTree): void {
    if (name !== 'items') return super.loadNav(name, tree);
    const m = this.model();
    const items = m.sheet.conditionalFormats.filter((cf) => intersects(cf, m)).map((cf) => new FakeConditionalFormat(this.ctx, () => (m.sheet.conditionalFormats.includes(cf) ? { sheet: m.sheet, cf } : null)));
    for (const item of items) item.applyLoad(tree);
    this.ctx.stage(2, () => {
      this.itemProxies = items;
    });
  }
  get items(): FakeConditionalFormat[] {
    if (!this.itemProxies) notLoaded(this.className, 'items');
    return this.itemProxies;
  }
  add(type: string): FakeConditionalFormat {
    let created: { sheet: SheetModel; cf: CfModel } | null = null;
    this.ctx.enqueue(() => {
      const m = this.model();
      assertWritable(m.sheet);
      const cf: CfModel = { type, top: m.top, left: m.left, bottom: m.bottom, right: m.right, formula: '', fillColor: null, priority: m.sheet.conditionalFormats.length };
      m.sheet.conditionalFormats.push(cf);
      created = { sheet: m.sheet, cf };
    });
    return new FakeConditionalFormat(this.ctx, () => created);
  }
}

type CfRef = { sheet: SheetModel; cf: CfModel };

class FakeConditionalFormat extends FakeProxy<CfRef> {
  protected readonly className = 'ConditionalFormat';
  protected override readonly scalarNames = ['type', 'priority', 'stopIfTrue', 'id'];
  protected override readonly navNames = ['custom', 'customOrNullObject'];
  readonly custom: FakeCustomConditionalFormat;
  readonly customOrNullObject: FakeCustomConditionalFormat;
  constructor(ctx: FakeContext, resolve: () => CfRef | null) {
    super(ctx, resolve);
    this.custom = new FakeCustomConditionalFormat(ctx, () => {
      const r = this.resolveModel();
      if (r && r.cf.type !== 'Custom') throw new FakeExcelError('InvalidOperation', 'Not a custom conditional format.');
      return r;
    });
    this.customOrNullObject = new FakeCustomConditionalFormat(ctx, () => {
      const r = this.resolveModel();
      return r && r.cf.type === 'Custom' ? r : null;
    });
  }
  protected readScalar(m: CfRef, name: string): unknown {
    if (name === 'type') return m.cf.type;
    if (name === 'priority') return m.cf.priority;
    if (name === 'id') return String(m.sheet.conditionalFormats.indexOf(m.cf));
    return false;
  }
  get type(): string {
    return this.get('type') as string;
  }
  set priority(p: number) {
    this.ctx.enqueue(() => {
      const m = this.model();
      assertWritable(m.sheet);
      m.cf.priority = p;
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const m = this.model();
      assertWritable(m.sheet);
      m.sheet.conditionalFormats = m.sheet.conditionalFormats.filter((cf) => cf !== m.cf);
    });
  }
}

class FakeCustomConditionalFormat extends FakeProxy<CfRef> {
  protected readonly className = 'CustomConditionalFormat';
  protected override readonly navNames = ['rule', 'format'];
  readonly rule: FakeConditionalFormatRule;
  readonly format: { fill: FakeConditionalFill };
  constructor(ctx: FakeContext, resolve: () => CfRef | null) {
    super(ctx, resolve);
    this.rule = new FakeConditionalFormatRule(ctx, resolve);
    this.format = { fill: new FakeConditionalFill(ctx, resolve) };
  }
  protected readScalar(): unknown {
    return undefined;
  }
}

class FakeConditionalFormatRule extends FakeProxy<CfRef> {
  protected readonly className = 'ConditionalFormatRule';
  protected override readonly scalarNames = ['formula'];
  protected readScalar(m: CfRef): unknown {
    return m.cf.formula;
  }
  get formula(): string {
    return this.get('formula') as string;
  }
  set formula(f: string) {
    this.ctx.enqueue(() => {
      this.model().cf.formula = f;
    });
  }
}

class FakeConditionalFill extends FakeProxy<CfRef> {
  protected readonly className = 'ConditionalRangeFill';
  protected readScalar(): unknown {
    return undefined;
  }
  set color(c: string) {
    this.ctx.enqueue(() => {
      this.model().cf.fillColor = c;
    });
  }
}

/* ---------------------------------------------------------------- notes and comments */

type MessageRef = { sheet: SheetModel; list: 'notes' | 'comments'; message: FakeMessage };

class FakeMessageCollection extends FakeProxy<SheetModel> {
  protected readonly className: string;
  private itemProxies: FakeMessageItem[] | null = null;
  constructor(ctx: FakeContext, resolve: () => SheetModel | null, private readonly list: 'notes' | 'comments') {
    super(ctx, resolve);
    this.className = list === 'notes' ? 'NoteCollection' : 'CommentCollection';
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override loadNav(name: string, tree: LoadTree): void {
    if (name !== 'items') return super.loadNav(name, tree);
    const s = this.model();
    const items = s[this.list].map((message) => new FakeMessageItem(this.ctx, () => (s[this.list].includes(message) ? { sheet: s, list: this.list, message } : null), this.list));
    for (const item of items) item.applyLoad(tree);
    this.ctx.stage(2, () => {
      this.itemProxies = items;
    });
  }
  get items(): FakeMessageItem[] {
    if (!this.itemProxies) notLoaded(this.className, 'items');
    return this.itemProxies;
  }
  add(cellAddress: FakeRange | string, content: string): FakeMessageItem {
    let created: MessageRef | null = null;
    this.ctx.enqueue(() => {
      const s = this.model();
      let at: { row: number; col: number };
      if (typeof cellAddress === 'string') {
        const p = parseA1(cellAddress.slice(cellAddress.lastIndexOf('!') + 1));
        if (!p) throw new FakeExcelError('InvalidArgument', `Bad address ${cellAddress}`);
        at = p;
      } else {
        const m = (cellAddress as unknown as { resolveModel: () => RangeModel | null }).resolveModel();
        if (!m) throw new FakeExcelError('ItemNotFound', 'No such range');
        at = { row: m.top, col: m.left };
      }
      assertWritable(s);
      if (s[this.list].some((n) => n.row === at.row && n.col === at.col)) {
        throw new FakeExcelError('InvalidOperation', `The cell ${a1(at.row, at.col)} already has a ${this.list === 'notes' ? 'note' : 'comment'}.`);
      }
      const message = { ...at, content };
      s[this.list].push(message);
      created = { sheet: s, list: this.list, message };
    });
    return new FakeMessageItem(this.ctx, () => created, this.list);
  }
}

class FakeMessageItem extends FakeProxy<MessageRef> {
  protected readonly className: string;
  protected override readonly scalarNames = ['content', 'authorName'];
  constructor(ctx: FakeContext, resolve: () => MessageRef | null, list: 'notes' | 'comments') {
    super(ctx, resolve);
    this.className = list === 'notes' ? 'Note' : 'Comment';
  }
  protected readScalar(m: MessageRef, name: string): unknown {
    return name === 'content' ? m.message.content : 'Tester';
  }
  get content(): string {
    return this.get('content') as string;
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const m = this.model();
      assertWritable(m.sheet);
      m.sheet[m.list] = m.sheet[m.list].filter((x) => x !== m.message);
    });
  }
  getLocation(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const m = this.model();
      return { sheet: m.sheet, top: m.message.row, left: m.message.col, bottom: m.message.row, right: m.message.col };
    });
  }
}

/** Column letters re-exported for tests that build addresses. */
export { columnLetters };

/**
 * Recognition: find the nine tables and the self-evaluation sheets by title and header semantics,
 * wherever they sit (any sheet, any offset, several per sheet), never by sheet name or 公开NN number.
 * What cannot be understood becomes a Diagnostic with a sheet and cell, never an exception.
 */
import { a1 } from '../address';
import type { Diagnostic, EvaluationKind, EvaluationRef, RecognizedTable, RecognizedWorkbook, TableId } from '../model';
import { TABLE_IDS, TABLE_TITLES } from '../model';
import type { WorkbookSnapshot } from '../snapshot';
import { normalizeLabel } from '../text';
import { parseCodedTable, type ParsedBody } from './coded';
import { parseT06, parseT07 } from './detail';
import { Grid } from './grid';
import { readMeta, yearFrom } from './meta';
import { parseSummaryTable } from './summary';
import { classifyEvaluationTitle, classifyTitle } from './titles';

type TitleHit = { row: number; col: number; text: string } & ({ table: TableId } | { evaluation: EvaluationKind });

const TITLE_END = /表[\s\u3000]*$/;

function findTitles(grid: Grid): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      if (typeof v !== 'string' || !TITLE_END.test(v)) continue; // titles are text ending in 表; most cells are not
      const t = grid.text(r, c);
      if (t.length < 4 || t.length > 60 || !t.endsWith('表')) continue;
      const table = classifyTitle(t);
      if (table) {
        hits.push({ row: r, col: c, text: normalizeLabel(t), table });
        break;
      }
      const evaluation = classifyEvaluationTitle(t);
      if (evaluation) {
        hits.push({ row: r, col: c, text: t, evaluation });
        break;
      }
    }
  }
  return hits;
}

function parseBody(grid: Grid, id: TableId, titleRow: number, end: number, label: string): ParsedBody | null {
  switch (id) {
    case 'T01':
    case 'T04':
      return parseSummaryTable(grid, id, titleRow, end, label);
    case 'T06':
      return parseT06(grid, titleRow, end, label);
    case 'T07':
      return parseT07(grid, titleRow, end, label);
    default:
      return parseCodedTable(grid, id, titleRow, end, label);
  }
}

function mostCommon<T>(values: (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, k] of counts) if (k > n) [best, n] = [v, k];
  return best;
}

export function recognize(snapshot: WorkbookSnapshot): RecognizedWorkbook {
  const diagnostics: Diagnostic[] = [];
  const tables: RecognizedTable[] = [];
  const evaluations: EvaluationRef[] = [];
  let workbookYear: number | null = null;

  for (const sheet of snapshot.sheets) {
    if (sheet.values.length === 0) continue;
    const grid = new Grid(sheet, diagnostics);
    const hits = findTitles(grid);
    for (const [i, hit] of hits.entries()) {
      const end = (hits[i + 1]?.row ?? grid.bottom + 1) - 1;
      const titleCell = a1(hit.row, hit.col);
      workbookYear ??= yearFrom(hit.text);
      if ('evaluation' in hit) {
        evaluations.push({ kind: hit.evaluation, sheet: sheet.name, range: `${titleCell}:${a1(end, grid.right)}`, title: hit.text, titleCell });
        continue;
      }
      const meta = readMeta(grid, Math.max(grid.top, hit.row - 2), Math.min(end, hit.row + 4), hit.text);
      const label = meta.number ?? TABLE_TITLES[hit.table];
      const body = parseBody(grid, hit.table, hit.row, end, label);
      if (!body) {
        // A title without a recognisable header: a table of contents line, or a damaged table.
        if (hit.row + 1 <= grid.bottom && !grid.isEmptyRow(hit.row + 1))
          diagnostics.push({
            code: 'header-unrecognised',
            severity: 'warning',
            sheet: sheet.name,
            cell: titleCell,
            message: `${sheet.name}!${titleCell}有标题“${hit.text}”，但其下方找不到可识别的表头，未作为${TABLE_TITLES[hit.table]}处理`,
          });
        continue;
      }
      if (tables.some((t) => t.id === hit.table)) {
        const first = tables.find((t) => t.id === hit.table)!;
        diagnostics.push({
          code: 'table-duplicate',
          severity: 'warning',
          sheet: sheet.name,
          cell: titleCell,
          message: `${sheet.name}!${titleCell}又一张“${TABLE_TITLES[hit.table]}”，已按${first.sheet}!${first.titleCell}处的表审核，此表忽略`,
        });
        continue;
      }
      const variant = hit.table === 'T01' || hit.table === 'T04' ? (body.rows.filter((r) => r.key.startsWith('expense:类:')).length >= 20 ? 'full' : 'short') : undefined;
      tables.push({
        id: hit.table,
        title: hit.text,
        sheet: sheet.name,
        range: `${titleCell}:${a1(Math.max(body.lastRow, hit.row), Math.max(body.lastCol, hit.col))}`,
        titleCell,
        ...meta,
        columns: body.columns,
        rows: body.rows,
        emptyNote: body.emptyNote,
        variant,
        codeLayout: body.codeLayout,
      });
    }
  }

  tables.sort((a, b) => a.id.localeCompare(b.id));
  const first = snapshot.sheets[0]?.name ?? '';
  for (const id of TABLE_IDS) {
    if (!tables.some((t) => t.id === id))
      diagnostics.push({ code: 'table-missing', severity: 'warning', sheet: first, cell: 'A1', message: `工作簿中未找到${TABLE_TITLES[id]}（${id}）` });
  }
  return {
    tables,
    evaluations,
    diagnostics,
    department: mostCommon(tables.map((t) => t.department)),
    year: mostCommon(tables.map((t) => t.year)) ?? workbookYear,
    unit: mostCommon(tables.map((t) => t.unit)),
  };
}

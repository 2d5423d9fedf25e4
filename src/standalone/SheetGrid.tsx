/**
 * A sheet rendered as a grid (column letters, row numbers, merged cells), flagged cells coloured by
 * severity, the selected cell outlined and scrolled into view. Sheet tabs switch the sheet shown.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { a1, columnLetters, parseRange } from '../core/address';
import type { CellRef, Finding, Severity } from '../core/findings';
import { SEVERITY_LABEL } from '../core/findings';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { SEVERITY_COLOR } from '../taskpane/components/FindingItem';

/** Past this, the grid shows the top-left part only (the findings list still has everything). */
const MAX_ROWS = 400;
const MAX_COLS = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, height: '100%' },
  tabs: { display: 'flex', flexWrap: 'wrap', gap: '2px', padding: '4px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderBottomWidth: 0, background: tokens.colorNeutralBackground3, padding: '4px 10px',
    font: 'inherit', fontSize: tokens.fontSizeBase200, cursor: 'pointer', borderRadius: '4px 4px 0 0',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  tabActive: { background: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold },
  scroll: { overflow: 'auto', flexGrow: 1, border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: '12px', tableLayout: 'fixed' },
  head: { position: 'sticky', top: 0, background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, fontWeight: 'normal', border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 4px', zIndex: 1 },
  rowHead: { position: 'sticky', left: 0, background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 4px', textAlign: 'right' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: '1px 4px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '220px', minWidth: '36px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, padding: '4px' },
});

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function flagsOf(findings: Finding[], sheet: string): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.sheet !== sheet) continue;
    const list = map.get(f.cell);
    if (list) list.push(f);
    else map.set(f.cell, [f]);
  }
  return map;
}

function SheetTable({ sheet, findings, selection }: { sheet: SheetSnapshot; findings: Finding[]; selection: string | null }): React.ReactElement {
  const styles = useStyles();
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);
  const flags = React.useMemo(() => flagsOf(findings, sheet.name), [findings, sheet.name]);
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  // Merged areas (titles across the table) widen the grid beyond the last value.
  const mergeExtent = sheet.merges.map(parseRange).reduce((e, r) => (r ? { bottom: Math.max(e.bottom, r.bottom + 1), right: Math.max(e.right, r.right + 1) } : e), { bottom: 0, right: 0 });
  const bottom = Math.min(Math.max(sheet.top + sheet.values.length, sheet.values.length ? mergeExtent.bottom : 0), MAX_ROWS);
  const right = Math.min(Math.max(sheet.left + width, width ? mergeExtent.right : 0), MAX_COLS);
  const { spans, covered } = React.useMemo(() => {
    const spans = new Map<string, { rowSpan: number; colSpan: number }>();
    const covered = new Set<string>();
    for (const m of sheet.merges) {
      const r = parseRange(m);
      if (!r) continue;
      spans.set(a1(r.top, r.left), { rowSpan: r.bottom - r.top + 1, colSpan: r.right - r.left + 1 });
      for (let y = r.top; y <= r.bottom; y++) for (let x = r.left; x <= r.right; x++) if (y !== r.top || x !== r.left) covered.add(a1(y, x));
    }
    return { spans, covered };
  }, [sheet.merges]);

  React.useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [selection, sheet.name]);

  const rows: React.ReactElement[] = [];
  for (let r = 0; r < bottom; r++) {
    const cells: React.ReactElement[] = [<th key="h" className={styles.rowHead} scope="row">{r + 1}</th>];
    for (let c = 0; c < right; c++) {
      const address = a1(r, c);
      if (covered.has(address)) continue;
      const value = sheet.values[r - sheet.top]?.[c - sheet.left] ?? null;
      const list = flags.get(address);
      const severity = list?.reduce<Severity>((w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w), 'info');
      const span = spans.get(address);
      const isSelected = selection === address;
      cells.push(
        <td
          key={address}
          ref={isSelected ? selectedRef : undefined}
          className={mergeClasses(styles.cell, typeof value === 'number' && styles.number, isSelected && styles.selected)}
          style={severity ? { backgroundColor: SEVERITY_COLOR[severity].bg } : undefined}
          data-cell={address}
          data-flag={severity}
          title={list ? list.map((f) => `${SEVERITY_LABEL[f.severity]}：${f.message}`).join('\n') : undefined}
          rowSpan={span && span.rowSpan > 1 ? Math.min(span.rowSpan, bottom - r) : undefined}
          colSpan={span && span.colSpan > 1 ? Math.min(span.colSpan, right - c) : undefined}
        >
          {value === null ? '' : String(value)}
        </td>,
      );
    }
    rows.push(<tr key={r}>{cells}</tr>);
  }
  return (
    <>
      <table className={styles.table} data-grid-sheet={sheet.name} aria-label={`工作表 ${sheet.name}`}>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: right }, (_, c) => <th key={c} className={styles.head} scope="col">{columnLetters(c)}</th>)}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
      {(sheet.top + sheet.values.length > MAX_ROWS || sheet.left + width > MAX_COLS) && (
        <div className={styles.note}>此表较大，仅显示前 {MAX_ROWS} 行、{MAX_COLS} 列。</div>
      )}
    </>
  );
}

export interface SheetGridProps {
  snapshot: WorkbookSnapshot;
  findings: Finding[];
  selection: CellRef | null;
}

export function SheetGrid({ snapshot, findings, selection }: SheetGridProps): React.ReactElement {
  const styles = useStyles();
  const [active, setActive] = React.useState(snapshot.sheets[0]?.name ?? '');
  React.useEffect(() => {
    if (selection) setActive(selection.sheet);
  }, [selection]);
  React.useEffect(() => {
    if (!snapshot.sheets.some((s) => s.name === active)) setActive(snapshot.sheets[0]?.name ?? '');
  }, [snapshot, active]);
  const sheet = snapshot.sheets.find((s) => s.name === active) ?? snapshot.sheets[0];
  const flagged = React.useMemo(() => new Set(findings.map((f) => f.sheet)), [findings]);
  if (!sheet) return <div className={styles.note}>工作簿没有工作表。</div>;
  return (
    <div className={styles.root}>
      <div className={styles.tabs} role="tablist" aria-label="工作表">
        {snapshot.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === sheet.name}
            className={mergeClasses(styles.tab, s.name === sheet.name && styles.tabActive)}
            onClick={() => setActive(s.name)}
          >
            {flagged.has(s.name) ? '● ' : ''}{s.name}
          </button>
        ))}
      </div>
      <div className={styles.scroll} role="tabpanel">
        <SheetTable sheet={sheet} findings={findings} selection={selection?.sheet === sheet.name ? selection.cell : null} />
      </div>
    </div>
  );
}

/** The nine tables T01–T09 at a glance: passed, has errors, or missing. Each tile filters the list. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { TableStatus, TableTile } from '../state';

const STATUS: Record<TableStatus, { label: string; mark: string; bg: string; fg: string }> = {
  passed: { label: '通过', mark: '✓', bg: '#DFF6DD', fg: '#0E700E' },
  errors: { label: '有错误', mark: '✕', bg: '#FDE7E9', fg: '#B10E1C' },
  missing: { label: '缺失', mark: '–', bg: '#F0F0F0', fg: '#616161' },
};

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(78px, 1fr))', gap: '6px', margin: 0, padding: 0, listStyleType: 'none' },
  tile: {
    width: '100%', padding: '6px 4px', border: `1px solid transparent`, borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer', font: 'inherit', textAlign: 'center',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { border: `2px solid ${tokens.colorBrandStroke1}` },
  id: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  state: { display: 'block', fontSize: tokens.fontSizeBase200 },
});

export function TableSummary({ tiles, selected, onSelect }: { tiles: TableTile[]; selected: string | null; onSelect: (id: string) => void }): React.ReactElement {
  const styles = useStyles();
  return (
    <nav aria-label="九张表概览">
      <ul className={styles.grid}>
        {tiles.map((t) => {
          const s = STATUS[t.status];
          const detail = t.status === 'missing' ? '工作簿中未找到此表' : `${t.sheet}：错误 ${t.counts.error}，提示 ${t.counts.warning}，尾差 ${t.counts.info}`;
          return (
            <li key={t.id}>
              <button
                type="button"
                className={mergeClasses(styles.tile, selected === t.id && styles.selected)}
                style={{ backgroundColor: s.bg, color: s.fg }}
                onClick={() => onSelect(t.id)}
                aria-pressed={selected === t.id}
                aria-label={`${t.id} ${t.title}：${s.label}`}
                title={`${t.id} ${t.title}\n${detail}`}
                data-table={t.id}
                data-status={t.status}
              >
                <span className={styles.id}>{t.id}</span>
                <span className={styles.state}>{s.mark} {s.label}{t.counts.error > 0 ? ` ${t.counts.error}` : ''}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

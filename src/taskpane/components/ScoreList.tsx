/** 评分: each self-evaluation sheet with a small gauge of its computed total next to its stated total. */
import { makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { EvaluationScore } from '../types';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  row: {
    display: 'flex', alignItems: 'center', gap: '10px', width: '100%', padding: '6px 8px', font: 'inherit', textAlign: 'left',
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1, cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  text: { display: 'flex', flexDirection: 'column', fontSize: tokens.fontSizeBase200 },
  name: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

function grade(total: number): string {
  return total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';
}

/** A half-circle gauge 0–100. */
export function Gauge({ value, label }: { value: number | null; label: string }): React.ReactElement {
  const v = value === null ? 0 : Math.max(0, Math.min(100, value));
  const angle = Math.PI * (1 - v / 100);
  const x = 24 + 20 * Math.cos(angle);
  const y = 24 - 20 * Math.sin(angle);
  const color = value === null ? '#C8C8C8' : v >= 90 ? '#107C10' : v >= 80 ? '#0F6CBD' : v >= 60 ? '#BC4B09' : '#C50F1F';
  return (
    <svg width="48" height="28" viewBox="0 0 48 28" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value ?? undefined} aria-label={label}>
      <path d="M4 24 A20 20 0 0 1 44 24" fill="none" stroke="#E0E0E0" strokeWidth="5" strokeLinecap="round" />
      {value !== null && v > 0 && <path d={`M4 24 A20 20 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}`} fill="none" stroke={color} strokeWidth="5" strokeLinecap="round" />}
    </svg>
  );
}

const show = (v: number | null): string => (v === null ? '—' : String(Math.round(v * 100) / 100));

export function ScoreList({ scores, onSelect }: { scores: EvaluationScore[]; onSelect: (s: EvaluationScore) => void }): React.ReactElement {
  const styles = useStyles();
  return (
    <section aria-label="绩效自评得分">
      <ul className={styles.list}>
        {scores.map((s, i) => {
          const differs = s.statedTotal !== null && s.computedTotal !== null && Math.abs(s.statedTotal - s.computedTotal) >= 0.005;
          return (
            <li key={`${s.sheet}-${i}`}>
              <button type="button" className={styles.row} onClick={() => onSelect(s)} data-score-sheet={s.sheet}>
                <Gauge value={s.computedTotal} label={`${s.name || s.sheet} 计算总分 ${show(s.computedTotal)}`} />
                <span className={styles.text}>
                  <span className={styles.name}>{s.name || s.sheet}</span>
                  <span>
                    填报总分 {show(s.statedTotal)} · 计算 {show(s.computedTotal)}
                    {s.computedTotal !== null && `（${grade(s.computedTotal)}）`}
                    {differs && <strong style={{ color: '#B10E1C' }}> 不一致</strong>}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

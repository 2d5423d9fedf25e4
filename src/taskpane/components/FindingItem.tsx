/** One finding: severity, message, expected and actual; a button that jumps to its cell. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { SEVERITY_LABEL, type Finding, type Severity } from '../../core/findings';
import { formatAmount } from '../state';

export const SEVERITY_COLOR: Record<Severity, { bg: string; border: string }> = {
  error: { bg: '#FFC7CE', border: '#C50F1F' },
  warning: { bg: '#FFE699', border: '#BC4B09' },
  info: { bg: '#DDEBF7', border: '#0F6CBD' },
};

const useStyles = makeStyles({
  item: {
    display: 'block', width: '100%', textAlign: 'left', cursor: 'pointer', padding: '8px 10px',
    borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}`, borderLeftWidth: '4px',
    backgroundColor: tokens.colorNeutralBackground1, font: 'inherit', color: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, boxShadow: tokens.shadow4 },
  head: { display: 'flex', gap: '6px', alignItems: 'baseline', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  badge: { padding: '0 6px', borderRadius: tokens.borderRadiusSmall, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  message: { marginTop: '2px', fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  amounts: { marginTop: '2px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function FindingItem({ finding, current, onSelect }: { finding: Finding; current: boolean; onSelect: () => void }): React.ReactElement {
  const styles = useStyles();
  const color = SEVERITY_COLOR[finding.severity];
  const hasAmounts = finding.expected !== null || finding.actual !== null;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, current && styles.current)}
      style={{ borderLeftColor: color.border }}
      onClick={onSelect}
      aria-current={current ? 'true' : undefined}
      data-finding-cell={`${finding.sheet}!${finding.cell}`}
      data-severity={finding.severity}
    >
      <span className={styles.head}>
        <span className={styles.badge} style={{ backgroundColor: color.bg }}>{SEVERITY_LABEL[finding.severity]}</span>
        <span>{finding.sheet}!{finding.cell}</span>
        {finding.title && <span>· {finding.title}</span>}
      </span>
      <span className={styles.message} style={{ display: 'block' }}>{finding.message}</span>
      {hasAmounts && (
        <span className={styles.amounts} style={{ display: 'block' }}>
          期望 {formatAmount(finding.expected)} · 实际 {formatAmount(finding.actual)}
        </span>
      )}
    </button>
  );
}

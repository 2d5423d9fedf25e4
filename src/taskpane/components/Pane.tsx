/**
 * The task pane: 审核, 清除标记, 填充, 生成说明, 评分; the nine-table summary; findings grouped by table with
 * a severity filter (尾差 hidden by default), each jumping to its cell; 上一个/下一个 walk the list.
 * Host and core come in as props (Excel or the standalone page; stubs in tests).
 */
import {
  Button, Checkbox, MessageBar, MessageBarBody, ProgressBar, Field, Tooltip, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import type { AuditResult } from '../../core';
import type { Finding, Severity } from '../../core/findings';
import { SEVERITY_LABEL } from '../../core/findings';
import {
  DEFAULT_FILTER, SEVERITIES, groupFindings, groupLabel, tableTiles, visibleFindings, type SeverityFilter,
} from '../state';
import type { CoreApi, EvaluationScore, PaneHost, Progress } from '../types';
import { FindingItem } from './FindingItem';
import { ScoreList } from './ScoreList';
import { TableSummary } from './TableSummary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px', minWidth: '280px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '4px' },
  nav: { display: 'flex', alignItems: 'center', gap: '8px' },
  group: { display: 'flex', flexDirection: 'column', gap: '6px' },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, margin: '8px 0 2px', fontSize: tokens.fontSizeBase300 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  summary: { color: tokens.colorNeutralForeground2 },
});

export interface PaneProps {
  host: PaneHost;
  core: CoreApi;
  /** Told after each audit (the standalone page offers the annotated download then). */
  onAudited?: (result: AuditResult | null) => void;
}

type Notice = { intent: 'success' | 'warning' | 'error' | 'info'; text: string };

const NOT_YET = '此功能尚在开发中（核心模块未就绪）';

/** Let React paint the progress before the core's synchronous work starts. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function Pane({ host, core, onAudited }: PaneProps): React.ReactElement {
  const styles = useStyles();
  const [busy, setBusy] = React.useState<Progress | null>(null);
  const [result, setResult] = React.useState<AuditResult | null>(null);
  const [notices, setNotices] = React.useState<Notice[]>([]);
  const [filter, setFilter] = React.useState<SeverityFilter>(DEFAULT_FILTER);
  const [table, setTable] = React.useState<string | null>(null);
  const [current, setCurrent] = React.useState<Finding | null>(null);
  const [scores, setScores] = React.useState<EvaluationScore[] | null>(null);

  const groups = React.useMemo(() => groupFindings(result?.findings ?? []), [result]);
  const visible = React.useMemo(() => visibleFindings(groups, filter, table), [groups, filter, table]);
  const tiles = React.useMemo(() => (result ? tableTiles(result.workbook, result.findings) : null), [result]);
  const counts = React.useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const g of groups) for (const s of SEVERITIES) c[s] += g.counts[s];
    return c;
  }, [groups]);

  /** Run one action with progress, errors shown in Chinese, and the host's notices. */
  const act = async (start: string, work: () => Promise<Notice[]>): Promise<void> => {
    setBusy({ step: start });
    setNotices([]);
    try {
      await nextFrame();
      setNotices(await work());
    } catch (e) {
      setNotices([{ intent: 'error', text: host.describeError?.(e) ?? `操作失败：${(e as Error)?.message ?? String(e)}` }]);
    } finally {
      setBusy(null);
    }
  };
  const progress = (p: Progress): void => setBusy(p);
  const hostNotices = (list: string[]): Notice[] => list.map((text) => ({ intent: 'warning', text }));

  const runAudit = (): Promise<void> =>
    act('正在读取工作簿…', async () => {
      let audited: AuditResult | null = null;
      const run = await host.run(async (snapshot) => {
        progress({ step: '正在审核…', fraction: 0.5 });
        await nextFrame();
        audited = core.audit(snapshot);
        return { findings: audited.findings };
      }, progress);
      const done = audited as AuditResult | null;
      setResult(done);
      setCurrent(null);
      setTable(null);
      onAudited?.(done);
      if (!done) return hostNotices(run.notices);
      const c = { error: 0, warning: 0, info: 0 };
      for (const f of done.findings) c[f.severity]++;
      const summary: Notice = done.findings.length === 0
        ? { intent: 'success', text: `审核完成：识别到 ${done.workbook.tables.length} 张表，未发现问题。` }
        : { intent: c.error > 0 ? 'error' : 'info', text: `审核完成：错误 ${c.error} 个，提示 ${c.warning} 个，尾差 ${c.info} 个。` };
      return [summary, ...hostNotices(run.notices)];
    });

  const runClear = (): Promise<void> =>
    act('正在清除标记…', async () => {
      const run = await host.clear(progress);
      setResult(null);
      setCurrent(null);
      setScores(null);
      onAudited?.(null);
      return [{ intent: 'success', text: '已清除全部审核标记。' }, ...hostNotices(run.notices)];
    });

  const runEdits = (label: string, make: NonNullable<CoreApi['fill']>): Promise<void> =>
    act(`正在${label}…`, async () => {
      let coreNotices: string[] = [];
      const run = await host.run((snapshot) => {
        const edits = make(snapshot, core.recognize(snapshot));
        coreNotices = edits.notices ?? [];
        return { edits };
      }, progress);
      const done: Notice[] = coreNotices.length && !run.done ? [] : [{ intent: 'success', text: `${label}完成：写入 ${run.done ?? 0} 处。` }];
      return [...done, ...hostNotices(coreNotices), ...hostNotices(run.notices)];
    });

  const runScore = (score: NonNullable<CoreApi['score']>): Promise<void> =>
    act('正在评分…', async () => {
      let evaluations: EvaluationScore[] = [];
      await host.run((snapshot) => {
        evaluations = score(snapshot, core.recognize(snapshot)).evaluations;
        return {};
      }, progress);
      setScores(evaluations);
      return evaluations.length === 0 ? [{ intent: 'info', text: '未找到绩效自评表。' }] : [];
    });

  const jump = async (f: Finding): Promise<void> => {
    setCurrent(f);
    try {
      const message = await host.select({ sheet: f.sheet, cell: f.cell });
      if (message) setNotices([{ intent: 'warning', text: message }]);
    } catch (e) {
      setNotices([{ intent: 'error', text: host.describeError?.(e) ?? String(e) }]);
    }
  };

  const position = current ? visible.indexOf(current) : -1;
  const step = (delta: number): void => {
    if (visible.length === 0) return;
    const next = position < 0 ? (delta > 0 ? 0 : visible.length - 1) : (position + delta + visible.length) % visible.length;
    void jump(visible[next]);
  };

  const optional = (label: string, available: boolean, onClick: () => void, hint: string): React.ReactElement =>
    available ? (
      <Tooltip content={hint} relationship="description">
        <Button onClick={onClick} disabled={!!busy}>{label}</Button>
      </Tooltip>
    ) : (
      <Tooltip content={NOT_YET} relationship="description">
        <Button disabledFocusable>{label}</Button>
      </Tooltip>
    );

  return (
    <main className={styles.root} aria-busy={!!busy}>
      <div className={styles.actions} role="toolbar" aria-label="操作">
        <Button appearance="primary" onClick={runAudit} disabled={!!busy}>审核</Button>
        <Button onClick={runClear} disabled={!!busy}>清除标记</Button>
        {optional('填充', !!core.fill, () => void runEdits('填充', core.fill!), '填入百分比、执行率与得分（只填空白单元格）')}
        {optional('生成说明', !!core.draft, () => void runEdits('生成说明', core.draft!), '生成“说明数据”与“情况说明”工作表')}
        {host.kind === 'office' && optional('插入说明', !!core.draftHere, () => void runEdits('插入说明', core.draftHere!), '在所选单元格处向下插入情况说明（只写入空白单元格）')}
        {optional('评分', !!core.score, () => void runScore(core.score!), '重新计算绩效自评表的得分')}
      </div>

      {busy && (
        <Field validationMessage={busy.step} validationState="none">
          <ProgressBar value={busy.fraction} aria-label={busy.step} />
        </Field>
      )}

      <div aria-live="polite">
        {notices.map((n, i) => (
          <MessageBar key={i} intent={n.intent}>
            <MessageBarBody>{n.text}</MessageBarBody>
          </MessageBar>
        ))}
      </div>

      {tiles && <TableSummary tiles={tiles} selected={table} onSelect={(id) => setTable(table === id ? null : id)} />}

      {scores && scores.length > 0 && <ScoreList scores={scores} onSelect={(s) => void host.select({ sheet: s.sheet, cell: 'A1' })} />}

      {result && (
        <section aria-label="审核结果">
          <div className={styles.filters} role="group" aria-label="按严重程度筛选">
            {SEVERITIES.map((s) => (
              <Checkbox
                key={s}
                label={`${SEVERITY_LABEL[s]} ${counts[s]}`}
                checked={filter[s]}
                onChange={(_, d) => setFilter({ ...filter, [s]: !!d.checked })}
              />
            ))}
          </div>
          <div className={styles.nav}>
            <Button size="small" onClick={() => step(-1)} disabled={visible.length === 0} aria-label="上一个问题">上一个</Button>
            <Button size="small" onClick={() => step(1)} disabled={visible.length === 0} aria-label="下一个问题">下一个</Button>
            <Text className={styles.summary} aria-live="polite">
              {visible.length === 0 ? '没有要显示的问题' : `${position >= 0 ? position + 1 : '–'} / ${visible.length}`}
            </Text>
          </div>
          {groups
            .filter((g) => table === null || g.group === table)
            .map((g) => {
              const shown = g.findings.filter((f) => filter[f.severity]);
              if (shown.length === 0) return null;
              return (
                <div key={g.group} className={styles.group}>
                  <h3 className={styles.groupTitle}>
                    {groupLabel(g.group)}（错误 {g.counts.error}，提示 {g.counts.warning}，尾差 {g.counts.info}）
                  </h3>
                  <ul className={styles.list}>
                    {shown.map((f, i) => (
                      <li key={`${f.rule}-${f.sheet}-${f.cell}-${i}`}>
                        <FindingItem finding={f} current={f === current} onSelect={() => void jump(f)} />
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
        </section>
      )}
    </main>
  );
}

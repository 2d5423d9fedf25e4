/** Which table a title names. Order matters: longer, more specific titles first. */
import type { EvaluationKind, TableId } from '../model';
import { normalizeLabel } from '../text';

const PATTERNS: [TableId, RegExp][] = [
  ['T07', /三公.*经费.*(支出)?决算表/],
  ['T06', /一般公共预算财政拨款基本支出决算(明细)?表/],
  ['T08', /政府性基金预算财政拨款(收入支出|支出|收支)决算表/],
  ['T09', /国有资本经营预算财政拨款(收入)?支出决算表/],
  ['T05', /一般公共预算财政拨款(收入)?支出决算表/],
  ['T04', /财政拨款收(入)?支(出)?决算总表/],
  ['T01', /(部门)?收(入)?支(出)?决算总表/],
  ['T03', /^(部门)?支出决算表/],
  ['T02', /^(部门)?收入决算表/],
];

/** The table a cell's text titles, or null. Tolerates a year/department prefix and ordinals. */
export function classifyTitle(raw: string): TableId | null {
  if (raw.length > 60) return null;
  let s = normalizeLabel(raw).replace(/["“”'‘’]/g, '');
  if (s.startsWith('注') || s.includes('说明') || s.includes('情况')) return null;
  // "株洲市…2024年度收入决算表" → drop what precedes the year
  s = s.replace(/^.*?\d{4}年(度)?/, '');
  s = s.replace(/^(部门|单位)/, '');
  for (const [id, re] of PATTERNS) if (re.test(s)) return id;
  return null;
}

/**
 * The self-evaluation sheet a title names, or null: 部门（单位）整体支出绩效自评表, 项目支出绩效自评表,
 * 绩效评价基础数据表 and seed 004's 量化评价表 (a trailing "(…)" note allowed). Shared by recognition
 * (an evaluation title ends the table above it) and the scorer.
 */
export function classifyEvaluationTitle(raw: string): EvaluationKind | null {
  if (raw.length > 60 || !raw.includes('表')) return null;
  const t = normalizeLabel(raw);
  if (t.length < 4 || !/表(\(.*\))?$/.test(t)) return null;
  if (t.includes('基础数据表')) return '基础数据';
  if (t.includes('量化评价表') || t.includes('量化指标')) return '量化';
  if (!t.includes('自评表')) return null;
  if (t.includes('整体')) return '整体';
  if (t.includes('项目')) return '项目';
  return null;
}

/**
 * `check --format html`: one self-contained Chinese page (inline CSS, no scripts, no external files),
 * a section per file, findings grouped by table, rows coloured by severity.
 */
import { SEVERITY_LABEL, type Severity } from '../core/findings';
import type { FileReport } from './check-file';
import { SEVERITIES, countBySeverity } from '../core/annotation';
import { batchSummary, fmtAmount, groupFindings } from './report';

const COLOURS: Record<Severity, { bg: string; fg: string }> = {
  error: { bg: '#ffc7ce', fg: '#9c0006' },
  warning: { bg: '#ffe699', fg: '#7f6000' },
  info: { bg: '#ddebf7', fg: '#1f4e79' },
};

export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#222;line-height:1.5}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 6px;border-bottom:2px solid #ccc;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}.meta{color:#555;margin:0 0 8px}
.badge{display:inline-block;border-radius:10px;padding:1px 10px;margin-right:6px;font-size:13px}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:13px}
th,td{border:1px solid #d0d0d0;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.cell{white-space:nowrap;font-family:Consolas,monospace}.ok{color:#2e7d32}.failed{color:#9c0006;font-weight:bold}
${SEVERITIES.map((s) => `.sev-${s}{background:${COLOURS[s].bg};color:${COLOURS[s].fg}}`).join('\n')}
`;

function badges(counts: Record<Severity, number>): string {
  return SEVERITIES.map((s) => `<span class="badge sev-${s}">${SEVERITY_LABEL[s]} ${counts[s]}</span>`).join('');
}

function fileSection(r: FileReport): string {
  const parts: string[] = [`<section><h2>${escapeHtml(r.file)}</h2>`];
  if (r.error) {
    parts.push(`<p class="failed">无法读取：${escapeHtml(r.error)}</p></section>`);
    return parts.join('\n');
  }
  parts.push(`<p class="meta">部门：${escapeHtml(r.department ?? '未识别')}　年度：${escapeHtml(r.year ?? '未识别')}　单位：${escapeHtml(r.unit ?? '未识别')}　识别到 ${r.tables.length} 张表</p>`);
  parts.push(`<p>${badges(countBySeverity(r.findings))}</p>`);
  if (r.annotated) parts.push(`<p class="meta">批注副本：${escapeHtml(r.annotated)}</p>`);
  if (r.annotateError) parts.push(`<p class="failed">${escapeHtml(r.annotateError)}</p>`);
  if (r.findings.length === 0) parts.push('<p class="ok">未发现问题。</p>');
  for (const g of groupFindings(r.findings, r.tables)) {
    parts.push(`<h3>${escapeHtml(g.label)}</h3>`);
    parts.push('<table><thead><tr><th>严重程度</th><th>单元格</th><th>说明</th><th>期望值</th><th>实际值</th><th>规则</th></tr></thead><tbody>');
    for (const f of g.findings) {
      const involved = f.cells.map((c) => (c.sheet === f.sheet ? c.cell : `${c.sheet}!${c.cell}`)).join('、');
      parts.push(
        `<tr class="sev-${f.severity}"><td>${SEVERITY_LABEL[f.severity]}</td>` +
          `<td class="cell" title="涉及：${escapeHtml(involved)}">${escapeHtml(`${f.sheet}!${f.cell}`)}</td>` +
          `<td>${escapeHtml(f.message)}</td><td class="num">${fmtAmount(f.expected)}</td><td class="num">${fmtAmount(f.actual)}</td>` +
          `<td>${escapeHtml(f.title ? `${f.title}（${f.rule}）` : f.rule)}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  if (r.tables.length > 0) {
    parts.push('<details><summary>识别到的表</summary><table><thead><tr><th>表</th><th>标题</th><th>工作表</th><th>区域</th></tr></thead><tbody>');
    for (const t of r.tables) {
      parts.push(`<tr><td>${escapeHtml(t.id)}</td><td>${escapeHtml(t.title)}</td><td>${escapeHtml(t.sheet)}</td><td class="cell">${escapeHtml(t.range)}</td></tr>`);
    }
    parts.push('</tbody></table></details>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function renderHtml(reports: FileReport[]): string {
  const all = reports.flatMap((r) => r.findings);
  const summary = reports.length > 1 ? `<p>${escapeHtml(batchSummary(reports))}</p>` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>部门决算审核报告</title>',
    `<style>${STYLE}</style></head><body>`,
    '<h1>部门决算审核报告</h1>',
    `<p class="meta">共 ${reports.length} 个文件　${badges(countBySeverity(all))}</p>`,
    summary,
    ...reports.map(fileSection),
    '</body></html>',
    '',
  ].join('\n');
}

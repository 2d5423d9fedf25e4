import * as fs from 'fs';
import { readSnapshot } from '../../src/hosts/file/read';
import { recognize } from '../../src/core/recognize';
test('dump', async () => {
  const snap = await readSnapshot(fs.readFileSync('/work/shared/workbooks/zhuzhou-gxs-2024.xlsx'));
  const wb = recognize(snap);
  const out: string[] = [JSON.stringify({year: wb.year, unit: wb.unit, dept: wb.department, diags: wb.diagnostics, ev: wb.evaluations})];
  for (const t of wb.tables) { out.push(t.id + ' ' + t.sheet + ' ' + t.unit + ' ' + t.year + ' ' + JSON.stringify(t.emptyNote) + ' ' + t.rows.map(r => r.key + '[' + (r.name) + ']=' + Object.entries(r.amounts).map(([k,a]) => k+':'+a.cents).join(',')).join(' | ')); }
  fs.writeFileSync('/tmp/rec.txt', out.join('\n'));
});

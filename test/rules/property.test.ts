/**
 * Property tests on generated coded tables: any consistent 类/款/项 tree (or 项 rows only, in any
 * order) gives no finding; any single amount changed by at least 1.00 万元 is among the cells of an
 * error finding of that table.
 */
import fc from 'fast-check';
import type { RecognizedWorkbook } from '../../src/core/model';
import { runRules } from '../../src/core/rules';
import { cleanWorkbook, coded, EMPTY_SNAPSHOT, replaceTable, withAmount } from './build-model';

type Item = { basic: number; project: number }; // cents

/** Build 公开03表 rows (合计, 类, 款, 项 with sums) from 项 amounts grouped under 类/款 codes. */
function t03Rows(tree: Item[][][], flat: boolean, order: number[]): [string, string, ...(number | null)[]][] {
  const rows: [string, string, ...(number | null)[]][] = [];
  const line = (code: string, b: number, p: number): [string, string, ...(number | null)[]] => [code, `科目${code}`, (b + p) / 100, b / 100 || null, p / 100 || null];
  let tb = 0;
  let tp = 0;
  const items: [string, string, ...(number | null)[]][] = [];
  tree.forEach((kuans, i) => {
    const lei = String(201 + i);
    let lb = 0;
    let lp = 0;
    const leiRows: [string, string, ...(number | null)[]][] = [];
    kuans.forEach((xiangs, j) => {
      const kuan = `${lei}${String(j + 1).padStart(2, '0')}`;
      let kb = 0;
      let kp = 0;
      const kuanRows = xiangs.map((x, k) => {
        kb += x.basic;
        kp += x.project;
        return line(`${kuan}${String(k + 1).padStart(2, '0')}`, x.basic, x.project);
      });
      lb += kb;
      lp += kp;
      leiRows.push(line(kuan, kb, kp), ...kuanRows);
      items.push(...kuanRows);
    });
    tb += lb;
    tp += lp;
    rows.push(line(lei, lb, lp), ...leiRows);
  });
  const body = flat ? order.map((i) => items[i % items.length]).filter((r, i, a) => a.indexOf(r) === i) : rows;
  if (flat) {
    // 合计 of the 项 listed (a shuffled subset when order repeats indices)
    let b = 0;
    let p = 0;
    for (const r of body) {
      b += Math.round(Number(r[3] ?? 0) * 100);
      p += Math.round(Number(r[4] ?? 0) * 100);
    }
    return [['合计', '合计', (b + p) / 100, b / 100, p / 100], ...body];
  }
  return [['合计', '合计', (tb + tp) / 100, tb / 100, tp / 100], ...body];
}

const cents = fc.integer({ min: 0, max: 50_000_000 });
const item = fc.record({ basic: cents, project: fc.oneof(fc.constant(0), cents) });
const tree = fc.array(fc.array(fc.array(item, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });

function only03(wb: RecognizedWorkbook) {
  return runRules(wb, EMPTY_SNAPSHOT).filter((f) => f.rule.startsWith('T03.'));
}

describe('generated 支出决算表', () => {
  test('consistent trees and 项-only tables: no finding', () => {
    fc.assert(
      fc.property(tree, fc.boolean(), fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (t, flat, order) => {
        const wb = replaceTable(cleanWorkbook(), coded('T03', t03Rows(t, flat, order), ['本年支出合计', '基本支出', '项目支出']));
        expect(only03(wb)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test('one amount changed by ≥ 1.00 万元: that cell is in an error finding', () => {
    fc.assert(
      fc.property(tree, fc.boolean(), fc.nat(), fc.integer({ min: 100, max: 10_000_000 }), fc.boolean(), (t, flat, pick, delta, down) => {
        const rows = t03Rows(t, flat, [...Array(200).keys()]);
        const wb = replaceTable(cleanWorkbook(), coded('T03', rows, ['本年支出合计', '基本支出', '项目支出']));
        const table = wb.tables.find((x) => x.id === 'T03')!;
        const cells = table.rows.flatMap((r) => Object.entries(r.amounts).map(([role, a]) => ({ key: r.key, role, a })));
        const { key, role, a } = cells[pick % cells.length];
        const changed = a.cents + (down && a.cents >= delta ? -delta : delta);
        const mutated = withAmount(wb, 'T03', key, role, changed / 100);
        const errors = only03(mutated).filter((f) => f.severity === 'error');
        expect(errors.some((f) => f.cells.some((c) => c.sheet === a.sheet && c.cell === a.cell))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

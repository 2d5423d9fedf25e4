/** Department, unit, 公开NN label and year around a table's title. */
import type { Grid } from './grid';
import { a1 } from '../address';
import type { TableMeta } from '../model';


const DEPARTMENT = /(?:部门|单位名称|编制单位|部门名称)\s*[:：]\s*(.+)/;

/** Department name from "部门：株洲市供销合作社联合社  2021 年度 金额单位：万元". */
export function departmentFrom(raw: string): string | null {
  const m = DEPARTMENT.exec(raw.normalize('NFKC'));
  if (!m) return null;
  const name = m[1]
    .replace(/公开\s*\d{1,2}\s*表/g, ' ')
    .split(/\s{2,}|\s*\d{4}\s*年|\s*(?:金额)?单位\s*[:：]/)[0]
    .replace(/\s+/g, '')
    .trim();
  // "部门：公开 06 表" (seed 002) names no department
  return name === '' ? null : name;
}

export function unitFrom(t: string): '万元' | '元' | null {
  const m = /单位[:：]?(万元|元|万)/.exec(t);
  if (!m) return null;
  return m[1] === '元' ? '元' : '万元';
}

export function yearFrom(t: string): number | null {
  const m = /(20\d{2})年/.exec(t);
  return m ? Number(m[1]) : null;
}

/** Scan rows [from, to] of the table's head for its meta data. */
export function readMeta(grid: Grid, from: number, to: number, titleText: string): TableMeta {
  const meta: TableMeta = { unit: null, unitCell: null, department: null, departmentCell: null, number: null, year: yearFrom(titleText) };
  for (let r = from; r <= to; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const t = grid.text(r, c);
      if (t === '') continue;
      const raw = String(grid.value(r, c) ?? '');
      if (meta.unit === null) {
        const u = unitFrom(t);
        if (u) {
          meta.unit = u;
          meta.unitCell = a1(r, c);
        }
      }
      if (meta.department === null) {
        const d = departmentFrom(raw);
        if (d) {
          meta.department = d;
          meta.departmentCell = a1(r, c);
        }
      }
      if (meta.number === null) {
        const n = /公开\d{1,2}表/.exec(t);
        if (n) meta.number = n[0];
      }
      if (meta.year === null && t.length < 40) meta.year = yearFrom(t);
    }
  }
  return meta;
}

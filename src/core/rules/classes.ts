/**
 * 支出功能分类 类 (3-digit codes) and their names, to match the 类 lines of T01/T04 (which carry no
 * code, only a name) with the coded tables. Names without the trailing 支出; older names as aliases
 * (2019–2024 政府收支分类科目; seeds 000–004 use the current names, seed 002 T04 writes
 * `社会保障支出` for 社会保障和就业支出).
 */
import { squash } from '../text';
import type { TableIndex } from './table-index';

export const FUNCTION_CLASSES: Record<string, string[]> = {
  '201': ['一般公共服务'],
  '202': ['外交'],
  '203': ['国防'],
  '204': ['公共安全'],
  '205': ['教育'],
  '206': ['科学技术'],
  '207': ['文化旅游体育与传媒', '文化体育与传媒'],
  '208': ['社会保障和就业'],
  '209': ['社会保险基金'],
  '210': ['卫生健康', '医疗卫生与计划生育', '医疗卫生'],
  '211': ['节能环保'],
  '212': ['城乡社区'],
  '213': ['农林水'],
  '214': ['交通运输'],
  '215': ['资源勘探工业信息等', '资源勘探信息等', '资源勘探电力信息等'],
  '216': ['商业服务业等'],
  '217': ['金融'],
  '219': ['援助其他地区'],
  '220': ['自然资源海洋气象等', '国土海洋气象等'],
  '221': ['住房保障'],
  '222': ['粮油物资储备'],
  '223': ['国有资本经营预算'],
  '224': ['灾害防治及应急管理'],
  '227': ['预备费'],
  '229': ['其他'],
  '230': ['转移性'],
  '231': ['债务还本'],
  '232': ['债务付息'],
  '233': ['债务发行费用'],
  '234': ['抗疫特别国债安排的'],
};

/** "社会保障和就业支出" → "社会保障和就业"; "其他支出" → "其他"; "预备费" stays. */
export function className(name: string): string {
  return squash(name).replace(/[(（]类[)）]$/, '').replace(/支出$/, '');
}

export interface ClassMatch {
  code: string;
  /** The name the coded table gives the 类, when it lists the 类 row and the names differ. */
  otherName: string | null;
}

/**
 * The 类 code a T01/T04 line names, resolved against the coded table's own 类 rows first, then the
 * standard list, then a unique prefix match (`社会保障` → 社会保障和就业). Null when nothing fits.
 */
export function matchClass(line: string, idx: TableIndex | undefined): ClassMatch | null {
  const own = idx?.classNames() ?? new Map<string, string>(); // 类 name → code, as the coded table writes it
  const result = (code: string): ClassMatch => {
    const row = idx?.code(code);
    const other = row ? className(row.name) : null;
    return { code, otherName: other && other !== '' && other !== line ? row!.name : null };
  };
  const exact = own.get(line);
  if (exact) return result(exact);
  for (const [code, names] of Object.entries(FUNCTION_CLASSES)) if (names.includes(line)) return result(code);
  if (line.length < 2) return null;
  const candidates = new Set<string>();
  for (const [name, code] of own) if (name.startsWith(line) || line.startsWith(name)) candidates.add(code);
  if (candidates.size === 0)
    for (const [code, names] of Object.entries(FUNCTION_CLASSES)) if (names.some((n) => n.startsWith(line) || line.startsWith(n))) candidates.add(code);
  return candidates.size === 1 ? result([...candidates][0]) : null;
}

/** "208" → "社会保障和就业支出" (the current standard name), or the code itself when unknown. */
export function classTitle(code: string): string {
  const name = FUNCTION_CLASSES[code]?.[0];
  if (!name) return `${code}类`;
  return name === '预备费' ? name : `${name}支出`;
}

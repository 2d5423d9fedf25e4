/**
 * Names of 功能分类 类 and 款 for the 类（类）款（款）项（项） reading of a 项 (DOMAIN.md §3). Names come
 * from the tables first (类 and 款 rows of T05/T03/T02/T08/T09); this small table covers workbooks that
 * list only 7-digit 项 rows (seed 003). Data only: the 类 and common 款 of the seeds, 2024 科目.
 */
import type { RecognizedWorkbook, TableId } from '../model';

export const FUNCTION_CLASS_NAMES: Readonly<Record<string, string>> = {
  '201': '一般公共服务支出', '202': '外交支出', '203': '国防支出', '204': '公共安全支出', '205': '教育支出',
  '206': '科学技术支出', '207': '文化旅游体育与传媒支出', '208': '社会保障和就业支出', '210': '卫生健康支出',
  '211': '节能环保支出', '212': '城乡社区支出', '213': '农林水支出', '214': '交通运输支出',
  '215': '资源勘探工业信息等支出', '216': '商业服务业等支出', '217': '金融支出', '219': '援助其他地区支出',
  '220': '自然资源海洋气象等支出', '221': '住房保障支出', '222': '粮油物资储备支出', '224': '灾害防治及应急管理支出',
  '227': '预备费', '229': '其他支出', '230': '转移性支出', '231': '债务还本支出', '232': '债务付息支出',
  // 款
  '20101': '人大事务', '20102': '政协事务', '20103': '政府办公厅（室）及相关机构事务', '20104': '发展与改革事务',
  '20105': '统计信息事务', '20106': '财政事务', '20107': '税收事务', '20108': '审计事务', '20111': '纪检监察事务',
  '20113': '商贸事务', '20126': '档案事务', '20129': '群众团体事务', '20131': '党委办公厅（室）及相关机构事务',
  '20132': '组织事务', '20133': '宣传事务', '20134': '统战事务', '20136': '其他共产党事务支出',
  '20199': '其他一般公共服务支出', '20699': '其他科学技术支出', '20805': '行政事业单位养老支出', '20808': '抚恤',
  '20899': '其他社会保障和就业支出', '21004': '公共卫生', '21007': '计划生育事务', '21011': '行政事业单位医疗',
  '21201': '城乡社区管理事务', '21299': '其他城乡社区支出', '21301': '农业农村', '21303': '水利',
  '21305': '巩固拓展脱贫攻坚成果同乡村振兴衔接', '21602': '商业流通事务', '21699': '其他商业服务业等支出',
  '22102': '住房改革支出',
};

const NAME_SOURCES: TableId[] = ['T05', 'T03', 'T02', 'T08', 'T09'];

/** Recognised names are NFKC-folded ("(室)"); the narrative writes full-width brackets "（室）". */
export function fullWidthBrackets(name: string): string {
  return name.replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Name of a 功能分类 code: from the workbook's coded rows, else the built-in table, else null. */
export function codeName(workbook: RecognizedWorkbook, code: string): string | null {
  for (const id of NAME_SOURCES) {
    const table = workbook.tables.find((t) => t.id === id);
    const row = table?.rows.find((r) => r.code === code && r.name);
    if (row) return fullWidthBrackets(row.name);
  }
  return FUNCTION_CLASS_NAMES[code] ?? null;
}

/** "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）". */
export function itemReading(workbook: RecognizedWorkbook, code: string, itemName?: string): string {
  const cls = codeName(workbook, code.slice(0, 3)) ?? code.slice(0, 3);
  const kuan = codeName(workbook, code.slice(0, 5)) ?? code.slice(0, 5);
  const item = itemName ?? codeName(workbook, code) ?? code;
  return `${cls}（类）${kuan}（款）${item}（项）`;
}

/** 类 name without its trailing 支出, as the structure sentence reads it: "社会保障和就业". */
export function shortClassName(name: string): string {
  return name.replace(/支出$/, '');
}

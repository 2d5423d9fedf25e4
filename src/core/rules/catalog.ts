/**
 * Every rule id with its Chinese title. Ids are stable: hosts, tests and saved reports refer to them.
 * WB.* concern the workbook as a whole, Tnn.* one table, X.Tnn-Tmm.* two tables (DOMAIN.md §2).
 */
export const RULE_TITLES = {
  // The workbook
  'WB.table-missing': '缺少决算表',
  'WB.unit-mixed': '金额单位不一致',
  'WB.department': '部门名称不一致',
  'WB.year': '年度不一致',
  'WB.code-name': '同一科目在各表中名称不一致',
  'WB.duplicate-code': '科目重复列示',
  'WB.negative-amount': '金额为负数',
  'WB.invalid-amount': '金额无法识别',
  'WB.unread': '表中有未能识别的部分',

  // 公开01 收入支出决算总表
  'T01.income-total': '本年收入合计不等于收入各项之和',
  'T01.income-grand-total': '收入总计不等于本年收入合计加结余和结转',
  'T01.expense-total': '本年支出合计不等于支出各类之和',
  'T01.expense-grand-total': '支出总计不等于本年支出合计加结余分配和年末结转',
  'T01.balance': '收入总计不等于支出总计',

  // Coded tables: 公开02 收入决算表, 03 支出决算表, 05 一般公共预算支出, 08 政府性基金, 09 国有资本经营
  'T02.total': '合计行不等于各类（或各项）之和',
  'T02.hierarchy': '上级科目不等于所属下级科目之和',
  'T02.row': '本年收入合计不等于各项收入之和',
  'T02.parent-missing': '缺少上级科目行',
  'T03.total': '合计行不等于各类（或各项）之和',
  'T03.hierarchy': '上级科目不等于所属下级科目之和',
  'T03.row': '本年支出合计不等于各项支出之和',
  'T03.parent-missing': '缺少上级科目行',
  'T05.total': '合计行不等于各类（或各项）之和',
  'T05.hierarchy': '上级科目不等于所属下级科目之和',
  'T05.row': '小计不等于基本支出与项目支出之和',
  'T05.parent-missing': '缺少上级科目行',
  'T08.total': '合计行不等于各类（或各项）之和',
  'T08.hierarchy': '上级科目不等于所属下级科目之和',
  'T08.row': '本年支出小计不等于基本支出与项目支出之和',
  'T08.carry': '年末结转和结余不等于年初加本年收入减本年支出',
  'T08.parent-missing': '缺少上级科目行',
  'T08.empty-note': '空表说明缺失或与本表不符',
  'T09.total': '合计行不等于各类（或各项）之和',
  'T09.hierarchy': '上级科目不等于所属下级科目之和',
  'T09.row': '合计不等于基本支出与项目支出之和',
  'T09.parent-missing': '缺少上级科目行',
  'T09.empty-note': '空表说明缺失或与本表不符',

  // 公开04 财政拨款收入支出决算总表
  'T04.income-total': '本年收入合计不等于三项财政拨款之和',
  'T04.carryover': '年初财政拨款结转和结余不等于其三项之和',
  'T04.income-grand-total': '收入总计不等于本年收入合计加年初结转和结余',
  'T04.expense-row': '支出合计不等于三项财政拨款之和',
  'T04.expense-total': '本年支出合计不等于支出各类之和',
  'T04.expense-grand-total': '支出总计不等于本年支出合计加年末结转和结余',
  'T04.balance': '收入总计不等于支出总计',

  // 公开06 基本支出决算表, 公开07 三公经费
  'T06.hierarchy': '经济分类类级不等于所属款级之和',
  'T06.personnel-total': '人员经费合计不等于工资福利支出与对个人和家庭的补助之和',
  'T06.public-total': '公用经费合计不等于商品和服务支出等各类之和',
  'T07.vehicle': '公务用车购置及运行费不等于购置费与运行费之和',
  'T07.total': '“三公”经费合计不等于各项之和',

  // Between tables
  'X.T01-T02.income-lines': '收入项目与收入决算表合计行不符',
  'X.T01-T02.income-total': '本年收入合计与收入决算表合计不符',
  'X.T01-T03.expense-lines': '支出类级科目与支出决算表不符',
  'X.T01-T03.expense-total': '本年支出合计与支出决算表合计不符',
  'X.T01-T04.income-lines': '财政拨款收入与财政拨款收入支出决算总表不符',
  'X.T04-T05.expense-lines': '一般公共预算财政拨款支出类级与一般公共预算财政拨款支出决算表不符',
  'X.T04-T05.expense-total': '一般公共预算财政拨款本年支出合计与一般公共预算财政拨款支出决算表合计不符',
  'X.T04-T08.expense': '政府性基金预算财政拨款支出与政府性基金表不符',
  'X.T04-T08.income': '政府性基金预算财政拨款收入与政府性基金表不符',
  'X.T04-T08.unexpected': '无政府性基金预算财政拨款却在政府性基金表中填有金额',
  'X.T04-T09.expense': '国有资本经营预算财政拨款支出与国有资本经营预算表不符',
  'X.T04-T09.unexpected': '无国有资本经营预算财政拨款却在国有资本经营预算表中填有金额',
  'X.T05-T06.basic': '一般公共预算财政拨款基本支出与基本支出决算表人员经费、公用经费之和不符',
  'X.T03-T05.rows': '仅有一般公共预算财政拨款收入时，一般公共预算财政拨款支出应与支出决算表逐行一致',
  'X.T03-T05.le': '一般公共预算财政拨款支出大于支出决算表同一科目',
  'X.T06-T07.sangong': '基本支出中的“三公”经费科目大于“三公”经费决算数',
} as const;

export type RuleId = keyof typeof RULE_TITLES;

export const RULE_IDS = Object.keys(RULE_TITLES) as RuleId[];

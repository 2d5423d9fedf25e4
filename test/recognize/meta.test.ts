import { departmentFrom, unitFrom } from '../../src/core/recognize/meta';
import { classifyTitle } from '../../src/core/recognize/titles';

test('department from the 部门 line, whatever follows it', () => {
  expect(departmentFrom('部门：公开 06 表')).toBeNull(); // seed 002 puts the 公开NN label there
  expect(departmentFrom('部门：宁安市供销合作社联合社 2021 年度 金额单位：万元')).toBe('宁安市供销合作社联合社'); // seed 004
  expect(departmentFrom('部门：株洲市供销合作社联合社')).toBe('株洲市供销合作社联合社');
  expect(departmentFrom('部门：')).toBeNull();
  expect(unitFrom('金额单位:万元')).toBe('万元');
  expect(unitFrom('单位:元')).toBe('元');
});

test.each([
  ['收入支出决算总表', 'T01'],
  ['部门收支决算总表', 'T01'],
  ['一、收入支出决算总表', 'T01'],
  ['收 入 决 算 表', 'T02'],
  ['支出决算表', 'T03'],
  ['财政拨款收入支出决算总表', 'T04'],
  ['一般公共预算财政拨款支出决算表', 'T05'],
  ['一般公共预算财政拨款收入支出决算表', 'T05'], // seed 003
  ['一般公共预算财政拨款基本支出决算明细表', 'T06'],
  ['财政拨款“三公”经费支出决算表', 'T07'],
  ['政府性基金预算财政拨款收入支出决算表', 'T08'],
  ['国有资本经营预算财政拨款支出决算表', 'T09'],
  ['株洲市天元区总工会2023年度支出决算表', 'T03'],
  ['一、收入支出决算总体情况说明', null],
  ['注：本表反映部门本年度各项支出情况。', null],
  ['部门整体支出绩效自评表', null],
])('title %s → %s', (text, id) => {
  expect(classifyTitle(text)).toBe(id);
});

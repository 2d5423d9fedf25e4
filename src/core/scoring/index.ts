/**
 * 绩效自评 scoring (issue 6, DOMAIN.md §4): finds the self-evaluation sheets by content, recomputes
 * 执行率, 得分 and 总分, checks weights and suggested scores, the 基础数据表 and the 量化评价表, and
 * cross-checks them with the recognised tables. Pure: snapshot and RecognizedWorkbook in, findings and
 * fills (for empty cells only) out.
 */
import type { CellWrite, Finding } from '../findings';
import { parseRange } from '../address';
import type { RecognizedWorkbook } from '../model';
import type { WorkbookSnapshot } from '../snapshot';
import { scoreBaseData } from './baseData';
import { findEvaluationBlocks } from './detect';
import { scoreQuantitative } from './quantitative';
import { scoreSelfEvaluation, type EvaluationResult, type ScoreContext } from './selfEval';
import { SheetGrid } from '../grid';

export type { EvaluationResult } from './selfEval';
export { gradeOf } from './selfEval';
export { parseTarget, parseActual, suggestScore } from './target';
export type { ParsedTarget, Suggestion } from './target';
export { parseDeductionRule, applyDeductionRule } from './deduction';
export type { DeductionRule, RuleClause } from './deduction';
export { readPercent } from './numbers';
export { findEvaluationBlocks } from './detect';

export interface ScoreResult {
  evaluations: EvaluationResult[];
  /** Every finding of every evaluation. */
  findings: Finding[];
  /** Writes into empty 执行率 / 得分 / 总分 cells only, with the computed values. */
  fills: CellWrite[];
}

export function scoreWorkbook(snapshot: WorkbookSnapshot, workbook: RecognizedWorkbook | null): ScoreResult {
  const evaluations: EvaluationResult[] = [];
  const fills: CellWrite[] = [];
  for (const sheet of snapshot.sheets) {
    if (!sheet.values.length) continue;
    const view = new SheetGrid(sheet);
    const tableRows = (workbook?.tables ?? []).filter((t) => t.sheet === sheet.name).map((t) => parseRange(t.range)).filter((r) => r !== null);
    for (const block of findEvaluationBlocks(view, tableRows)) {
      const ctx: ScoreContext = { view, block, workbook, fills };
      try {
        if (block.kind === '基础数据') evaluations.push(scoreBaseData(ctx));
        else if (block.kind === '量化') evaluations.push(scoreQuantitative(ctx));
        else evaluations.push(scoreSelfEvaluation(ctx));
      } catch (e) {
        // bad input never reaches the user as an exception: one finding on the block's title cell
        const cell = view.cell(block.titleRow, block.titleCol);
        evaluations.push({
          sheet: view.name, kind: block.kind, name: block.title, statedTotal: null, computedTotal: null, grade: null,
          range: cell,
          findings: [{ rule: 'EVAL.unreadable', severity: 'warning', sheet: view.name, cell, cells: [{ sheet: view.name, cell }], expected: null, actual: null,
            message: `${view.name} ${cell} 的绩效自评表无法解析（${(e as Error).message}），请人工复核。`, title: '自评表无法解析', group: block.kind }],
        });
      }
    }
  }
  // one write per cell (the first wins)
  const seen = new Set<string>();
  const uniqueFills = fills.filter((f) => {
    const k = `${f.sheet}!${f.cell}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { evaluations, findings: evaluations.flatMap((e) => e.findings), fills: uniqueFills };
}

/** Shared set-up of the Office host tests: the sample workbook in the fake Excel, a pane host over it. */
import * as fs from 'fs';
import type { Finding } from '../../src/core/findings';
import { OfficePaneHost } from '../../src/hosts/office/pane-host';
import type { OfficeSupport } from '../../src/hosts/office/support';
import { SAMPLE } from '../helpers/load';
import { FakeContext, type WorkbookModel } from './fake-excel';
import { modelFromXlsx } from './from-xlsx';

export const ALL_SUPPORT: OfficeSupport = { notes: true, comments: true, merges: true, activeCell: true };

export function sampleModel(copies = 1): Promise<WorkbookModel> {
  return modelFromXlsx(fs.readFileSync(SAMPLE), copies);
}

/** A host whose every batch runs on a fresh FakeContext over `model`; `contexts` records them. */
export function fakeHost(model: WorkbookModel, support: OfficeSupport = ALL_SUPPORT, payloadLimit?: number): { host: OfficePaneHost; contexts: FakeContext[] } {
  const contexts: FakeContext[] = [];
  const host = new OfficePaneHost(support, async (batch) => {
    const context = new FakeContext(model);
    if (payloadLimit) context.payloadLimit = payloadLimit;
    contexts.push(context);
    return batch(context as unknown as Excel.RequestContext);
  });
  return { host, contexts };
}

export function finding(sheet: string, cell: string, severity: Finding['severity'], message: string, group = 'T01'): Finding {
  return { rule: `${group}.test`, severity, sheet, cell, cells: [{ sheet, cell }], expected: 601.28, actual: null, message, title: '测试规则', group };
}

/** What the audit will report on the sample (workbooks/README.md): the C16 error and some 尾差. */
export const SAMPLE_FINDINGS: Finding[] = [
  finding('公开01表', 'C16', 'error', '公开01表 本年收入合计(C16)为空，收入各项合计为601.28万元'),
  finding('公开03表', 'C26', 'info', '公开03表 216 本年支出合计 450.10 与其下各款合计 450.09 相差 0.01（尾差）', 'T03'),
  finding('公开06表', 'C7', 'warning', '公开06表 测试提示', 'T06'),
];

/**
 * @jest-environment jsdom
 */
import './jsdom-setup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import type { Finding } from '../../src/core/findings';
import type { RecognizedTable, RecognizedWorkbook, TableId } from '../../src/core/model';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { Pane } from '../../src/taskpane/components/Pane';
import type { CoreApi, JobOutput, PaneHost } from '../../src/taskpane/types';

function finding(sheet: string, cell: string, severity: Finding['severity'], group: string, message: string): Finding {
  return { rule: `${group}.r`, severity, sheet, cell, cells: [{ sheet, cell }], expected: 601.28, actual: 0, message, title: '规则', group };
}

const FINDINGS: Finding[] = [
  finding('公开01表', 'C16', 'error', 'T01', '公开01表 本年收入合计(C16)为空，收入各项合计为601.28万元'),
  finding('公开03表', 'C26', 'info', 'T03', '公开03表 216 尾差 0.01'),
  finding('公开05表', 'D7', 'warning', 'T05', '公开05表 基本支出 提示'),
  finding('公开05表', 'E7', 'error', 'T05', '公开05表 项目支出 错误'),
];

const table = (id: TableId): RecognizedTable => ({
  id, title: id, sheet: `公开${id.slice(1)}表`, range: 'A1:F20', titleCell: 'A1', unit: '万元', unitCell: null, department: null,
  departmentCell: null, number: null, year: 2024, columns: [], rows: [], emptyNote: null,
});

const WORKBOOK: RecognizedWorkbook = {
  tables: (['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08'] as TableId[]).map(table),
  evaluations: [], diagnostics: [], department: '测试单位', year: 2024, unit: '万元',
};

const SNAPSHOT: WorkbookSnapshot = { sheets: [] };

function fakeHost(overrides: Partial<PaneHost> = {}): PaneHost & { outputs: JobOutput[]; select: jest.Mock; clear: jest.Mock } {
  const outputs: JobOutput[] = [];
  return {
    kind: 'file',
    outputs,
    run: jest.fn(async (job) => {
      const out = await job(SNAPSHOT);
      outputs.push(out);
      return { notices: [], done: out.edits?.writes.length ?? 0 };
    }),
    clear: jest.fn(async () => ({ notices: [] })),
    select: jest.fn(async () => null),
    ...overrides,
  } as PaneHost & { outputs: JobOutput[]; select: jest.Mock; clear: jest.Mock };
}

const baseCore: CoreApi = { audit: () => ({ workbook: WORKBOOK, findings: FINDINGS, evaluations: [] }), recognize: () => WORKBOOK };

function renderPane(host: PaneHost, core: CoreApi = baseCore) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Pane host={host} core={core} />
    </FluentProvider>,
  );
}

async function audit(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: '审核' }));
  await screen.findByText(/审核完成/);
}

describe('the pane', () => {
  test('审核 lists findings grouped by table, hides 尾差 by default, shows counts, expected and actual', async () => {
    const host = fakeHost();
    renderPane(host);
    await audit();
    expect(host.outputs[0].findings).toEqual(FINDINGS); // the host is asked to mark them
    expect(screen.getByText('审核完成：错误 2 个，提示 1 个，尾差 1 个。')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /T01 收入支出决算总表/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /T05 一般公共预算财政拨款支出决算表（错误 1，提示 1，尾差 0）/ })).toBeTruthy();
    expect(screen.queryByText('公开03表 216 尾差 0.01')).toBeNull();
    expect(screen.getAllByText('期望 601.28 · 实际 0.00')).toHaveLength(3);
    fireEvent.click(screen.getByRole('checkbox', { name: '尾差 1' }));
    expect(screen.getByText('公开03表 216 尾差 0.01')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: '提示 1' }));
    expect(screen.queryByText('公开05表 基本支出 提示')).toBeNull();
  });

  test('errors are listed before warnings within a table', async () => {
    renderPane(fakeHost());
    await audit();
    const group = screen.getByRole('heading', { name: /T05/ }).parentElement!;
    const items = within(group).getAllByRole('button');
    expect(items[0].textContent).toContain('项目支出 错误');
    expect(items[1].textContent).toContain('基本支出 提示');
  });

  test('clicking a finding jumps to its cell', async () => {
    const host = fakeHost();
    renderPane(host);
    await audit();
    fireEvent.click(screen.getByText('公开01表 本年收入合计(C16)为空，收入各项合计为601.28万元'));
    await waitFor(() => expect(host.select).toHaveBeenCalledWith({ sheet: '公开01表', cell: 'C16' }));
  });

  test('上一个 / 下一个 walk the visible findings and wrap around', async () => {
    const host = fakeHost();
    renderPane(host);
    await audit();
    const next = screen.getByRole('button', { name: '下一个问题' });
    const prev = screen.getByRole('button', { name: '上一个问题' });
    fireEvent.click(next);
    await waitFor(() => expect(host.select).toHaveBeenLastCalledWith({ sheet: '公开01表', cell: 'C16' }));
    expect(screen.getByText('1 / 3')).toBeTruthy();
    fireEvent.click(next);
    await waitFor(() => expect(host.select).toHaveBeenLastCalledWith({ sheet: '公开05表', cell: 'E7' }));
    fireEvent.click(prev);
    fireEvent.click(prev);
    await waitFor(() => expect(host.select).toHaveBeenLastCalledWith({ sheet: '公开05表', cell: 'D7' }));
    expect(screen.getByText('3 / 3')).toBeTruthy();
  });

  test('the nine-table summary: passed, has errors, missing; a tile filters the list', async () => {
    renderPane(fakeHost());
    await audit();
    expect(screen.getByRole('button', { name: 'T01 收入支出决算总表：有错误' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^T03 .*：通过$/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^T09 .*：缺失$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^T05 / }));
    expect(screen.queryByText(/C16\)为空/)).toBeNull();
    expect(screen.getByText('公开05表 项目支出 错误')).toBeTruthy();
  });

  test('清除标记 asks the host to clear and empties the list', async () => {
    const host = fakeHost();
    renderPane(host);
    await audit();
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await screen.findByText('已清除全部审核标记。');
    expect(host.clear).toHaveBeenCalled();
    expect(screen.queryByText(/C16\)为空/)).toBeNull();
  });

  test('填充, 生成说明 and 评分 are disabled with a tooltip until the core has them', async () => {
    renderPane(fakeHost());
    for (const name of ['填充', '生成说明', '评分']) {
      const button = screen.getByRole('button', { name });
      expect(button.getAttribute('aria-disabled')).toBe('true');
      await act(async () => {
        fireEvent.focus(button);
        fireEvent.pointerEnter(button);
      });
    }
    expect(screen.getByRole('button', { name: '填充' }).getAttribute('aria-describedby')).toBeTruthy();
  });

  test('wired actions: 填充 hands the edits to the host, 评分 shows a gauge beside each stated total', async () => {
    const host = fakeHost();
    const core: CoreApi = {
      ...baseCore,
      fill: () => ({ writes: [{ sheet: '说明数据', cell: 'C3', value: '85.88%' }] }),
      score: () => ({
        evaluations: [{ sheet: '部门整体支出绩效自评表', kind: '整体', name: '部门整体支出绩效自评表', statedTotal: 97.7, computedTotal: 97.74 }],
        findings: [],
      }),
    };
    renderPane(host, core);
    fireEvent.click(screen.getByRole('button', { name: '填充' }));
    await screen.findByText('填充完成：写入 1 处。');
    expect(host.outputs[0].edits?.writes[0]).toEqual({ sheet: '说明数据', cell: 'C3', value: '85.88%' });
    fireEvent.click(screen.getByRole('button', { name: '评分' }));
    const meter = await screen.findByRole('meter');
    expect(meter.getAttribute('aria-valuenow')).toBe('97.74');
    expect(screen.getByText(/填报总分 97.7 · 计算 97.74/)).toBeTruthy();
    expect(screen.getByText('不一致')).toBeTruthy();
  });

  test('插入说明 is offered in Excel only; the core\'s reason for writing nothing is shown', async () => {
    const core: CoreApi = { ...baseCore, draftHere: () => ({ writes: [], notices: ['请先在工作表中选中要插入情况说明的单元格。'] }) };
    const { unmount } = renderPane(fakeHost(), core);
    expect(screen.queryByRole('button', { name: '插入说明' })).toBeNull(); // the standalone page has no selection
    unmount();
    renderPane(fakeHost({ kind: 'office' }), core);
    fireEvent.click(screen.getByRole('button', { name: '插入说明' }));
    await screen.findByText('请先在工作表中选中要插入情况说明的单元格。');
    expect(screen.queryByText(/插入说明完成/)).toBeNull();
  });

  test('a failing host shows its Chinese message, not an exception', async () => {
    const host = fakeHost({
      run: jest.fn(async () => {
        throw new Error('boom');
      }),
      describeError: () => '工作簿过大，超出了 Excel 网页版单次传输的上限。',
    });
    renderPane(host);
    fireEvent.click(screen.getByRole('button', { name: '审核' }));
    expect(await screen.findByText('工作簿过大，超出了 Excel 网页版单次传输的上限。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '审核' })).not.toHaveProperty('disabled', true);
  });

  test('every finding is a keyboard-focusable button', async () => {
    renderPane(fakeHost());
    await audit();
    const item = screen.getByText(/C16\)为空/).closest('button')!;
    item.focus();
    expect(document.activeElement).toBe(item);
  });
});

/**
 * @jest-environment jsdom
 */
import './jsdom-setup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import * as React from 'react';
import type { Finding } from '../../src/core/findings';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { SheetGrid } from '../../src/standalone/SheetGrid';

beforeAll(() => {
  Element.prototype.scrollIntoView = function scrollIntoView(): void {};
});

const SNAPSHOT: WorkbookSnapshot = {
  sheets: [
    { name: '公开01表', top: 0, left: 0, merges: ['A1:F1'], values: [['收入支出决算总表'], [], ...Array.from({ length: 14 }, (_, i) => ['行', i, i === 13 ? null : 1.5])] },
    { name: '公开02表', top: 2, left: 1, merges: [], values: [['合计', 601.28]] },
  ],
};

const C16: Finding = { rule: 'r', severity: 'error', sheet: '公开01表', cell: 'C16', cells: [], expected: 601.28, actual: null, message: 'C16 为空', title: 't', group: 'T01' };

const ui = (findings: Finding[], selection: { sheet: string; cell: string } | null = null): React.ReactElement => (
  <FluentProvider theme={webLightTheme}>
    <SheetGrid snapshot={SNAPSHOT} findings={findings} selection={selection} />
  </FluentProvider>
);

test('flagged cells are coloured by severity and carry the message; clearing removes the colour', () => {
  const { container, rerender } = render(ui([C16]));
  const cell = container.querySelector('table[data-grid-sheet="公开01表"] td[data-cell="C16"]') as HTMLElement;
  expect(cell.dataset.flag).toBe('error');
  expect(cell.style.backgroundColor).toBe('rgb(255, 199, 206)');
  expect(cell.title).toBe('错误：C16 为空');
  expect(container.querySelector('td[data-cell="A1"]')!.getAttribute('colspan')).toBe('6');
  expect(container.querySelector('td[data-cell="B1"]')).toBeNull(); // covered by the merge
  rerender(ui([]));
  expect(container.querySelectorAll('td[data-flag]')).toHaveLength(0);
  expect((container.querySelector('td[data-cell="C16"]') as HTMLElement).style.backgroundColor).toBe('');
});

test('selecting a cell on another sheet switches the grid to it and keeps absolute addresses', () => {
  const { container } = render(ui([], { sheet: '公开02表', cell: 'C3' }));
  const table = container.querySelector('table[data-grid-sheet="公开02表"]')!;
  expect(table.querySelector('td[data-cell="C3"]')!.textContent).toBe('601.28');
  expect(table.querySelector('td[data-cell="B3"]')!.textContent).toBe('合计');
});

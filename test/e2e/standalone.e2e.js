/**
 * The standalone page in Chromium, on the sample workbook (issue 4's acceptance test):
 * open → 审核 → the C16 finding is listed and its cell coloured → 清除标记 → no colouring remains.
 * Screenshot: test-results/pane.png. First render time measured from navigation start.
 */
const fs = require('fs');
const path = require('path');

function sampleFile(root) {
  const candidates = [
    path.join(root, 'test', 'fixtures', 'zhuzhou-gxs-2024.xlsx'),
    path.join(root, 'examples', 'zhuzhou-gxs-2024.xlsx'),
    path.resolve(root, '..', 'shared', 'workbooks', 'zhuzhou-gxs-2024.xlsx'),
  ];
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new Error(`sample workbook not found in ${candidates.join(', ')}`);
  return found;
}

async function step(record, name, fn) {
  try {
    const detail = await fn();
    record(name, true, detail || '');
    return true;
  } catch (e) {
    record(name, false, (e && e.message ? e.message : String(e)).split('\n')[0]);
    return false;
  }
}

exports.run = async function run({ browser, url, root, record }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const outDir = path.join(root, 'test-results');
  fs.mkdirSync(outDir, { recursive: true });

  await step(record, 'page renders and opens the sample workbook', async () => {
    await page.goto(url);
    await page.waitForFunction(() => typeof window.__juesuanFirstRender === 'number', null, { timeout: 15000 });
    const firstRender = await page.evaluate(() => window.__juesuanFirstRender);
    const paint = await page.evaluate(() => (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime);
    await page.setInputFiles('input[type=file]', sampleFile(root));
    await page.getByRole('button', { name: '审核', exact: true }).waitFor({ timeout: 15000 });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    // headless Chromium may not report a paint entry; the first render (React's commit) always exists
    const fcp = typeof paint === 'number' ? `, first contentful paint ${Math.round(paint)} ms` : '';
    return `first render ${Math.round(firstRender)} ms${fcp} after navigation start`;
  });

  await step(record, 'audit lists the C16 finding and colours the cell', async () => {
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await page.getByText('审核完成', { exact: false }).first().waitFor({ timeout: 20000 });
    const tiles = await page.locator('[data-table]').count();
    if (tiles !== 9) throw new Error(`expected the nine-table summary, saw ${tiles} tiles`);
    const item = page.locator('[data-finding-cell="公开01表!C16"]');
    if ((await item.count()) === 0) {
      const statuses = await page.locator('[data-table]').evaluateAll((els) => els.map((e) => `${e.dataset.table}:${e.dataset.status}`).join(' '));
      throw new Error(`no finding for 公开01表!C16 listed (tables: ${statuses})`);
    }
    await item.first().click();
    const cell = page.locator('table[data-grid-sheet="公开01表"] td[data-cell="C16"]');
    await cell.waitFor({ timeout: 5000 });
    const flag = await cell.getAttribute('data-flag');
    const background = await cell.evaluate((el) => getComputedStyle(el).backgroundColor);
    if (flag !== 'error') throw new Error(`C16 flag is ${flag}, expected error`);
    if (/rgba\(0, 0, 0, 0\)|transparent/.test(background)) throw new Error('C16 is not coloured');
    return `C16 ${background}`;
  });

  await page.screenshot({ path: path.join(outDir, 'pane.png'), fullPage: false });

  await step(record, 'the annotated copy downloads as an .xlsx', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15000 }),
      page.getByRole('button', { name: '下载标注副本' }).click(),
    ]);
    const target = path.join(outDir, download.suggestedFilename());
    await download.saveAs(target);
    const bytes = fs.readFileSync(target);
    if (bytes.subarray(0, 2).toString() !== 'PK') throw new Error(`${target} is not an xlsx (zip)`);
    return `${download.suggestedFilename()} ${bytes.length} bytes`;
  });

  await step(record, '清除标记 removes every colouring', async () => {
    await page.getByRole('button', { name: '清除标记', exact: true }).click();
    await page.getByText('已清除全部审核标记', { exact: false }).first().waitFor({ timeout: 10000 });
    const flagged = await page.locator('td[data-flag]').count();
    const coloured = await page.locator('td').evaluateAll((els) => els.filter((el) => !/rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(el).backgroundColor)).length);
    const listed = await page.locator('[data-finding-cell]').count();
    if (flagged || coloured || listed) throw new Error(`after clearing: ${flagged} flagged, ${coloured} coloured cells, ${listed} findings listed`);
  });

  if (errors.length) record('no page errors', false, errors.join('; '));
  await page.close();

  // The task pane bundle itself (taskpane.html), with office.js answered by a stub: no Excel, no network.
  const pane = await browser.newPage({ viewport: { width: 360, height: 640 } });
  const paneErrors = [];
  pane.on('pageerror', (e) => paneErrors.push(e.message));
  await pane.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({
    contentType: 'text/javascript',
    body: 'window.Office = { onReady: function (cb) { cb({ host: "Excel" }); return Promise.resolve(); },'
      + ' context: { requirements: { isSetSupported: function () { return true; } } } };'
      + ' window.Excel = { run: function () { return Promise.reject({ code: "ItemNotFound", message: "stub" }); } };',
  }));
  await step(record, 'the task pane renders (office.js stubbed)', async () => {
    await pane.goto(url.replace('index.html', 'taskpane.html'));
    await pane.waitForFunction(() => typeof window.__juesuanFirstRender === 'number', null, { timeout: 15000 });
    await pane.getByRole('button', { name: '审核', exact: true }).waitFor({ timeout: 5000 });
    const firstRender = await pane.evaluate(() => window.__juesuanFirstRender);
    // An Excel failure reaches the user as a Chinese message.
    await pane.getByRole('button', { name: '审核', exact: true }).click();
    await pane.getByText('找不到要操作的工作表或单元格', { exact: false }).waitFor({ timeout: 5000 });
    await pane.screenshot({ path: path.join(outDir, 'taskpane.png') });
    if (paneErrors.length) throw new Error(`page errors: ${paneErrors.join('; ')}`);
    return `first render ${Math.round(firstRender)} ms after navigation start`;
  });
  await pane.close();
};

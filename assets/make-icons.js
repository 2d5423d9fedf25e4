#!/usr/bin/env node
/** Regenerate the add-in icons (16/32/64/80 px): a white 决 on a rounded green square, drawn by Chromium. */
const path = require('path');
const { chromium } = require('playwright-core');

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of [16, 32, 64, 80, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">
      <div style="width:${size}px;height:${size}px;border-radius:${Math.round(size * 0.18)}px;background:#107C41;color:#fff;
        display:flex;align-items:center;justify-content:center;font:bold ${Math.round(size * 0.78)}px 'Noto Sans CJK SC','Noto Sans SC','WenQuanYi Zen Hei',sans-serif;line-height:1">决</div>
    </body></html>`);
    await page.screenshot({ path: path.join(__dirname, `icon-${size}.png`), omitBackground: true });
  }
  await browser.close();
})();

#!/usr/bin/env node
/**
 * End-to-end test of the standalone page in Debian's Chromium (issue 4): build dist/ if stale, serve it
 * with a tiny static server, drive the page with playwright-core, and print `e2e: N passed, M failed`.
 * Exit code 1 on any failure. Without /usr/bin/chromium the run is skipped (exit 0) unless CI is set.
 */
const fs = require('fs');
const path = require('path');
const http = require('http');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  const index = path.join(DIST, 'index.html');
  const stale = !fs.existsSync(index) || fs.statSync(index).mtimeMs < newestMtime(path.join(ROOT, 'src'));
  if (!stale && !process.argv.includes('--build')) return;
  console.log('e2e: building dist/ (webpack --mode production)…');
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8' };

/** Serve dist/ on a free local port. */
function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(dir, url === '/' ? 'index.html' : url);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    const msg = `e2e: ${CHROMIUM} not found (apt-get install chromium)`;
    if (process.env.CI) {
      console.error(`${msg}; failing under CI.`);
      process.exit(1);
    }
    console.log(`${msg}; skipped.`);
    return;
  }
  ensureBuilt();
  const server = await serve(DIST);
  const url = `http://127.0.0.1:${server.address().port}/index.html`;
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = [];
  try {
    const { run } = require(path.join(ROOT, 'test', 'e2e', 'standalone.e2e.js'));
    await run({ browser, url, root: ROOT, record: (name, ok, detail) => results.push({ name, ok, detail }) });
  } catch (e) {
    results.push({ name: 'run', ok: false, detail: e && e.stack ? e.stack : String(e) });
  } finally {
    await browser.close();
    server.close();
  }
  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name}${r.detail ? ` — ${r.detail}` : ''}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

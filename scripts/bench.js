#!/usr/bin/env node
/**
 * npm run bench — timings of the audit on the compiled code in lib/ (issue 3 “Benchmark”):
 *  - per workbook (typical sample, large synthetic): xlsx load (ExcelJS load + snapshot), recognition,
 *    every rule of the audit (tables, self-evaluation, 情况说明 text: checkRecognized), and the ratio
 *    (recognition + rules) / load; medians of several runs after a warm-up;
 *  - batch: 1,000 typical workbooks through the same worker pool as `juesuan check`.
 * Targets: ratio under 25 %; 1,000 workbooks in under 30 s.
 *
 * Environment: BENCH_RUNS (per-workbook runs, default 15), BENCH_BATCH (workbooks in the batch, default
 * 1000), BENCH_BATCH_RUNS (batch repetitions, default 1).
 */
'use strict';

const { execSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');

const ROOT = path.join(__dirname, '..');
const LIB = path.join(ROOT, 'lib');
const SOURCE_DIRS = ['src/core', 'src/hosts/file', 'src/cli'];

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 15);
const WARMUPS = 5; // steady state, as in a batch: the first runs only measure the JIT
const BATCH = Math.max(1, Number(process.env.BENCH_BATCH) || 1000);
const BATCH_RUNS = Math.max(1, Number(process.env.BENCH_BATCH_RUNS) || 1);

/** Every .ts under the CLI build's source folders, relative to src/. */
function sourceFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) files.push(full);
    }
  };
  for (const d of SOURCE_DIRS) if (fs.existsSync(path.join(ROOT, d))) walk(path.join(ROOT, d));
  return files;
}

/** lib/ is stale when a source file has no compiled counterpart or is newer than it. */
function libIsStale() {
  return sourceFiles().some((src) => {
    const rel = path.relative(path.join(ROOT, 'src'), src).replace(/\.ts$/, '.js');
    const out = path.join(LIB, rel);
    return !fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(src).mtimeMs;
  });
}

function ensureBuilt() {
  if (!libIsStale()) return;
  process.stderr.write('lib/ 缺失或过期，先运行 npm run build:cli …\n');
  try {
    execSync('npm run build:cli', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    // tsc reports type errors but still emits; go on if the entry points exist.
  }
  for (const f of ['cli/pool.js', 'cli/worker.js', 'hosts/file/read.js', 'core/index.js']) {
    if (!fs.existsSync(path.join(LIB, f))) {
      process.stderr.write(`编译失败：缺少 lib/${f}\n`);
      process.exit(2);
    }
  }
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function timeWorkbook(file, lib) {
  const bytes = fs.readFileSync(file);
  const samples = { load: [], recognize: [], rules: [] };
  let summary = null;
  const warmups = WARMUPS;
  for (let i = 0; i < RUNS + warmups; i++) {
    const t0 = performance.now();
    const wb = await lib.read.loadWorkbook(bytes);
    const snapshot = lib.read.workbookSnapshot(wb);
    const t1 = performance.now();
    const recognized = lib.recognize.recognize(snapshot);
    const t2 = performance.now();
    const { findings } = lib.core.checkRecognized(snapshot, recognized);
    const t3 = performance.now();
    if (i < warmups) continue;
    samples.load.push(t1 - t0);
    samples.recognize.push(t2 - t1);
    samples.rules.push(t3 - t2);
    const rows = recognized.tables.reduce((n, t) => n + t.rows.length, 0);
    summary = { tables: recognized.tables.length, rows, findings: findings.length };
  }
  const load = median(samples.load);
  const recognize = median(samples.recognize);
  const rules = median(samples.rules);
  return { load, recognize, rules, ratio: (recognize + rules) / load, ...summary, bytes: bytes.length };
}

/** Display width: CJK and full-width characters take two columns. */
function displayWidth(text) {
  return [...String(text)].reduce((n, ch) => n + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
}

function pad(text, width, right = false) {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** A plain-text table; columns from `rightFrom` on are right-aligned. */
function table(headers, rows, rightFrom = 1) {
  const widths = headers.map((h, i) => Math.max(...[h, ...rows.map((r) => r[i])].map(displayWidth)));
  const line = (cells) => cells.map((c, i) => pad(String(c), widths[i], i >= rightFrom)).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  ensureBuilt();
  const lib = {
    read: require(path.join(LIB, 'hosts/file/read.js')),
    recognize: require(path.join(LIB, 'core/recognize/index.js')),
    core: require(path.join(LIB, 'core/index.js')),
    pool: require(path.join(LIB, 'cli/pool.js')),
  };

  // the fixtures are in the repository (scripts/fixtures/build.js regenerates them)
  const sample = path.join(ROOT, 'test/fixtures/zhuzhou-gxs-2024.xlsx');
  const large = path.join(ROOT, 'test/fixtures/large-synthetic.xlsx');
  const largeLabel = '合成大表：large-synthetic.xlsx';

  const cores = lib.pool.coreCount();
  console.log(`juesuan 基准测试  Node ${process.version}  ${os.cpus()[0]?.model ?? ''}  ${cores} 核`);
  console.log(`每个工作簿 ${RUNS} 次取中位数（先预热 ${WARMUPS} 次）；时间单位 ms\n`);

  const rows = [];
  for (const [label, file] of [['典型：' + path.basename(sample), sample], [largeLabel, large]]) {
    const t = await timeWorkbook(file, lib);
    rows.push([
      label,
      `${(t.bytes / 1024).toFixed(0)} KB`,
      `${t.tables}/${t.rows}`,
      t.findings,
      t.load.toFixed(1),
      t.recognize.toFixed(1),
      t.rules.toFixed(1),
      `${(t.ratio * 100).toFixed(1)}%`,
    ]);
  }
  console.log(table(['工作簿', '大小', '表/行', '发现', '读取+快照', '识别', '规则', '(识别+规则)/读取'], rows));

  const jobs = Array.from({ length: BATCH }, () => ({ file: sample }));
  const times = [];
  let failures = 0;
  for (let i = 0; i < BATCH_RUNS; i++) {
    const t0 = performance.now();
    const reports = await lib.pool.runCheckJobs(jobs, {});
    times.push((performance.now() - t0) / 1000);
    failures = reports.filter((r) => r.error).length;
  }
  const seconds = median(times);
  console.log('');
  console.log(table(
    ['批量（check 的线程池）', '工作簿', '线程', '总时间', '每秒工作簿', '失败'],
    [['典型：' + path.basename(sample), BATCH, Math.min(cores, BATCH), `${seconds.toFixed(2)} s`, (BATCH / seconds).toFixed(1), failures]],
  ));
  const ratios = rows.map((r) => r[7]).join(' / ');
  console.log(`\n目标：(识别+规则)/读取 < 25%（实测 ${ratios}）；1000 个典型工作簿 < 30 s（实测 ${(seconds * 1000 / BATCH).toFixed(2)} s）`);
}

main().catch((e) => {
  process.stderr.write(`基准测试失败：${e && e.message ? e.message : e}\n`);
  process.exit(2);
});

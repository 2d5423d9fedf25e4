/**
 * The compiled CLI (bin/juesuan.js → lib/) end to end, including the worker-thread pool that the
 * in-process tests cannot start from TypeScript sources.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { SAMPLE } from '../helpers/load';
import { notAWorkbook, run, tempDir } from './run';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'juesuan.js');

jest.setTimeout(120_000);

describe('bin/juesuan.js with worker threads', () => {
  let dir: string;
  beforeAll(() => {
    // Type errors elsewhere must not stop the emit; the check below is on the emitted files.
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'pipe' });
    } catch {
      /* emitted anyway */
    }
    expect(fs.existsSync(path.join(ROOT, 'lib', 'cli', 'worker.js'))).toBe(true);
    dir = tempDir();
    for (let i = 1; i <= 5; i++) fs.copyFileSync(SAMPLE, path.join(dir, `w${i}.xlsx`));
    notAWorkbook(dir, 'w3b.xlsx');
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('checks a folder through the pool: same JSON as in-process, input order, exit 2 for the bad file', async () => {
    const child = spawnSync(process.execPath, [BIN, 'check', dir, '--format', 'json', '--jobs', '2', '--out', path.join(dir, 'out')], { encoding: 'utf8' });
    expect(child.status).toBe(2);
    expect(child.stderr.trim().split('\n')).toEqual([`无法读取 ${path.join(dir, 'w3b.xlsx')}：不是 xlsx 文件`]);
    const pooled = JSON.parse(child.stdout);
    expect(pooled.map((o: { file: string }) => path.basename(o.file))).toEqual(['w1.xlsx', 'w2.xlsx', 'w3.xlsx', 'w3b.xlsx', 'w4.xlsx', 'w5.xlsx']);
    const outFiles = fs.readdirSync(path.join(dir, 'out')).sort();
    expect(outFiles).toEqual(['w1.审核.xlsx', 'w2.审核.xlsx', 'w3.审核.xlsx', 'w4.审核.xlsx', 'w5.审核.xlsx']);
    const inProcess = JSON.parse((await run(['check', dir, '--format', 'json'])).stdout);
    const strip = (arr: Record<string, unknown>[]) => arr.map(({ annotated, ...rest }) => { void annotated; return rest; });
    expect(strip(pooled)).toEqual(strip(inProcess));
  });

  it('prints no progress bar when stderr is not a terminal, and help in Chinese', () => {
    const child = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(child.status).toBe(0);
    expect(child.stdout).toContain('用法：');
    const checked = spawnSync(process.execPath, [BIN, 'check', path.join(dir, 'w1.xlsx'), path.join(dir, 'w2.xlsx'), path.join(dir, 'w4.xlsx')], { encoding: 'utf8' });
    expect(checked.stderr).toBe('');
    expect([0, 1]).toContain(checked.status);
  });
});

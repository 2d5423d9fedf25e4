import * as fs from 'fs';
import * as path from 'path';
import { readSnapshot } from '../../src/hosts/file/read';
import type { WorkbookSnapshot } from '../../src/core/snapshot';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const SAMPLE = path.join(FIXTURES, 'zhuzhou-gxs-2024.xlsx');

const cache = new Map<string, Promise<WorkbookSnapshot>>();

/** Snapshot of a fixture (name relative to test/fixtures, or an absolute path), read once per run. */
export function loadSnapshot(file: string): Promise<WorkbookSnapshot> {
  const full = path.isAbsolute(file) ? file : path.join(FIXTURES, file);
  let p = cache.get(full);
  if (!p) {
    p = readSnapshot(fs.readFileSync(full));
    cache.set(full, p);
  }
  return p;
}

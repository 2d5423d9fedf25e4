/** Run the CLI in-process and capture what it prints. */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(args: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const outSpy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    return true;
  });
  const errSpy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    return true;
  });
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    outSpy.mockRestore();
    errSpy.mockRestore();
  }
}

export function tempDir(prefix = 'juesuan-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A file that is not an xlsx, named .xlsx. */
export function notAWorkbook(dir: string, name = 'not-a-workbook.xlsx'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, '这不是工作簿\n');
  return file;
}

/** No stack trace reached the user. */
export function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(text).not.toMatch(/(TypeError|ReferenceError|SyntaxError):/);
}

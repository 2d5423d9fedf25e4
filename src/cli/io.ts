/**
 * Output and exit status of one CLI run. Commands write through out()/err() and report their status with
 * raiseExitCode(); main() returns the highest code raised (0 ok, 1 findings of severity error, 2 a file
 * could not be read or the command line was wrong).
 */

let exitCode = 0;

export function resetRun(): void {
  exitCode = 0;
}

/** Raise the run's exit code (never lowers it). */
export function raiseExitCode(code: number): void {
  if (code > exitCode) exitCode = code;
}

export function currentExitCode(): number {
  return exitCode;
}

/** Write to stdout (looked up at call time, so tests can capture it). */
export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Write a line to stderr. */
export function err(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function stderrIsTTY(): boolean {
  return Boolean(process.stderr.isTTY);
}

/** A Chinese one-liner for any thrown value, without a stack trace. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

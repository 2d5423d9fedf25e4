import type { Command } from 'commander';

/** `juesuan draft` (stub until its issue lands). */
export function register(program: Command): void {
  void program;
}

/**
 * The juesuan CLI: `main(argv)` parses the arguments, runs one command and returns the exit code
 * (bin/juesuan.js sets process.exitCode from it). Every failure ends as one Chinese line on stderr,
 * never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'fs';
import * as path from 'path';
import { register as registerCheck } from './commands/check';
import { register as registerDraft } from './commands/draft';
import { register as registerInspect } from './commands/inspect';
import { register as registerScore } from './commands/score';
import { chineseHelp, isHelpExit, translateCommanderError } from './help';
import { currentExitCode, describeError, err, raiseExitCode, resetRun } from './io';

function packageVersion(): string {
  try {
    // src/cli and lib/cli both sit two levels below the project root.
    return JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export function buildProgram(): Command {
  const program = new Command('juesuan');
  program
    .description('部门决算公开表的审核、说明起草与绩效评分')
    .version(packageVersion(), '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .configureHelp(chineseHelp)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`错误：${translateCommanderError(s)}（运行 juesuan --help 查看用法）\n`),
    });
  registerInspect(program);
  registerCheck(program);
  registerDraft(program);
  registerScore(program);
  // Subcommands registered with program.command() inherit help, output and exitOverride settings.
  return program;
}

export async function main(argv: string[]): Promise<number> {
  resetRun();
  const exitCodeBefore = process.exitCode;
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (isHelpExit(e)) {
      // --help / --version: printed already, success.
    } else if (e instanceof CommanderError) {
      raiseExitCode(2); // usage error, message already printed by outputError
    } else {
      err(`出错了：${describeError(e)}`);
      raiseExitCode(2);
    }
  }
  // A command that reported its status through process.exitCode (instead of raiseExitCode).
  if (typeof process.exitCode === 'number' && process.exitCode !== exitCodeBefore) {
    raiseExitCode(process.exitCode);
    process.exitCode = exitCodeBefore;
  }
  return currentExitCode();
}

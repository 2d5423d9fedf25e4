/** Chinese help and error texts for commander (its built-in wording is English). */
import { Command, CommanderError, Help, type Option } from 'commander';

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Global Options:': '全局选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
};

/** Display width: CJK and full-width characters take two columns (keeps the help columns aligned). */
export function displayWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\x1b\[\d*(;\d+)*m/g, '');
  let width = 0;
  for (const ch of plain) {
    const c = ch.codePointAt(0)!;
    width += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return width;
}

export const chineseHelp: Partial<Help> = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  displayWidth,
  commandUsage(cmd: Command): string {
    return Help.prototype.commandUsage.call(this, cmd).replace('[options]', '[选项]').replace('[command]', '[命令]');
  },
  subcommandTerm(cmd: Command): string {
    return Help.prototype.subcommandTerm.call(this, cmd).replace('[options]', '[选项]');
  },
  optionDescription(option: Option): string {
    const extra: string[] = [];
    if (option.argChoices) extra.push(`可选 ${option.argChoices.join('、')}`);
    if (option.defaultValue !== undefined && !(option.negate && option.defaultValue === true)) {
      extra.push(`默认 ${option.defaultValueDescription ?? String(option.defaultValue)}`);
    }
    return extra.length > 0 ? `${option.description}（${extra.join('；')}）` : option.description;
  },
};

/** Commander's English error line → one Chinese line. */
export function translateCommanderError(message: string): string {
  const text = message.replace(/^error:\s*/, '').trim();
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^unknown option '([^']+)'(.*)$/s, (m) => `未知选项 ${m[1]}${m[2].replace(/\(Did you mean (.+)\?\)/, '（是否想输入 $1？）')}`],
    [/^unknown command '([^']+)'(.*)$/s, (m) => `未知命令 ${m[1]}${m[2].replace(/\(Did you mean (.+)\?\)/, '（是否想输入 $1？）')}`],
    [/^missing required argument '([^']+)'/, (m) => `缺少参数 ${m[1]}`],
    [/^option '([^']+)' argument missing/, (m) => `选项 ${m[1]} 缺少取值`],
    [/^option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\.$/s, (m) => `选项 ${m[1]} 的取值“${m[2]}”无效，可选：${m[3].split(', ').join('、')}`],
    [/^option '([^']+)' argument '([^']*)' is invalid\.\s*(.*)$/s, (m) => `选项 ${m[1]} 的取值“${m[2]}”无效：${m[3]}`],
    [/^too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => `参数过多：需要 ${m[2]} 个，给了 ${m[3]} 个`],
  ];
  for (const [re, fmt] of rules) {
    const m = re.exec(text);
    if (m) return fmt(m);
  }
  return text;
}

export function isHelpExit(e: unknown): boolean {
  return e instanceof CommanderError && (e.code === 'commander.helpDisplayed' || e.code === 'commander.version');
}

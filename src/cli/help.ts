import type { Text } from '../core/text.js';
import { type ArgsResult, parseArgs } from './args.js';

/** One argument or option of a command: `FILE|-`, `--rule-set ID`, a flag `--dry-run`. */
export interface HelpOption {
  /** As the usage writes it: a positional, or `--name` followed by its value's placeholder. */
  readonly flag: string;
  readonly text: Text;
}

/** What `kiemdiem <command> --help` prints, and the command's line in `kiemdiem --help`. */
export interface CommandHelp {
  /** The synopsis; a long one continues on indented lines. */
  readonly usage: readonly string[];
  readonly summary: Text;
  readonly options: readonly HelpOption[];
  /** The exit codes and what each means for this command. */
  readonly exit: Text;
}

/** The column where descriptions start. */
const COLUMN = 36;

/** `vi /` then `en`, each on its own line at the column (the first after `lead` when it fits). */
function bilingual(lead: string, t: Text): string[] {
  const indent = ' '.repeat(COLUMN);
  const first = lead.length + 2 <= COLUMN ? lead.padEnd(COLUMN) : `${lead}\n${indent}`;
  return [`${first}${t.vi} /`, `${indent}${t.en}`];
}

/** The synopsis as one line (continuation lines joined), for messages on standard error. */
export function usageLine(help: CommandHelp): string {
  return help.usage.map((l) => l.trim()).join(' ');
}

/** The options that take a value (`--name VALUE`) and the flags (`--name` alone). */
export function optionNames(help: CommandHelp): { values: string[]; flags: string[] } {
  const values: string[] = [];
  const flags: string[] = [];
  for (const { flag } of help.options) {
    const [name, value] = flag.split(' ');
    if (!name?.startsWith('--')) continue;
    (value === undefined ? flags : values).push(name);
  }
  return { values, flags };
}

/** A command's arguments parsed with the options its help lists, and only those. */
export function parseCommandArgs(argv: readonly string[], help: CommandHelp): ArgsResult {
  const { values, flags } = optionNames(help);
  return parseArgs(argv, values, flags);
}

/** The synopsis lines, indented by two. */
function synopsis(help: CommandHelp): string[] {
  return help.usage.map((l) => `  ${l}`);
}

/** A command's own help: its synopsis, what it does, each option, its exit codes. */
export function renderCommandHelp(help: CommandHelp): string {
  const lines = [
    ...synopsis(help),
    '',
    `  ${help.summary.vi} /`,
    `  ${help.summary.en}`,
    '',
    ...help.options.flatMap((o) => bilingual(`  ${o.flag}`, o.text)),
    '',
    ...bilingual('  Mã thoát / exit codes', help.exit),
    '',
    '  Tuỳ chọn chung / global flags: --lang vi|en, --json, --table, --help (kiemdiem --help)',
  ];
  return `${lines.join('\n')}\n`;
}

/** The commands' part of `kiemdiem --help`: each synopsis and what it does. */
export function renderCommandList(helps: readonly CommandHelp[]): string {
  return helps
    .flatMap((h) => {
      const head = synopsis(h);
      const last = head.pop() ?? '';
      return [...head, ...bilingual(last, h.summary)];
    })
    .join('\n');
}

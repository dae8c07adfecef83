import { type Text, text } from '../core/text.js';

/** A command's arguments split into positionals and `--name value` options. */
export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly options: Readonly<Record<string, string>>;
}

export type ArgsResult =
  | { readonly ok: true; readonly args: ParsedArgs }
  | { readonly ok: false; readonly problem: Text };

/**
 * Splits a command's arguments (global flags already removed by `runCli`). Every option takes a
 * value; an option not in `known`, a repeated one or one without a value is a problem (exit 2),
 * never silently ignored. `-` is a positional (standard input).
 */
export function parseArgs(args: readonly string[], known: readonly string[]): ArgsResult {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    if (!known.includes(arg)) {
      return {
        ok: false,
        problem: text(`tuỳ chọn không được hỗ trợ: ${arg}`, `unknown option: ${arg}`),
      };
    }
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) {
      return {
        ok: false,
        problem: text(`tuỳ chọn ${arg} cần một giá trị`, `option ${arg} needs a value`),
      };
    }
    if (arg in options) {
      return {
        ok: false,
        problem: text(`tuỳ chọn ${arg} được ghi hai lần`, `option ${arg} is given twice`),
      };
    }
    options[arg] = value;
    i++;
  }
  return { ok: true, args: { positional, options } };
}

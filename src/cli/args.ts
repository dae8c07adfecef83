import { parseArgs as parseNodeArgs } from 'node:util';
import { type Text, text } from '../core/text.js';

/** A command's arguments split into positionals and `--name value` options. */
export interface ParsedArgs {
  readonly positional: readonly string[];
  /** Options by their `--name`: a value option's text, a boolean flag's `'true'`. */
  readonly options: Readonly<Record<string, string>>;
}

export type ArgsResult =
  | { readonly ok: true; readonly args: ParsedArgs }
  | { readonly ok: false; readonly problem: Text };

type NodeOptions = NonNullable<Parameters<typeof parseNodeArgs>[0]>['options'];

/**
 * Splits a command's arguments (global flags already removed by `runCli`) with `node:util`
 * `parseArgs`: `known` are the options that take a value (`--name value` or `--name=value`),
 * `flags` the boolean ones. An option not known, a repeated one, one without a value or a flag
 * given a value is a problem (exit 2), never silently ignored. `-` is a positional (standard
 * input), and so is everything after `--`.
 */
export function parseArgs(
  args: readonly string[],
  known: readonly string[],
  flags: readonly string[] = [],
): ArgsResult {
  const options: NodeOptions = {};
  for (const k of known) options[k.slice(2)] = { type: 'string' };
  for (const f of flags) options[f.slice(2)] = { type: 'boolean' };
  let tokens: NonNullable<ReturnType<typeof parseNodeArgs>['tokens']>;
  try {
    ({ tokens } = parseNodeArgs({
      args: [...args],
      options,
      strict: false,
      allowPositionals: true,
      tokens: true,
    }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: text(`đối số không hợp lệ: ${detail}`, `invalid arguments: ${detail}`),
    };
  }
  const positional: string[] = [];
  const out: Record<string, string> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    const name = token.rawName.startsWith('--') ? `--${token.name}` : token.rawName;
    const spec = options[token.name];
    if (!spec || !token.rawName.startsWith('--'))
      return {
        ok: false,
        problem: text(
          `tuỳ chọn không được hỗ trợ: ${token.rawName}`,
          `unknown option: ${token.rawName}`,
        ),
      };
    if (name in out)
      return {
        ok: false,
        problem: text(`tuỳ chọn ${name} được ghi hai lần`, `option ${name} is given twice`),
      };
    if (spec.type === 'boolean') {
      if (token.value !== undefined)
        return {
          ok: false,
          problem: text(`tuỳ chọn ${name} không nhận giá trị`, `option ${name} takes no value`),
        };
      out[name] = 'true';
      continue;
    }
    // A value that looks like an option (`--profile --json`) is a missing value, not a value.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))
      return {
        ok: false,
        problem: text(`tuỳ chọn ${name} cần một giá trị`, `option ${name} needs a value`),
      };
    out[name] = token.value;
  }
  return { ok: true, args: { positional, options: out } };
}

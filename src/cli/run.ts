import { parseArgs as parseNodeArgs } from 'node:util';
import { LIBRARY_VERSION } from '../../machines/version.js';
import { type Lang, type Text, text } from '../core/text.js';
import { COMMAND_HELP } from './command-help.js';
import { commands } from './commands/index.js';
import { parseCommandArgs, renderCommandHelp, renderCommandList } from './help.js';
import { type CliIo, EXIT, stripBom } from './io.js';

/** The usage text: `kiemdiem --help` prints it on standard output (docs/cli.md follows it). */
export const USAGE = `kiemdiem — kiểm điểm, đánh giá, xếp loại chất lượng

${renderCommandList(Object.values(COMMAND_HELP))}

  kiemdiem COMMAND --help           hướng dẫn của một lệnh / a command's own help

  --lang vi|en   ngôn ngữ / language (default vi); also --lang=en
  --json         JSON kể cả trên terminal / JSON output even on a terminal
  --table        bảng kể cả khi chuyển hướng / the table even when piped (not with --json)
  --help, -h     hướng dẫn này / this help
  --version      phiên bản / the version

  Mã thoát / exit codes: 0 ổn / ok, 1 có bản ghi lỗi hoặc vi phạm / some invalid or an error
  violation, 2 đầu vào không dùng được / unusable input
`;

/** The flags every command takes, wherever they stand on the line. */
const GLOBAL = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  table: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type Globals = { lang: Lang; json: boolean; table: boolean; help: boolean; version: boolean };

/**
 * Takes the global flags out of `argv` (with `node:util` `parseArgs`'s tokens: `--lang en` and
 * `--lang=en` alike), leaving the rest, in order, to the command. A repeated global flag, a
 * language other than vi/en or `--json` with `--table` is a problem (exit 2).
 */
function globals(argv: readonly string[]): { g: Globals; rest: string[] } | { problem: Text } {
  const { tokens } = parseNodeArgs({
    args: [...argv],
    options: GLOBAL,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const g: Globals = { lang: 'vi', json: false, table: false, help: false, version: false };
  const taken = new Set<number>();
  const seen = new Set<string>();
  for (const t of tokens ?? []) {
    if (t.kind === 'option-terminator') break;
    if (t.kind !== 'option' || !(t.name in GLOBAL)) continue;
    const name = t.name as keyof typeof GLOBAL;
    if (seen.has(name))
      return {
        problem: text(`tuỳ chọn --${name} được ghi hai lần`, `option --${name} is given twice`),
      };
    seen.add(name);
    taken.add(t.index);
    if (name === 'lang') {
      if (!t.inlineValue && t.value !== undefined) taken.add(t.index + 1);
      if (t.value !== 'vi' && t.value !== 'en')
        return { problem: text('--lang: "vi" hoặc "en"', '--lang: "vi" or "en"') };
      g.lang = t.value;
    } else if (t.value !== undefined) {
      return { problem: text(`--${name} không nhận giá trị`, `--${name} takes no value`) };
    } else g[name] = true;
  }
  if (g.json && g.table)
    return {
      problem: text(
        '--json và --table không dùng cùng nhau: chọn một',
        '--json and --table conflict: choose one',
      ),
    };
  return { g, rest: argv.filter((_, i) => !taken.has(i)) };
}

/** Runs the CLI with the given arguments and IO; returns the exit code. */
export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  // A leading UTF-8 BOM in any input is accepted (editors on Windows write one).
  const io: CliIo = { ...given, readInput: async (p) => stripBom(await given.readInput(p)) };
  const parsed = globals(argv);
  // Until --lang is read, a problem is said in both languages.
  if ('problem' in parsed) {
    io.stderr(`kiemdiem: ${parsed.problem.vi} / ${parsed.problem.en}\n`);
    return EXIT.unusable;
  }
  const { g, rest } = parsed;
  if (g.version && !g.help) {
    io.stdout(`${LIBRARY_VERSION}\n`);
    return EXIT.ok;
  }
  // `kiemdiem help [COMMAND]` reads like `kiemdiem [COMMAND] --help`.
  const asked = rest[0] === 'help' ? rest.slice(1) : rest;
  const help = g.help || rest[0] === 'help';
  const [name, ...args] = asked;
  if (help && name === undefined) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const command = name === undefined ? undefined : commands[name];
  const commandHelp = name === undefined ? undefined : COMMAND_HELP[name];
  if (!command || !commandHelp) {
    const why =
      name === undefined
        ? text('thiếu lệnh', 'no command given')
        : text(`không có lệnh "${name}"`, `unknown command "${name}"`);
    io.stderr(`kiemdiem: ${why[g.lang]}\n\n${USAGE}`);
    return EXIT.unusable;
  }
  const ctx = { io, lang: g.lang, json: g.json, table: g.table };
  if (!help) return command(args, ctx);
  // A command's help: its options are still checked, so a misspelt one is not passed over.
  const checked = parseCommandArgs(args, commandHelp);
  if (!checked.ok) {
    io.stderr(`kiemdiem ${name}: ${checked.problem[g.lang]}\n`);
    return EXIT.unusable;
  }
  io.stdout(renderCommandHelp(commandHelp));
  return EXIT.ok;
}

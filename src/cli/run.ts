import { parseArgs as parseNodeArgs } from 'node:util';
import { LIBRARY_VERSION } from '../../machines/version.js';
import { type Lang, type Text, text } from '../core/text.js';
import { commands } from './commands/index.js';
import { type CliIo, EXIT, stripBom } from './io.js';

/** The usage text: `kiemdiem --help` prints it on standard output (docs/cli.md follows it). */
export const USAGE = `kiemdiem — kiểm điểm, đánh giá, xếp loại chất lượng

  kiemdiem demo [--out DIR] [--profile ID] [--year YYYY]
                [--store sqlite:PATH|postgres://…]
                                    chạy thử đợt kiểm điểm năm 2024 của tỉnh Kon Tum (dữ liệu mẫu) /
                                    run the seed's 2024 Kon Tum cycle on bundled data
  kiemdiem classify FILE|- [--rule-set ID] [--review-date YYYY-MM-DD] [--profile FILE]
                                    xếp loại từng bản đánh giá trong một mảng JSON /
                                    classify a JSON array of assessments
  kiemdiem rules [--rule-set ID]    danh mục quy tắc (C xác nhận, A giả định) /
                                    the rule catalogue (C confirmed, A assumed)
  kiemdiem check FILE|- [--profile FILE] [--rule-set ID]
                                    kiểm tra chéo kết quả (tỷ lệ, người đứng đầu) /
                                    cross-subject checks over results (quota, head cap)
  kiemdiem calendar --year YYYY [--profile FILE|ID]
                                    ngày nghỉ, hạn chót / holidays and deadlines
  kiemdiem import FILE.xlsx|FILE.csv|- --organizer-persons ID[;ID] [--profile ID] [--year YYYY]
                  [--organizer ID] [--issuer ID] [--id ID] [--out FILE]
                                    định nghĩa đợt kiểm điểm từ danh sách đối tượng /
                                    a cycle definition from the list of subjects

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
  if (g.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (g.version) {
    io.stdout(`${LIBRARY_VERSION}\n`);
    return EXIT.ok;
  }
  const [name, ...args] = rest;
  if (name === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    const why =
      name === undefined
        ? text('thiếu lệnh', 'no command given')
        : text(`không có lệnh "${name}"`, `unknown command "${name}"`);
    io.stderr(`kiemdiem: ${why[g.lang]}\n\n${USAGE}`);
    return EXIT.unusable;
  }
  return command(args, { io, lang: g.lang, json: g.json, table: g.table });
}

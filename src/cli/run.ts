import { commands } from './commands/index.js';
import { type CliIo, EXIT } from './io.js';
import type { Lang } from '../core/text.js';

const USAGE = `kiemdiem — kiểm điểm, đánh giá, xếp loại chất lượng

  kiemdiem classify FILE|-          phân loại / classify a JSON array of assessments
  kiemdiem rules [--rule-set ID]    danh mục quy tắc / the rule catalogue
  kiemdiem calendar --year YYYY [--profile ID]
                                    ngày nghỉ, hạn chót / holidays and deadlines

  --lang vi|en   ngôn ngữ / language (default vi)
  --json         JSON output even on a terminal
`;

/** Runs the CLI with the given arguments and IO; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = [...argv];
  let lang: Lang = 'vi';
  const li = args.indexOf('--lang');
  if (li >= 0) {
    const value = args[li + 1];
    if (value !== 'vi' && value !== 'en') {
      io.stderr(`--lang: "vi" hoặc "en" / "vi" or "en"\n`);
      return EXIT.unusable;
    }
    lang = value;
    args.splice(li, 2);
  }
  const ji = args.indexOf('--json');
  const json = ji >= 0;
  if (json) args.splice(ji, 1);
  const [name, ...rest] = args;
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    io.stderr(USAGE);
    return name === undefined || name === '--help' || name === 'help' ? EXIT.ok : EXIT.unusable;
  }
  return command(rest, { io, lang, json });
}


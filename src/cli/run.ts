import type { Lang } from '../core/text.js';
import { commands } from './commands/index.js';
import { type CliIo, EXIT, stripBom } from './io.js';

const USAGE = `kiemdiem — kiểm điểm, đánh giá, xếp loại chất lượng

  kiemdiem demo [--out DIR] [--profile ID] [--year YYYY]
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
  kiemdiem calendar --year YYYY [--profile ID]
                                    ngày nghỉ, hạn chót / holidays and deadlines

  --lang vi|en   ngôn ngữ / language (default vi)
  --json         JSON kể cả trên terminal / JSON output even on a terminal
  --table        bảng kể cả khi chuyển hướng / the table even when piped

  Mã thoát / exit codes: 0 ổn / ok, 1 có bản ghi lỗi hoặc vi phạm / some invalid or an error
  violation, 2 đầu vào không dùng được / unusable input
`;

/** Runs the CLI with the given arguments and IO; returns the exit code. */
export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  // A leading UTF-8 BOM in any input is accepted (editors on Windows write one).
  const io: CliIo = { ...given, readInput: async (p) => stripBom(await given.readInput(p)) };
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
  const ti = args.indexOf('--table');
  const table = ti >= 0 && !json;
  if (ti >= 0) args.splice(ti, 1);
  const [name, ...rest] = args;
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    io.stderr(USAGE);
    return name === undefined || name === '--help' || name === 'help' ? EXIT.ok : EXIT.unusable;
  }
  return command(rest, { io, lang, json, table });
}

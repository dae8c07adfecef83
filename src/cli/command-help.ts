import { text } from '../core/text.js';
import { PROFILE_IDS } from '../profiles/registry.js';
import { ruleSets } from '../rules/registry.js';
import type { CommandHelp } from './help.js';

// Every command's help, in the order `kiemdiem --help` lists them. A command reads its options
// from here (help.ts `optionNames`), so what --help shows is what the command takes; docs/cli.md
// carries each text and test/cli/docs.test.ts compares them.

const RULE_SETS = Object.keys(ruleSets).filter((id) => id !== 'cross');
const PROFILES = PROFILE_IDS.join(', ');

export const demoHelp: CommandHelp = {
  usage: [
    'kiemdiem demo [--out DIR] [--profile ID] [--year YYYY] [--store sqlite:PATH|postgres://…]',
  ],
  summary: text(
    'chạy thử đợt kiểm điểm năm 2024 của tỉnh Kon Tum (dữ liệu mẫu)',
    "run the seed's 2024 Kon Tum cycle on bundled data",
  ),
  options: [
    {
      flag: '--out DIR',
      text: text(
        'thư mục ghi summary.json, summary.csv, summary.xlsx, audit.jsonl (mặc định ./kiemdiem-out)',
        'where summary.json, summary.csv, summary.xlsx, audit.jsonl go (default ./kiemdiem-out)',
      ),
    },
    {
      flag: '--profile ID',
      text: text(
        'hồ sơ cấu hình: kon-tum-2024 (mặc định, năm 2024), generic-qd366 (một tỉnh giả định, từ năm 2025) hoặc generic-nd335 (công chức của các cơ quan một tỉnh giả định, từ năm 2026)',
        "a profile: kon-tum-2024 (the default, 2024), generic-qd366 (a synthetic province, 2025 on) or generic-nd335 (a synthetic province's civil servants, 2026 on)",
      ),
    },
    {
      flag: '--year YYYY',
      text: text(
        'năm của đợt (mặc định: năm của hồ sơ)',
        "the cycle's year (default: the profile's)",
      ),
    },
    {
      flag: '--store SPEC',
      text: text(
        'chạy trên một kho lưu: sqlite:ĐƯỜNG_DẪN hoặc postgres://… (?schema=TÊN); chạy lại sau khi bị dừng thì chạy tiếp',
        'run on a store: sqlite:PATH or postgres://… (?schema=NAME); started again after a kill, it resumes',
      ),
    },
  ],
  exit: text(
    '0 xong, 1 có sự kiện được trả lời khác kịch bản, 2 tuỳ chọn không dùng được hoặc kho lưu lỗi',
    '0 done, 1 an event answered otherwise than the script expects, 2 unusable options or a failing store',
  ),
};

export const classifyHelp: CommandHelp = {
  usage: [
    'kiemdiem classify FILE|- [--rule-set ID] [--review-date YYYY-MM-DD] [--profile FILE] [--rows]',
  ],
  summary: text(
    'xếp loại từng bản đánh giá trong một mảng JSON',
    'classify a JSON array of assessments',
  ),
  options: [
    {
      flag: 'FILE|-',
      text: text(
        'tệp JSON, một mảng các bản đánh giá; - là đầu vào chuẩn',
        'a JSON file, an array of assessments; - for standard input',
      ),
    },
    {
      flag: '--rule-set ID',
      text: text(
        `dùng bộ quy tắc này cho mọi bản đánh giá (${RULE_SETS.join(', ')})`,
        `use this rule set for every assessment (${RULE_SETS.join(', ')})`,
      ),
    },
    {
      flag: '--review-date YYYY-MM-DD',
      text: text(
        'ngày kiểm điểm, cho điều kiện 6 tháng (mặc định 31-12 của năm)',
        'the review date, for the 6-month exclusion (default 31 December of the year)',
      ),
    },
    {
      flag: '--profile FILE',
      text: text(
        'hồ sơ cấu hình JSON (phần xếp loại: rules, parameters, quota, …)',
        'a JSON profile (its classification part: rules, parameters, quota, …)',
      ),
    },
    {
      flag: '--rows',
      text: text(
        'thay cho kết quả xếp loại: các dòng kết quả mà lệnh check đọc (chỉ đối tượng được xếp loại; loại, vai trò, nhóm, đơn vị và đơn vị mình đứng đầu (headOfUnitId) lấy từ bản đánh giá); bản ghi không hợp lệ ghi ra lỗi chuẩn',
        'instead of the classifications: the result rows the check command reads (rated subjects only; kind, role, group, unit and the unit headed (headOfUnitId) from the assessment); invalid elements go to standard error',
      ),
    },
  ],
  exit: text(
    '0 mọi bản ghi hợp lệ, 1 có bản ghi không hợp lệ, 2 đầu vào không dùng được',
    '0 every element valid, 1 some element invalid, 2 unusable input',
  ),
};

export const rulesHelp: CommandHelp = {
  usage: ['kiemdiem rules [--rule-set ID]'],
  summary: text(
    'danh mục quy tắc (C xác nhận, A giả định)',
    'the rule catalogue (C confirmed, A assumed)',
  ),
  options: [
    {
      flag: '--rule-set ID',
      text: text(
        `chỉ bộ quy tắc này (${[...RULE_SETS, 'cross'].join(', ')}); mặc định: tất cả`,
        `only this rule set (${[...RULE_SETS, 'cross'].join(', ')}); default: all`,
      ),
    },
  ],
  exit: text(
    '0 đã in, 2 bộ quy tắc không có hoặc tuỳ chọn sai',
    '0 printed, 2 an unknown rule set or a bad option',
  ),
};

export const checkHelp: CommandHelp = {
  usage: ['kiemdiem check FILE|- [--profile FILE] [--rule-set ID]'],
  summary: text(
    'kiểm tra chéo kết quả (tỷ lệ, người đứng đầu)',
    'cross-subject checks over results (quota, head cap)',
  ),
  options: [
    {
      flag: 'FILE|-',
      text: text(
        'tệp JSON: một mảng kết quả đã quyết định (như classify --rows ghi ra), hoặc summary.json của lệnh demo (đọc các kết quả kiểm tra đã ghi trong đó); - là đầu vào chuẩn',
        "a JSON file: an array of decided results (as classify --rows writes them), or the demo's summary.json (the findings it records are read); - for standard input",
      ),
    },
    {
      flag: '--profile FILE',
      text: text(
        'hồ sơ cấu hình JSON: headCapSeverity, quota.outstandingGroups, rules (không dùng với summary.json)',
        'a JSON profile: headCapSeverity, quota.outstandingGroups, rules (not with a summary.json)',
      ),
    },
    {
      flag: '--rule-set ID',
      text: text(
        'bộ quy tắc của các dòng không ghi bộ quy tắc (cho tỷ lệ; không dùng với summary.json)',
        'the rule set of rows that name none (for the quota rate; not with a summary.json)',
      ),
    },
  ],
  exit: text(
    '0 không vi phạm hoặc chỉ cảnh báo, 1 có vi phạm mức lỗi, 2 đầu vào không dùng được',
    '0 no violation or warnings only, 1 a violation of severity error, 2 unusable input',
  ),
};

export const calendarHelp: CommandHelp = {
  usage: ['kiemdiem calendar --year YYYY [--profile FILE|ID]'],
  summary: text('ngày nghỉ, hạn chót', 'holidays and deadlines'),
  options: [
    { flag: '--year YYYY', text: text('năm (bắt buộc)', 'the year (required)') },
    {
      flag: '--profile FILE|ID',
      text: text(
        `hồ sơ cấu hình có sẵn (${PROFILES}) hoặc tệp JSON; in thêm các hạn chót của nó`,
        `a shipped profile (${PROFILES}) or a JSON file; its deadlines are printed too`,
      ),
    },
  ],
  exit: text(
    '0 đã in, 2 đầu vào không dùng được (năm sai; hồ sơ không có, không hợp lệ, của năm khác)',
    '0 printed, 2 unusable input (a bad year; a profile unknown, invalid or of another year)',
  ),
};

export const importHelp: CommandHelp = {
  usage: [
    'kiemdiem import FILE.xlsx|FILE.csv|- --organizer-persons ID[;ID] [--profile ID] [--year YYYY]',
    '                [--organizer ID] [--issuer ID] [--id ID] [--out FILE]',
  ],
  summary: text(
    'định nghĩa đợt kiểm điểm từ danh sách đối tượng',
    'a cycle definition from the list of subjects',
  ),
  options: [
    {
      flag: 'FILE.xlsx|FILE.csv|-',
      text: text(
        'danh sách đối tượng, mỗi dòng một đối tượng; - là đầu vào chuẩn (CSV)',
        'the list of subjects, one row each; - for standard input (CSV)',
      ),
    },
    {
      flag: '--organizer-persons ID[;ID]',
      text: text(
        'bắt buộc: những người thay mặt cơ quan tổ chức, cách nhau bởi ;',
        'required: the persons who act for the organizer, separated by ;',
      ),
    },
    {
      flag: '--profile ID',
      text: text('hồ sơ cấu hình (mặc định generic-qd366)', 'the profile (default generic-qd366)'),
    },
    {
      flag: '--year YYYY',
      text: text(
        'năm kiểm điểm (mặc định: năm của hồ sơ)',
        "the review year (default: the profile's)",
      ),
    },
    {
      flag: '--organizer ID',
      text: text('cơ quan tổ chức (mặc định: của hồ sơ)', "the organizer (default: the profile's)"),
    },
    {
      flag: '--issuer ID',
      text: text('cơ quan ban hành (mặc định: của hồ sơ)', "the issuer (default: the profile's)"),
    },
    {
      flag: '--id ID',
      text: text(
        'mã đợt (mặc định <organizer>-<year>)',
        'the cycle id (default <organizer>-<year>)',
      ),
    },
    {
      flag: '--out FILE',
      text: text(
        'ghi vào tệp (tệp tạm rồi đổi tên); không có thì in ra đầu ra chuẩn',
        'write to this file (a temporary file, then a rename); without it, standard output',
      ),
    },
  ],
  exit: text(
    '0 đã ghi, 1 có dòng sai (không ghi gì), 2 đầu vào hoặc tuỳ chọn không dùng được',
    '0 written, 1 some row is bad (nothing written), 2 unusable input or options',
  ),
};

/** Every command's help by name, in the order of `kiemdiem --help`. */
export const COMMAND_HELP: Readonly<Record<string, CommandHelp>> = {
  demo: demoHelp,
  classify: classifyHelp,
  rules: rulesHelp,
  check: checkHelp,
  calendar: calendarHelp,
  import: importHelp,
};

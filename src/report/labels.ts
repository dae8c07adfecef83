import { type Level, levelLabel, levelShort } from '../core/level.js';
import { type Text, text } from '../core/text.js';
import type { SubjectKind, SubjectRole } from '../schemas/assessment.js';
import type { SummaryStatus } from './input.js';

/**
 * Every heading of the summary and its exports, in both languages. The Vietnamese follows the
 * wording of a provincial summary table (biểu tổng hợp); `Summary.labels` carries this object so a
 * reader of the JSON has the same headings as the spreadsheet.
 */
export const SUMMARY_LABELS = {
  title: text('Tổng hợp kết quả đánh giá, xếp loại chất lượng', 'Summary of quality ratings'),
  asOf: text('Tính đến ngày', 'As of'),
  no: text('STT', 'No.'),
  id: text('Mã', 'Id'),
  name: text('Tên tập thể / cá nhân', 'Collective / individual'),
  unit: text('Đơn vị', 'Unit'),
  group: text('Nhóm', 'Group'),
  kind: text('Loại đối tượng', 'Kind'),
  role: text('Vai trò', 'Role'),
  ruleSet: text('Bộ quy tắc', 'Rule set'),
  result: text('Mức xếp loại', 'Level'),
  reason: text('Lý do', 'Reason'),
  scope: text('Diện quản lý', 'Management scope'),
  decidedOn: text('Ngày quyết định', 'Decided on'),
  recipients: text('Nơi nhận', 'Recipients'),
  total: text('Tổng số', 'Total'),
  rated: text('Được xếp loại', 'Rated'),
  count: text('Số lượng', 'Count'),
  percent: text('Tỷ lệ (%)', 'Share (%)'),
  grandTotal: text('Tổng cộng', 'All groups'),
  overview: text('Tổng hợp', 'Overview'),
  appendix: text('Danh sách tập thể, cá nhân', 'List of collectives and individuals'),
  notRated: text('Không xếp loại', 'Not rated'),
  notReviewed: text('Không kiểm điểm', 'Not reviewed'),
  quota: text('Tỷ lệ "Hoàn thành xuất sắc" (X-QUOTA)', 'EXCELLENT quota (X-QUOTA)'),
  quotaVerdict: text('Kết quả kiểm tra tỷ lệ', 'Quota verdict'),
  headCap: text('Cảnh báo mức của người đứng đầu (X-HEAD-CAP)', 'Head-cap warnings (X-HEAD-CAP)'),
  decision: text('Mức quyết định cao hơn mức tính toán (X-DECISION)', 'Decisions above computed'),
  overrides: text(
    'Kết quả vượt tỷ lệ có ý kiến của cấp có thẩm quyền',
    'Results above the quota, allowed by the authority',
  ),
  overrideBy: text('Cấp có thẩm quyền cho phép', 'Allowed by'),
  overrideReason: text('Lý do cho phép', 'Reason given'),
  rule: text('Quy tắc', 'Rule'),
  severity: text('Mức độ', 'Severity'),
  limit: text('Giới hạn', 'Limit'),
  actual: text('Thực tế', 'Actual'),
  message: text('Nội dung', 'Message'),
  subjects: text('Đối tượng', 'Subjects'),
  dossiers: text('Tình hình nộp hồ sơ', 'Dossier submission'),
  dueAt: text('Hạn nộp', 'Due'),
  submittedAt: text('Thời điểm nộp', 'Submitted'),
  dossierStatus: text('Tình trạng', 'Status'),
  onTime: text('Đúng hạn', 'On time'),
  late: text('Nộp chậm', 'Late'),
  missing: text('Chưa nộp', 'Missing'),
  none: text('Không có', 'None'),
  error: text('Lỗi', 'Error'),
  warning: text('Cảnh báo', 'Warning'),
  within: text('Trong giới hạn', 'Within the limit'),
  exceeded: text('Vượt giới hạn', 'Exceeds the limit'),
  overridden: text('Vượt, có ý kiến của cấp có thẩm quyền', 'Exceeds, overridden by the authority'),
} as const satisfies Record<string, Text>;
export type SummaryLabelKey = keyof typeof SUMMARY_LABELS;

const KIND: Record<SubjectKind, Text> = {
  collective: text('Tập thể', 'Collective'),
  individual: text('Cá nhân', 'Individual'),
};

const ROLE: Record<SubjectRole, Text> = {
  leadership: text('Tập thể lãnh đạo, quản lý', 'Leadership collective'),
  'party-organization': text('Tổ chức đảng', 'Party organisation'),
  leader: text('Cán bộ lãnh đạo, quản lý', 'Leader'),
  member: text('Không giữ chức vụ lãnh đạo, quản lý', 'Member without a leading post'),
  outside: text('Đảng viên ngoài hệ thống chính trị', 'Party member outside the system'),
};

const STATUS: Record<Exclude<SummaryStatus, 'rated'>, Text> = {
  'not-rated': SUMMARY_LABELS.notRated,
  'not-reviewed': SUMMARY_LABELS.notReviewed,
};

export function kindLabel(kind: SubjectKind): Text {
  return KIND[kind];
}

export function roleLabel(role: SubjectRole): Text {
  return ROLE[role];
}

/** A level's name, or the status of a subject without one. */
export function resultLabel(status: SummaryStatus, level: Level | undefined): Text {
  if (status === 'rated' && level) return text(levelLabel(level, 'vi'), levelLabel(level, 'en'));
  return STATUS[status === 'rated' ? 'not-rated' : status];
}

/** A level's heading in a summary table: the name, and the abbreviation (HTXSNV …). */
export function levelHeading(level: Level): Text & { readonly short: string } {
  return { vi: levelLabel(level, 'vi'), en: levelLabel(level, 'en'), short: levelShort(level) };
}

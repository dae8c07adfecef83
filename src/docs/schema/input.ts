import { text } from '../../core/text.js';
import { type Descriptions, participantFields, subjectFields, textFields } from './shared.js';

/** Every field of a review's input (`ReviewInputSchema`), by path. */
export const REVIEW_INPUT_FIELDS: Descriptions = {
  subject: text('Đối tượng được kiểm điểm.', 'Who is reviewed.'),
  ...subjectFields('subject.'),
  cycle: text(
    'Thông tin của đợt kiểm điểm mà cuộc kiểm điểm cần.',
    'The facts of the cycle one review needs.',
  ),
  'cycle.id': text('Mã đợt kiểm điểm.', 'The cycle’s id.'),
  'cycle.year': text('Năm đánh giá.', 'The review year.'),
  'cycle.ruleSet': text(
    'Bộ quy tắc; mặc định theo năm và chế độ của đối tượng.',
    'The rule set; default: the one of the year and the subject’s regime.',
  ),
  'cycle.reviewDate': text(
    'Ngày kiểm điểm YYYY-MM-DD (để tính loại trừ 6 tháng); mặc định 31/12 của năm.',
    'The review date YYYY-MM-DD (for the 6-month exclusion); default 31 December of the year.',
  ),
  'cycle.openedAt': text(
    'Thời điểm đợt mở cuộc kiểm điểm này (ISO 8601 có múi giờ): đồng hồ của cuộc kiểm điểm bắt đầu từ đây.',
    'When the cycle opened this review (ISO 8601 with an offset): the review’s clock starts here.',
  ),
  'cycle.awaitOrder': text(
    'Trường cũ, luôn là false: thứ tự X-ORDER do đợt kiểm điểm bảo đảm (orderVerdict, createCycle), không sự kiện nào tự xác nhận được.',
    'Legacy, always false: X-ORDER is enforced by the cycle (orderVerdict, createCycle), never cleared by an event.',
  ),
  'cycle.draftNoticeWorkingDays': text(
    'HD 43: dự thảo báo cáo của tập thể phải gửi trước cuộc họp bấy nhiêu ngày làm việc (0: không kiểm tra).',
    'HD 43: a collective’s draft report reaches the participants this many working days before the meeting (0: not checked).',
  ),
  deadlines: text(
    'Các hạn chót của cuộc kiểm điểm, dạng dữ liệu (reviewDeadlinesFor(hồ sơ cấu hình) tính tất cả; reviewDeadline() tính từng cái).',
    'The review’s deadlines, as data (reviewDeadlinesFor(profile) computes them all from a profile; reviewDeadline() one at a time).',
  ),
  'deadlines[].id': text('Mã hạn.', 'The deadline’s id.'),
  'deadlines[].label': text('Tên hạn, hai thứ tiếng.', 'Its name, in both languages.'),
  ...textFields('deadlines[].label'),
  'deadlines[].due': text(
    'Thời điểm đến hạn (ISO 8601 có múi giờ); từ thời điểm này là quá hạn.',
    'The instant it falls due (ISO 8601 with an offset); overdue from then on.',
  ),
  'deadlines[].reading': text(
    'Cách đọc hạn trong văn bản: "trước ngày" (before), "đến hết ngày" (by), số ngày làm việc.',
    'How the letter’s date was read: before, by (the end of), a number of working days.',
  ),
  'deadlines[].guards': text(
    'Bước phải hoàn thành trước hạn.',
    'The step whose work must be done by then.',
  ),
  'deadlines[].policy': text(
    'Quá hạn thì cảnh báo (warn) hay chặn (block, chỉ GRANT_EXTENSION mở lại).',
    'When overdue: warn, or block (only GRANT_EXTENSION reopens).',
  ),
  'deadlines[].leadWorkingDays': text(
    'Báo "sắp đến hạn" trước bấy nhiêu ngày làm việc (0: không báo).',
    'Announce deadline.approaching this many working days before (0: never).',
  ),
  ...participantFields('participants'),
  classification: text(
    'Những gì classify() đọc ngoài bản đánh giá.',
    'What classify() reads besides the assessment.',
  ),
  'classification.profile': text(
    'Hồ sơ cấu hình phần xếp loại (bật, tắt quy tắc giả định, tham số, nhóm xuất sắc; xem docs/classification.md).',
    'The classification part of a profile (assumed rules on or off, parameters, outstanding groups; see docs/classification.md).',
  ),
  audit: text('Nhật ký của cuộc kiểm điểm.', 'The review’s audit log.'),
  'audit.payloads': text(
    'full: lưu từng sự kiện để phát lại; digest: chỉ lưu sha-256 (không có dữ liệu cá nhân, không phát lại được).',
    'full: keeps each event so the log can be replayed; digest: only its sha-256 (no personal data, no replay).',
  ),
};

import { type Text, text } from '../../core/text.js';

/** Field descriptions by path (relative to the object they describe). */
export type Descriptions = Readonly<Record<string, Text>>;

/** Prefixes every path of `d` with `prefix` (`subject.` + `id` → `subject.id`). */
export function under(prefix: string, d: Descriptions): Descriptions {
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [`${prefix}${k}`, v]));
}

/** The fields a review's subject and a cycle's subject share. */
export const SUBJECT_FIELDS: Descriptions = {
  id: text(
    'Mã đối tượng do hệ thống của địa phương đặt (NFC, không có khoảng trắng ở đầu, cuối).',
    "The subject's id, as the host names it (NFC, no surrounding whitespace).",
  ),
  name: text('Tên tập thể hoặc cá nhân.', 'The name of the collective or the person.'),
  kind: text('Tập thể hay cá nhân.', 'Collective or individual.'),
  role: text(
    'Vai trò: tập thể lãnh đạo, quản lý hoặc tổ chức đảng (tập thể); cán bộ lãnh đạo, quản lý, không giữ chức vụ hoặc đảng viên ngoài hệ thống chính trị (cá nhân).',
    'Role: a leadership collective or a party organisation (collectives); a leader, a member without a leading post, or a party member outside the system (individuals).',
  ),
  regime: text(
    'Chế độ đánh giá: của Đảng (QĐ 124/366) hay công vụ (NĐ 90/335/233).',
    'Which regime rates the subject: the party (QĐ 124/366) or the civil service (NĐ 90/335/233).',
  ),
  employment: text(
    'Chế độ công vụ: công chức, viên chức hoặc cán bộ — quyết định nghị định áp dụng; bắt buộc khi regime là civil-service.',
    'Civil-service employment: civil servant, public employee or cadre — which decree applies; required when the regime is civil-service.',
  ),
  unitId: text(
    'Đơn vị của đối tượng (tập thể: chính đơn vị đó).',
    'The unit the subject belongs to (a collective: its own unit).',
  ),
  scope: text(
    'Diện quản lý (ví dụ btv-tinh-uy): đợt kiểm điểm gửi kết quả theo diện quản lý.',
    'Management scope (e.g. btv-tinh-uy): the cycle routes results by it.',
  ),
  group: text(
    'Nhóm đối tượng tương đồng để tính tỷ lệ "Hoàn thành xuất sắc" (X-QUOTA).',
    'The comparable group the EXCELLENT quota is counted in (X-QUOTA).',
  ),
  form: text(
    'Mẫu bản kiểm điểm (02-A … 02-D); mặc định theo bộ quy tắc.',
    'The self-review form (02-A … 02-D); default: the rule set’s.',
  ),
  excluded: text(
    'Đối tượng không kiểm điểm trong đợt này (Q*-EXCLUDE): cuộc kiểm điểm kết thúc ở notReviewed.',
    'The subject is not reviewed this cycle (Q*-EXCLUDE): its review ends in notReviewed.',
  ),
  'excluded.reason': text('Lý do, bằng hai thứ tiếng.', 'Why, in both languages.'),
  'excluded.rule': text(
    'Quy định căn cứ (ví dụ Q366-EXCLUDE).',
    'The rule it rests on (e.g. Q366-EXCLUDE).',
  ),
};

/** The persons who act in a review, by role: the object, then each role. */
export const PARTICIPANTS = text(
  'Những người thực hiện từng vai trò (mã người do hệ thống xác thực trả về). Khi có, người gửi tự nhận vai trò không được giao bị từ chối FORBIDDEN; vai trò bỏ trống là không ai.',
  'The persons who act in each role (the ids the host’s authentication returns). When given, a sender claiming a role it is not named for is FORBIDDEN; a role left out names nobody.',
);

export const PARTICIPANT_FIELDS: Descriptions = {
  subject: text(
    'Người tự kiểm điểm (tập thể: những người thay mặt tập thể).',
    'Who reviews themself (a collective: the persons who act for it).',
  ),
  superior: text(
    'Cấp trên trực tiếp: gợi ý kiểm điểm, trả lại giải trình.',
    'The direct superior: issues suggestions, returns explanations.',
  ),
  unitHead: text('Người đứng đầu đơn vị: ghi biên bản họp.', 'The unit head: records the meeting.'),
  appraiser: text(
    'Cơ quan tham mưu thẩm định: đề xuất mức xếp loại (không được đồng thời là người quyết định).',
    'The appraiser: proposes the level (never also the authority).',
  ),
  authority: text(
    'Cấp có thẩm quyền: quyết định mức, công bố, giải quyết khiếu nại, xếp loại lại.',
    'The competent authority: decides the level, publishes, resolves complaints, re-rates.',
  ),
  organizer: text(
    'Cơ quan tổng hợp: gia hạn, kết thúc cuộc kiểm điểm.',
    'The organizer: grants extensions, closes the review.',
  ),
  scheduler: text('Bộ hẹn giờ của hệ thống: gửi TICK.', 'The host’s scheduler: sends TICK.'),
};

/** A bilingual text object `{ vi, en }`. */
export const TEXT_FIELDS: Descriptions = {
  vi: text('Tiếng Việt (NFC, đủ dấu).', 'Vietnamese (NFC, full diacritics).'),
  en: text('Tiếng Anh.', 'English.'),
};

/** A subject's fields under `prefix` (`subject.`, `subjects[].`), its exclusion reason's texts too. */
export function subjectFields(prefix: string): Descriptions {
  return { ...under(prefix, SUBJECT_FIELDS), ...under(`${prefix}excluded.reason.`, TEXT_FIELDS) };
}

/** The participants object at `path` and each of its roles. */
export function participantFields(path: string): Descriptions {
  return { [path]: PARTICIPANTS, ...under(`${path}.`, PARTICIPANT_FIELDS) };
}

/** The `{ vi, en }` text at `path`. */
export function textFields(path: string): Descriptions {
  return under(`${path}.`, TEXT_FIELDS);
}

import { type Text, text } from '../../core/text.js';
import type { ReviewEventType } from '../../schemas/review-events.js';
import { type Descriptions, under } from './shared.js';

const DOCUMENT: Descriptions = {
  '': text(
    'Một tài liệu của hồ sơ, theo tham chiếu (thư viện không giữ tài liệu).',
    'A document of the dossier, by reference (the library never holds the document).',
  ),
  id: text('Mã tài liệu trong hệ thống lưu trữ.', 'The document’s id in the host’s store.'),
  title: text('Tên tài liệu.', 'Its title.'),
  digest: text('Mã băm của tài liệu (để đối chiếu).', 'Its digest (to check it later).'),
};

function document(name: string): Descriptions {
  const { '': self, ...rest } = DOCUMENT;
  return { [name]: self!, ...under(`${name}.`, rest) };
}

/** The fields every event has, and those several share. */
export const EVENT_COMMON_FIELDS: Descriptions = {
  type: text('Loại sự kiện.', 'The event’s type.'),
  by: text(
    'Người gửi: mã người và các vai trò người đó nhận trong cuộc kiểm điểm.',
    'Who sends it: the person’s id and the roles it claims in this review.',
  ),
  'by.id': text(
    'Mã người gửi (do hệ thống xác thực trả về).',
    'The sender’s id (from the host’s authentication).',
  ),
  'by.roles': text(
    'Vai trò người gửi nhận; phải có vai trò được gửi sự kiện này, và (khi có participants) phải được giao.',
    'The roles claimed; one must be allowed to send this event and, with participants, be granted.',
  ),
  'by.unitId': text(
    'Đơn vị của người gửi (sự kiện trong nội bộ đơn vị: phải là đơn vị của đối tượng).',
    'The sender’s unit (events sent within the unit: must be the subject’s).',
  ),
  at: text(
    'Thời điểm của sự kiện (ISO 8601 có múi giờ), không trước đồng hồ của cuộc kiểm điểm.',
    'When it happened (ISO 8601 with an offset), not before the review’s clock.',
  ),
  ...document('document'),
  note: text('Ghi chú.', 'A note.'),
  reason: text('Lý do.', 'The reason.'),
};

/** Each event: what it means, and its own fields (common ones as above unless overridden). */
export const EVENT_DESCRIPTIONS: Readonly<
  Record<ReviewEventType, { readonly meaning: Text; readonly fields: Descriptions }>
> = {
  ISSUE_SUGGESTIONS: {
    meaning: text(
      'Cấp trên gợi ý nội dung kiểm điểm (danh sách rỗng ở bước chuẩn bị: không có gợi ý).',
      'The superior issues the points the review must address (an empty list while preparing: none).',
    ),
    fields: {
      points: text('Các nội dung gợi ý.', 'The suggested points.'),
      'points[].id': text('Mã nội dung gợi ý (không trùng).', 'The point’s id (unique).'),
      'points[].content': text('Nội dung.', 'What it says.'),
    },
  },
  SUBMIT_EXPLANATION: {
    meaning: text(
      'Đối tượng nộp báo cáo giải trình các nội dung gợi ý (thay báo cáo trước).',
      'The subject submits its explanation of the suggested points (replaces an earlier one).',
    ),
    fields: { covers: text('Các nội dung gợi ý được giải trình.', 'The points it answers.') },
  },
  RETURN_EXPLANATION: {
    meaning: text(
      'Cấp trên trả lại giải trình chưa đạt.',
      'The superior returns an explanation that falls short.',
    ),
    fields: {},
  },
  SUBMIT_SELF_REVIEW: {
    meaning: text(
      'Đối tượng nộp bản tự kiểm điểm và tự nhận mức.',
      'The subject submits its self-review and the level it proposes for itself.',
    ),
    fields: {
      proposedLevel: text('Mức tự nhận.', 'The self-proposed level.'),
      form: text(
        'Mẫu đã dùng; phải trùng mẫu của đối tượng khi đã biết.',
        'The form used; must match the subject’s form when one is known.',
      ),
      selfAssessment: text(
        'Điểm hoặc tiêu chí tự chấm theo mẫu (lưu lại, không diễn giải).',
        'Self-assessed points or criteria, as the form asks (kept, not interpreted).',
      ),
    },
  },
  RECORD_MEETING: {
    meaning: text(
      'Người đứng đầu đơn vị ghi kết quả cuộc họp kiểm điểm.',
      'The unit head records the review meeting.',
    ),
    fields: {
      heldOn: text('Ngày họp YYYY-MM-DD.', 'The meeting’s date, YYYY-MM-DD.'),
      conclusion: text('Kết luận của cuộc họp.', 'The meeting’s conclusion.'),
      confidence: text(
        'Cán bộ lãnh đạo: kết quả phiếu tín nhiệm.',
        'Leaders: the confidence ballot.',
      ),
      'confidence.low': text(
        'Số phiếu tín nhiệm thấp (≤ tổng).',
        'Low-confidence votes (≤ total).',
      ),
      'confidence.total': text('Tổng số phiếu.', 'All votes cast.'),
      ...document('minutes'),
      minutes: text('Biên bản họp.', 'The minutes.'),
    },
  },
  PROPOSE_LEVEL: {
    meaning: text(
      'Cơ quan thẩm định gửi bản đánh giá (classify() kiểm tra) và đề xuất mức.',
      'The appraiser sends the assessment (classify() checks it) and proposes the level.',
    ),
    fields: {
      assessment: text(
        'Bản đánh giá của hồ sơ (xem docs/classification.md và assessment.schema.json).',
        'The dossier’s assessment (see docs/classification.md and assessment.schema.json).',
      ),
      level: text(
        'Mức đề xuất; mặc định: mức tính được.',
        'The proposed level; default: the computed one.',
      ),
    },
  },
  DECIDE_LEVEL: {
    meaning: text(
      'Cấp có thẩm quyền quyết định mức xếp loại.',
      'The competent authority decides the level.',
    ),
    fields: {
      level: text('Mức quyết định.', 'The decided level.'),
      override: text(
        'X-DECISION: bắt buộc khi mức quyết định cao hơn mức tính được.',
        'X-DECISION: required when the level is above the computed one.',
      ),
      'override.by': text('Ai quyết định vượt (mã).', 'Who decided above it (an id).'),
      'override.reason': text('Lý do quyết định vượt.', 'Why.'),
    },
  },
  RETURN_TO_APPRAISAL: {
    meaning: text(
      'Cấp có thẩm quyền trả lại để thẩm định lại.',
      'The authority sends it back to appraisal.',
    ),
    fields: {},
  },
  PUBLISH: {
    meaning: text('Công bố kết quả xếp loại.', 'The authority publishes the result.'),
    fields: {},
  },
  FILE_COMPLAINT: {
    meaning: text('Đối tượng khiếu nại kết quả.', 'The subject complains about the result.'),
    fields: {},
  },
  RESOLVE_COMPLAINT: {
    meaning: text(
      'Cấp có thẩm quyền giải quyết khiếu nại.',
      'The authority resolves the complaint.',
    ),
    fields: {
      outcome: text(
        'upheld: khiếu nại đúng (quay lại thẩm định); rejected: giữ nguyên kết quả.',
        'upheld: back to appraisal; rejected: the result stands.',
      ),
    },
  },
  RERATE: {
    meaning: text(
      'Xếp loại lại sau khi đã công bố hoặc kết thúc (cấp trên của cấp có thẩm quyền cũng dùng vai trò authority).',
      'Re-rate after publication or closing (the level above the authority also acts as authority).',
    ),
    fields: {},
  },
  CLOSE: {
    meaning: text('Cơ quan tổng hợp kết thúc cuộc kiểm điểm.', 'The organizer closes the review.'),
    fields: {},
  },
  TICK: {
    meaning: text(
      'Đồng hồ của hệ thống: đưa đồng hồ của cuộc kiểm điểm đến now (at phải bằng now); hạn đến, sắp đến được báo.',
      'The host’s clock: moves the review’s clock to now (at must equal now); deadlines fall due or approach.',
    ),
    fields: {
      now: text(
        'Thời điểm hiện tại (ISO 8601 có múi giờ).',
        'The current instant (ISO 8601 with an offset).',
      ),
    },
  },
  GRANT_EXTENSION: {
    meaning: text('Cơ quan tổng hợp gia hạn một hạn chót.', 'The organizer extends a deadline.'),
    fields: {
      deadlineId: text(
        'Hạn được gia hạn (mã trong deadlines).',
        'The deadline extended (an id of deadlines).',
      ),
      due: text('Hạn mới (ISO 8601 có múi giờ).', 'The new due instant (ISO 8601 with an offset).'),
    },
  },
};

/** The description of one event's field: its own, else the common one. */
export function eventFieldDescription(type: ReviewEventType, path: string): Text | undefined {
  return EVENT_DESCRIPTIONS[type].fields[path] ?? EVENT_COMMON_FIELDS[path];
}

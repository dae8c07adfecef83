import { and, not } from 'xstate';
import { restoreWithoutContextRevival } from '../no-revival.js';
import { reviewContextFromInput, reviewSetup } from './setup.js';

/**
 * One subject's review (PROCESS.md §1) — a collective or an individual, one machine: the steps are
 * the same, and what differs by kind (forms, the collective's draft-report notice, the assessment's
 * kind and role) is decided by guards and data. Two parallel regions: `review` (the steps) and
 * `deadline` (`overdue` while a pending deadline is missed). Every domain event first passes the
 * checks of PROCESS.md §2 (guard `admitted`); an event no branch admits bubbles up to the `review`
 * region's `'*'`, whose `reject` finds the first failing check and changes nothing but the audit
 * log. An admitted event runs one action, `accept`: its params name the step the transition leads
 * to (`to`) and the record the event writes (`record`, a function of `record.ts`), so each event
 * changes the context once (issue 9). The config is literal so that Stately tools can read it.
 */
export const reviewMachine = reviewSetup.createMachine({
  id: 'review',
  version: '1',
  description:
    'Kiểm điểm, đánh giá, xếp loại chất lượng một tập thể hoặc cá nhân. / The annual review and quality classification of one collective or individual.',
  meta: { label: { vi: 'Kiểm điểm, xếp loại', en: 'Review and classification' }, actors: [] },
  context: reviewContextFromInput,
  type: 'parallel',
  states: {
    review: {
      description: 'Các bước kiểm điểm. / The steps of the review.',
      meta: { label: { vi: 'Các bước kiểm điểm', en: 'Review steps' }, actors: [] },
      initial: 'preparing',
      on: {
        TICK: [{ guard: 'admitted', actions: 'accept' }],
        GRANT_EXTENSION: [
          { guard: 'admitted', actions: { type: 'accept', params: { record: 'grantExtension' } } },
        ],
        '*': [{ guard: 'isInternalEvent' }, { actions: 'reject' }],
      },
      states: {
        preparing: {
          description:
            'Đợt kiểm điểm đã mở; cấp trên trực tiếp gợi ý kiểm điểm (nếu có), đối tượng chuẩn bị bản tự kiểm điểm. / The cycle opened the review; the superior issues suggestions (or none), the subject prepares its self-review.',
          meta: {
            label: { vi: 'Chuẩn bị kiểm điểm', en: 'Preparing' },
            actors: ['superior', 'subject'],
          },
          tags: ['waiting-superior', 'waiting-subject'],
          always: { guard: 'isExcluded', target: 'notReviewed', actions: 'recordExclusion' },
          on: {
            ISSUE_SUGGESTIONS: [
              {
                guard: and(['admitted', 'hasSuggestionPoints']),
                target: 'suggested',
                actions: {
                  type: 'accept',
                  params: { to: 'suggested', record: 'recordSuggestions' },
                },
              },
              {
                guard: 'admitted',
                target: 'selfReview',
                actions: {
                  type: 'accept',
                  params: { to: 'selfReview', record: 'recordSuggestions' },
                },
              },
            ],
            SUBMIT_SELF_REVIEW: [
              {
                guard: 'admitted',
                target: 'meeting',
                actions: { type: 'accept', params: { to: 'meeting', record: 'recordSelfReview' } },
              },
            ],
          },
        },
        suggested: {
          description:
            'Có gợi ý kiểm điểm: đối tượng lập báo cáo giải trình trả lời mọi nội dung gợi ý trước khi họp kiểm điểm. / Suggestions issued: the subject writes an explanation report covering every point before the meeting.',
          meta: {
            label: { vi: 'Gợi ý kiểm điểm, giải trình', en: 'Suggestions and explanation' },
            actors: ['subject', 'superior'],
            citation: 'Công văn của Ban cán sự đảng UBND tỉnh Kon Tum về kiểm điểm năm 2024, mục 2',
          },
          tags: ['waiting-subject'],
          on: {
            ISSUE_SUGGESTIONS: [
              {
                guard: 'admitted',
                actions: { type: 'accept', params: { record: 'recordSuggestions' } },
              },
            ],
            SUBMIT_EXPLANATION: [
              {
                guard: and(['admitted', 'explanationCoversAll']),
                target: 'selfReview',
                actions: {
                  type: 'accept',
                  params: { to: 'selfReview', record: 'recordExplanation' },
                },
              },
              {
                guard: 'admitted',
                actions: { type: 'accept', params: { record: 'recordExplanation' } },
              },
            ],
            RETURN_EXPLANATION: [
              {
                guard: 'admitted',
                actions: { type: 'accept', params: { record: 'returnExplanation' } },
              },
            ],
            SUBMIT_SELF_REVIEW: [
              {
                guard: 'admitted',
                target: 'meeting',
                actions: { type: 'accept', params: { to: 'meeting', record: 'recordSelfReview' } },
              },
            ],
          },
        },
        selfReview: {
          description:
            'Đối tượng tự kiểm điểm theo mẫu của bộ quy tắc, tự đánh giá và tự nhận mức xếp loại. / The subject writes its self-review on its rule set’s form and proposes its own level.',
          meta: {
            label: { vi: 'Tự kiểm điểm', en: 'Self-review' },
            actors: ['subject'],
            forms: {
              'qd124-2023': { collective: '01', leader: '02B', member: '02A' },
              'qd366-2025': {
                collective: '01-HD KĐ.ĐG 2025',
                leader: '2A',
                member: '2B',
                outside: '2C',
              },
              'nd335-2025': { leader: 'phieu-theo-doi', member: 'phieu-theo-doi' },
              'nd233-2026': { leader: 'phieu-theo-doi', member: 'phieu-theo-doi' },
            },
            citation:
              'HD 25-HD/BTCTW; HD 43-HD/BTCTW; NĐ 335/2025/NĐ-CP (phiếu theo dõi, đánh giá)',
          },
          tags: ['waiting-subject'],
          on: {
            SUBMIT_SELF_REVIEW: [
              {
                guard: 'admitted',
                target: 'meeting',
                actions: { type: 'accept', params: { to: 'meeting', record: 'recordSelfReview' } },
              },
            ],
            ISSUE_SUGGESTIONS: [
              {
                guard: 'admitted',
                target: 'suggested',
                actions: {
                  type: 'accept',
                  params: { to: 'suggested', record: 'recordSuggestions' },
                },
              },
            ],
            SUBMIT_EXPLANATION: [
              {
                guard: and(['admitted', 'explanationCoversAll']),
                actions: { type: 'accept', params: { record: 'recordExplanation' } },
              },
              {
                guard: 'admitted',
                target: 'suggested',
                actions: {
                  type: 'accept',
                  params: { to: 'suggested', record: 'recordExplanation' },
                },
              },
            ],
            RETURN_EXPLANATION: [
              {
                guard: 'admitted',
                target: 'suggested',
                actions: {
                  type: 'accept',
                  params: { to: 'suggested', record: 'returnExplanation' },
                },
              },
            ],
          },
        },
        meeting: {
          description:
            'Hội nghị kiểm điểm: góp ý, kết luận của chủ trì; lấy phiếu tín nhiệm đối với lãnh đạo; biên bản vào hồ sơ. Chỉ họp khi báo cáo giải trình đã đủ. / The review meeting: comments, the chair’s conclusion, the confidence ballot for leaders, minutes. Held only once the explanation covers every suggestion.',
          meta: { label: { vi: 'Hội nghị kiểm điểm', en: 'Review meeting' }, actors: ['unitHead'] },
          tags: ['waiting-unitHead'],
          on: {
            RECORD_MEETING: [
              {
                guard: 'admitted',
                target: 'appraisal',
                actions: { type: 'accept', params: { to: 'appraisal', record: 'recordMeeting' } },
              },
            ],
            ISSUE_SUGGESTIONS: [
              {
                guard: 'admitted',
                actions: { type: 'accept', params: { record: 'recordSuggestions' } },
              },
            ],
            SUBMIT_EXPLANATION: [
              {
                guard: 'admitted',
                actions: { type: 'accept', params: { record: 'recordExplanation' } },
              },
            ],
            RETURN_EXPLANATION: [
              {
                guard: 'admitted',
                actions: { type: 'accept', params: { record: 'returnExplanation' } },
              },
            ],
          },
        },
        appraisal: {
          description:
            'Cơ quan tham mưu thẩm định hồ sơ, chạy bộ quy tắc xếp loại và đề xuất mức. / The appraiser checks the dossier, runs the classification and proposes a level.',
          meta: {
            label: { vi: 'Thẩm định, đề xuất', en: 'Appraisal and proposal' },
            actors: ['appraiser'],
          },
          tags: ['waiting-appraiser'],
          on: {
            PROPOSE_LEVEL: [
              {
                guard: and(['admitted', 'computedNotReviewed']),
                target: 'notReviewed',
                actions: {
                  type: 'accept',
                  params: { to: 'notReviewed', record: 'recordComputedOutcome' },
                },
              },
              {
                guard: and(['admitted', 'computedNotRated']),
                target: 'notRated',
                actions: {
                  type: 'accept',
                  params: { to: 'notRated', record: 'recordComputedOutcome' },
                },
              },
              {
                guard: 'admitted',
                target: 'decision',
                actions: { type: 'accept', params: { to: 'decision', record: 'recordProposal' } },
              },
            ],
          },
        },
        decision: {
          description:
            'Cấp có thẩm quyền quyết định mức xếp loại (X-DECISION: cao hơn mức tính toán phải có ý kiến và lý do), có thể trả lại để thẩm định; xếp loại lại theo Mẫu 03. / The authority decides (X-DECISION: above the computed level needs an override with a reason), may return the dossier to appraisal; re-rating uses form 03.',
          meta: {
            label: { vi: 'Quyết định xếp loại', en: 'Decision' },
            actors: ['authority'],
            forms: { 'qd366-2025': { rerating: '03' } },
            citation: 'QĐ 366-QĐ/TW Điều 13 (xếp loại lại)',
          },
          tags: ['waiting-authority'],
          on: {
            DECIDE_LEVEL: [
              {
                guard: 'admitted',
                actions: { type: 'accept', params: { record: 'recordDecision' } },
              },
            ],
            RETURN_TO_APPRAISAL: [
              {
                guard: 'admitted',
                target: 'appraisal',
                actions: {
                  type: 'accept',
                  params: { to: 'appraisal', record: 'returnToAppraisal' },
                },
              },
            ],
            PUBLISH: [
              {
                guard: 'admitted',
                target: 'published',
                actions: {
                  type: 'accept',
                  params: { to: 'published', record: 'recordPublication' },
                },
              },
            ],
          },
        },
        published: {
          description:
            'Kết quả đã công khai, thông báo đến đối tượng; đối tượng có thể khiếu nại; cơ quan tổng hợp đưa vào tổng hợp. / The result is announced; the subject may complain; the organizer includes it in the summary.',
          meta: {
            label: { vi: 'Công khai kết quả', en: 'Published' },
            actors: ['organizer', 'subject', 'authority'],
          },
          tags: ['waiting-organizer'],
          on: {
            FILE_COMPLAINT: [
              {
                guard: 'admitted',
                target: 'complaint',
                actions: { type: 'accept', params: { to: 'complaint', record: 'recordComplaint' } },
              },
            ],
            RERATE: [
              {
                guard: 'admitted',
                target: 'decision',
                actions: { type: 'accept', params: { to: 'decision', record: 'recordRerating' } },
              },
            ],
            CLOSE: [
              {
                guard: 'admitted',
                target: 'closed',
                actions: { type: 'accept', params: { to: 'closed', record: 'recordClosing' } },
              },
            ],
          },
        },
        complaint: {
          description:
            'Giải quyết khiếu nại của đối tượng: chấp nhận (xem xét lại quyết định) hoặc không chấp nhận (giữ kết quả đã công khai). / The complaint: upheld (back to the decision) or rejected (the result stands).',
          meta: { label: { vi: 'Giải quyết khiếu nại', en: 'Complaint' }, actors: ['authority'] },
          tags: ['waiting-authority'],
          on: {
            RESOLVE_COMPLAINT: [
              {
                guard: and(['admitted', 'complaintUpheld']),
                target: 'decision',
                actions: { type: 'accept', params: { to: 'decision', record: 'resolveComplaint' } },
              },
              {
                guard: 'admitted',
                target: 'published',
                actions: {
                  type: 'accept',
                  params: { to: 'published', record: 'resolveComplaint' },
                },
              },
            ],
          },
        },
        closed: {
          description:
            'Đã đưa vào tổng hợp. Cấp có thẩm quyền (hoặc cấp trên) có thể xếp loại lại, có lý do. / Included in the summary. The authority (or the level above) may re-rate, with a reason.',
          meta: { label: { vi: 'Đã tổng hợp', en: 'Closed' }, actors: [] },
          tags: ['ended'],
          on: {
            RERATE: [
              {
                guard: 'admitted',
                target: 'decision',
                actions: { type: 'accept', params: { to: 'decision', record: 'recordRerating' } },
              },
            ],
          },
        },
        notReviewed: {
          type: 'final',
          description:
            'Không kiểm điểm (thuộc trường hợp loại trừ), có ghi lý do. / Not reviewed (excluded), with the reason.',
          meta: { label: { vi: 'Không kiểm điểm', en: 'Not reviewed' }, actors: [] },
          tags: ['ended'],
        },
        notRated: {
          type: 'final',
          description:
            'Có kiểm điểm nhưng không xếp loại, có ghi lý do. / Reviewed but not rated, with the reason.',
          meta: { label: { vi: 'Không xếp loại', en: 'Not rated' }, actors: [] },
          tags: ['ended'],
        },
      },
    },
    deadline: {
      description:
        'Theo dõi thời hạn: quá hạn khi một hạn chưa hoàn thành đã qua. / Deadline watch: overdue while a pending deadline has passed.',
      meta: { label: { vi: 'Thời hạn', en: 'Deadlines' }, actors: [] },
      initial: 'onTime',
      states: {
        onTime: {
          description: 'Không có hạn nào đang bị trễ. / No pending deadline has passed.',
          meta: { label: { vi: 'Đúng hạn', en: 'On time' }, actors: [] },
          always: { guard: 'isBehind', target: 'overdue' },
        },
        overdue: {
          description:
            'Có hạn chưa hoàn thành đã qua (đã phát deadline.missed). / A pending deadline has passed (deadline.missed was emitted).',
          meta: { label: { vi: 'Quá hạn', en: 'Overdue' }, actors: [] },
          tags: ['overdue'],
          always: { guard: not('isBehind'), target: 'onTime' },
        },
      },
    },
  },
});

restoreWithoutContextRevival(reviewMachine);

/** The type of the review machine (use with `SnapshotFrom`, `ActorRefFrom`). */
export type ReviewMachine = typeof reviewMachine;

import type { PlanTwist } from '../plans.js';
import type { Situation } from '../script.js';
import { KON_TUM_UNITS } from './units.js';

/** The comparable group whose EXCELLENT share exceeds X-QUOTA in the demo. */
export const QUOTA_GROUP = 'tap-the-lanh-dao-don-vi-truc-thuoc';

const head = (unit: string) => `${unit}.truong`;
const deputy = (unit: string, n: number) => `${unit}.pho-${n}`;
const collective = (unit: string) => `${unit}.tap-the`;

const SUGGESTED_UNITS = [
  'so-xay-dung',
  'so-y-te',
  'so-tai-nguyen-moi-truong',
  'ban-quan-ly-khu-kinh-te',
] as const;

const POINTS: Record<(typeof SUGGESTED_UNITS)[number], string> = {
  'so-xay-dung': 'Trách nhiệm trong việc chậm giải ngân vốn đầu tư công năm 2024',
  'so-y-te': 'Công tác mua sắm thuốc, vật tư y tế và đấu thầu tập trung',
  'so-tai-nguyen-moi-truong': 'Việc giải quyết hồ sơ đất đai quá hạn',
  'ban-quan-ly-khu-kinh-te': 'Tiến độ thu hút đầu tư vào Khu kinh tế cửa khẩu quốc tế Bờ Y',
};

/** Two suggestion points: the unit's own, and the letter's digital transformation topic. */
function suggestionsFor(unit: (typeof SUGGESTED_UNITS)[number]) {
  return [
    { id: 'g1', content: POINTS[unit] },
    {
      id: 'g2',
      content: 'Việc thực hiện Nghị quyết 09-NQ/TU về chuyển đổi số tại cơ quan, đơn vị',
    },
  ];
}

/** The sub-unit collectives the authorities rate EXCELLENT (two beyond the quota, overridden). */
const EXCELLENT_SUBS = [
  'benh-vien-da-khoa-tinh',
  'tt-kiem-soat-benh-tat',
  'chi-cuc-kiem-lam',
  'van-phong-dang-ky-dat-dai',
].map(collective);

/**
 * The competent authority's recorded opinion on the excess EXCELLENT ratings (FINALIZE): the two
 * are units of Sở Y tế, whose director decides their collectives' levels (the subjects'
 * `authority`), so the director is the one who may let them stand above the quota.
 */
export const OVERRIDES = [EXCELLENT_SUBS[0], EXCELLENT_SUBS[1]].map((subjectId) => ({
  subjectId: subjectId as string,
  by: head('so-y-te'),
  reason:
    'Đơn vị có thành tích nổi bật trong phòng, chống dịch bệnh năm 2024, được Chủ tịch UBND tỉnh tặng Bằng khen; Giám đốc Sở Y tế đồng ý vượt tỷ lệ.',
}));

/**
 * What makes each situation happen, per subject: the facts in its assessment, its suggestions, a
 * returned explanation, a complaint. Data only: the planner and the player treat these subjects
 * like any other.
 */
export const KON_TUM_TWISTS: Record<string, PlanTwist> = {
  // The other units directly under the issuer: the superior states there are no suggestions.
  ...Object.fromEntries(
    KON_TUM_UNITS.filter((u) => !(SUGGESTED_UNITS as readonly string[]).includes(u.id)).map((u) => [
      collective(u.id),
      { suggestions: [] } as PlanTwist,
    ]),
  ),
  ...Object.fromEntries(
    SUGGESTED_UNITS.flatMap((u) => [
      [collective(u), { suggestions: suggestionsFor(u) }],
      [head(u), { suggestions: suggestionsFor(u) }],
    ]),
  ),
  [head('so-xay-dung')]: { suggestions: suggestionsFor('so-xay-dung'), returnedExplanation: true },
  [deputy('so-tai-nguyen-moi-truong', 1)]: { disciplinedOn: '2024-06-12' },
  [collective('so-tai-nguyen-moi-truong')]: {
    suggestions: suggestionsFor('so-tai-nguyen-moi-truong'),
    memberDisciplinedOn: '2024-06-12',
    aim: 'GOOD',
  },
  [deputy('so-y-te', 2)]: { sickLeaveMonths: 4, aim: 'GOOD' },
  [deputy('so-giao-duc-dao-tao', 1)]: { maternityMonthsWorked: 6, aim: 'GOOD' },
  [deputy('so-ke-hoach-dau-tu', 2)]: { aim: 'GOOD' },
  [head('chi-cuc-thuy-loi')]: { aim: 'GOOD', complaintAgainst: 'COMPLETED', closeDay: 1 },
  ...Object.fromEntries(EXCELLENT_SUBS.map((id) => [id, { aim: 'EXCELLENT' } as PlanTwist])),
};

const t = (vi: string, en: string) => ({ vi, en });

/** The situations of a real cycle the demo shows, and where (CHANGELOG, README and tests read them). */
export const KON_TUM_SITUATIONS: readonly Situation[] = [
  {
    id: 'suggestions',
    label: t(
      'Có gợi ý kiểm điểm của cấp trên và báo cáo giải trình (mục 2 của Công văn)',
      "Review suggestions from above and explanation reports (the letter's item 2)",
    ),
    subjects: SUGGESTED_UNITS.flatMap((u) => [collective(u), head(u)]),
    units: [],
  },
  {
    id: 'returned-explanation',
    label: t(
      'Báo cáo giải trình bị trả lại, giải trình bổ sung',
      'An explanation report returned and explained again',
    ),
    subjects: [head('so-xay-dung')],
    units: [],
  },
  {
    id: 'discipline',
    label: t(
      'Bị kỷ luật khiển trách trong năm: không hoàn thành nhiệm vụ; tập thể lãnh đạo có thành viên bị kỷ luật cũng vậy (Q124-COMP-COLL)',
      'Reprimanded in the year: not completed; so is the leadership collective with a disciplined member (Q124-COMP-COLL)',
    ),
    subjects: [deputy('so-tai-nguyen-moi-truong', 1), collective('so-tai-nguyen-moi-truong')],
    units: [],
  },
  {
    id: 'sick-leave',
    label: t('Nghỉ ốm dài ngày (4 tháng)', 'Long sick leave (4 months)'),
    subjects: [deputy('so-y-te', 2)],
    units: [],
  },
  {
    id: 'maternity-leave',
    label: t('Nghỉ chế độ thai sản', 'Maternity leave'),
    subjects: [deputy('so-giao-duc-dao-tao', 1)],
    units: [],
  },
  {
    id: 'transfer',
    label: t(
      'Điều động từ Sở Tài chính từ 01-7-2024: hồ sơ có ý kiến của cơ quan cũ',
      'Transferred from the Department of Finance on 1 July 2024: the dossier holds the former agency’s comments',
    ),
    subjects: [deputy('so-ke-hoach-dau-tu', 2)],
    units: [],
  },
  {
    id: 'exclusion',
    label: t(
      'Không kiểm điểm: đang bị đình chỉ sinh hoạt đảng (QĐ 124 Điều 5)',
      'Not reviewed: party activity suspended (QĐ 124 Article 5)',
    ),
    subjects: [deputy('chi-cuc-kiem-lam', 2)],
    units: [],
  },
  {
    id: 'complaint-upheld',
    label: t(
      'Khiếu nại kết quả xếp loại được chấp nhận, quyết định lại',
      'A complaint about the rating upheld, the level decided again',
    ),
    subjects: [head('chi-cuc-thuy-loi')],
    units: [],
  },
  {
    id: 'order',
    label: t(
      'Quyết định xếp loại người đứng đầu trước tập thể: bị từ chối (X-ORDER)',
      'A head decided before the collective: refused (X-ORDER)',
    ),
    subjects: [head('so-tai-chinh')],
    units: [],
  },
  {
    id: 'quota-override',
    label: t(
      'Vượt tỷ lệ "Hoàn thành xuất sắc" trong nhóm tập thể đơn vị trực thuộc; cấp có thẩm quyền cho ý kiến',
      'EXCELLENT above the quota among the sub-units’ collectives; the authority records its opinion',
    ),
    subjects: EXCELLENT_SUBS,
    units: [],
  },
  {
    id: 'incomplete-dossier',
    label: t(
      'Hồ sơ thiếu báo cáo giải trình: bị trả lại, nộp bổ sung',
      'A dossier without the explanation report: refused, sent again complete',
    ),
    subjects: [],
    units: ['so-y-te'],
  },
  {
    id: 'late-dossier',
    label: t('Nộp hồ sơ muộn (sau 25-11-2024)', 'A dossier sent late (after 25-11-2024)'),
    subjects: [],
    units: ['hoi-nha-bao'],
  },
  {
    id: 'missing-dossier',
    label: t('Không nộp hồ sơ', 'A dossier never sent'),
    subjects: [],
    units: ['cty-moi-truong-do-thi-kon-tum'],
  },
];

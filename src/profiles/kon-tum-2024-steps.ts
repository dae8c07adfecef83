import type { ProfileInput } from '../schemas/cycle-profile.js';

const t = (vi: string, en: string) => ({ vi, en });

type Step = NonNullable<ProfileInput['reviewDeadlines']>[number];

/** A review-step deadline of this profile (not in the letter: see `reviewDeadlines`). */
function step(
  id: string,
  date: string,
  guards: Step['guards'],
  role: Step['actor']['role'],
  [vi, en]: [string, string],
): Step {
  return {
    id: `step-${id}`,
    label: t(vi, en),
    date,
    guards,
    actor: { role },
    recipient: 'so-noi-vu',
    note: t(
      'Mốc nội bộ do cơ quan tổng hợp đặt trước hạn nộp hồ sơ 25-11-2024, không có trong công văn.',
      'An internal step the organizer sets before the 25-11-2024 dossier deadline; not in the letter.',
    ),
  };
}

/**
 * The letter sets the cycle's dates only. The review steps a unit works to are our reading (the
 * seed is silent): everything a dossier holds must be done before 25-11-2024 (Monday; the last
 * working day is Friday 22-11). Suggestions in the week after the letter, explanations and
 * self-reviews (with the collective's draft report) by Friday 08-11, so that the draft reaches
 * the participants 3 working days before meetings held 13–15 November (HD 25), appraisal by
 * Wednesday 20-11, decisions and their announcement by Friday 22-11. All `warn`: late steps are
 * reported, never blocked, as the letter blocks nothing.
 */
export const KON_TUM_2024_STEPS: Step[] = [
  step('suggestions', '2024-11-04', 'preparing', 'superior', [
    'Cấp trên trực tiếp gợi ý kiểm điểm (hoặc báo không có gợi ý)',
    'The direct superior issues the review suggestions (or none)',
  ]),
  step('explanation', '2024-11-11', 'suggested', 'subject', [
    'Báo cáo giải trình các nội dung gợi ý kiểm điểm',
    'The explanation report on the review suggestions',
  ]),
  step('self-review', '2024-11-11', 'selfReview', 'subject', [
    'Bản tự kiểm điểm; dự thảo báo cáo kiểm điểm của tập thể gửi người dự họp',
    "The self-review; the collective's draft report sent to the participants",
  ]),
  step('meeting', '2024-11-16', 'meeting', 'unitHead', [
    'Tổ chức hội nghị kiểm điểm',
    'Hold the review meeting',
  ]),
  step('appraisal', '2024-11-21', 'appraisal', 'appraiser', [
    'Thẩm định, đề xuất mức xếp loại',
    'Appraise and propose the level',
  ]),
  step('decision', '2024-11-23', 'decision', 'authority', [
    'Quyết định và công khai mức xếp loại chất lượng',
    'Decide and announce the quality level',
  ]),
];

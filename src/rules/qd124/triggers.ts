import { text } from '../../core/text.js';
import {
  atLeastShare,
  describeDiscipline,
  LED_UNIT,
  moreThanShare,
  ownTasks,
  unitTasks,
} from '../context.js';
import { GRADE_TEXT } from '../grades.js';
import {
  COLLECTIVE_DISCIPLINED,
  CORRUPTION_IN_SUBORDINATE_UNIT,
  DISUNITY,
  excludedFromReview,
  flagCauses,
  MEMBER_CONDUCT,
  MEMBER_DEGRADATION,
} from '../shared.js';
import type { Rule } from '../types.js';
import { COLLECTIVE, HD21, INDIVIDUAL, Đ12 } from './common.js';

/** QĐ 124-QĐ/TW (04-10-2023) with HD 25-HD/BTCTW (10-11-2023): RULES.md §2: exclusions, discounts, triggers and discretion. One row per rule id of RULES.md. */
export const triggers: readonly Rule[] = [
  {
    id: 'Q124-EXCLUDE',
    kind: 'exclude',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: 'QĐ 124-QĐ/TW Điều 5 khoản 2',
    text: text(
      'Không kiểm điểm: miễn công tác và sinh hoạt đảng, đình chỉ sinh hoạt đảng, hoặc kết nạp chưa đủ 6 tháng',
      'Not reviewed: exempt from party work, party activity suspended, or admitted less than 6 months before the review',
    ),
    test: (a, ctx) => excludedFromReview(a, ctx.reviewDate),
  },
  {
    id: 'Q124-DISC-ONCE',
    kind: 'discount',
    status: 'assumed',
    appliesTo: INDIVIDUAL,
    citation: HD21,
    text: text(
      'Một vi phạm đã dùng để xếp loại không hoàn thành nhiệm vụ ở năm trước thì không tính lại',
      'A violation already used for a not-completed rating in an earlier year is not counted again',
    ),
    discounts: (d, a) => d.countedInYear !== null && d.countedInYear < a.year,
  },
  {
    id: 'Q124-NOT-POOR',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: {},
    citation: Đ12,
    text: text('Có tiêu chí đánh giá ở mức "Kém"', 'A criterion graded "Poor"'),
    test: (a, ctx) =>
      Object.entries(a.criteria ?? {})
        .filter(([, g]) => g === 'POOR')
        .map(([k]) => ({
          text: text(
            `tiêu chí "${ctx.criterion(k).vi}": ${GRADE_TEXT.POOR.vi}`,
            `criterion "${ctx.criterion(k).en}": ${GRADE_TEXT.POOR.en}`,
          ),
        })),
  },
  {
    id: 'Q124-NOT-50',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: { roles: ['leadership', 'party-organization', 'leader'] },
    citation: Đ12,
    text: text(
      'Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ và có các chỉ tiêu chủ yếu không đạt kế hoạch giao (trừ trường hợp bất khả kháng)',
      'Less than 50% of targets and tasks completed and main targets not met (unless force majeure)',
    ),
    exception: (c) => c.forceMajeure === true,
    test: (a) => {
      const t = a.kind === 'collective' ? ownTasks(a) : unitTasks(a);
      const who = a.kind === 'collective' ? text('', '') : LED_UNIT;
      const missed = a.unit?.basicTargetsMissed ?? 0;
      return atLeastShare(t.completed, t.total, 50) || missed === 0
        ? []
        : [
            {
              text: text(
                `${who.vi}hoàn thành ${t.completed}/${t.total} < 50%, ${missed} chỉ tiêu chủ yếu không đạt`,
                `${who.en}completed ${t.completed}/${t.total} < 50%, ${missed} main target(s) missed`,
              ),
              forceMajeure: a.forceMajeure,
            },
          ];
    },
  },
  {
    id: 'Q124-NOT-COLL-DISC',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: COLLECTIVE,
    flags: ['collectiveDisciplined'],
    citation: Đ12,
    text: text(
      'Tập thể lãnh đạo bị kỷ luật, hoặc trên 20% đơn vị trực thuộc bị kỷ luật trong năm',
      'The leadership collective disciplined, or more than 20% of subordinate units disciplined in the year',
    ),
    test: (a, ctx) => {
      const causes = flagCauses(a, ctx, COLLECTIVE_DISCIPLINED).map((c) => ({ text: c.text }));
      const s = a.unit?.subordinateUnits;
      if (s && moreThanShare(s.disciplined, s.total, 20))
        causes.push({
          text: text(
            `${s.disciplined}/${s.total} đơn vị trực thuộc bị kỷ luật > 20%`,
            `${s.disciplined}/${s.total} subordinate units disciplined > 20%`,
          ),
        });
      return causes;
    },
  },
  {
    id: 'Q124-NOT-COLL-CORRUPTION',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: COLLECTIVE,
    citation: Đ12,
    text: text(
      'Đơn vị trực thuộc có vụ việc tham nhũng, lãng phí, tiêu cực bị xử lý kỷ luật (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)',
      'A subordinate unit had a disciplined corruption, waste or negative case (unless self-detected and remedied)',
    ),
    exception: (c) => c.selfRemedied === true,
    flags: ['corruptionCaseInSubordinateUnit'],
    test: (a, ctx) => flagCauses(a, ctx, CORRUPTION_IN_SUBORDINATE_UNIT),
  },
  {
    id: 'Q124-NOT-DISUNITY',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: COLLECTIVE,
    citation: Đ12,
    text: text(
      'Bị cấp có thẩm quyền kết luận mất đoàn kết nội bộ',
      'Concluded by the competent authority to have internal disunity',
    ),
    flags: ['disunity'],
    test: (a, ctx) => flagCauses(a, ctx, DISUNITY).map((c) => ({ text: c.text })),
  },
  {
    id: 'Q124-NOT-COLL-MEMBER-DEGRADE',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: COLLECTIVE,
    citation: Đ12,
    flags: ['memberDegradation'],
    text: text(
      'Có thành viên tập thể lãnh đạo bị kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống',
      'A member of the leadership collective concluded to show degradation',
    ),
    test: (a, ctx) => flagCauses(a, ctx, MEMBER_DEGRADATION).map((c) => ({ text: c.text })),
  },
  {
    id: 'Q124-NOT-DISC',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: Đ12,
    text: text(
      'Bị xử lý kỷ luật trong năm (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)',
      'Disciplined in the year (unless self-detected and remedied)',
    ),
    exception: (c) => c.selfRemedied === true,
    test: (_a, ctx) =>
      ctx.discipline.map((d) => ({
        text: describeDiscipline(d),
        selfRemedied: d.selfDetectedAndRemedied,
      })),
  },
  {
    id: 'Q124-NOT-DEGRADE',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: Đ12,
    text: text(
      'Suy thoái, vi phạm những điều đảng viên không được làm hoặc trách nhiệm nêu gương',
      'Degradation, or breach of the prohibitions or of the duty to set an example',
    ),
    flags: ['degradation', 'prohibitedConduct', 'exampleBreach'],
    test: (a, ctx) =>
      flagCauses(a, ctx, MEMBER_CONDUCT).map((c) => ({
        text: c.text,
      })),
  },
];

import { text } from '../../core/text.js';
import { describeDiscipline, ownTasks } from '../context.js';
import {
  DEGRADATION,
  excludedFromReview,
  flagCauses,
  MEMBER_CONDUCT,
  NO_CAUSES,
} from '../shared.js';
import type { Rule } from '../types.js';
import { INDIVIDUAL, K4, NON_LEADERS, Đ11 } from './common.js';

/**
 * QĐ 366-QĐ/TW (30-08-2025) with HD 43-HD/BTCTW (31-10-2025), RULES.md §1: exclusions, discounts,
 * the individual triggers and the discretion. One row per rule id of RULES.md; the collective and
 * led-unit triggers are in unit-triggers.ts.
 */
export const triggers: readonly Rule[] = [
  {
    id: 'Q366-EXCLUDE',
    kind: 'exclude',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: 'QĐ 366-QĐ/TW Điều 5 khoản 2',
    text: text(
      'Không kiểm điểm: miễn công tác và sinh hoạt đảng, đình chỉ sinh hoạt đảng, hoặc kết nạp chưa đủ 6 tháng',
      'Not reviewed: exempt from party work, party activity suspended, or admitted less than 6 months before the review',
    ),
    test: (a, ctx) => excludedFromReview(a, ctx.reviewDate),
  },
  {
    id: 'Q366-DISC-ONCE',
    kind: 'discount',
    status: 'assumed',
    appliesTo: INDIVIDUAL,
    citation:
      'NĐ 90/2020/NĐ-CP sửa đổi bởi NĐ 48/2023/NĐ-CP; HD 21-HD/BTCTW (QĐ 366 không quy định)',
    text: text(
      'Một vi phạm đã dùng để xếp loại không hoàn thành nhiệm vụ ở năm trước thì không tính lại',
      'A violation already used for a not-completed rating in an earlier year is not counted again',
    ),
    discounts: (d, a) => d.countedInYear !== null && d.countedInYear < a.year,
  },
  {
    id: 'Q366-NOT-POINTS',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: {},
    citation: K4,
    text: text('Dưới 50 điểm: không hoàn thành nhiệm vụ', 'Below 50 points: not completed'),
    test: (_a, ctx) =>
      (ctx.points ?? 0) < 50
        ? [{ text: text(`${ctx.points} điểm < 50`, `${ctx.points} points < 50`) }]
        : NO_CAUSES,
  },
  {
    id: 'Q366-NOT-DISC',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: `${K4}; HD 43-HD/BTCTW`,
    text: text(
      'Bị kỷ luật từ khiển trách trở lên theo quyết định trong năm đánh giá do vi phạm liên quan đến chức trách, nhiệm vụ, hoạt động công vụ (đánh giá ở thời điểm hiện tại)',
      'Disciplined (reprimand or heavier) by a decision dated in the review year for a duty-related violation, whatever the year of the violation',
    ),
    test: (_a, ctx) =>
      ctx.discipline.length === 0
        ? NO_CAUSES
        : ctx.discipline
            .filter((d) => d.dutyRelated)
            .map((d) => ({ text: describeDiscipline(d), selfRemedied: d.selfDetectedAndRemedied })),
  },
  {
    id: 'Q366-DISC-OTHER',
    kind: 'trigger',
    status: 'assumed',
    appliesTo: INDIVIDUAL,
    citation: `${K4} (vi phạm không liên quan đến công vụ: giả định / a violation unrelated to duties: assumed)`,
    text: text(
      'Bị kỷ luật do vi phạm không liên quan đến chức trách, nhiệm vụ: không tự động xếp "Không hoàn thành nhiệm vụ", cấp có thẩm quyền xem xét có vi phạm điều đảng viên không được làm hoặc trách nhiệm nêu gương không',
      'Disciplined for a violation unrelated to duties: no automatic Not completed; the authority judges whether it breaches what party members must not do or the duty to set an example',
    ),
    // Never binding by itself: the authority weighs it (review, needsJudgment).
    exception: () => true,
    test: (_a, ctx) =>
      ctx.discipline.length === 0
        ? NO_CAUSES
        : ctx.discipline
            .filter((d) => !d.dutyRelated)
            .map((d) => ({ text: describeDiscipline(d) })),
  },
  {
    id: 'Q366-NOT-DEGRADE',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    flags: (role) =>
      role === 'leader' ? ['degradation'] : ['degradation', 'prohibitedConduct', 'exampleBreach'],
    citation: K4,
    text: text(
      'Suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"; với đảng viên: cả vi phạm những điều đảng viên không được làm, trách nhiệm nêu gương gây ảnh hưởng xấu đến uy tín',
      'Degradation of political ideology, ethics or lifestyle, "self-evolution", "self-transformation"; for members also breach of what party members must not do or of the duty to set an example',
    ),
    test: (a, ctx) => flagCauses(a, ctx, a.role === 'leader' ? DEGRADATION : MEMBER_CONDUCT),
  },
  {
    id: 'Q366-NOT-MEMBER-TASKS',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: NON_LEADERS,
    citation: K4,
    text: text(
      'Trên 50% số nhiệm vụ trong năm không hoàn thành',
      "More than 50% of the year's tasks not completed",
    ),
    test: (a) => {
      const t = ownTasks(a);
      const missed = t.total - t.completed;
      return missed * 2 > t.total
        ? [
            {
              text: text(
                `${missed}/${t.total} nhiệm vụ không hoàn thành`,
                `${missed}/${t.total} tasks not completed`,
              ),
            },
          ]
        : NO_CAUSES;
    },
  },
  {
    id: 'Q366-DISCRETION',
    kind: 'discretion',
    status: 'confirmed',
    appliesTo: {},
    citation: Đ11,
    text: text(
      'Vi phạm do tự phát hiện và khắc phục xong hậu quả: không áp dụng tự động, cấp có thẩm quyền xem xét',
      'A violation the subject detected and remedied itself is not applied automatically: the authority judges',
    ),
    covers: (c) => c.selfRemedied === true,
  },
  {
    id: 'Q366-NO-LEVEL',
    kind: 'note',
    status: 'confirmed',
    appliesTo: NON_LEADERS,
    citation: `${Đ11} khoản 1–3`,
    text: text(
      'Không hoàn thành một phần nhiệm vụ (không quá một nửa): mọi mức đều đòi hoàn thành 100% nhiệm vụ, nên không mức nào đạt',
      'Some tasks missed (at most half): every level needs 100% of tasks completed, so no level holds',
    ),
    test: (a) => {
      const t = ownTasks(a);
      const missed = t.total - t.completed;
      return missed > 0 && missed * 2 <= t.total
        ? text(
            `còn ${missed}/${t.total} nhiệm vụ chưa hoàn thành`,
            `${missed}/${t.total} tasks not completed`,
          )
        : null;
    },
  },
];

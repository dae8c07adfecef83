import { text } from '../../core/text.js';
import { describeDiscipline, LED_UNIT, moreThanShare, unitTasks } from '../context.js';
import { excludedFromReview, flagCauses } from '../shared.js';
import type { Rule } from '../types.js';
import { INDIVIDUAL, K4, LEADER, LEADERSHIP, Đ11 } from './common.js';

/** QĐ 366-QĐ/TW (30-08-2025) with HD 43-HD/BTCTW (31-10-2025): RULES.md §1: exclusions, discounts, triggers and discretion. One row per rule id of RULES.md. */
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
    id: 'Q366-NOT-POINTS',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: {},
    citation: K4,
    text: text('Dưới 50 điểm: không hoàn thành nhiệm vụ', 'Below 50 points: not completed'),
    test: (_a, ctx) =>
      (ctx.points ?? 0) < 50
        ? [{ text: text(`${ctx.points} điểm < 50`, `${ctx.points} points < 50`) }]
        : [],
  },
  {
    id: 'Q366-NOT-COLL-PERSONNEL',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: LEADERSHIP,
    citation: K4,
    text: text(
      'Sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, chạy chức, chạy quyền',
      'Wrongdoing in personnel work, internal disunity, or buying posts or power',
    ),
    test: (a) => flagCauses(a, ['personnelWrongdoing', 'disunity']),
  },
  {
    id: 'Q366-NOT-COLL-MEMBER-DISC',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: LEADERSHIP,
    citation: K4,
    text: text(
      'Có thành viên tập thể lãnh đạo bị kỷ luật từ khiển trách trở lên trong năm do vi phạm khi thực hiện nhiệm vụ',
      'A member of the leadership collective disciplined (reprimand or heavier) in the year for a violation in performing duties',
    ),
    test: (_a, ctx) =>
      ctx.memberDiscipline
        .filter((d) => d.dutyRelated && !d.atPreviousUnit)
        .map((d) => ({
          text: describeDiscipline(d, text('thành viên ', 'member ')),
          selfRemedied: d.selfDetectedAndRemedied,
        })),
  },
  {
    id: 'Q366-NOT-UNIT-70',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: { roles: ['leadership', 'party-organization', 'leader'] },
    citation: K4,
    text: text(
      'Hoàn thành dưới 70% nhiệm vụ, hoặc có chỉ tiêu kinh tế - xã hội cơ bản không đạt',
      'Less than 70% of tasks completed, or a basic socio-economic target missed',
    ),
    // Force majeure: the competent level may rate differently (research/domain.md §3.4, Điều 11).
    exception: (c) => c.forceMajeure === true,
    test: (a) => {
      const t = a.kind === 'collective' ? a.tasks : unitTasks(a);
      const who = a.kind === 'collective' ? text('', '') : LED_UNIT;
      const causes = [];
      if (t.completed * 100 < t.total * 70)
        causes.push({
          text: text(
            `${who.vi}hoàn thành ${t.completed}/${t.total} < 70%`,
            `${who.en}completed ${t.completed}/${t.total} < 70%`,
          ),
          forceMajeure: a.forceMajeure,
        });
      const missed = a.unit?.basicTargetsMissed ?? 0;
      if (missed > 0)
        causes.push({
          text: text(
            `${missed} chỉ tiêu kinh tế - xã hội cơ bản không đạt`,
            `${missed} basic socio-economic target(s) missed`,
          ),
          forceMajeure: a.forceMajeure,
        });
      return causes;
    },
  },
  {
    id: 'Q366-NOT-LEAD-SUPERVISED',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: LEADER,
    citation: K4,
    text: text(
      'Trên 50% số địa phương, cơ quan, đơn vị được phân công phụ trách bị xếp loại không hoàn thành nhiệm vụ',
      'More than 50% of the units the person oversees rated not completed',
    ),
    test: (a) => {
      const s = a.unit?.supervisedUnits;
      return s && moreThanShare(s.notCompleted, s.total, 50)
        ? [
            {
              text: text(
                `${s.notCompleted}/${s.total} đơn vị phụ trách không hoàn thành`,
                `${s.notCompleted}/${s.total} overseen units not completed`,
              ),
            },
          ]
        : [];
    },
  },
  {
    id: 'Q366-NOT-LEAD-CONFIDENCE',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: LEADER,
    citation: K4,
    text: text(
      'Trên 50% phiếu tín nhiệm thấp tại kỳ lấy phiếu tín nhiệm trong năm',
      'More than 50% low-confidence ballots in the year',
    ),
    test: (a) => {
      const c = a.confidence;
      return c && c.low * 2 > c.total
        ? [
            {
              text: text(
                `${c.low}/${c.total} phiếu tín nhiệm thấp`,
                `${c.low}/${c.total} low-confidence ballots`,
              ),
            },
          ]
        : [];
    },
  },
  {
    id: 'Q366-NOT-LEAD-CORRUPTION',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: LEADER,
    citation: K4,
    text: text(
      'Để xảy ra tham nhũng, lãng phí, tiêu cực trong lĩnh vực, đơn vị trực tiếp quản lý',
      'Corruption, waste or negative conduct in the area the person directly manages',
    ),
    test: (a) => flagCauses(a, ['corruptionInManagedArea']),
  },
  {
    id: 'Q366-NOT-DISC',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: `${K4}; HD 43-HD/BTCTW`,
    text: text(
      'Bị kỷ luật từ khiển trách trở lên theo quyết định trong năm đánh giá (đánh giá ở thời điểm hiện tại)',
      'Disciplined (reprimand or heavier) by a decision dated in the review year, whatever the year of the violation',
    ),
    test: (_a, ctx) =>
      ctx.discipline.map((d) => ({
        text: describeDiscipline(d),
        selfRemedied: d.selfDetectedAndRemedied,
      })),
  },
  {
    id: 'Q366-NOT-DEGRADE',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: K4,
    text: text(
      'Suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá", hoặc vi phạm những điều đảng viên không được làm',
      'Degradation of political ideology, ethics or lifestyle, "self-evolution", "self-transformation", or breach of what party members must not do',
    ),
    test: (a) => flagCauses(a, ['degradation', 'prohibitedConduct']),
  },
  {
    id: 'Q366-NOT-MEMBER-TASKS',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: { roles: ['member', 'outside'] },
    citation: K4,
    text: text(
      'Trên 50% số nhiệm vụ trong năm không hoàn thành',
      "More than 50% of the year's tasks not completed",
    ),
    test: (a) => {
      const missed = a.tasks.total - a.tasks.completed;
      return missed * 2 > a.tasks.total
        ? [
            {
              text: text(
                `${missed}/${a.tasks.total} nhiệm vụ không hoàn thành`,
                `${missed}/${a.tasks.total} tasks not completed`,
              ),
            },
          ]
        : [];
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
];

import { text } from '../../core/text.js';
import { describeDiscipline, LED_UNIT, moreThanShare, ownTasks, unitTasks } from '../context.js';
import {
  CORRUPTION_IN_MANAGED_AREA,
  flagCauses,
  MEMBER_DEGRADATION,
  NO_CAUSES,
  PERSONNEL_OR_DISUNITY,
} from '../shared.js';
import type { Rule } from '../types.js';
import { COLLECTIVE, inCollectiveScope, K4, LEADER, UNIT_SUBJECTS } from './common.js';

/**
 * QĐ 366 Điều 11 khoản 4, the triggers of collectives and of the units leaders lead (RULES.md §1).
 * Force majeure ("lý do bất khả kháng") turns UNIT-70 and UNIT-TARGETS into `review`.
 */
export const unitTriggers: readonly Rule[] = [
  {
    id: 'Q366-COLL-SCOPE',
    kind: 'note',
    status: 'assumed',
    appliesTo: { roles: ['party-organization'] },
    citation: `${K4} ("đối với tập thể lãnh đạo, quản lý": phạm vi là giả định / the scope is assumed)`,
    text: text(
      'Các trường hợp không hoàn thành nhiệm vụ của tập thể lãnh đạo, quản lý (công tác cán bộ, thành viên bị kỷ luật hoặc suy thoái, dưới 70% nhiệm vụ, 5 chỉ tiêu cơ bản) cũng áp dụng cho cấp ủy của tổ chức đảng',
      "The leadership collective's not-completed cases (personnel work, a member disciplined or degraded, under 70% of tasks, the 5 basic targets) apply to a party organisation's leading committee too",
    ),
    test: () =>
      text(
        'đã xét cả 5 trường hợp cho tổ chức đảng',
        'all five cases checked for the party organisation',
      ),
  },
  {
    id: 'Q366-NOT-COLL-PERSONNEL',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: COLLECTIVE,
    flags: ['personnelWrongdoing', 'disunity'],
    citation: K4,
    text: text(
      'Sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, chạy chức, chạy quyền',
      'Wrongdoing in personnel work, internal disunity, or buying posts or power',
    ),
    test: (a, ctx) =>
      inCollectiveScope(a, ctx) ? flagCauses(a, ctx, PERSONNEL_OR_DISUNITY) : NO_CAUSES,
  },
  {
    id: 'Q366-NOT-COLL-MEMBER-DISC',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: COLLECTIVE,
    citation: K4,
    text: text(
      'Có thành viên tập thể lãnh đạo bị kỷ luật từ khiển trách trở lên trong năm do vi phạm khi thực hiện nhiệm vụ',
      'A member of the leadership collective disciplined (reprimand or heavier) in the year for a violation in performing duties',
    ),
    test: (a, ctx) =>
      inCollectiveScope(a, ctx)
        ? ctx.memberDiscipline
            .filter((d) => d.dutyRelated && !d.atPreviousUnit)
            .map((d) => ({
              text: describeDiscipline(d, text('thành viên ', 'member ')),
              selfRemedied: d.selfDetectedAndRemedied,
            }))
        : NO_CAUSES,
  },
  {
    id: 'Q366-NOT-COLL-MEMBER-DEGRADE',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: COLLECTIVE,
    flags: ['memberDegradation'],
    citation: K4,
    text: text(
      'Có thành viên trong tập thể lãnh đạo, quản lý bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"',
      'A member of the leadership collective concluded by the competent level to show degradation of political ideology, ethics or lifestyle, "self-evolution", "self-transformation"',
    ),
    test: (a, ctx) =>
      inCollectiveScope(a, ctx) ? flagCauses(a, ctx, MEMBER_DEGRADATION) : NO_CAUSES,
  },
  {
    id: 'Q366-NOT-UNIT-70',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: UNIT_SUBJECTS,
    citation: K4,
    text: text(
      'Hoàn thành dưới 70% chỉ tiêu, nhiệm vụ (trừ lý do bất khả kháng)',
      'Less than 70% of targets and tasks completed (unless force majeure)',
    ),
    exception: (c) => c.forceMajeure === true,
    test: (a, ctx) => {
      if (!inCollectiveScope(a, ctx)) return NO_CAUSES;
      const t = a.kind === 'collective' ? ownTasks(a) : unitTasks(a);
      const who = a.kind === 'collective' ? text('', '') : LED_UNIT;
      return t.completed * 100 < t.total * 70
        ? [
            {
              text: text(
                `${who.vi}hoàn thành ${t.completed}/${t.total} < 70%`,
                `${who.en}completed ${t.completed}/${t.total} < 70%`,
              ),
              forceMajeure: a.forceMajeure,
            },
          ]
        : NO_CAUSES;
    },
  },
  {
    id: 'Q366-NOT-UNIT-TARGETS',
    kind: 'trigger',
    status: 'assumed',
    appliesTo: UNIT_SUBJECTS,
    citation: `${K4} (cách đọc "5 chỉ tiêu" là giả định / the reading of "5 targets" is assumed)`,
    text: text(
      'Không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản (tăng trưởng, thu ngân sách, giải ngân đầu tư công, thu nhập bình quân, giảm nghèo) — mặc định: một chỉ tiêu không đạt',
      'The 5 basic socio-economic targets not met (growth, budget revenue, public-investment disbursement, income per head, poverty reduction) — default: any one missed',
    ),
    exception: (c) => c.forceMajeure === true,
    test: (a, ctx) => {
      if (!inCollectiveScope(a, ctx)) return NO_CAUSES;
      const missed = a.unit?.basicTargetsMissed ?? 0;
      const all = ctx.params['Q366-NOT-UNIT-TARGETS'].missed === 'all';
      return (all ? missed === 5 : missed >= 1)
        ? [
            {
              text: text(
                `${missed}/5 chỉ tiêu kinh tế - xã hội cơ bản không đạt`,
                `${missed}/5 basic socio-economic targets missed`,
              ),
              forceMajeure: a.forceMajeure,
            },
          ]
        : NO_CAUSES;
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
        : NO_CAUSES;
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
        : NO_CAUSES;
    },
  },
  {
    id: 'Q366-NOT-LEAD-CORRUPTION',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: LEADER,
    flags: ['corruptionInManagedArea'],
    citation: K4,
    text: text(
      'Để xảy ra tham nhũng, lãng phí, tiêu cực trong lĩnh vực, đơn vị trực tiếp quản lý',
      'Corruption, waste or negative conduct in the area the person directly manages',
    ),
    test: (a, ctx) => flagCauses(a, ctx, CORRUPTION_IN_MANAGED_AREA),
  },
];

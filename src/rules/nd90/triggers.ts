import { text } from '../../core/text.js';
import {
  atLeastShare,
  describeDiscipline,
  LED_UNIT,
  moreThanShare,
  notEnsured,
  ownTasks,
  unitTasks,
} from '../context.js';
import { CORRUPTION_IN_MANAGED_AREA, DEGRADATION, flagCauses } from '../shared.js';
import type { Cause, Rule } from '../types.js';
import { INDIVIDUAL, monthsOff, N48, N90 } from './common.js';

/** NĐ 90/2020 as amended by NĐ 48/2023 (RULES.md §3): not rated, leave, triggers. */
export const triggers: readonly Rule[] = [
  {
    id: 'N90-NOT-RATED',
    kind: 'not-rated',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: N48,
    text: text(
      'Công tác dưới 6 tháng trong năm: không đánh giá, xếp loại chất lượng (trừ nghỉ chế độ thai sản)',
      'Worked less than 6 months in the year: not rated (except maternity leave)',
    ),
    test: (a, ctx) => {
      const s = a.service;
      if (!s || s.monthsWorked >= 6) return null;
      if (s.maternityLeave && ctx.on('N90-MATERNITY')) return null;
      return text(`công tác ${s.monthsWorked} tháng < 6`, `worked ${s.monthsWorked} months < 6`);
    },
  },
  {
    id: 'N90-MATERNITY',
    kind: 'note',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: N48,
    text: text(
      'Nghỉ chế độ thai sản: đánh giá theo thời gian công tác thực tế',
      'Maternity leave: rated on the time actually worked',
    ),
    test: (a) =>
      a.service?.maternityLeave
        ? text(
            `nghỉ thai sản, công tác ${a.service.monthsWorked} tháng`,
            `maternity leave, worked ${a.service.monthsWorked} months`,
          )
        : null,
  },
  {
    id: 'N90-LEAVE-CAP',
    kind: 'cap',
    level: 'COMPLETED',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: N48,
    text: text(
      'Nghỉ từ 3 tháng đến dưới 6 tháng trong năm (không kể thai sản): không xếp loại từ "Hoàn thành tốt nhiệm vụ" trở lên',
      'Off work 3 to under 6 months in the year (not maternity): no higher than Completed',
    ),
    test: (a, ctx) => {
      if (a.service?.maternityLeave && ctx.on('N90-MATERNITY')) return null;
      const off = monthsOff(a);
      return off >= 3 && off < 6 ? text(`nghỉ ${off} tháng`, `off work ${off} months`) : null;
    },
  },
  {
    id: 'N90-NOT-DISC',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: `${N48}; ${N90} Điều 7, 11, 15`,
    text: text(
      'Bị kỷ luật đảng hoặc kỷ luật hành chính trong năm do vi phạm trong thực thi nhiệm vụ (không tính lại vi phạm đã dùng để xếp loại không hoàn thành nhiệm vụ ở năm trước)',
      'Party or administrative discipline in the year for a violation in performing duties (a violation already used for a not-completed rating in an earlier year is not counted again)',
    ),
    // One act disciplined by both the party and the state counts in one year only: the host marks
    // the later decision with `countedInYear` (the year the first one was used).
    test: (a, ctx) =>
      ctx.discipline
        .filter((d) => d.dutyRelated && !(d.countedInYear !== null && d.countedInYear < a.year))
        .map((d) => ({ text: describeDiscipline(d), selfRemedied: d.selfDetectedAndRemedied })),
  },
  {
    id: 'N90-NOT-DEGRADE',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    flags: ['degradation'],
    citation: `${N90} Điều 7, 11, 15`,
    text: text(
      'Có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"',
      'Degradation of political ideology, ethics or lifestyle, "self-evolution", "self-transformation"',
    ),
    test: (a, ctx) => flagCauses(a, ctx, DEGRADATION),
  },
  {
    id: 'N90-NOT-50',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    flags: (role) => (role === 'leader' ? ['corruptionInManagedArea'] : []),
    citation: `${N90} Điều 7, 11, 15`,
    text: text(
      'Trên 50% nhiệm vụ chưa bảo đảm tiến độ, chất lượng, hiệu quả hoặc không hoàn thành; người quản lý: đơn vị hoàn thành dưới 50% nhiệm vụ, hoặc để xảy ra tham nhũng trong đơn vị',
      'More than 50% of tasks not ensured or not completed; a manager: the led unit completed under 50%, or corruption in the managed area',
    ),
    test: (a, ctx) => {
      const t = ownTasks(a);
      const bad = notEnsured(t) + (t.total - t.completed);
      const causes: Cause[] = [];
      if (moreThanShare(bad, t.total, 50))
        causes.push({
          text: text(
            `${bad}/${t.total} nhiệm vụ chưa bảo đảm hoặc không hoàn thành > 50%`,
            `${bad}/${t.total} tasks not ensured or not completed > 50%`,
          ),
        });
      if (a.role === 'leader') {
        const u = unitTasks(a);
        if (!atLeastShare(u.completed, u.total, 50))
          causes.push({
            text: text(
              `${LED_UNIT.vi}hoàn thành ${u.completed}/${u.total} < 50%`,
              `${LED_UNIT.en}completed ${u.completed}/${u.total} < 50%`,
            ),
          });
        causes.push(...flagCauses(a, ctx, CORRUPTION_IN_MANAGED_AREA));
      }
      return causes;
    },
  },
];

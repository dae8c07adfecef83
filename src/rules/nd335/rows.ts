import { text } from '../../core/text.js';
import { describeDiscipline } from '../context.js';
import { CORRUPTION_IN_MANAGED_AREA, flagCauses, MEMBER_CONDUCT } from '../shared.js';
import type { Rule } from '../types.js';
import { INDIVIDUAL, LEADER, N335, Đ19, Đ20 } from './common.js';

/** NĐ 335 Điều 19–23 (RULES.md §4): not rated, the bands, the triggers, and what a result is for. */
export const rows: readonly Rule[] = [
  {
    id: 'N335-UNDER6',
    kind: 'not-rated',
    status: 'assumed',
    defaultOff: true,
    appliesTo: INDIVIDUAL,
    citation: `${Đ19} (không thấy quy định này trong NĐ 335 / no such rule found in NĐ 335)`,
    text: text(
      'Làm việc dưới 6 tháng trong năm (theo các kỳ được chấm, hoặc service.monthsWorked): không xếp loại — chỉ khi hồ sơ cấu hình bật',
      'Worked under 6 months in the year (by the scored periods, or service.monthsWorked): not rated — only when a profile turns it on',
    ),
    test: (a, ctx) => {
      const months = ctx.monthsScored ?? a.service?.monthsWorked;
      return months !== undefined && months < 6
        ? text(`làm việc ${months} tháng < 6`, `worked ${months} months < 6`)
        : null;
    },
  },
  {
    id: 'N335-NOT-POINTS',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: {},
    citation: `${Đ20} khoản 4 điểm a`,
    text: text('Dưới 50 điểm', 'Below 50 points'),
    test: (_a, ctx) => {
      const below = ctx.exactPoints ? !ctx.exactPoints.atLeast(50) : (ctx.points ?? 0) < 50;
      const shown =
        ctx.exactPoints && below ? Math.min(ctx.points ?? 0, ctx.exactPoints.floor) : ctx.points;
      return below ? [{ text: text(`${shown} điểm < 50`, `${shown} points < 50`) }] : [];
    },
  },
  {
    id: 'N335-NOT-DEGRADE',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    flags: ['degradation', 'prohibitedConduct', 'exampleBreach'],
    citation: `${Đ20} khoản 4 điểm b`,
    text: text(
      'Có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"; vi phạm những điều đảng viên không được làm; vi phạm trách nhiệm nêu gương',
      'Degradation of political ideology, ethics or lifestyle; breach of what party members must not do; breach of the duty to set an example',
    ),
    test: (a, ctx) => flagCauses(a, ctx, MEMBER_CONDUCT),
  },
  {
    id: 'N335-NOT-DISC',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: `${Đ20} khoản 4 điểm c`,
    text: text(
      'Có vi phạm liên quan đến hoạt động công vụ bị kỷ luật từ khiển trách trở lên trong năm đánh giá',
      'Disciplined (reprimand or heavier) in the review year for a violation related to public duties',
    ),
    test: (_a, ctx) =>
      ctx.discipline.filter((d) => d.dutyRelated).map((d) => ({ text: describeDiscipline(d) })),
  },
  {
    id: 'N335-NOT-LEAD-CORRUPTION',
    kind: 'trigger',
    status: 'confirmed',
    appliesTo: LEADER,
    flags: ['corruptionInManagedArea'],
    citation: `${Đ20} khoản 4 điểm d`,
    text: text(
      'Lãnh đạo: cơ quan, đơn vị được giao quản lý có vụ việc tham ô, tham nhũng, lãng phí bị xử lý',
      'Leader: the managed unit was handled for embezzlement, corruption or waste',
    ),
    test: (a, ctx) => flagCauses(a, ctx, CORRUPTION_IN_MANAGED_AREA),
  },
  {
    id: 'N335-BANDS',
    kind: 'bands',
    status: 'confirmed',
    appliesTo: {},
    citation: `${Đ20} khoản 1–3`,
    text: text(
      'Hoàn thành xuất sắc từ 90 điểm; hoàn thành tốt từ 70 đến dưới 90; hoàn thành từ 50 đến dưới 70',
      'Excellent from 90 points; good from 70 to under 90; completed from 50 to under 70',
    ),
    bands: [
      { level: 'EXCELLENT', min: 90 },
      { level: 'GOOD', min: 70 },
      { level: 'COMPLETED', min: 50 },
    ],
  },
  {
    id: 'N335-USE',
    kind: 'note',
    status: 'confirmed',
    appliesTo: {},
    citation: `${N335} Điều 23`,
    text: text(
      'Kết quả "Không hoàn thành nhiệm vụ" là căn cứ để bố trí vào vị trí việc làm thấp hơn hoặc miễn nhiệm',
      'A Not completed result is a ground for moving to a lower position or dismissal',
    ),
    test: (_a, _ctx, level) =>
      level === 'NOT_COMPLETED'
        ? text(
            'xem xét bố trí, miễn nhiệm theo Điều 23',
            'to be weighed for reassignment under Điều 23',
          )
        : null,
  },
];

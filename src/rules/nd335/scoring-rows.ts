import type { InputIssue } from '../../core/errors.js';
import { text } from '../../core/text.js';
import type { Assessment } from '../../schemas/assessment.js';
import { assumedPartOn } from '../profile-switches.js';
import type { Rule } from '../types.js';
import { INDIVIDUAL, LEADER, N335, Đ14, Đ15, Đ19 } from './common.js';

/**
 * NĐ 335 Điều 14–19 (RULES.md §4): how a period's products become points and the periods the
 * year's points. The arithmetic lives in src/rules/scoring; these rows say which steps are in
 * force (a step whose row is off is left out) and carry the text the reasons show.
 */

/** "points or periods, never both", and one of the two (N335-INPUT). */
function pointsOrPeriods(a: Assessment): InputIssue[] {
  if (a.points !== undefined && a.periods !== undefined)
    return [
      {
        path: ['periods'],
        code: 'points_and_periods',
        message: text(
          'Ghi "points" hoặc "periods", không ghi cả hai (NĐ 335: điểm năm tính từ các kỳ).',
          'Give "points" or "periods", not both (NĐ 335: the year is scored from its periods).',
        ),
      },
    ];
  if (a.points === undefined && a.periods === undefined)
    return [
      {
        path: ['points'],
        code: 'required',
        message: text(
          'Thiếu điểm: ghi "points" hoặc "periods" (các kỳ tháng, quý).',
          'Points missing: give "points" or "periods" (monthly or quarterly).',
        ),
      },
    ];
  return [];
}

export const scoringRows: readonly Rule[] = [
  {
    id: 'N335-INPUT',
    kind: 'input',
    status: 'confirmed',
    partlyAssumed: text(
      'kỳ do đơn vị cũ gửi được ghi thẳng điểm; sản phẩm ghi hệ số hoặc mã trong danh mục',
      "a previous unit's periods may give points directly; a product gives a coefficient or a catalogue id",
    ),
    appliesTo: {},
    citation: `${Đ14}; ${Đ19}`,
    text: text(
      'Ghi "points" hoặc "periods", không ghi cả hai; các kỳ cùng loại (tháng hoặc quý), trừ kỳ do đơn vị cũ gửi',
      'Give "points" or "periods", never both; all periods of one kind (month or quarter), except those sent by a previous unit',
    ),
    check: (a: Assessment, profile, self) => {
      const issues = pointsOrPeriods(a);
      // The assumed part: a previous unit's period may give its points directly. Switched off,
      // such a period must list its products like any other.
      if (!assumedPartOn(self, profile))
        a.periods?.forEach((p, i) => {
          if (p.points !== undefined)
            issues.push({
              path: ['periods', i, 'points'],
              code: 'previous_unit_points_off',
              message: text(
                'Hồ sơ cấu hình không nhận điểm do đơn vị cũ ghi thẳng: kỳ này cần "general" và "products".',
                'The profile does not take points given directly by a previous unit: this period needs "general" and "products".',
              ),
            });
        });
      return issues;
    },
  },
  {
    id: 'N335-QTY',
    kind: 'score',
    part: 'qty',
    status: 'confirmed',
    appliesTo: {},
    citation: Đ14,
    text: text(
      'Số lượng: a = 100 × Σ hệ số × số hoàn thành / Σ hệ số × số được giao (tối đa 100)',
      'Quantity: a = 100 × Σ coefficient × done / Σ coefficient × assigned (at most 100)',
    ),
  },
  {
    id: 'N335-QUAL',
    kind: 'score',
    part: 'qual',
    status: 'confirmed',
    appliesTo: {},
    citation: Đ14,
    text: text(
      'Chất lượng: b như a, mỗi lần đánh giá chưa đạt trừ 25% điểm chất lượng của sản phẩm (trừ nguyên nhân khách quan được xác nhận)',
      'Quality: b as a, each failed quality assessment takes 25% of that item (unless an objective cause was confirmed)',
    ),
  },
  {
    id: 'N335-PROG',
    kind: 'score',
    part: 'prog',
    status: 'confirmed',
    appliesTo: {},
    citation: Đ14,
    text: text(
      'Tiến độ: c như a, mỗi lần chậm trừ 25% điểm tiến độ (trừ nguyên nhân khách quan được xác nhận)',
      'Progress: c as a, each delay takes 25% (unless an objective cause was confirmed)',
    ),
  },
  {
    id: 'N335-LEAD',
    kind: 'score',
    part: 'lead',
    status: 'confirmed',
    partlyAssumed: text(
      'đ = 50 khi đơn vị chậm, và tiêu chí e (đoàn kết)',
      'đ = 50 when the unit is late, and e (unity)',
    ),
    // The assumed e is left out through its weight (`weights.e = 0`); đ = 50 is the only reading.
    switchedBy: { parameter: 'N335-TASK70' },
    appliesTo: LEADER,
    citation: `${Đ15} (đ = 50 và e theo ứng dụng của các cơ quan / đ = 50 and e as agency apps read it)`,
    text: text(
      'Lãnh đạo: thêm d (100 khi mọi công chức thuộc quyền hoàn thành nhiệm vụ trở lên, không thì 50), đ (100 khi đơn vị hoàn thành mọi nhiệm vụ đúng hạn, bảo đảm chất lượng, không thì 50), e (100, hoặc 50 khi bị kết luận mất đoàn kết kéo dài)',
      'Leaders add d (100 when every managed civil servant is completed or better, else 50), đ (100 when the unit does all tasks on time with quality, else 50), e (100, or 50 on a conclusion of prolonged disunity)',
    ),
  },
  {
    id: 'N335-TASK70',
    kind: 'score',
    part: 'task70',
    status: 'assumed',
    switchedBy: { parameter: 'N335-TASK70' },
    appliesTo: {},
    citation: `${Đ14}–15 (công thức công bố dạng ảnh / the formula is published as an image)`,
    text: text(
      'Điểm nhiệm vụ = 70 × trung bình (có trọng số, mặc định bằng nhau) của a, b, c (lãnh đạo: cả d, đ, e) / 100',
      'Task points = 70 × the (weighted, default equal) mean of a, b, c (leaders: also d, đ, e) / 100',
    ),
  },
  {
    id: 'N335-GEN',
    kind: 'score',
    part: 'general',
    status: 'confirmed',
    partlyAssumed: text(
      'cách chia 30 điểm tiêu chí chung là dữ liệu của cơ quan',
      'the split of the 30 general points is agency data',
    ),
    switchedBy: {
      data: text(
        'cơ quan tự chia 30 điểm tiêu chí chung và gửi tổng "general" của mỗi kỳ',
        'the agency splits the 30 general points itself and sends each period\'s total "general"',
      ),
    },
    appliesTo: {},
    citation: `${N335} (thang điểm 100: 30 + 70)`,
    text: text(
      'Tiêu chí chung: 0–30 điểm mỗi kỳ, do cơ quan chấm, cộng vào điểm nhiệm vụ',
      'General criteria: 0–30 points a period, given by the agency, added to the task points',
    ),
  },
  {
    id: 'N335-ANNUAL',
    kind: 'score',
    part: 'annual',
    status: 'confirmed',
    partlyAssumed: text(
      'trung bình theo số tháng của kỳ (mặc định) hay trung bình cộng',
      'the mean weighted by months (default) or plain',
    ),
    switchedBy: { parameter: 'N335-ANNUAL' },
    appliesTo: {},
    citation: `${Đ19} ("tính điểm trung bình")`,
    text: text(
      'Điểm năm = trung bình điểm các kỳ trong năm, kể cả các kỳ do đơn vị cũ chấm khi điều động',
      "The year's points = the mean of the periods' points, including periods scored by a previous unit after a transfer",
    ),
  },
  {
    id: 'N335-LEAVE',
    kind: 'score',
    part: 'leave',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: Đ19,
    text: text(
      'Nghỉ phép, nghỉ ốm, thai sản theo quy định: chỉ chấm các kỳ thực tế làm việc',
      'Lawful leave, sickness, maternity: only the periods actually worked are scored',
    ),
  },
  {
    id: 'N335-EXACT',
    kind: 'score',
    part: 'exact',
    status: 'confirmed',
    appliesTo: {},
    citation: `${N335} Điều 20 (so sánh với ngưỡng điểm / compared with the bands)`,
    text: text(
      'Điểm được tính chính xác (phân số), so với ngưỡng không sai số; hiển thị làm tròn đến 2 chữ số thập phân',
      'Points are computed exactly (fractions) and compared with the bands without rounding error; shown rounded to 2 decimals',
    ),
  },
];

import { type Text, text } from '../core/text.js';
import type { Assessment } from '../schemas/assessment.js';
import { GRADES, type Grade } from '../schemas/parts.js';
import { clause } from './clauses.js';
import type { Clause } from './types.js';

/** Criterion grades (QĐ 124): Xuất sắc / Tốt / Trung bình / Kém. */
export const GRADE_TEXT: Record<Grade, Text> = {
  EXCELLENT: text('Xuất sắc', 'Excellent'),
  GOOD: text('Tốt', 'Good'),
  AVERAGE: text('Trung bình', 'Average'),
  POOR: text('Kém', 'Poor'),
};

const rank = (g: Grade) => GRADES.length - 1 - GRADES.indexOf(g);

/** Every criterion graded `min` or better. */
export function criteriaAtLeast(a: Assessment, min: Grade): Clause {
  const below = Object.entries(a.criteria ?? {}).filter(([, g]) => rank(g) < rank(min));
  const m = GRADE_TEXT[min];
  return below.length === 0
    ? clause(true, text(`mọi tiêu chí từ "${m.vi}" trở lên`, `every criterion ${m.en} or better`))
    : clause(
        false,
        text(
          `tiêu chí dưới "${m.vi}": ${below.map(([k]) => k).join(', ')}`,
          `criteria below ${m.en}: ${below.map(([k]) => k).join(', ')}`,
        ),
      );
}

/** One named criterion graded `min` or better. */
export function gradeAtLeast(a: Assessment, key: string, min: Grade): Clause {
  const g = a.criteria?.[key];
  const ok = g !== undefined && rank(g) >= rank(min);
  const got = g ? GRADE_TEXT[g] : text('chưa đánh giá', 'not graded');
  return clause(
    ok,
    text(
      `"${key}": ${got.vi}${ok ? '' : ` (cần "${GRADE_TEXT[min].vi}")`}`,
      `"${key}": ${got.en}${ok ? '' : ` (needs ${GRADE_TEXT[min].en})`}`,
    ),
  );
}

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

/** A criterion's label in each language (the key itself when no list names it). */
export type CriterionLabel = (key: string) => Text;

/** Every criterion graded `min` or better; the reasons name the criteria by their labels. */
export function criteriaAtLeast(a: Assessment, min: Grade, label: CriterionLabel): Clause {
  const below = Object.entries(a.criteria ?? {})
    .filter(([, g]) => rank(g) < rank(min))
    .map(([k]) => label(k));
  const m = GRADE_TEXT[min];
  return below.length === 0
    ? clause(true, text(`mọi tiêu chí từ "${m.vi}" trở lên`, `every criterion ${m.en} or better`))
    : clause(
        false,
        text(
          `tiêu chí dưới "${m.vi}": ${below.map((l) => l.vi).join(', ')}`,
          `criteria below ${m.en}: ${below.map((l) => l.en).join(', ')}`,
        ),
      );
}

/** One named criterion graded `min` or better. */
export function gradeAtLeast(
  a: Assessment,
  key: string,
  min: Grade,
  label: CriterionLabel,
): Clause {
  const g = a.criteria?.[key];
  const ok = g !== undefined && rank(g) >= rank(min);
  const got = g ? GRADE_TEXT[g] : text('chưa đánh giá', 'not graded');
  const l = label(key);
  return clause(
    ok,
    text(
      `"${l.vi}": ${got.vi}${ok ? '' : ` (cần "${GRADE_TEXT[min].vi}")`}`,
      `"${l.en}": ${got.en}${ok ? '' : ` (needs ${GRADE_TEXT[min].en})`}`,
    ),
  );
}

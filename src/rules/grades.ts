import { deepFreeze } from '../core/freeze.js';
import { type Text, text } from '../core/text.js';
import type { Assessment } from '../schemas/assessment.js';
import { GRADES, type Grade } from '../schemas/parts.js';
import { clause, clauseOf } from './clauses.js';
import type { Clause, ClauseFormat } from './types.js';

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

/**
 * "Every criterion `min` or better", one text per grade, each frozen all the way down on its own
 * (a writer that remembers reasons then knows it by identity: engine/value-key.ts).
 */
const ALL_AT_LEAST = Object.fromEntries(
  GRADES.map((g) => [
    g,
    deepFreeze(
      text(
        `mọi tiêu chí từ "${GRADE_TEXT[g].vi}" trở lên`,
        `every criterion ${GRADE_TEXT[g].en} or better`,
      ),
    ),
  ]),
) as Readonly<Record<Grade, Text>>;

/** Every criterion graded `min` or better; the reasons name the criteria by their labels. */
export function criteriaAtLeast(a: Assessment, min: Grade, label: CriterionLabel): Clause {
  const below = Object.entries(a.criteria ?? {})
    .filter(([, g]) => rank(g) < rank(min))
    .map(([k]) => label(k));
  if (below.length === 0) return clause(true, ALL_AT_LEAST[min]);
  const m = GRADE_TEXT[min];
  return clause(
    false,
    text(
      `tiêu chí dưới "${m.vi}": ${below.map((l) => l.vi).join(', ')}`,
      `criteria below ${m.en}: ${below.map((l) => l.en).join(', ')}`,
    ),
  );
}

const NOT_GRADED = text('chưa đánh giá', 'not graded');

/** The words of a grade by its index in GRADES (-1: not graded). */
const gradeText = (i: number): Text => (i < 0 ? NOT_GRADED : GRADE_TEXT[GRADES[i]!]);

/**
 * One criterion's grade against the least it needs: `n0` the grade given (its index in GRADES,
 * -1 when not graded), `n1` the least grade, `whose` the criterion's label. Worded only when the
 * clause is reported (issue 9: the label and the grades were written for every subject).
 */
const GRADE_AT_LEAST: ClauseFormat = ({ ok, n0: got, n1: min, whose: l }) => {
  const g = gradeText(got);
  const need = gradeText(min);
  return text(
    `"${l.vi}": ${g.vi}${ok ? '' : ` (cần "${need.vi}")`}`,
    `"${l.en}": ${g.en}${ok ? '' : ` (needs ${need.en})`}`,
  );
};

/** One named criterion graded `min` or better. */
export function gradeAtLeast(
  a: Assessment,
  key: string,
  min: Grade,
  label: CriterionLabel,
): Clause {
  const g = a.criteria?.[key];
  const ok = g !== undefined && rank(g) >= rank(min);
  const given = g === undefined ? -1 : GRADES.indexOf(g);
  return clauseOf(ok, GRADE_AT_LEAST, label(key), given, GRADES.indexOf(min));
}

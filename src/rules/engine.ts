import { AssessmentError } from '../core/errors.js';
import { type Level, minLevel } from '../core/level.js';
import { type Text, text } from '../core/text.js';
import type { Assessment } from '../schemas/assessment.js';
import type { RulesProfile } from '../schemas/profile.js';
import { decidedInYear, pointsOf, type RuleContext, reviewDateOf } from './context.js';
import { active } from './engine/active.js';
import {
  Deferred,
  deferText,
  type Entry,
  withEffect,
  written as writtenReason,
} from './engine/deferred.js';
import { flagMask } from './engine/flag-mask.js';
import { lazyReasons } from './engine/lazy-reasons.js';
import { applyConditions } from './engine/levels.js';
import { fieldNotUsed } from './engine/not-used.js';
import { applyTriggers } from './engine/triggers.js';
import type { Classification, ExactPoints, Reason, RuleSet } from './types.js';

const NO_TASKS: Reason = {
  rule: 'NO_TASKS',
  effect: 'note',
  citation: 'RULES.md — T = 0',
  message: text(
    'Không có nhiệm vụ được giao trong năm: các điều kiện về tỷ lệ nhiệm vụ được coi là đạt.',
    'No tasks were assigned in the year: the task-share conditions hold vacuously.',
  ),
};

const discountText = (removed: readonly string[]): Text => {
  const dates = removed.join(', ');
  return text(
    `không tính lại quyết định ngày ${dates}`,
    `decision(s) of ${dates} not counted again`,
  );
};

/**
 * Walks one rule set's table once, in the resolution order of RULES.md: scoring (when the rule set
 * scores periods), exclusions, not-rated, discounts, triggers (with their waivers), level
 * conditions from the top (levels are nested), the gap rule, caps, notes. Pure: no I/O, no clock.
 * Invalid periods (an unknown product, a leader's period without `lead`) throw AssessmentError.
 */
export function evaluate(
  ruleSet: RuleSet,
  a: Assessment,
  profile: RulesProfile,
  reviewDate?: string,
  words: ReasonWords = 'on-read',
): Classification {
  const act = active(ruleSet, a, profile);
  const rules = act.rules;
  const reasons: Entry[] = [];
  let points = ruleSet.scores ? pointsOf(a) : undefined;
  let monthsScored: number | undefined;
  let exactPoints: ExactPoints | undefined;
  if (ruleSet.scorePeriods && a.periods !== undefined) {
    const scored = ruleSet.scorePeriods(a, rules, profile);
    if (!scored.ok) throw new AssessmentError(scored.issues);
    points = scored.points;
    monthsScored = scored.months;
    exactPoints = scored.exact;
    reasons.push(...scored.reasons);
  }

  // Discounts take discipline decisions out of the count, and say so.
  let discipline = decidedInYear(a.discipline, a.year);
  if (discipline.length > 0)
    for (const r of act.discounts) {
      const removed = discipline.filter((d) => r.discounts(d, a));
      if (removed.length === 0) continue;
      discipline = discipline.filter((d) => !removed.includes(d));
      // The dates, not the decisions: a deferred reason keeps no reference into the input.
      const dates = removed.map((d) => d.decidedOn);
      reasons.push(Deferred.of(r, 'note', undefined, discountText, dates));
    }
  const ctx: RuleContext = {
    year: a.year,
    reviewDate: reviewDateOf(a.year, reviewDate),
    points,
    // Every field always present (undefined when absent): one shape, so the rows' reads stay
    // monomorphic (issue 9).
    monthsScored,
    exactPoints,
    discipline,
    memberDiscipline: decidedInYear(a.memberDiscipline, a.year),
    flagsSet: flagMask(a.flags),
    params: profile.parameters,
    on: act.on,
    assumedOn: act.assumedOn,
    criterion: act.criterion,
  };

  // 1. Exclusions end the review before anything else (the discount notes are moot then).
  for (const r of act.excludes) {
    const why = r.test(a, ctx);
    if (why)
      return result(words, a, ruleSet, points, 'not-reviewed', null, false, [
        deferText(r, 'exclude', why),
      ]);
  }

  // 2. Not rated (reviewed, but no level).
  for (const r of act.notRated) {
    const why = r.test(a, ctx);
    if (why) {
      reasons.push(deferText(r, 'not-rated', why));
      return result(words, a, ruleSet, points, 'not-rated', null, false, reasons);
    }
  }

  if (a.tasks?.total === 0) reasons.push(NO_TASKS);

  // 3. Triggers force NOT_COMPLETED unless every cause is waived (then the authority judges).
  const triggered = applyTriggers(act, a, ctx, reasons);
  let needsJudgment = triggered.needsJudgment;

  // 4. Level conditions, highest level first; where none holds and nothing fired, the gap rule.
  let level: Level = 'NOT_COMPLETED';
  if (!triggered.fired) {
    const decided = applyConditions(act.levels, a, ctx, reasons);
    level = decided.level;
    needsJudgment ||= decided.needsJudgment;
    const gap = level === 'NOT_COMPLETED' ? act.gap : undefined;
    if (gap) {
      level = gap.level(ctx);
      needsJudgment = true;
      // Read as COMPLETED, the failed COMPLETED conditions set no ceiling: they are what the
      // authority weighs, so they are listed as `review`, not as a `cap` below the result.
      if (level !== 'NOT_COMPLETED')
        for (let i = 0; i < reasons.length; i++) {
          const r = reasons[i]!;
          if (r.effect === 'cap' && r.level === 'NOT_COMPLETED')
            reasons[i] = withEffect(r, 'review');
        }
      reasons.push(Deferred.of(gap, 'review', level, gapText, level));
    }
  }

  // 5. Caps and notes.
  for (const r of act.capsAndNotes) {
    if (r.kind === 'cap') {
      const why = r.test(a, ctx);
      if (!why) continue;
      reasons.push(deferText(r, 'cap', why, r.level));
      level = minLevel(level, r.level);
    } else {
      const why = r.test(a, ctx, level);
      if (why) reasons.push(deferText(r, 'note', why));
    }
  }
  if ((ctx.flagsSet & act.unusedMask) !== 0)
    for (const note of act.unusedNotes(ctx.flagsSet & act.unusedMask)) reasons.push(note);
  // Input the rule set does not read is said so, like an unused flag.
  if (a.points !== undefined && !ruleSet.scores) reasons.push(fieldNotUsed('points', ruleSet));
  if (a.tasks !== undefined && ruleSet.scorePeriods) reasons.push(fieldNotUsed('tasks', ruleSet));

  return result(words, a, ruleSet, points, 'rated', level, needsJudgment, reasons);
}

function gapText(level: Level): Text {
  return level === 'COMPLETED'
    ? text(
        'không mức nào đủ điều kiện; theo hồ sơ cấu hình, tạm xếp "Hoàn thành nhiệm vụ", cấp có thẩm quyền xem xét',
        'no level holds; the profile reads the gap as Completed, for the authority to weigh',
      )
    : text(
        'không mức nào đủ điều kiện: "Không hoàn thành nhiệm vụ", cấp có thẩm quyền xem xét',
        'no level holds: Not completed, for the authority to weigh',
      );
}

/**
 * When a classification's reasons are written: on first read (the default: a caller that reads
 * only the level never pays for the words), or now — for a caller that writes every reason out
 * anyway (the CLI, a review's record), which then skips the accessor and its replacement.
 */
export type ReasonWords = 'on-read' | 'now';

/**
 * The Classification, built as one literal (this runs once per subject; spreads cost here), its
 * `reasons` written on first read (lazy-reasons.ts) or now.
 */
function result(
  words: ReasonWords,
  a: Assessment,
  ruleSet: RuleSet,
  points: number | undefined,
  status: Classification['status'],
  level: Level | null,
  needsJudgment: boolean,
  reasons: Entry[],
): Classification {
  if (words === 'now') {
    const written = reasons.map(writtenReason);
    return points === undefined
      ? { id: a.id, ruleSet: ruleSet.id, status, level, needsJudgment, reasons: written }
      : { id: a.id, ruleSet: ruleSet.id, points, status, level, needsJudgment, reasons: written };
  }
  return lazyReasons(
    points === undefined
      ? { id: a.id, ruleSet: ruleSet.id, status, level, needsJudgment }
      : { id: a.id, ruleSet: ruleSet.id, points, status, level, needsJudgment },
    reasons,
  );
}

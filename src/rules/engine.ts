import { AssessmentError } from '../core/errors.js';
import { type Level, minLevel } from '../core/level.js';
import { type Text, text } from '../core/text.js';
import type { Assessment } from '../schemas/assessment.js';
import { FLAG_NAMES, type FlagName } from '../schemas/parts.js';
import type { RulesProfile } from '../schemas/profile.js';
import { decidedInYear, pointsOf, type RuleContext, reviewDateOf } from './context.js';
import { applyConditions } from './engine/levels.js';
import { fieldNotUsed, flagNotUsed } from './engine/not-used.js';
import { reason } from './engine/reason.js';
import { applyTriggers } from './engine/triggers.js';
import { assumedPartOn, isActive } from './profile-switches.js';
import type { Classification, ExactPoints, Reason, Rule, RuleSet } from './types.js';

function appliesTo(rule: Rule, a: Assessment): boolean {
  const { kinds, roles } = rule.appliesTo;
  return (!kinds || kinds.includes(a.kind)) && (!roles || roles.includes(a.role));
}

const NO_TASKS: Reason = {
  rule: 'NO_TASKS',
  effect: 'note',
  citation: 'RULES.md — T = 0',
  message: text(
    'Không có nhiệm vụ được giao trong năm: các điều kiện về tỷ lệ nhiệm vụ được coi là đạt.',
    'No tasks were assigned in the year: the task-share conditions hold vacuously.',
  ),
};

/** The rows in force for one role under one profile, with what the engine derives from them. */
interface Active {
  readonly rules: readonly Rule[];
  readonly ids: ReadonlySet<string>;
  /** The flags the active rows read (RULES.md, "Flags": any other flag set gives a note). */
  readonly flags: ReadonlySet<FlagName>;
}

function active(ruleSet: RuleSet, a: Assessment, profile: RulesProfile): Active {
  // Cached per profile object, rule table and role (the role fixes the kind): all are immutable
  // (profiles come parsed from resolveRulesProfile, one object per distinct content).
  let byTable = ACTIVE.get(profile);
  if (!byTable) {
    byTable = new WeakMap();
    ACTIVE.set(profile, byTable);
  }
  let byRole = byTable.get(ruleSet.rules);
  if (!byRole) {
    byRole = new Map();
    byTable.set(ruleSet.rules, byRole);
  }
  let found = byRole.get(a.role);
  if (!found) {
    const rules = ruleSet.rules.filter((r) => appliesTo(r, a) && isActive(r, a.kind, profile));
    const flags = rules.flatMap((r) =>
      typeof r.flags === 'function' ? r.flags(a.role) : (r.flags ?? []),
    );
    found = { rules, ids: new Set(rules.map((r) => r.id)), flags: new Set(flags) };
    byRole.set(a.role, found);
  }
  return found;
}

const ACTIVE = new WeakMap<RulesProfile, WeakMap<readonly Rule[], Map<string, Active>>>();

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
): Classification {
  const { rules, ids, flags: used } = active(ruleSet, a, profile);
  const reasons: Reason[] = [];
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
  for (const r of rules) {
    if (r.kind !== 'discount') continue;
    const removed = discipline.filter((d) => r.discounts(d, a));
    if (removed.length === 0) continue;
    discipline = discipline.filter((d) => !removed.includes(d));
    const dates = removed.map((d) => d.decidedOn).join(', ');
    const why = text(
      `không tính lại quyết định ngày ${dates}`,
      `decision(s) of ${dates} not counted again`,
    );
    reasons.push(reason(r, 'note', why));
  }
  const ctx: RuleContext = {
    year: a.year,
    reviewDate: reviewDateOf(a.year, reviewDate),
    points,
    ...(monthsScored === undefined ? {} : { monthsScored }),
    ...(exactPoints === undefined ? {} : { exactPoints }),
    discipline,
    memberDiscipline: decidedInYear(a.memberDiscipline, a.year),
    params: profile.parameters,
    on: (id) => ids.has(id),
    assumedOn: (id) => ids.has(id) && assumedPartOn(id, profile),
    criterion: (key) => criterionLabel(ruleSet, profile, key),
  };

  // 1. Exclusions end the review before anything else (the discount notes are moot then).
  for (const r of rules) {
    if (r.kind !== 'exclude') continue;
    const why = r.test(a, ctx);
    if (why)
      return result(a, ruleSet, points, 'not-reviewed', null, false, [reason(r, 'exclude', why)]);
  }

  // 2. Not rated (reviewed, but no level).
  for (const r of rules) {
    if (r.kind !== 'not-rated') continue;
    const why = r.test(a, ctx);
    if (why) {
      reasons.push(reason(r, 'not-rated', why));
      return result(a, ruleSet, points, 'not-rated', null, false, reasons);
    }
  }

  if (a.tasks?.total === 0) reasons.push(NO_TASKS);

  // 3. Triggers force NOT_COMPLETED unless every cause is waived (then the authority judges).
  const triggered = applyTriggers(rules, a, ctx, reasons);
  let needsJudgment = triggered.needsJudgment;

  // 4. Level conditions, highest level first; where none holds and nothing fired, the gap rule.
  let level: Level = 'NOT_COMPLETED';
  if (!triggered.fired) {
    const decided = applyConditions(rules, a, ctx, reasons);
    level = decided.level;
    needsJudgment ||= decided.needsJudgment;
    const gap = level === 'NOT_COMPLETED' ? rules.find((r) => r.kind === 'gap') : undefined;
    if (gap) {
      level = gap.level(ctx);
      needsJudgment = true;
      // Read as COMPLETED, the failed COMPLETED conditions set no ceiling: they are what the
      // authority weighs, so they are listed as `review`, not as a `cap` below the result.
      if (level !== 'NOT_COMPLETED')
        for (let i = 0; i < reasons.length; i++) {
          const r = reasons[i]!;
          if (r.effect === 'cap' && r.level === 'NOT_COMPLETED')
            reasons[i] = {
              rule: r.rule,
              effect: 'review',
              citation: r.citation,
              message: r.message,
            };
        }
      reasons.push(reason(gap, 'review', gapText(level), level));
    }
  }

  // 5. Caps and notes.
  for (const r of rules) {
    if (r.kind === 'cap') {
      const why = r.test(a, ctx);
      if (!why) continue;
      reasons.push(reason(r, 'cap', why, r.level));
      level = minLevel(level, r.level);
    } else if (r.kind === 'note') {
      const why = r.test(a, ctx, level);
      if (why) reasons.push(reason(r, 'note', why));
    }
  }
  for (const name of FLAG_NAMES)
    if (a.flags[name] && !used.has(name)) reasons.push(flagNotUsed(name, ruleSet));
  // Input the rule set does not read is said so, like an unused flag.
  if (a.points !== undefined && !ruleSet.scores) reasons.push(fieldNotUsed('points', ruleSet));
  if (a.tasks !== undefined && ruleSet.scorePeriods) reasons.push(fieldNotUsed('tasks', ruleSet));

  return result(a, ruleSet, points, 'rated', level, needsJudgment, reasons);
}

/** A criterion's label: the profile's own list first, then the rule set's; else the key. */
function criterionLabel(ruleSet: RuleSet, profile: RulesProfile, key: string): Text {
  const found =
    profile.criteria.find((c) => c.key === key) ?? ruleSet.criteria?.find((c) => c.key === key);
  return found?.label ?? text(key, key);
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

/** The Classification, built as one literal (this runs once per subject; spreads cost here). */
function result(
  a: Assessment,
  ruleSet: RuleSet,
  points: number | undefined,
  status: Classification['status'],
  level: Level | null,
  needsJudgment: boolean,
  reasons: Reason[],
): Classification {
  return points === undefined
    ? { id: a.id, ruleSet: ruleSet.id, status, level, needsJudgment, reasons }
    : { id: a.id, ruleSet: ruleSet.id, points, status, level, needsJudgment, reasons };
}

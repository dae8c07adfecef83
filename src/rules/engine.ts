import { type Level, minLevel } from '../core/level.js';
import { type Text, text } from '../core/text.js';
import type { Assessment } from '../schemas/assessment.js';
import type { RulesProfile } from '../schemas/profile.js';
import { clauseText } from './clauses.js';
import { decidedInYear, pointsOf, type RuleContext, reviewDateOf } from './context.js';
import { isActive } from './profile-switches.js';
import type {
  Classification,
  Clause,
  ConditionRule,
  Reason,
  Rule,
  RuleSet,
  TriggerRule,
} from './types.js';

const RATED_LEVELS = ['EXCELLENT', 'GOOD', 'COMPLETED'] as const;

function appliesTo(rule: Rule, a: Assessment): boolean {
  const { kinds, roles } = rule.appliesTo;
  return (!kinds || kinds.includes(a.kind)) && (!roles || roles.includes(a.role));
}

function reason(rule: Rule, effect: Reason['effect'], message: Text, level?: Level): Reason {
  const lead = (lang: 'vi' | 'en') =>
    message[lang] ? `${rule.text[lang]} — ${message[lang]}` : rule.text[lang];
  const message2 = text(lead('vi'), lead('en'));
  return level
    ? { rule: rule.id, effect, level, citation: rule.citation, message: message2 }
    : { rule: rule.id, effect, citation: rule.citation, message: message2 };
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

/** The rules of `ruleSet` that apply to this subject under this profile. */
export function activeRules(
  ruleSet: RuleSet,
  a: Assessment,
  profile: RulesProfile,
): readonly Rule[] {
  // Cached per profile object, rule table and role (the role fixes the kind): both are immutable.
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
  let rules = byRole.get(a.role);
  if (!rules) {
    rules = ruleSet.rules.filter((r) => appliesTo(r, a) && isActive(r, a.kind, profile));
    byRole.set(a.role, rules);
  }
  return rules;
}

const ACTIVE = new WeakMap<RulesProfile, WeakMap<readonly Rule[], Map<string, readonly Rule[]>>>();

/**
 * Walks one rule set's table once, in the resolution order of RULES.md: exclusions, not-rated,
 * discounts, triggers (with their waivers), level conditions from the top (levels are nested),
 * caps, notes. Pure: no I/O, no clock.
 */
export function evaluate(
  ruleSet: RuleSet,
  a: Assessment,
  profile: RulesProfile,
  reviewDate?: string,
): Classification {
  const rules = activeRules(ruleSet, a, profile);
  const points = ruleSet.scores ? pointsOf(a) : undefined;
  const reasons: Reason[] = [];

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
    discipline,
    memberDiscipline: decidedInYear(a.memberDiscipline, a.year),
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

  if (a.tasks.total === 0) reasons.push(NO_TASKS);

  // 3. Triggers force NOT_COMPLETED unless every cause is waived (then the authority judges).
  const { fired, needsJudgment } = applyTriggers(rules, a, ctx, reasons);

  // 4. Level conditions, highest level first.
  let level: Level = 'NOT_COMPLETED';
  if (!fired) level = applyConditions(rules, a, ctx, reasons);

  // 5. Caps and notes.
  for (const r of rules) {
    if (r.kind === 'cap') {
      const why = r.test(a, ctx);
      if (!why) continue;
      reasons.push(reason(r, 'cap', why, r.level));
      level = minLevel(level, r.level);
    } else if (r.kind === 'note') {
      const why = r.test(a, ctx);
      if (why) reasons.push(reason(r, 'note', why));
    }
  }

  return result(a, ruleSet, points, 'rated', level, needsJudgment, reasons);
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

function applyTriggers(rules: readonly Rule[], a: Assessment, ctx: RuleContext, reasons: Reason[]) {
  const discretions = rules.filter((r) => r.kind === 'discretion');
  let fired = false;
  let needsJudgment = false;
  const usedDiscretion = new Set<Rule>();
  for (const r of rules) {
    if (r.kind !== 'trigger') continue;
    const causes = r.test(a, ctx);
    if (causes.length === 0) continue;
    const waivedBy = new Set<Rule>();
    const binding = causes.filter((c) => {
      if ((r as TriggerRule).exception?.(c)) return false;
      const d = discretions.find((x) => x.covers(c));
      if (d) waivedBy.add(d);
      return !d;
    });
    const detail = (list: typeof causes) =>
      text(list.map((c) => c.text.vi).join('; '), list.map((c) => c.text.en).join('; '));
    if (binding.length > 0) {
      fired = true;
      reasons.push(reason(r, 'trigger', detail(binding), 'NOT_COMPLETED'));
    } else {
      needsJudgment = true;
      reasons.push(reason(r, 'review', detail(causes)));
      for (const d of waivedBy) usedDiscretion.add(d);
    }
  }
  for (const d of usedDiscretion) {
    reasons.push(
      reason(
        d,
        'review',
        text('cấp có thẩm quyền xem xét, quyết định', 'the competent authority decides'),
      ),
    );
  }
  return { fired, needsJudgment };
}

function applyConditions(
  rules: readonly Rule[],
  a: Assessment,
  ctx: RuleContext,
  reasons: Reason[],
): Level {
  const rows: ConditionRule[] = [];
  const results: (readonly Clause[])[] = [];
  const rowHolds: boolean[] = [];
  // ownHolds[i]: every row of RATED_LEVELS[i] holds (a level with no rows holds vacuously).
  const ownHolds = [true, true, true];
  for (const r of rules) {
    if (r.kind !== 'condition') continue;
    const clauses = r.test(a, ctx);
    const holds = clauses.every((c) => c.ok);
    rows.push(r);
    results.push(clauses);
    rowHolds.push(holds);
    if (!holds) ownHolds[RATED_LEVELS.indexOf(r.level)] = false;
  }
  // Levels are nested: a level holds when its own rows and every lower level's rows hold.
  let index = -1;
  for (let i = RATED_LEVELS.length - 1; i >= 0 && ownHolds[i]; i--) index = i;
  const decided: Level = index >= 0 ? RATED_LEVELS[index]! : 'NOT_COMPLETED';
  const say = (i: number, ok: boolean) => {
    const texts = results[i]!.filter((c) => c.ok === ok).map(clauseText);
    return text(texts.map((t) => t.vi).join('; '), texts.map((t) => t.en).join('; '));
  };
  // What qualified the decided level …
  if (index >= 0)
    rows.forEach((r, i) => {
      if (r.level === decided) reasons.push(reason(r, 'qualify', say(i, true), decided));
    });
  // … and what kept it from the level above (the ceiling those failures set is `decided`).
  const above = index === -1 ? 'COMPLETED' : index > 0 ? RATED_LEVELS[index - 1] : undefined;
  rows.forEach((r, i) => {
    if (r.level === above && !rowHolds[i]) reasons.push(reason(r, 'cap', say(i, false), decided));
  });
  return decided;
}

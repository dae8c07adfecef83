import { type Level, minLevel } from '../core/level.js';
import { type Text, text } from '../core/text.js';
import type { Assessment } from '../schemas/assessment.js';
import type { RulesProfile } from '../schemas/profile.js';
import { decidedInYear, pointsOf, type RuleContext, reviewDateOf } from './context.js';
import { isActive } from './profile-switches.js';
import type { Classification, ConditionRule, Reason, Rule, RuleSet, TriggerRule } from './types.js';

const RATED_LEVELS = ['EXCELLENT', 'GOOD', 'COMPLETED'] as const;

function appliesTo(rule: Rule, a: Assessment): boolean {
  const { kinds, roles } = rule.appliesTo;
  return (!kinds || kinds.includes(a.kind)) && (!roles || roles.includes(a.role));
}

function reason(rule: Rule, effect: Reason['effect'], message: Text, level?: Level): Reason {
  const lead = (lang: 'vi' | 'en') =>
    message[lang] ? `${rule.text[lang]} — ${message[lang]}` : rule.text[lang];
  return {
    rule: rule.id,
    effect,
    ...(level ? { level } : {}),
    citation: rule.citation,
    message: text(lead('vi'), lead('en')),
  };
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
export function activeRules(ruleSet: RuleSet, a: Assessment, profile: RulesProfile): Rule[] {
  return ruleSet.rules.filter((r) => appliesTo(r, a) && isActive(r, a.kind, profile));
}

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
  const base = { id: a.id, ruleSet: ruleSet.id, ...(points !== undefined ? { points } : {}) };
  const reasons: Reason[] = [];

  const baseCtx = {
    year: a.year,
    reviewDate: reviewDateOf(a.year, reviewDate),
    points,
    memberDiscipline: decidedInYear(a.memberDiscipline, a.year),
  };

  // 1. Exclusions end the review before anything else.
  for (const r of rules) {
    if (r.kind !== 'exclude') continue;
    const why = r.test(a, { ...baseCtx, discipline: [] });
    if (why) {
      return {
        ...base,
        status: 'not-reviewed',
        level: null,
        needsJudgment: false,
        reasons: [reason(r, 'exclude', why)],
      };
    }
  }

  // 2. Discounts take discipline decisions out of the count, and say so.
  let discipline = decidedInYear(a.discipline, a.year);
  for (const r of rules) {
    if (r.kind !== 'discount') continue;
    const removed = discipline.filter((d) => r.discounts(d, a));
    if (removed.length === 0) continue;
    discipline = discipline.filter((d) => !removed.includes(d));
    const dates = removed.map((d) => d.decidedOn).join(', ');
    reasons.push(
      reason(
        r,
        'note',
        text(
          `không tính lại quyết định ngày ${dates}`,
          `decision(s) of ${dates} not counted again`,
        ),
      ),
    );
  }
  const ctx: RuleContext = { ...baseCtx, discipline };

  // 3. Not rated (reviewed, but no level).
  for (const r of rules) {
    if (r.kind !== 'not-rated') continue;
    const why = r.test(a, ctx);
    if (why) {
      return {
        ...base,
        status: 'not-rated',
        level: null,
        needsJudgment: false,
        reasons: [...reasons, reason(r, 'not-rated', why)],
      };
    }
  }

  if (a.tasks.total === 0) reasons.push(NO_TASKS);

  // 4. Triggers force NOT_COMPLETED unless every cause is waived (then the authority judges).
  const { fired, needsJudgment } = applyTriggers(rules, a, ctx, reasons);

  // 5. Level conditions, highest level first.
  let level: Level = 'NOT_COMPLETED';
  if (!fired) level = applyConditions(rules, a, ctx, reasons);

  // 6. Caps and notes.
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

  return { ...base, status: 'rated', level, needsJudgment, reasons };
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
  const conditions = rules.filter((r): r is ConditionRule => r.kind === 'condition');
  const results = new Map(conditions.map((r) => [r, r.test(a, ctx)] as const));
  const holds = (r: ConditionRule) => results.get(r)!.every((c) => c.ok);
  const rowsAt = (l: Level) => conditions.filter((r) => r.level === l);
  // Levels are nested: a level holds when its own rows and every lower level's rows hold.
  const levelHolds = RATED_LEVELS.map((_, i) =>
    RATED_LEVELS.slice(i).every((l) => rowsAt(l).every(holds)),
  );
  const index = levelHolds.indexOf(true);
  const decided: Level = index >= 0 ? RATED_LEVELS[index]! : 'NOT_COMPLETED';
  const say = (r: ConditionRule, ok: boolean) => {
    const clauses = results.get(r)!.filter((c) => c.ok === ok);
    return text(clauses.map((c) => c.text.vi).join('; '), clauses.map((c) => c.text.en).join('; '));
  };
  // What qualified the decided level …
  for (const r of index >= 0 ? rowsAt(decided) : [])
    reasons.push(reason(r, 'qualify', say(r, true), decided));
  // … and what kept it from the level above (the ceiling those failures set is `decided`).
  const above = index === -1 ? 'COMPLETED' : index > 0 ? RATED_LEVELS[index - 1] : undefined;
  if (above)
    for (const r of rowsAt(above).filter((x) => !holds(x)))
      reasons.push(reason(r, 'cap', say(r, false), decided));
  return decided;
}

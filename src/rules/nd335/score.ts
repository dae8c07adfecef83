import { type Text, text } from '../../core/text.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { RulesProfile } from '../../schemas/profile.js';
import { reason } from '../engine/reason.js';
import { catalogueLookup, compare, floorTo2, fromInt, scorePeriods } from '../scoring/index.js';
import type { Reason, Rule, RuleSet, ScorePart, ScoreRule } from '../types.js';

type Prefix = 'N335' | 'N233';

function joined(lines: readonly Text[]): Text | null {
  if (lines.length === 0) return null;
  return text(lines.map((l) => l.vi).join('; '), lines.map((l) => l.en).join('; '));
}

/**
 * The `scorePeriods` of a rule set whose rows are prefixed `N335` (or their `N233` mirror): reads
 * which scoring rows are in force, runs src/rules/scoring, and turns its lines into one `note`
 * reason per row, so that an officer can redo the arithmetic by hand. A row switched off (or
 * removed from the table) leaves its step out: a share, the general points, the leave rule, the
 * months weighting (then a plain mean), the exact arithmetic (then floats).
 */
export function periodScorer(prefix: Prefix): NonNullable<RuleSet['scorePeriods']> {
  return (a: Assessment, rules: readonly Rule[], profile: RulesProfile) => {
    const byPart = new Map<ScorePart, ScoreRule>();
    for (const r of rules) if (r.kind === 'score') byPart.set(r.part, r);
    const has = (p: ScorePart) => byPart.has(p);
    const params = profile.parameters;
    // The 70-point formula is a parameter row, never off in a profile; without it in the table
    // there is no way from products to points.
    if (!has('task70'))
      return {
        ok: false,
        issues: [
          {
            path: ['periods'],
            code: 'no_task_formula',
            message: text(
              `Bộ quy tắc không có công thức điểm nhiệm vụ (${prefix}-TASK70): không chấm được theo kỳ.`,
              `The rule set has no task-points formula (${prefix}-TASK70): periods cannot be scored.`,
            ),
          },
        ],
      };
    const scored = scorePeriods(a.periods ?? [], {
      leader: a.role === 'leader',
      // No catalogue in the profile: lines give their coefficient inline (a named product is a label).
      ...(profile.productCatalogue.length > 0
        ? { lookup: catalogueLookup(profile.productCatalogue) }
        : {}),
      parts: {
        qty: has('qty'),
        qual: has('qual'),
        prog: has('prog'),
        lead: has('lead'),
        general: has('general'),
      },
      weights: params[`${prefix}-TASK70`].weights,
      mean: has('annual') ? params[`${prefix}-ANNUAL`].mean : 'plain',
      skipAbsent: has('leave'),
      exact: has('exact'),
    });
    if (!scored.ok) return scored;
    const { lines } = scored;
    const skipped = scored.skipped.map((s) =>
      text(
        `${s.period}: nghỉ (${s.absent}), không chấm`,
        `${s.period}: absent (${s.absent}), not scored`,
      ),
    );
    const texts: Record<ScorePart, Text | null> = {
      qty: joined(lines.qty),
      qual: joined(lines.qual),
      prog: joined(lines.prog),
      lead: joined(lines.lead),
      task70: joined(lines.task70),
      general: joined(lines.general),
      annual: lines.annual,
      leave: joined(skipped),
      exact: text(`điểm năm ${scored.display}`, `points of the year ${scored.display}`),
    };
    const reasons: Reason[] = [];
    for (const [part, rule] of byPart) {
      const t = texts[part];
      if (t) reasons.push(reason(rule, 'note', t));
    }
    const exact = scored.points;
    return {
      ok: true,
      points: scored.display,
      exact: {
        atLeast: (min: number) => compare(exact, fromInt(min)) >= 0,
        floor: floorTo2(exact),
      },
      months: scored.months,
      reasons,
    };
  };
}

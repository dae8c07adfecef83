import { type Text, text } from '../../core/text.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { RuleContext } from '../context.js';
import type { Cause, DiscretionRule } from '../types.js';
import type { Active } from './active.js';
import { Deferred, deferText, type Entry } from './deferred.js';
import { joinTexts } from './reason.js';

const causesText = (causes: readonly Cause[]): Text => joinTexts(causes.map((c) => c.text));
const AUTHORITY = text('cấp có thẩm quyền xem xét, quyết định', 'the competent authority decides');

/**
 * Triggers force NOT_COMPLETED unless every cause is waived: by the row's own exception ("trừ
 * trường hợp …") or by a rule-set-wide discretion row. A trigger with only waived causes is listed
 * as `review` and sets `needsJudgment` (the authority decides, the engine does not).
 */
export function applyTriggers(
  act: Active,
  a: Assessment,
  ctx: RuleContext,
  reasons: Entry[],
): { fired: boolean; needsJudgment: boolean } {
  const discretions = act.discretions;
  let fired = false;
  let needsJudgment = false;
  let usedDiscretion: Set<DiscretionRule> | undefined;
  for (const r of act.triggers) {
    const causes = r.test(a, ctx);
    if (causes.length === 0) continue;
    const waivedBy = new Set<DiscretionRule>();
    const binding = causes.filter((c) => {
      if (r.exception?.(c)) return false;
      const d = discretions.find((x) => x.covers(c));
      if (d) waivedBy.add(d);
      return !d;
    });
    if (binding.length > 0) {
      fired = true;
      reasons.push(Deferred.of(r, 'trigger', 'NOT_COMPLETED', causesText, binding));
    } else {
      needsJudgment = true;
      reasons.push(Deferred.of(r, 'review', undefined, causesText, causes));
      usedDiscretion ??= new Set();
      for (const d of waivedBy) usedDiscretion.add(d);
    }
  }
  if (usedDiscretion)
    for (const d of usedDiscretion) reasons.push(deferText(d, 'review', AUTHORITY));
  return { fired, needsJudgment };
}

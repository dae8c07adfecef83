import { text } from '../../core/text.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { RuleContext } from '../context.js';
import type { Reason, Rule } from '../types.js';
import { joinTexts, reason } from './reason.js';

/**
 * Triggers force NOT_COMPLETED unless every cause is waived: by the row's own exception ("trừ
 * trường hợp …") or by a rule-set-wide discretion row. A trigger with only waived causes is listed
 * as `review` and sets `needsJudgment` (the authority decides, the engine does not).
 */
export function applyTriggers(
  rules: readonly Rule[],
  a: Assessment,
  ctx: RuleContext,
  reasons: Reason[],
): { fired: boolean; needsJudgment: boolean } {
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
      if (r.exception?.(c)) return false;
      const d = discretions.find((x) => x.covers(c));
      if (d) waivedBy.add(d);
      return !d;
    });
    if (binding.length > 0) {
      fired = true;
      reasons.push(reason(r, 'trigger', joinTexts(binding.map((c) => c.text)), 'NOT_COMPLETED'));
    } else {
      needsJudgment = true;
      reasons.push(reason(r, 'review', joinTexts(causes.map((c) => c.text))));
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

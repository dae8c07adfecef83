import type { Assessment } from '../../schemas/assessment.js';
import type { RulesProfile } from '../../schemas/profile.js';
import type { RuleContext } from '../context.js';

// Citations and subject filters shared by the rows of this rule set.

export const Đ11 = 'QĐ 366-QĐ/TW Điều 11';
export const K1 = `${Đ11} khoản 1`;
export const K2 = `${Đ11} khoản 2`;
export const K3 = `${Đ11} khoản 3`;
export const K4 = `${Đ11} khoản 4`;
export const COLLECTIVE = { kinds: ['collective'] } as const;
export const INDIVIDUAL = { kinds: ['individual'] } as const;
export const LEADER = { roles: ['leader'] } as const;
export const NON_LEADERS = { roles: ['member', 'outside'] } as const;
/** The collective triggers and the leader's led-unit triggers (Q366-NOT-UNIT-70, -UNIT-TARGETS). */
export const UNIT_SUBJECTS = { roles: ['leadership', 'party-organization', 'leader'] } as const;

/**
 * Q366-COLL-SCOPE: the collective triggers are listed "đối với tập thể lãnh đạo, quản lý"; they
 * apply to a party organisation's leading committee only while that (assumed) row is on.
 */
export function inCollectiveScope(a: Assessment, ctx: RuleContext): boolean {
  return a.role !== 'party-organization' || ctx.on('Q366-COLL-SCOPE');
}

/**
 * Q366-LEAD-UNIT-BASIS: for a leader the task conditions of the general rows are read on the led
 * unit (the -LEAD rows), not on the leader's own tasks — unless the row is off or the profile
 * chose the stricter reading (`ownTasksToo`).
 */
export function readsOwnTasks(a: Assessment, ctx: RuleContext): boolean {
  return (
    a.role !== 'leader' ||
    !ctx.on('Q366-LEAD-UNIT-BASIS') ||
    ctx.params['Q366-LEAD-UNIT-BASIS'].ownTasksToo
  );
}

/** Whether the subject's own `tasks` are needed: always, but for a leader read on the led unit. */
export function ownTasksRequired(a: Assessment, profile: RulesProfile): boolean {
  return (
    a.role !== 'leader' ||
    profile.rules['Q366-LEAD-UNIT-BASIS'] === false ||
    profile.parameters['Q366-LEAD-UNIT-BASIS'].ownTasksToo
  );
}

import type { Calendar } from '../calendar/calendar.js';
import type { Profile } from '../schemas/cycle-profile.js';
import { GUARDABLE_STAGES, type GuardableStage } from '../schemas/deadline.js';
import type { ReviewDeadlineInput } from '../schemas/review-input.js';
import { type ResolvedDeadline, resolveDeadlines, resolveList } from './deadlines.js';

function isReviewStep(guards: string): guards is GuardableStage {
  return (GUARDABLE_STAGES as readonly string[]).includes(guards);
}

/**
 * The deadlines one review works to, from a profile (issue 10): the letter's deadlines that guard a
 * step of a review (`generic-qd366`: reviews finished before 31-12) and the profile's
 * `reviewDeadlines` (the internal steps, e.g. `kon-tum-2024`'s meetings and decisions before the
 * dossier deadline), as the `deadlines` input of `createReviewActor`: ISO instants, the
 * profile's lead time and policy. The cycle's own dates (`plan`, `dossierSubmission`, `summary`,
 * `report`) are the cycle's, not a review's.
 *
 * Reading: where two deadlines guard the same step (`generic-qd366`: 31-12, and 15-01 for units
 * whose work year ends elsewhere), the earliest is the rule; the later one is an exception the
 * organizer grants a unit as a GRANT_EXTENSION.
 */
export function reviewDeadlinesFor(profile: Profile, calendar?: Calendar): ReviewDeadlineInput[] {
  const all: ResolvedDeadline[] = [
    ...resolveDeadlines(profile, calendar),
    ...resolveList(profile, profile.reviewDeadlines, calendar),
  ];
  const byStep = new Map<GuardableStage, ResolvedDeadline>();
  for (const d of all) {
    if (!isReviewStep(d.guards)) continue;
    const seen = byStep.get(d.guards);
    if (!seen || d.due.toMillis() < seen.due.toMillis()) byStep.set(d.guards, d);
  }
  return GUARDABLE_STAGES.flatMap((step) => {
    const d = byStep.get(step);
    if (!d) return [];
    return [
      {
        id: d.id,
        label: d.label,
        due: d.due.toISO() as string,
        reading: d.reading,
        guards: step,
        policy: d.policy,
        leadWorkingDays: profile.readings.leadWorkingDays,
      },
    ];
  });
}

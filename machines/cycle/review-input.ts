import { text } from '../../src/core/text.js';
import { reviewDeadlinesFor } from '../../src/profiles/review-deadlines.js';
import { resolveRulesProfile } from '../../src/rules/profile-switches.js';
import type {
  CycleDefinition,
  CycleDefinitionInput,
  CycleSubject,
} from '../../src/schemas/cycle-definition.js';
import type { Profile } from '../../src/schemas/cycle-profile.js';
import type {
  Participants,
  ReviewDeadlineInput,
  ReviewInputInput,
} from '../../src/schemas/review-input.js';
import { CycleInputError } from './errors.js';
import type { CycleIndex } from './index-schema.js';
import { defaultOpening, openCycleIndex, profileOf, subjectOf } from './open-index.js';

/** The sender id `run.tick` uses by default; every review of a cycle names it as its scheduler. */
export const CYCLE_SCHEDULER_ID = 'kiemdiem/scheduler';

const deadlineCache = new WeakMap<Profile, ReviewDeadlineInput[]>();

function deadlinesOf(profile: Profile): ReviewDeadlineInput[] {
  let found = deadlineCache.get(profile);
  if (!found) {
    found = reviewDeadlinesFor(profile);
    deadlineCache.set(profile, found);
  }
  return found;
}

/**
 * Who acts in the review: the definition's persons by role, the organizer's persons as
 * `organizer` and the cycle's scheduler as `scheduler` unless the definition names its own. A
 * subject whose definition names nobody at all gets no binding (roles are as claimed), as a
 * review without `participants` does.
 */
function participantsOf(d: CycleDefinition, s: CycleSubject): Participants | undefined {
  const p = s.participants;
  if (Object.values(p).every((v) => v === undefined)) return undefined;
  return {
    ...p,
    organizer: p.organizer ?? [...d.organizerPersons],
    scheduler: p.scheduler ?? [CYCLE_SCHEDULER_ID],
  };
}

const opened = new WeakMap<object, CycleIndex>();

/** The index of a definition given alone (opened once per definition object). */
function indexOfDefinition(definition: CycleDefinition | CycleDefinitionInput): CycleIndex {
  let index = opened.get(definition);
  if (!index) {
    index = openCycleIndex(definition);
    opened.set(definition, index);
  }
  return index;
}

/**
 * The input of one subject's review (issue 10): the subject's facts from the definition (an
 * excluded subject carries its Q*-EXCLUDE reason and ends `notReviewed`), the cycle's facts (year,
 * rule set — the definition's, else the profile's for the party regime, `ruleSetFor` for the civil
 * one — opening instant, the profile's draft-report notice), the review-step deadlines of the
 * profile (`reviewDeadlinesFor`), the participants, and the profile's rules part.
 */
export function reviewInputFor(
  source: CycleIndex | CycleDefinition | CycleDefinitionInput,
  subjectId: string,
): ReviewInputInput {
  const index: CycleIndex = 'format' in source ? source : indexOfDefinition(source);
  const d = index.definition;
  const s = subjectOf(index, subjectId);
  if (!s)
    throw new CycleInputError([
      {
        path: ['subjectId'],
        code: 'unknown_subject',
        message: text(`Không có đối tượng "${subjectId}".`, `No subject "${subjectId}".`),
      },
    ]);
  const profile = profileOf(index);
  const ruleSet = d.ruleSet ?? (s.regime === 'party' ? profile.ruleSet : undefined);
  const participants = participantsOf(d, s);
  return {
    subject: {
      id: s.id,
      name: s.name,
      kind: s.kind,
      role: s.role,
      regime: s.regime,
      ...(s.employment ? { employment: s.employment } : {}),
      unitId: s.unitId,
      ...(s.scope ? { scope: s.scope } : {}),
      ...(s.group ? { group: s.group } : {}),
      ...(s.form ? { form: s.form } : {}),
      ...(s.excluded ? { excluded: s.excluded } : {}),
    },
    cycle: {
      id: d.id,
      year: d.year,
      ...(ruleSet && s.regime === 'party' ? { ruleSet } : {}),
      openedAt: index.openedAt ?? defaultOpening(d, profile),
      draftNoticeWorkingDays: profile.process.draftReportWorkingDays,
    },
    deadlines: deadlinesOf(profile),
    ...(participants ? { participants } : {}),
    classification: { profile: resolveRulesProfile(profile) },
  };
}

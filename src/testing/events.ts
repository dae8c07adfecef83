import fc from 'fast-check';
import { DateTime } from 'luxon';
import { hostileEventArb, hostileValueArb } from './hostile.js';
import type { ReviewEventType, SenderRole } from './lib.js';

// Event sequences by role (kiemdiem/testing): the events of a review in a random order, each sent
// by the person of the right role (mostly), by another role's person, or by an impostor, with
// instants mostly moving forward, and now and then a hostile value in a field or as the event.

/** A sender as events carry it. */
export interface CastMember {
  readonly id: string;
  readonly roles: readonly string[];
  readonly unitId?: string;
}

/** Who acts in the review under test, and what the appraiser sends. */
export interface ReviewCast {
  /** The person of each role (`subject` acts for a collective). */
  readonly people: Readonly<Record<Exclude<SenderRole, 'observer'>, CastMember>>;
  /** The assessment PROPOSE_LEVEL carries (the subject's). */
  readonly assessment: Readonly<Record<string, unknown>>;
  /** The deadline GRANT_EXTENSION extends (an id of the input's deadlines). */
  readonly extendable?: string;
  /** The day RECORD_MEETING says the meeting was held (default 2025-11-14). */
  readonly meetingOn?: string;
}

type Step = readonly [ReviewEventType, Exclude<SenderRole, 'observer'>, Record<string, unknown>];

/** The events of a review, each with its sender's role and a valid payload. */
function flowOf(cast: ReviewCast): readonly Step[] {
  return [
    ['ISSUE_SUGGESTIONS', 'superior', { points: [{ id: 'g1' }] }],
    ['SUBMIT_EXPLANATION', 'subject', { covers: ['g1'] }],
    ['SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }],
    ['RECORD_MEETING', 'unitHead', { heldOn: cast.meetingOn ?? '2025-11-14' }],
    ['PROPOSE_LEVEL', 'appraiser', { assessment: cast.assessment }],
    ['DECIDE_LEVEL', 'authority', { level: 'GOOD' }],
    ['PUBLISH', 'authority', {}],
    ['FILE_COMPLAINT', 'subject', { reason: 'Xem xét lại' }],
    ['RESOLVE_COMPLAINT', 'authority', { outcome: 'upheld', reason: 'Có cơ sở' }],
    ['CLOSE', 'organizer', {}],
    ['RERATE', 'authority', { reason: 'Xếp loại lại' }],
    [
      'GRANT_EXTENSION',
      'organizer',
      {
        deadlineId: cast.extendable ?? 'han-khong-co',
        due: `${(cast.meetingOn ?? '2025').slice(0, 4)}-12-20T00:00:00+07:00`,
        reason: 'Gia hạn',
      },
    ],
    ['TICK', 'scheduler', {}],
  ];
}

const FLOW_LENGTH = 13;

/** Senders: the right person, another role's, an impostor, an id in NFD, padded or not a string. */
const senderArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'fit' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('other' as const), index: fc.nat(6) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('odd' as const), index: fc.nat(5) }),
  },
);

/** Impostors: every role claimed, an id in NFD, a padded id, a control character, a wrong role. */
function oddSenders(cast: ReviewCast): readonly unknown[] {
  return [
    { id: 'ke-mao-danh', roles: ['authority', 'scheduler', 'organizer'] },
    { id: 'nguyễn-văn-a'.normalize('NFD'), roles: ['authority'] },
    { id: `${cast.people.subject.id} `, roles: ['subject'] },
    { id: 'x\u0000', roles: ['scheduler'] },
    { id: cast.people.appraiser.id, roles: ['authority'] },
    { id: 5, roles: 'all' },
  ];
}

/** Instant offsets from the previous event, in hours: mostly forward, sometimes back. */
const stepArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: -200, max: -1 }) },
);

/** One command: a flow event (fitting or not), or a hostile value sent as the event. */
export const eventCommandArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('flow' as const),
      index: fc.nat(FLOW_LENGTH - 1),
      sender: senderArb,
      step: stepArb,
      tickMismatch: fc.boolean(),
      field: fc.option(
        fc.tuple(
          fc.constantFrom('at', 'by', 'type', 'extra', 'points', 'level', 'now', 'assessment'),
          hostileValueArb,
        ),
        { freq: 4 },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('raw' as const), value: hostileEventArb }),
  },
);
export type EventCommand = typeof eventCommandArb extends fc.Arbitrary<infer T> ? T : never;

/** Commands, each with whether to send it through `dispatch` (else `send`). */
export function eventCommandsArb(maxLength: number) {
  return fc.array(fc.tuple(eventCommandArb, fc.boolean()), { minLength: 1, maxLength });
}

/**
 * Materialises commands into what is sent, for `cast`, instants counted from `from` (an ISO
 * instant: the review's opening or its clock). Each item: the value sent, and whether through
 * `dispatch`.
 */
export function toEvents(
  cast: ReviewCast,
  commands: ReadonlyArray<readonly [EventCommand, boolean]>,
  from: string,
): Array<[unknown, boolean]> {
  const flow = flowOf(cast);
  const everyone = Object.values(cast.people);
  const odd = oddSenders(cast);
  let t = DateTime.fromISO(from, { setZone: true });
  return commands.map(([c, viaDispatch]) => {
    if (c.kind === 'raw') return [c.value, viaDispatch];
    t = t.plus({ hours: c.step });
    const [type, role, payload] = flow[c.index]!;
    const at = t.toISO() ?? '';
    const by =
      c.sender.kind === 'fit'
        ? cast.people[role]
        : c.sender.kind === 'other'
          ? everyone[c.sender.index % everyone.length]
          : odd[c.sender.index];
    const event: Record<string, unknown> = { type, by, at, ...payload };
    if (type === 'TICK') event.now = c.tickMismatch ? t.plus({ minutes: 1 }).toISO() : at;
    if (c.field) event[c.field[0]] = c.field[1];
    return [event, viaDispatch];
  });
}

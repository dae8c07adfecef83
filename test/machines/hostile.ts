import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { ReviewInputInput } from '../../machines/index.js';
import { assessment, PEOPLE, reviewInput } from './helpers.js';

// Arbitraries of hostile event sequences for the fuzz tests (issue 8): payloads out of bounds or
// not JSON-shaped, senders unbound or spelled in NFD, instants out of order or out of range.

const OPENED = DateTime.fromISO('2025-11-03T08:00:00+07:00', { setZone: true });

/** The review the fuzz runs on: deadlines of both policies, and (half the runs) participants. */
export function fuzzInput(bound: boolean): ReviewInputInput {
  return reviewInput({
    deadlines: [
      { id: 'giai-trinh', due: '2025-11-10T00:00:00+07:00', guards: 'suggested', policy: 'block' },
      { id: 'quyet-dinh', due: '2025-11-25T00:00:00+07:00', guards: 'decision', policy: 'block' },
    ],
    ...(bound
      ? {
          participants: {
            subject: [PEOPLE.subject.id],
            superior: [PEOPLE.superior.id],
            unitHead: [PEOPLE.unitHead.id],
            appraiser: [PEOPLE.appraiser.id],
            authority: [PEOPLE.authority.id],
            organizer: [PEOPLE.organizer.id],
            scheduler: [PEOPLE.scheduler.id],
          },
        }
      : {}),
  });
}

const FLOW: ReadonlyArray<[string, keyof typeof PEOPLE, Record<string, unknown>]> = [
  ['ISSUE_SUGGESTIONS', 'superior', { points: [{ id: 'g1' }] }],
  ['SUBMIT_EXPLANATION', 'subject', { covers: ['g1'] }],
  ['SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }],
  ['RECORD_MEETING', 'unitHead', { heldOn: '2025-11-14' }],
  ['PROPOSE_LEVEL', 'appraiser', { assessment: assessment() }],
  ['DECIDE_LEVEL', 'authority', { level: 'GOOD' }],
  ['PUBLISH', 'authority', {}],
  ['FILE_COMPLAINT', 'subject', { reason: 'Xem xét lại' }],
  ['RESOLVE_COMPLAINT', 'authority', { outcome: 'upheld', reason: 'Có cơ sở' }],
  ['CLOSE', 'organizer', {}],
  ['RERATE', 'authority', { reason: 'Xếp loại lại' }],
  [
    'GRANT_EXTENSION',
    'organizer',
    { deadlineId: 'quyet-dinh', due: '2025-12-20T00:00:00+07:00', reason: 'Gia hạn' },
  ],
  ['TICK', 'scheduler', {}],
];

const nfd = (s: string) => s.normalize('NFD');

/** Senders: the right person, another role's, an impostor, the subject in NFD, padded ids. */
const sender = fc.oneof(
  { weight: 6, arbitrary: fc.constant('fit' as const) },
  { weight: 2, arbitrary: fc.constantFrom(...Object.values(PEOPLE)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { id: 'ke-mao-danh', roles: ['authority', 'scheduler', 'organizer'] },
      { id: nfd('nguyễn-văn-a'), roles: ['authority'] },
      { id: `${PEOPLE.subject.id} `, roles: ['subject'] },
      { id: 'x\u0000', roles: ['scheduler'] },
      { id: PEOPLE.appraiser.id, roles: ['authority'] },
      { id: 5, roles: 'all' },
    ),
  },
);

/** Instant offsets from the previous event, in hours: mostly forward, sometimes back. */
const step = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: -200, max: -1 }) },
);

const deep = (n: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < n; i += 1) v = [v];
  return v;
};

/** Values that must never kill the actor, whatever field they land in. */
const poison = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.constantFrom(
    deep(40),
    deep(2000),
    'x'.repeat(10_001),
    '1949-12-31T00:00:00+07:00',
    '2200-01-01T00:00:00+07:00',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59+07:00',
    '-000001-01-01T00:00:00Z',
    { __proto__: null, type: 'TICK' },
    JSON.parse('{"__proto__":{"polluted":true}}'),
    Array.from({ length: 30 }, () => 'x'.repeat(9_000)),
  ),
);

/** One command: a flow event (fitting or not), or a hostile value in one of many shapes. */
const command = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('flow' as const),
      index: fc.nat(FLOW.length - 1),
      sender,
      step,
      tickMismatch: fc.boolean(),
      field: fc.option(
        fc.tuple(
          fc.constantFrom('at', 'by', 'type', 'extra', 'points', 'level', 'now', 'assessment'),
          poison,
        ),
        { freq: 4 },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      value: fc.oneof(
        poison,
        fc.constantFrom(
          {},
          { type: 5 },
          { type: null },
          { type: 'xstate.stop' },
          { type: 'xstate.error.actor.x' },
          { type: 'kiemdiem.refused' },
          { type: '*' },
          null,
          5,
          'TICK',
          [],
          [{ type: 'TICK' }],
        ),
      ),
    }),
  },
);

export type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

/** A run: commands, whether the review binds participants, and which go through `dispatch`. */
export const hostileRun = (maxLength: number) =>
  fc.record({
    bound: fc.boolean(),
    commands: fc.array(fc.tuple(command, fc.boolean()), { minLength: 1, maxLength }),
  });

/** Materialises commands into what is sent (instants from `from`, default the review's opening). */
export function toSent(
  commands: ReadonlyArray<readonly [Command, boolean]>,
  from?: string,
): Array<[unknown, boolean]> {
  let t = from ? DateTime.fromISO(from, { setZone: true }) : OPENED;
  return commands.map(([c, viaDispatch]) => {
    if (c.kind === 'raw') return [c.value, viaDispatch];
    t = t.plus({ hours: c.step });
    const [type, role, payload] = FLOW[c.index] as (typeof FLOW)[number];
    const at = t.toISO() ?? '';
    const by = c.sender === 'fit' ? PEOPLE[role] : c.sender;
    const event: Record<string, unknown> = { type, by, at, ...payload };
    if (type === 'TICK') event.now = c.tickMismatch ? t.plus({ minutes: 1 }).toISO() : at;
    if (c.field) event[c.field[0]] = c.field[1];
    return [event, viaDispatch];
  });
}

/** Runs of the normal suite and of `npm run test:fuzz` (KIEMDIEM_FUZZ_RUNS). */
export function fuzzRuns(normal: number): number {
  const wanted = Number(process.env.KIEMDIEM_FUZZ_RUNS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : normal;
}

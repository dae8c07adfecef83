import { type Text, text } from '../core/text.js';
import type { CycleDefinition, CycleSubject } from '../schemas/cycle-definition.js';
import type { ReviewEventInput, Sender } from '../schemas/review-events.js';
import type { DemoScript, ReviewStep } from './script.js';

/** What a cycle answers to one event (the shape of the review machine's `dispatch`). */
export type StepResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly rejection: { readonly code: string; readonly message: Text };
    };

/**
 * What the player drives: the agreed `CycleRun` of `createCycle` (machines/cycle), seen only
 * through the four calls a script needs.
 */
export interface CycleTarget {
  /** `key`: the idempotency key of the script's entry (a cycle on a store sends it along). */
  open(at: string, by: Sender, key: string): unknown;
  send(subjectId: string, event: ReviewEventInput, key: string): StepResult | Promise<StepResult>;
  sendCycle(
    event: Record<string, unknown> & { type: string; at: string; by: Sender },
    key: string,
  ): StepResult | Promise<StepResult>;
  tick(at: string): unknown;
}

/** The idempotency keys of a script's entries: stable, so a resumed run sends the same ones. */
export const DEMO_KEYS = {
  open: 'demo:open',
  review: (subjectId: string, step: number) => `demo:${subjectId}#${step}`,
  cycle: (index: number) => `demo:cycle#${index}`,
} as const;

/** An event whose outcome differs from what the script expects. */
export interface Surprise {
  readonly at: string;
  readonly subjectId?: string;
  readonly unitId?: string;
  readonly type: string;
  readonly expected: 'accepted' | 'refused';
  readonly code?: string;
  readonly message?: Text;
}

export interface PlayReport {
  readonly sent: number;
  readonly accepted: number;
  readonly refused: number;
  readonly ticks: number;
  readonly surprises: readonly Surprise[];
}

export interface PlayProgress {
  /** The simulated clock: the instant of the event just sent. */
  readonly at: string;
  readonly done: number;
  readonly total: number;
}

export interface PlayOptions {
  /** Called when the simulated day changes (and once at the end). */
  readonly onDay?: (progress: PlayProgress) => void | Promise<void>;
  /** Called every `PAUSE_EVERY` entries: where a host lets its audit stream drain. */
  readonly pause?: () => void | Promise<void>;
}

/** How many events and ticks the player sends between two `pause` calls. */
export const PAUSE_EVERY = 256;

type Entry =
  | { readonly ms: number; readonly n: number; readonly kind: 'tick'; readonly at: string }
  | {
      readonly ms: number;
      readonly n: number;
      readonly kind: 'review';
      readonly subjectId: string;
      readonly step: ReviewStep;
      /** The step's place in the subject's script. */
      readonly position: number;
    }
  | { readonly ms: number; readonly n: number; readonly kind: 'cycle'; readonly index: number };

/** Every event of the script and every tick, in time order (ties: ticks, then script order). */
function timeline(script: DemoScript): Entry[] {
  const entries: Entry[] = [];
  let n = 0;
  for (const at of script.clock.ticks)
    entries.push({ ms: Date.parse(at), n: n++, kind: 'tick', at });
  for (const [subjectId, steps] of Object.entries(script.reviews))
    steps.forEach((step, position) => {
      entries.push({ ms: Date.parse(step.at), n: n++, kind: 'review', subjectId, step, position });
    });
  script.cycle.forEach((step, index) => {
    entries.push({ ms: Date.parse(step.at), n: n++, kind: 'cycle', index });
  });
  return entries.sort((a, b) => a.ms - b.ms || a.n - b.n);
}

/** The sender of a review step: the first person the subject's participants name for the role. */
function reviewSender(
  definition: CycleDefinition,
  subject: CycleSubject,
  role: ReviewStep['as'],
): Sender | undefined {
  const id =
    role === 'organizer'
      ? (subject.participants.organizer?.[0] ?? definition.organizerPersons[0])
      : subject.participants[role]?.[0];
  if (id === undefined) return undefined;
  const scoped = role === 'subject' || role === 'unitHead';
  return { id, roles: [role], ...(scoped ? { unitId: subject.unitId } : {}) };
}

/**
 * The sender of each unit's dossier: its first named sender, else the head of the unit. Built once
 * per play (issue 10: looked up per dossier, it was a pass over every subject for each unit).
 */
function dossierSenders(definition: CycleDefinition): (unitId: string) => Sender | undefined {
  const units = new Map<string, CycleDefinition['units'][number]>();
  for (const u of definition.units) if (!units.has(u.id)) units.set(u.id, u);
  const heads = new Map<string, string | undefined>();
  for (const s of definition.subjects)
    if (s.headOfUnitId !== undefined && !heads.has(s.headOfUnitId))
      heads.set(s.headOfUnitId, s.participants.subject?.[0]);
  return (unitId) => {
    const id = units.get(unitId)?.senders[0] ?? heads.get(unitId);
    return id === undefined ? undefined : { id, roles: ['unitHead'], unitId };
  };
}

const dayOf = (at: string) => at.slice(0, 10);

/**
 * Plays a script on a cycle: opens it at the clock's start (by the first organizer person), then
 * sends every review event, cycle event and tick in time order, each with the sender the
 * definition names for its role. A surprise is an event refused that the script expects accepted,
 * or the other way round, or one whose role names nobody; the player goes on after it (a
 * host's cycle would too) and reports it. Each entry carries a stable idempotency key
 * (`DEMO_KEYS`), so that playing the script again on a cycle that kept them (a store) sends
 * nothing twice: an entry already applied answers with its first outcome.
 */
export async function playScript(
  script: DemoScript,
  target: CycleTarget,
  options: PlayOptions = {},
): Promise<PlayReport> {
  const { definition } = script;
  const subjects = new Map(definition.subjects.map((s) => [s.id, s]));
  const dossierSender = dossierSenders(definition);
  const organizer: Sender = { id: definition.organizerPersons[0] as string, roles: ['organizer'] };
  const entries = timeline(script);
  const surprises: Surprise[] = [];
  let accepted = 0;
  let refused = 0;
  let ticks = 0;
  let day = dayOf(script.clock.from);
  await target.open(script.clock.from, organizer, DEMO_KEYS.open);
  await options.onDay?.({ at: script.clock.from, done: 0, total: entries.length });

  const judge = (
    result: StepResult | undefined,
    expected: 'accepted' | 'refused',
    where: Omit<Surprise, 'expected' | 'code' | 'message'>,
  ) => {
    const ok = result?.ok === true;
    if (ok) accepted++;
    else refused++;
    if (ok === (expected === 'accepted')) return;
    const rejection = !result
      ? {
          code: 'NO_SENDER',
          message: text(
            'Định nghĩa đợt kiểm điểm không giao ai vai trò gửi sự kiện này; sự kiện không được gửi.',
            'The cycle definition names nobody for the role that sends this event; it was not sent.',
          ),
        }
      : !result.ok
        ? result.rejection
        : undefined;
    surprises.push({
      ...where,
      expected,
      ...(rejection ? { code: rejection.code, message: rejection.message } : {}),
    });
  };

  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as Entry;
    const at =
      entry.kind === 'tick'
        ? entry.at
        : entry.kind === 'review'
          ? entry.step.at
          : (script.cycle[entry.index]?.at as string);
    if (i % PAUSE_EVERY === 0) await options.pause?.();
    if (dayOf(at) !== day) {
      day = dayOf(at);
      await options.onDay?.({ at, done: i, total: entries.length });
    }
    if (entry.kind === 'tick') {
      await target.tick(at);
      ticks++;
      continue;
    }
    if (entry.kind === 'review') {
      const { step, subjectId } = entry;
      const subject = subjects.get(subjectId) as CycleSubject;
      const by = reviewSender(definition, subject, step.as);
      const where = { at, subjectId, type: step.event.type };
      if (!by) {
        judge(undefined, step.expect, where);
        continue;
      }
      const event = { ...step.event, at, by } as unknown as ReviewEventInput;
      judge(
        await target.send(subjectId, event, DEMO_KEYS.review(subjectId, entry.position)),
        step.expect,
        where,
      );
      continue;
    }
    const step = script.cycle[entry.index] as DemoScript['cycle'][number];
    const unitId = step.event.type === 'SUBMIT_DOSSIER' ? step.event.unitId : undefined;
    const by = unitId === undefined ? organizer : dossierSender(unitId);
    const where = { at, type: step.event.type, ...(unitId ? { unitId } : {}) };
    if (!by) {
      judge(undefined, step.expect, where);
      continue;
    }
    judge(
      await target.sendCycle({ ...step.event, at, by }, DEMO_KEYS.cycle(entry.index)),
      step.expect,
      where,
    );
  }
  await options.onDay?.({ at: script.clock.to, done: entries.length, total: entries.length });
  return { sent: accepted + refused, accepted, refused, ticks, surprises };
}

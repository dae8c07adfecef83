import { assign, enqueueActions, setup } from 'xstate';
import { slot } from '../../src/core/slot.js';
import type { Text } from '../../src/core/text.js';
import { text } from '../../src/core/text.js';
import type { CycleDefinitionInput } from '../../src/schemas/cycle-definition.js';
import type { CycleEventInput, CycleEventOf, CycleState } from '../../src/schemas/cycle-events.js';
import type { Profile, ProfileInput } from '../../src/schemas/cycle-profile.js';
import { receivedOf } from '../review/boundary.js';
import { laterOf } from '../review/deadlines.js';
import { auditKeyOf } from '../review/keys.js';
import type { Rejection, ReviewEmitted } from '../review/types.js';
import { type CycleAuditEntry, cycleAuditEntry } from './audit.js';
import { dossierTiming } from './dossier.js';
import { isCycleHandled } from './handled.js';
import type { CycleIndex, CycleUnitEntry } from './index-schema.js';
import { applyNote, type SubjectNote } from './note.js';
import { openCycleIndex, unitPosition } from './open-index.js';
import { withEntry } from './positions.js';
import { admittedVerdict, cycleVerdict } from './verdict.js';

/** The input of `cycleMachine`: a definition (and a host's own profile), or an opened index. */
export type CycleMachineInput =
  | { readonly definition: CycleDefinitionInput; readonly profile?: Profile | ProfileInput }
  | { readonly index: CycleIndex };

/** The internal event the runner sends after a review event: what the index records of it. */
export interface ReviewNotedEvent {
  readonly type: 'REVIEW_NOTED';
  readonly subjectId: string;
  readonly note: SubjectNote;
}

const notes = slot<true>();

/**
 * A REVIEW_NOTED event the cycle accepts (made here, so that a host's copy of one — an event it
 * sends, screened into a new object — is refused as an unknown event).
 */
export function reviewNoted(subjectId: string, note: SubjectNote): ReviewNotedEvent {
  const e: ReviewNotedEvent = { type: 'REVIEW_NOTED', subjectId, note };
  notes.set(e, true);
  return e;
}

/** What the cycle emits for its host. */
export type CycleEmitted =
  | Extract<ReviewEmitted, { readonly type: 'rejected' }>
  | { readonly type: 'audit'; readonly entry: CycleAuditEntry };

/** `meta` of every state of the cycle. */
export interface CycleStateMeta {
  readonly label: Text;
  readonly actors: readonly string[];
}

const UNADMITTED: Rejection = {
  code: 'NOT_ALLOWED_IN_STATE',
  message: text('Không có bước chuyển nào nhận sự kiện này.', 'No transition takes this event.'),
};

function admitted(context: CycleIndex, event: unknown) {
  const v = admittedVerdict(context, event);
  if (!v.ok) throw new Error('kiemdiem: a cycle action ran for a refused event');
  return v;
}

function typeOf(value: unknown): string {
  const t =
    value !== null && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
  return typeof t === 'string' ? t : `(${value === null ? 'null' : typeof value})`;
}

/** `setup()` of the cycle machine: types, named guards and actions (see `machine.ts`). */
export const cycleSetup = setup({
  types: {
    context: {} as CycleIndex,
    events: {} as CycleEventInput | ReviewNotedEvent,
    input: {} as CycleMachineInput,
    emitted: {} as CycleEmitted,
    meta: {} as CycleStateMeta,
  },
  guards: {
    /** Payload, sender, clock, state and content checks all pass (`cycleVerdict`). */
    admitted: ({ context, event }) => cycleVerdict(context, event, true).ok,
    /** XState's own events: never audited. */
    isInternalEvent: ({ event }) => event.type.startsWith('xstate.'),
    /** A REVIEW_NOTED made by `reviewNoted` (the runner's), for a subject of the cycle. */
    isReviewNote: ({ event }) => notes.get(event) === true,
  },
  actions: {
    /** The clock and the audit entry of an accepted event. */
    accept: enqueueActions(
      ({ context, event, enqueue, self }, params: { to?: CycleState } | undefined) => {
        const { event: e } = admitted(context, event);
        const entry = cycleAuditEntry(
          context.audit,
          {
            subjectId: context.definition.id,
            from: context.state,
            to: params?.to ?? context.state,
            outcome: 'accepted',
            validated: e,
            received: { ok: true, value: e },
            keepPayload: true,
          },
          auditKeyOf(self),
        );
        enqueue.assign({
          now: laterOf(context.now, e.type === 'TICK' ? e.now : e.at),
          audit: { seq: entry.seq, head: entry.digest },
        });
        enqueue.emit({ type: 'audit', entry });
      },
    ),
    /** Refuses what no branch admitted: the first failing check; only the chain changes. */
    reject: enqueueActions(({ context, event, enqueue, self }) => {
      const received = receivedOf(event);
      const v = cycleVerdict(
        context,
        event,
        received.ok && isCycleHandled(context.state, typeOf(received.value)),
      );
      const rejection = v.ok ? UNADMITTED : v.rejection;
      const entry = cycleAuditEntry(
        context.audit,
        {
          subjectId: context.definition.id,
          from: context.state,
          to: context.state,
          outcome: 'rejected',
          code: rejection.code,
          validated: null,
          received,
          keepPayload: true,
        },
        auditKeyOf(self),
      );
      const value = received.value;
      const shape =
        value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        typeof (value as { type?: unknown }).type === 'string'
          ? (value as { type: string } & Record<string, unknown>)
          : { type: typeOf(value), received: value };
      enqueue.assign({ audit: { seq: entry.seq, head: entry.digest } });
      enqueue.emit({
        type: 'rejected',
        code: rejection.code,
        event: shape,
        message: rejection.message,
        ...(rejection.issues ? { issues: rejection.issues } : {}),
        seq: entry.seq,
      });
      enqueue.emit({ type: 'audit', entry });
    }),
    enterState: assign((_, params: { state: CycleState }) => ({ state: params.state })),
    openCycle: assign(({ context, event }) => ({ openedAt: admitted(context, event).event.at })),
    recordDossier: assign(({ context, event }) => {
      const e = admitted(context, event).event as CycleEventOf<'SUBMIT_DOSSIER'>;
      const i = unitPosition(context, e.unitId);
      if (i === undefined) return {};
      const u = context.units[i] as CycleUnitEntry;
      const entry = {
        ...u,
        submittedAt: e.at,
        items: [...e.items],
        timing: dossierTiming(e.at, u.dueAt),
      };
      return { units: withEntry(context.units, i, entry) };
    }),
    recordSummary: assign(({ context, event }) => {
      const v = admitted(context, event);
      return { summary: v.summary ?? null, compiledAt: v.event.at };
    }),
    recordFinal: assign(({ context, event }) => {
      const v = admitted(context, event);
      const e = v.event as CycleEventOf<'FINALIZE'>;
      const kept = context.overrides.filter(
        (o) => !e.overrides.some((x) => x.subjectId === o.subjectId),
      );
      return { summary: v.summary ?? null, overrides: [...kept, ...e.overrides] };
    }),
    noteReview: assign(({ context, event }) => {
      const e = event as ReviewNotedEvent;
      const next = applyNote(context, e.subjectId, e.note);
      return next === context ? {} : { subjects: next.subjects };
    }),
  },
});

/** The context factory: validates the definition (throws `CycleInputError`) and opens the index. */
export function cycleContextFromInput({ input }: { input: CycleMachineInput }): CycleIndex {
  if ('index' in input) return input.index;
  return openCycleIndex(input.definition, input.profile ? { profile: input.profile } : {});
}

import type { Actor, AnyStateMachine } from 'xstate';
import { text } from '../../src/core/text.js';
import type { AuditEntry } from '../audit.js';
import type { AuditKey } from '../digest.js';
import { deliverable } from './boundary.js';
import { bindAuditKey } from './keys.js';
import type { Rejection, ReviewEmitted } from './types.js';

/** What `dispatch` says of one event: accepted, or refused and why (it is audited either way). */
export type DispatchResult =
  | { readonly ok: true; readonly seq: number }
  | { readonly ok: false; readonly rejection: Rejection; readonly seq: number | null };

/**
 * An actor that checks every event before XState sees it (issue 8): `send` and `dispatch` take
 * anything a host may pass — `{}`, `{ type: 5 }`, `{ type: 'xstate.stop' }`, a 5,000-deep array —
 * and none of it can stop the actor or put it in `error`; each is accepted or refused, and
 * audited, exactly once. `auditLog()` is the part of the log this actor has seen (with the log
 * given to `restore`); `auditHead()` its last entry.
 */
export type GuardedActor<TMachine extends AnyStateMachine> = Omit<
  Actor<TMachine>,
  'send' | 'start'
> & {
  /** Sends any value as an event; never throws and never stops the actor. */
  send(event: unknown): void;
  /** Sends an event and returns the verdict. */
  dispatch(event: unknown): DispatchResult;
  /** Starts the actor (see XState's `start`). */
  start(): GuardedActor<TMachine>;
  /** The audit entries seen so far, in order (a copy). */
  auditLog(): readonly AuditEntry[];
  /** The last audit entry of the review (from the envelope when restored), or null before any. */
  auditHead(): AuditEntry | null;
};

const NOT_RUNNING: Rejection = {
  code: 'NOT_ALLOWED_IN_STATE',
  message: text(
    'Cuộc kiểm điểm chưa chạy (chưa start() hoặc đã dừng); sự kiện không được ghi.',
    'The review is not running (not started, or stopped); the event was not recorded.',
  ),
};

const QUEUED: Rejection = {
  code: 'NOT_ALLOWED_IN_STATE',
  message: text(
    'Sự kiện gửi từ trong một bộ lắng nghe đã được xếp hàng; kết quả có trong dòng nhật ký của nó.',
    'An event sent from inside a listener was queued; its outcome is in its audit entry.',
  ),
};

/** Internal state of a guarded actor, for `persist`. */
export interface GuardState {
  readonly key: AuditKey | undefined;
  head: AuditEntry | null;
  readonly log: AuditEntry[];
}

const states = new WeakMap<object, GuardState>();

/** The guard state of an actor made by `createReviewActor` or `restore`, if it is one. */
export function guardStateOf(actor: object): GuardState | undefined {
  return states.get(actor);
}

/**
 * Wraps an XState actor of the review machine (or a later version of it): `send` is replaced by a
 * checked one, `dispatch`, `auditLog` and `auditHead` are added.
 */
export function guardActor<TMachine extends AnyStateMachine>(
  actor: Actor<TMachine>,
  options: {
    readonly key?: AuditKey;
    readonly log?: readonly AuditEntry[];
    head?: AuditEntry | null;
  },
): GuardedActor<TMachine> {
  const state: GuardState = {
    key: options.key,
    head: options.head ?? options.log?.at(-1) ?? null,
    log: [...(options.log ?? [])],
  };
  states.set(actor, state);
  bindAuditKey(actor, options.key);
  let lastRejection: Rejection | null = null;
  actor.on('audit' as never, (e: ReviewEmitted) => {
    if (e.type !== 'audit') return;
    state.log.push(e.entry);
    state.head = e.entry;
  });
  actor.on('rejected' as never, (e: ReviewEmitted) => {
    if (e.type !== 'rejected') return;
    lastRejection = {
      code: e.code,
      message: e.message,
      ...(e.issues ? { issues: e.issues } : {}),
    };
  });
  const xsend = actor.send.bind(actor) as (event: unknown) => void;
  let busy = false;
  const dispatch = (event: unknown): DispatchResult => {
    if ((actor.getSnapshot() as { status: string }).status !== 'active')
      return { ok: false, rejection: NOT_RUNNING, seq: null };
    if (busy) {
      // sent from a listener while an event is processed: XState queues it; it is audited then
      xsend(deliverable(event));
      return { ok: false, rejection: QUEUED, seq: null };
    }
    const before = state.head;
    lastRejection = null;
    busy = true;
    try {
      xsend(deliverable(event));
    } finally {
      busy = false;
    }
    const entry = state.head;
    if (entry === before || entry === null) return { ok: false, rejection: NOT_RUNNING, seq: null };
    if (entry.outcome === 'accepted') return { ok: true, seq: entry.seq };
    return { ok: false, rejection: lastRejection ?? NOT_RUNNING, seq: entry.seq };
  };
  const guarded = actor as unknown as GuardedActor<TMachine>;
  const start = actor.start.bind(actor);
  Object.assign(actor, {
    send: (event: unknown) => {
      dispatch(event);
    },
    dispatch,
    start: () => {
      start();
      return guarded;
    },
    auditLog: () => [...state.log],
    auditHead: () => state.head,
  });
  return guarded;
}

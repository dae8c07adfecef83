import type { Actor, AnyStateMachine } from 'xstate';
import { slot } from '../../src/core/slot.js';
import { text } from '../../src/core/text.js';
import type { AuditEntry } from '../audit.js';
import type { AuditKey } from '../digest.js';
import { deliverable } from './boundary.js';
import { bindAuditKey } from './keys.js';
import { outboxOf } from './outbox.js';
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
  /** Whether the actor was saved before (persistence.ts remembers members from the second save). */
  saved: boolean;
}

const states = slot<GuardState>();

type Listener = (e: ReviewEmitted) => void;

/**
 * Calls a type's listeners (a copy of the set: one may unsubscribe another). A listener that
 * throws does not stop the others or the actor; its error is rethrown on its own, as XState does.
 */
function notify(set: Set<Listener> | undefined, e: ReviewEmitted): void {
  if (!set) return;
  for (const handler of [...set]) {
    try {
      handler(e);
    } catch (err) {
      setTimeout(() => {
        throw err;
      });
    }
  }
}

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
    /** false: the actor keeps no log (its host streams the `audit` events); `auditLog()` is empty. */
    readonly keepLog?: boolean;
  },
): GuardedActor<TMachine> {
  const state: GuardState = {
    key: options.key,
    head: options.head ?? options.log?.at(-1) ?? null,
    log: [...(options.log ?? [])],
    saved: false,
  };
  states.set(actor, state);
  bindAuditKey(actor, options.key);
  let lastRejection: Rejection | null = null;
  const keepLog = options.keepLog !== false;
  const listeners = new Map<string, Set<Listener>>();
  /** One thing the machine tells the host: recorded here, then given to its listeners. */
  const deliver = (e: ReviewEmitted) => {
    if (e.type === 'audit') {
      if (keepLog) state.log.push(e.entry);
      state.head = e.entry;
    } else if (e.type === 'rejected') {
      lastRejection = {
        code: e.code,
        message: e.message,
        ...(e.issues ? { issues: e.issues } : {}),
      };
    }
    notify(listeners.get(e.type), e);
    notify(listeners.get('*'), e);
  };
  // what a machine emits through XState (the cycle machine does) reaches the same listeners
  actor.on('*' as never, deliver as never);
  const box = outboxOf(actor);
  const pending: unknown[] = [];
  let draining = false;
  /** Delivers what the review's actions posted, in order; events sent meanwhile wait their turn. */
  const drain = () => {
    draining = true;
    try {
      for (let i = 0; i < box.length; i++) deliver(box[i]!);
    } finally {
      box.length = 0;
      draining = false;
    }
  };
  const xsend = actor.send.bind(actor) as (event: unknown) => void;
  let busy = false;
  const dispatch = (event: unknown): DispatchResult => {
    if ((actor.getSnapshot() as { status: string }).status !== 'active')
      return { ok: false, rejection: NOT_RUNNING, seq: null };
    if (draining) {
      // sent from a listener of an earlier event: it runs once that event's news is delivered
      pending.push(event);
      return { ok: false, rejection: QUEUED, seq: null };
    }
    if (busy) {
      // sent from a listener while XState processes an event: XState queues it; audited then
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
    drain();
    const entry = state.head;
    const result: DispatchResult =
      entry === before || entry === null
        ? { ok: false, rejection: NOT_RUNNING, seq: null }
        : entry.outcome === 'accepted'
          ? { ok: true, seq: entry.seq }
          : { ok: false, rejection: lastRejection ?? NOT_RUNNING, seq: entry.seq };
    while (pending.length > 0) dispatch(pending.shift());
    return result;
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
      drain(); // deadline notices due at the opening
      return guarded;
    },
    on: (type: string, handler: Listener) => {
      let set = listeners.get(type);
      if (!set) {
        set = new Set();
        listeners.set(type, set);
      }
      set.add(handler);
      return { unsubscribe: () => set.delete(handler) };
    },
    auditLog: () => [...state.log],
    auditHead: () => state.head,
  });
  return guarded;
}

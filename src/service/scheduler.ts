import { randomUUID } from 'node:crypto';
import type { Sender } from '../schemas/review-events.js';
import type { ReviewStore } from '../store/types.js';
import { readClock } from './instant.js';
import type { Clock, ReviewService, SendOutcome } from './types.js';

export interface SchedulerOptions {
  // biome-ignore lint/suspicious/noExplicitAny: the scheduler never sends a host request
  readonly service: ReviewService<any>;
  readonly store: ReviewStore;
  readonly clock: Clock;
  /** The sender of the TICKs (default `{ id: 'scheduler', roles: ['scheduler'] }`): name it in the reviews' `participants.scheduler`. */
  readonly by?: Sender;
  /** Reviews claimed per batch (the due query's limit; default 100). */
  readonly batchSize?: number;
  /** How long a claim holds before another scheduler may take the rows (default 60 s). */
  readonly leaseMs?: number;
  /** This scheduler's id in the claims (default a random one). */
  readonly id?: string;
  /**
   * Told of each run `start` makes (a host logs `failed`). Runs by `runOnce` are returned instead.
   */
  readonly onRun?: (run: SchedulerRun) => void;
  /**
   * Told when a run `start` made failed as a whole (the store unreachable, a busy lock; or `onRun`
   * threw). The next interval tries again; without `onError` the failure is dropped, never an
   * unhandled rejection.
   */
  readonly onError?: (error: unknown) => void;
}

export interface SchedulerRun {
  /** TICKs sent (applied, refused or found already sent). */
  readonly ticked: number;
  readonly outcomes: readonly SendOutcome[];
  /** Reviews that could not be ticked (a corrupt row, a store error): left claimed until the lease ends. */
  readonly failed: ReadonlyArray<{ readonly subjectId: string; readonly error: unknown }>;
}

export interface Scheduler {
  /** Claims due reviews batch by batch and TICKs each, until none is due at the clock's instant. */
  runOnce(): Promise<SchedulerRun>;
  /** Runs `runOnce` every `intervalMs` until `stop()` (one run at a time; see `onRun`, `onError`). */
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

/**
 * The scheduler of issue 11. It keeps nothing of its own: what is due is read from the store (each
 * review's `nextDueAt`), so after a restart it picks up from the store alone. Several schedulers
 * (processes) may run on one PostgreSQL store: `claimDue` hands each one different rows (row
 * claims with `FOR UPDATE SKIP LOCKED` and a lease), and each TICK carries the idempotency key
 * `tick@<due instant>`, so even a TICK sent again after a lease ran out is applied once only.
 * Why row claims rather than pg-boss: the due rows already live in the reviews table, a claim is
 * one short transaction on it, and a job queue would be a second copy of that state to keep in
 * step (and another dependency and schema).
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { service, store, clock } = options;
  const by: Sender = options.by ?? { id: 'scheduler', roles: ['scheduler'] };
  const batch = options.batchSize ?? 100;
  const leaseMs = options.leaseMs ?? 60_000;
  const owner = options.id ?? `scheduler-${randomUUID()}`;
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<void> | undefined;

  async function runOnce(): Promise<SchedulerRun> {
    const outcomes: SendOutcome[] = [];
    const failed: Array<{ subjectId: string; error: unknown }> = [];
    for (;;) {
      const now = readClock(clock);
      const due = await store.claimDue(now, batch, { owner, leaseMs }, now);
      for (const d of due)
        try {
          outcomes.push(await service.tick(d.subjectId, by, { idempotencyKey: `tick@${d.dueAt}` }));
        } catch (error) {
          failed.push({ subjectId: d.subjectId, error });
        }
      if (due.length < batch) break;
    }
    return { ticked: outcomes.length, outcomes, failed };
  }

  /** One run of `start`: its result to `onRun`, a failure (of the run or of `onRun`) to `onError`. */
  async function interval(): Promise<void> {
    try {
      options.onRun?.(await runOnce());
    } catch (error) {
      try {
        options.onError?.(error);
      } catch {
        // the host's own logger failed: nothing is left to tell, and the next run goes on
      }
    }
  }

  return {
    runOnce,
    start(intervalMs) {
      if (timer) return;
      timer = setInterval(() => {
        running ??= interval().finally(() => {
          running = undefined;
        });
      }, intervalMs);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}

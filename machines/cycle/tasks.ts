import { DateTime } from 'luxon';
import { lastWorkingDayToAct } from '../../src/calendar/deadlines.js';
import { workingDaysBetween } from '../../src/calendar/working-days.js';
import type { Text } from '../../src/core/text.js';
import { ZONE } from '../../src/core/zone.js';
import type { ActorRole } from '../../src/schemas/deadline.js';
import type { ReviewEventType } from '../../src/schemas/review-events.js';
import type { ReviewStage } from '../../src/schemas/review-input.js';
import type { ReviewEnvelope } from '../envelope.js';
import { type ReviewSnapshot, reviewTask } from '../review/actor.js';
import { SENDER_ROLES } from '../review/authorize.js';
import { instantMs, isPending, statusAt } from '../review/deadlines.js';
import { HANDLED } from '../review/handled.js';
import { reviewSnapshotOf } from '../review/snapshot-of.js';
import type { DeadlineState, ReviewContext, StageMeta } from '../review/types.js';

/** One thing a person must do in one review, with its deadline and how close it is. */
export interface PersonTask {
  readonly subjectId: string;
  readonly subjectName?: string;
  readonly stage: ReviewStage;
  /** The step's name (vi/en). */
  readonly label: Text;
  /** The role the person acts in. */
  readonly role: ActorRole;
  /** The events that role can send in this step. */
  readonly events: readonly ReviewEventType[];
  readonly deadline?: {
    readonly id: string;
    readonly label?: Text;
    readonly due: string;
    /** The last working day to act, `YYYY-MM-DD`. */
    readonly lastWorkingDay: string;
    /** Working days from the day of `at` to the last working day (0: today; negative: late). */
    readonly workingDaysLeft: number;
    readonly status: 'open' | 'approaching' | 'overdue';
    readonly overdue: boolean;
  };
}

type Source = ReviewSnapshot | ReviewEnvelope;

const snapshotOf = (source: Source): ReviewSnapshot => reviewSnapshotOf(source);

function holds(ctx: ReviewContext, role: ActorRole, personId: string): boolean {
  const p = ctx.participants;
  if (!p) return false;
  if (role === 'subject') return (p.subject ?? []).includes(personId);
  if (role === 'observer') return false;
  return (p[role] ?? []).includes(personId);
}

/** The pending deadline of the current step, else the earliest pending one. */
function deadlineOf(ctx: ReviewContext): DeadlineState | undefined {
  const pending = ctx.deadlines.filter((d) => isPending(d, ctx));
  pending.sort((a, b) => instantMs(a.due) - instantMs(b.due));
  return pending.find((d) => d.guards === ctx.stage) ?? pending[0];
}

function dayOf(iso: string): string {
  return DateTime.fromISO(iso, { setZone: true }).setZone(ZONE).toFormat('yyyy-MM-dd');
}

/**
 * What one person must do across many reviews (issue 10 item 9): for each review (a snapshot, or
 * a saved envelope) waiting for a role that its participants give this person, the step, the
 * events the role can send, and the step's deadline with the working days left at `at` (an ISO
 * instant; never the system clock). Reviews without participants name nobody and give no task.
 * Sorted by due instant (tasks without one last), then subject id.
 */
export function tasksFor(personId: string, sources: Iterable<Source>, at: string): PersonTask[] {
  const today = dayOf(at);
  const out: PersonTask[] = [];
  for (const source of sources) {
    const snapshot = snapshotOf(source);
    const ctx = snapshot.context;
    const task = reviewTask(snapshot);
    if (task.ended) continue;
    const meta = snapshot.getMeta()[`review.review.${ctx.stage}`] as StageMeta | undefined;
    const d = deadlineOf(ctx);
    const deadline = d
      ? (() => {
          const last = lastWorkingDayToAct(DateTime.fromISO(d.due, { setZone: true }));
          const status = statusAt(d, at);
          return {
            id: d.id,
            ...(d.label ? { label: d.label } : {}),
            due: d.due,
            lastWorkingDay: last,
            workingDaysLeft: workingDaysBetween(today, last),
            status,
            overdue: status === 'overdue',
          };
        })()
      : undefined;
    for (const role of task.waitingFor) {
      if (!holds(ctx, role, personId)) continue;
      const events = (HANDLED[ctx.stage] ?? []).filter((t) =>
        (SENDER_ROLES[t] as readonly string[]).includes(role),
      );
      out.push({
        subjectId: ctx.subject.id,
        ...(ctx.subject.name ? { subjectName: ctx.subject.name } : {}),
        stage: ctx.stage,
        label: meta?.label ?? { vi: ctx.stage, en: ctx.stage },
        role,
        events,
        ...(deadline ? { deadline } : {}),
      });
    }
  }
  const due = (t: PersonTask) =>
    t.deadline ? instantMs(t.deadline.due) : Number.POSITIVE_INFINITY;
  return out.sort(
    (a, b) =>
      due(a) - due(b) || (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0),
  );
}

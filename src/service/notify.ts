import { type ReviewSnapshot, reviewTask } from '../../machines/review/actor.js';
import type { ReviewEmitted } from '../../machines/review/types.js';
import type { Json, OutboxMessage } from '../store/types.js';

type DeadlineNotice = Extract<ReviewEmitted, { type: 'deadline.approaching' | 'deadline.missed' }>;

/** The persons named for roles in a review (its `participants`), or none. */
function personsFor(snapshot: ReviewSnapshot, roles: readonly string[]): string[] {
  const named = snapshot.context.participants as Record<string, readonly string[]> | null;
  const out = new Set<string>();
  for (const role of roles) for (const id of named?.[role] ?? []) out.add(id);
  return [...out];
}

/**
 * The outbox messages of one saved event (issue 11): each deadline notice the review emitted
 * (`deadline.approaching`, `deadline.missed`, to the persons the step waits for), and, when an
 * accepted event moved the review to another step, a `task` for each role the new step waits
 * for. Ids are `<subjectId>#<seq>/<n>`: stable, so a retried delivery can be recognised.
 */
export function outboxFor(
  subjectId: string,
  seq: number,
  snapshot: ReviewSnapshot,
  notices: readonly DeadlineNotice[],
  stepChanged: boolean,
): OutboxMessage[] {
  const task = reviewTask(snapshot);
  const out: OutboxMessage[] = [];
  const add = (kind: string, payload: Json) =>
    out.push({ id: `${subjectId}#${seq}/${out.length}`, subjectId, kind, payload });
  for (const n of notices)
    add(n.type, {
      subjectId,
      deadlineId: n.deadlineId,
      due: n.due,
      guards: n.guards,
      policy: n.policy,
      at: n.at,
      stage: task.stage,
      personIds: personsFor(snapshot, task.waitingFor),
    });
  if (stepChanged)
    for (const role of task.waitingFor)
      add('task', {
        subjectId,
        stage: task.stage,
        role,
        personIds: personsFor(snapshot, [role]),
        at: snapshot.context.now,
      });
  return out;
}

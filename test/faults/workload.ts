import { PostgresStore, type ReviewStore, SqliteStore } from '../../src/store/index.js';
import { assessment, nov } from '../machines/helpers.js';
import { pgConnection } from '../store/pg.js';

/** Where a fault or load run keeps its reviews: `sqlite:<path>` or `postgres:<schema>`. */
export function openStore(where: string, name?: string): ReviewStore {
  const [kind, rest = ''] = where.split(/:(.*)/s);
  if (kind === 'sqlite') return new SqliteStore({ path: rest });
  if (kind === 'postgres')
    return new PostgresStore({
      // a worker's sessions carry its name, so a test can wait for them to end (kill.faults.ts)
      connection: { ...pgConnection(), ...(name ? { application_name: workerSession(name) } : {}) },
      schema: rest,
      poolSize: 2,
    });
  throw new Error(`unknown store ${where}`);
}

/** The PostgreSQL `application_name` of a worker's sessions. */
export function workerSession(worker: string): string {
  return `kiemdiem-fault-${worker}`;
}

/** The review ids of a run. */
export function subjectIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `review-${String(i).padStart(3, '0')}`);
}

/** The ids of the reviews a benchmark worker warms up on (apart from the measured ones). */
export function warmIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `warm-${String(i).padStart(3, '0')}`);
}

/**
 * The n-th request of a worker: a mix of the steps of a review (accepted in their turn, refused
 * otherwise: both are written) and TICKs by the organizer. `user` is who the host authenticates.
 */
export function requestOf(
  n: number,
  subjectId: string,
): { user: string; body: Record<string, unknown>; at: string } {
  const steps: Array<{ user: string; body: Record<string, unknown> }> = [
    { user: 'organizer', body: { type: 'TICK' } },
    { user: 'subject', body: { type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD' } },
    { user: 'unitHead', body: { type: 'RECORD_MEETING', heldOn: '2025-11-10' } },
    { user: 'organizer', body: { type: 'TICK' } },
    {
      user: 'appraiser',
      body: { type: 'PROPOSE_LEVEL', assessment: assessment({ id: subjectId }) },
    },
    { user: 'authority', body: { type: 'DECIDE_LEVEL', level: 'EXCELLENT' } },
    { user: 'organizer', body: { type: 'TICK' } },
  ];
  const step = steps[n % steps.length] ?? { user: 'organizer', body: { type: 'TICK' } };
  return { ...step, at: nov(5 + Math.min(20, Math.floor(n / 50))) };
}

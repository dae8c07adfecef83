import pg from 'pg';
import { pgConnection } from '../store/pg.js';
import { workerSession } from './workload.js';

/**
 * Waits until the PostgreSQL sessions of a killed worker have ended. SIGKILL ends the worker, not
 * its server sessions: a statement already sent runs to its end and commits, after the kill. A
 * check that read a review's envelope and then its log while such a commit landed between the
 * two reads saw the envelope before the event and the log after it — a torn read of the test,
 * not of the store (its commit is one statement). So the check waits for the worker's sessions
 * to end first, and fails if they do not within `timeoutMs`.
 */
export async function sessionsEnded(worker: string, timeoutMs = 10_000): Promise<void> {
  const client = new pg.Client(pgConnection());
  await client.connect();
  try {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const r = await client.query(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
        [workerSession(worker)],
      );
      if ((r.rows[0] as { n: number }).n === 0) return;
      if (Date.now() > until)
        throw new Error(`the sessions of worker ${worker} did not end within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    await client.end();
  }
}

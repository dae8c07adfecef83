import { describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/index.js';
import { sessionsEnded } from './sessions.js';
import { startWorker } from './spawn.js';
import { faultTargets, seededStore } from './targets.js';
import { verifyStore } from './verify.js';

const TRIALS = Number(process.env.KIEMDIEM_FAULT_TRIALS ?? 100);
const { targets, script } = await faultTargets('kill', 'SQLite');

for (const { name, where, enabled } of targets)
  describe.skipIf(!enabled)(`SIGKILL in the middle of sends: ${name}`, () => {
    it(`${TRIALS} trials: after each kill every review is before or after its event, its chain verifies and matches its snapshot`, async () => {
      const { store: setup, ids } = await seededStore(where, 5);
      const acked = [];
      let seed = 7;
      const random = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      for (let t = 0; t < TRIALS; t++) {
        const w = startWorker(script(), [where, `t${t}`, '0', String(ids.length)]);
        await w.commits(1 + random(3));
        // then a little more, so the kill lands anywhere: between sends, inside a transaction
        await new Promise((r) => setTimeout(r, random(4)));
        w.child.kill('SIGKILL');
        await w.exited;
        expect(w.problems).toEqual([]);
        if (setup instanceof PostgresStore) await sessionsEnded(`t${t}`);
        acked.push(...w.acked);
        await verifyStore(setup, ids, w.acked);
      }
      const entries = await verifyStore(setup, ids, acked, true);
      expect(entries).toBeGreaterThanOrEqual(acked.length);
      if (setup instanceof PostgresStore) await setup.drop();
      await setup.close();
    }, 600_000);
  });

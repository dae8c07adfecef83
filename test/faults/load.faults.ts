import { describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/index.js';
import { startWorker } from './spawn.js';
import { faultTargets, seededStore } from './targets.js';
import { verifyStore } from './verify.js';

const SENDS = Number(process.env.KIEMDIEM_LOAD_SENDS ?? 150);
const { targets, script } = await faultTargets('load', 'one SQLite file');

for (const { name, where, enabled } of targets)
  describe.skipIf(!enabled)(`4 processes sending at once to ${name}`, () => {
    it('no event lost, none duplicated; every request sent twice with its key is applied once', async () => {
      const { store: setup, ids } = await seededStore(where, 4);
      const workers = ['a', 'bb', 'ccc', 'dddd'].map((w) =>
        startWorker(script(), [where, w, String(SENDS), String(ids.length), '1']),
      );
      const codes = await Promise.all(workers.map((w) => w.exited));
      expect(codes).toEqual([0, 0, 0, 0]);
      expect(workers.flatMap((w) => w.problems)).toEqual([]);
      const acked = workers.flatMap((w) => w.acked);
      expect(acked.length).toBe(4 * SENDS);
      const entries = await verifyStore(setup, ids, acked, true);
      // one audit entry per request: nothing lost, nothing applied twice
      expect(entries).toBe(4 * SENDS);
      expect(new Set(acked.map((a) => a.key)).size).toBe(4 * SENDS);
      for (const a of acked) expect(await setup.outcome(a.subjectId, a.key)).toBeDefined();
      if (setup instanceof PostgresStore) await setup.drop();
      await setup.close();
    }, 600_000);
  });

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/index.js';
import { makeService, serviceInput, testClock } from '../service/fixture.js';
import { pgReachable, runSchema } from '../store/pg.js';
import { bundleChild, startWorker } from './spawn.js';
import { verifyStore } from './verify.js';
import { openStore, subjectIds } from './workload.js';

const SENDS = Number(process.env.KIEMDIEM_LOAD_SENDS ?? 150);
const dir = mkdtempSync(join(tmpdir(), 'kd-load-'));
const pg = await pgReachable();
let script = '';
beforeAll(async () => {
  script = await bundleChild();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const targets: Array<[string, string, boolean]> = [
  ['one SQLite file', `sqlite:${join(dir, 'load.db')}`, true],
  ['PostgreSQL', `postgres:${runSchema('load')}`, pg],
];

for (const [name, where, enabled] of targets)
  describe.skipIf(!enabled)(`4 processes sending at once to ${name}`, () => {
    it('no event lost, none duplicated; every request sent twice with its key is applied once', async () => {
      const ids = subjectIds(4);
      const setup = openStore(where);
      const service = makeService(setup, testClock('2025-11-04T09:00:00+07:00').clock);
      for (const id of ids) await service.create(serviceInput(id));
      const workers = ['a', 'bb', 'ccc', 'dddd'].map((w) =>
        startWorker(script, [where, w, String(SENDS), String(ids.length), '1']),
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

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ReviewStore } from '../../src/store/index.js';
import { makeService, serviceInput, testClock } from '../service/fixture.js';
import { pgReachable, runSchema } from '../store/pg.js';
import { bundleChild } from './spawn.js';
import { openStore, subjectIds } from './workload.js';

export interface FaultTarget {
  readonly name: string;
  /** `sqlite:<path>` or `postgres:<schema>`, as the workers open it. */
  readonly where: string;
  readonly enabled: boolean;
}

/**
 * The stores of a fault or load file (a fresh SQLite file, a fresh PostgreSQL schema) and the
 * bundled worker (`script()` once `beforeAll` has run).
 */
export async function faultTargets(tag: string, sqliteName: string) {
  const dir = mkdtempSync(join(tmpdir(), `kd-${tag}-`));
  const pg = await pgReachable();
  let script = '';
  beforeAll(async () => {
    script = await bundleChild();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const targets: FaultTarget[] = [
    { name: sqliteName, where: `sqlite:${join(dir, `${tag}.db`)}`, enabled: true },
    { name: 'PostgreSQL', where: `postgres:${runSchema(tag)}`, enabled: pg },
  ];
  return { targets, script: () => script };
}

/** Opens a target's store and creates `n` reviews in it. */
export async function seededStore(
  where: string,
  n: number,
): Promise<{ store: ReviewStore; ids: string[] }> {
  const ids = subjectIds(n);
  const store = openStore(where);
  const service = makeService(store, testClock('2025-11-04T09:00:00+07:00').clock);
  for (const id of ids) await service.create(serviceInput(id));
  return { store, ids };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MemoryStore,
  PostgresStore,
  type ReviewStore,
  SqliteStore,
} from '../../src/store/index.js';
import { pgConnection, pgReachable, runSchema } from './pg.js';

export interface StoreKind {
  readonly name: 'memory' | 'sqlite' | 'postgres';
  readonly enabled: boolean;
  /** A fresh, empty store. */
  make(): ReviewStore;
}

/** The three stores for a test file, and the clean-up of what they created. */
export async function testStores(tag: string) {
  const dir = mkdtempSync(join(tmpdir(), `kd-${tag}-`));
  const opened: ReviewStore[] = [];
  const pg = await pgReachable();
  let n = 0;
  const track = <T extends ReviewStore>(s: T): T => {
    opened.push(s);
    return s;
  };
  const kinds: StoreKind[] = [
    { name: 'memory', enabled: true, make: () => track(new MemoryStore()) },
    {
      name: 'sqlite',
      enabled: true,
      make: () => track(new SqliteStore({ path: join(dir, `${tag}${n++}.db`) })),
    },
    {
      name: 'postgres',
      enabled: pg,
      make: () =>
        track(new PostgresStore({ connection: pgConnection(), schema: runSchema(`${tag}${n++}`) })),
    },
  ];
  return {
    kinds,
    dir,
    async cleanup() {
      for (const s of opened) {
        if (s instanceof PostgresStore) await s.drop().catch(() => {});
        await s.close().catch(() => {});
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { deepFreeze } from '../core/freeze.js';
import { parseRow } from './errors.js';
import type { StoredCycle } from './types.js';

/** A cycle's row as a store reads it: its version and the record's JSON text. */
export interface CycleRow {
  readonly version: number;
  readonly record: string;
}

/** How many cycles' records a store keeps parsed (a province runs one cycle at a time). */
const KEPT = 16;

/**
 * The last record a store read of each cycle, parsed and frozen, with its version. A cycle's
 * record holds its whole index (it grows with the cycle's subjects), and a cycle service reads it
 * for every DECIDE_LEVEL (X-ORDER), while it changes only at the cycle's own events: parsed again
 * each time, the reads made a cycle on a store grow with its size squared (issue 11: at 2,000
 * subjects on SQLite they took 2.4 of the cycle's 22 s, at 1,000 0.75 of 10). So `loadCycle`
 * asks the row's version first and reads and parses the record only when it moved. Every write
 * of a record moves its version (`putCycle`: an insert at 1, an update at version + 1, checked
 * against the expected one), so an equal version is the record this cache holds — in this process
 * or any other writing to the same database. Frozen: every reader shares it (no caller changes a
 * stored record; the memory store's copies are frozen the same way). A row changed in place
 * without its version (by hand, outside the library) is read when the version next moves; until
 * then this store serves the record it read and the service checked (seal, definition).
 */
export class CycleRecordCache {
  private readonly kept = new Map<string, StoredCycle>();

  /**
   * `loadCycle` of a store: the row's version first (`version`), the kept record when it is
   * unchanged, else the row read (`row`), parsed (a bad one is `CORRUPT_ROW`), frozen and kept.
   */
  async load(
    cycleId: string,
    version: () => Promise<number | undefined>,
    row: () => Promise<CycleRow | undefined>,
  ): Promise<StoredCycle | undefined> {
    const kept = this.kept.get(cycleId);
    if (kept && (await version()) === kept.version) return kept;
    this.kept.delete(cycleId);
    const read = await row();
    if (read === undefined) return undefined;
    const stored: StoredCycle = {
      cycleId,
      version: read.version,
      record: parseRow(cycleId, 'cycle record', read.record) as StoredCycle['record'],
    };
    if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(cycleId, deepFreeze(stored));
    return stored;
  }
}

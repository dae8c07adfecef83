import { z } from 'zod';
import type { CycleAuditEntry } from '../../machines/cycle/audit.js';
import type { CycleIndex } from '../../machines/cycle/index-schema.js';
import { type CycleEnvelope, openCycleEnvelope } from '../../machines/cycle/persist.js';
import type { AuditKey } from '../../machines/digest.js';
import type { DispatchResult } from '../../machines/review/guarded.js';
import type { CycleDefinition, CycleDefinitionInput } from '../schemas/cycle-definition.js';
import type { Profile, ProfileInput } from '../schemas/cycle-profile.js';
import { corruptRow } from '../store/errors.js';
import type { Json, StoredCycle } from '../store/types.js';

/** The `format` of a cycle's record on a store. */
export const STORED_CYCLE_FORMAT = 'kiemdiem/stored-cycle@1';

/**
 * What a store keeps of a cycle (one small row, `ReviewStore.saveCycle`): the cycle's envelope
 * (`persistCycleActor`: its state and index, the head of its own audit chain, the seal) and the
 * outcome of each cycle-level request by its idempotency key, so that a request sent again
 * returns its first outcome and changes nothing. The cycle's audit entries are rows of their own
 * (`cycleLog`), the reviews too.
 */
const StoredCycleRecordSchema = z.strictObject({
  format: z.literal(STORED_CYCLE_FORMAT),
  envelope: z.unknown(),
  outcomes: z.record(z.string(), z.unknown()),
});

/** A cycle as a send sees it: the index, the chain's head, the outcomes by key, the version. */
export interface CycleState {
  readonly version: number;
  readonly index: CycleIndex;
  readonly head: CycleAuditEntry | null;
  readonly outcomes: Readonly<Record<string, DispatchResult>>;
  /** The envelope's seal: what the cached state is keyed by. */
  readonly seal: string;
}

export interface CycleSource {
  readonly cycleId: string;
  readonly definition: CycleDefinitionInput | CycleDefinition;
  readonly profile?: Profile | ProfileInput;
  readonly auditKey?: AuditKey;
}

/** The record to save for a cycle state. */
export function recordOf(envelope: CycleEnvelope, outcomes: CycleState['outcomes']): Json {
  // the envelope is JSON already (persistCycleActor); outcomes are copied through JSON when made
  return { format: STORED_CYCLE_FORMAT, envelope, outcomes } as unknown as Json;
}

/**
 * Opens stored cycle records, keeping the last one opened: a record whose seal is the one this
 * process wrote last is not checked and parsed again (the seal is a digest of the whole
 * snapshot, so an equal seal is an equal snapshot); any other record is checked whole
 * (`openCycleEnvelope`: shape, seal, definition, index) and a bad one is `CORRUPT_ROW`.
 */
export class CycleRecords {
  private last: CycleState | undefined;

  constructor(private readonly source: CycleSource) {}

  /** The state of a stored record (undefined: no record yet). */
  open(stored: StoredCycle | undefined): CycleState | undefined {
    if (!stored) return undefined;
    return this.openRecord(stored.record, stored.version);
  }

  /** The state of a record as the service hands it to `ServiceCycle` (version unknown: -1). */
  openRecord(record: Json | undefined, version = -1): CycleState | undefined {
    if (record === undefined) return undefined;
    const { cycleId } = this.source;
    const parsed = StoredCycleRecordSchema.safeParse(record);
    if (!parsed.success) throw corruptRow(cycleId, 'cycle record', parsed.error);
    const seal = (parsed.data.envelope as { seal?: unknown } | null)?.seal;
    const last = this.last;
    if (last && typeof seal === 'string' && seal === last.seal) {
      const state = { ...last, version: version >= 0 ? version : last.version };
      this.last = state;
      return state;
    }
    let opened: ReturnType<typeof openCycleEnvelope>;
    try {
      opened = openCycleEnvelope(parsed.data.envelope, this.source);
    } catch (cause) {
      throw corruptRow(cycleId, 'cycle record', cause);
    }
    const state: CycleState = {
      version,
      index: opened.snapshot.context,
      head: opened.head,
      outcomes: parsed.data.outcomes as Record<string, DispatchResult>,
      seal: (parsed.data.envelope as CycleEnvelope).seal,
    };
    this.last = state;
    return state;
  }

  /** Remembers a state this process is about to save (its seal keys the cache). */
  remember(state: CycleState): void {
    this.last = state;
  }
}

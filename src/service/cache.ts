import type { ReviewActor } from '../../machines/index.js';
import type { StoredReview } from '../store/types.js';

/** The stored envelope's JSON text: the store's own, else written out (a host's adapter). */
export function textOf(stored: StoredReview): string {
  return stored.envelopeText ?? JSON.stringify(stored.envelope);
}

interface Cached {
  readonly version: number;
  /** The envelope as saved (JSON text): a stored row that differs in any byte is restored. */
  readonly text: string;
  readonly actor: ReviewActor;
}

/** Whether the stored row is the one the cached actor was saved as: same version, same text. */
function savedAs(hit: Cached, stored: StoredReview): boolean {
  return hit.version === stored.version && textOf(stored) === hit.text;
}

/**
 * The running actors of the reviews a service sent to last, so that a send does not restore the
 * envelope it saved itself a moment ago. An actor is reused only for the same stored version
 * **and** the same envelope, byte for byte, as it saved; anything else — another process wrote,
 * a commit failed, someone edited the row — is restored (and checked) from the store again.
 */
export class ActorCache {
  private readonly map = new Map<string, Cached>();
  constructor(private readonly size: number) {}

  /** The running actor for this stored version and envelope, taken out of the cache. */
  take(stored: StoredReview): ReviewActor | undefined {
    const hit = this.map.get(stored.subjectId);
    if (!hit) return undefined;
    this.map.delete(stored.subjectId);
    if (savedAs(hit, stored)) return hit.actor;
    hit.actor.stop();
    return undefined;
  }

  /**
   * The running actor for this stored version and envelope, left in the cache: for a read of its
   * snapshot (`ReviewService.snapshot`), which then needs no restore of the row (issue 11: a
   * cycle's dossier and summary read their subjects' reviews, most of them just sent to).
   */
  peek(stored: StoredReview): ReviewActor | undefined {
    const hit = this.map.get(stored.subjectId);
    return hit && savedAs(hit, stored) ? hit.actor : undefined;
  }

  /** Keeps a running actor at the version it was saved as (the oldest goes first). */
  put(subjectId: string, version: number, text: string, actor: ReviewActor): void {
    if (this.size <= 0) {
      actor.stop();
      return;
    }
    this.map.set(subjectId, { version, text, actor });
    if (this.map.size > this.size) {
      const [oldest, entry] = this.map.entries().next().value as [string, Cached];
      this.map.delete(oldest);
      entry.actor.stop();
    }
  }
}

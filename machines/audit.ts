import { SenderSchema } from '../src/schemas/review-events.js';
import type { ReviewStage } from '../src/schemas/review-input.js';
import { Instant } from '../src/schemas/review-input.js';
import { digestOf, toJsonValue } from './digest.js';
import type { AuditEntry, RejectionCode, ReviewContext } from './review/types.js';

export type { AuditEntry } from './review/types.js';

/** The instant an event says it happened, if it carries a valid one. */
function instantOf(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object') return null;
  const at = Instant.safeParse((raw as { at?: unknown }).at);
  return at.success ? at.data : null;
}

function senderOf(raw: unknown): AuditEntry['by'] {
  if (raw === null || typeof raw !== 'object') return null;
  const by = SenderSchema.safeParse((raw as { by?: unknown }).by);
  return by.success ? { id: by.data.id, roles: [...by.data.roles] } : null;
}

function typeOf(raw: unknown): string {
  const type =
    raw !== null && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : String(type);
}

export interface AuditFacts {
  readonly outcome: 'accepted' | 'rejected';
  readonly to: ReviewStage;
  readonly code?: RejectionCode;
}

/**
 * The audit entry of one event (PROCESS.md §5): who, what, when, the step before and after, the
 * outcome, and the sha-256 of the event's canonical JSON. `event` is the event itself — the
 * validated one when accepted, the one received (as JSON) when refused — unless the review keeps
 * digests only (`audit.payloads: 'digest'`), in which case the log cannot be replayed.
 */
export function auditEntry(ctx: ReviewContext, event: unknown, facts: AuditFacts): AuditEntry {
  const json = toJsonValue(event);
  return {
    seq: ctx.seq + 1,
    at: instantOf(event),
    by: senderOf(event),
    type: typeOf(event),
    from: ctx.stage,
    to: facts.to,
    outcome: facts.outcome,
    ...(facts.code ? { code: facts.code } : {}),
    digest: digestOf(json),
    ...(ctx.payloads === 'full' ? { event: json } : {}),
  };
}

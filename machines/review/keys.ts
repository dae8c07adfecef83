import { slot } from '../../src/core/slot.js';
import type { AuditKey } from '../digest.js';

/**
 * The host's audit key of each actor. It must never enter the context (a snapshot is saved as it
 * is), so the machine's actions look it up by their `self`, the actor that runs them.
 */
const keys = slot<AuditKey>();

export function bindAuditKey(actor: object, key: AuditKey | undefined): void {
  if (key) keys.set(actor, key);
}

export function auditKeyOf(actor: object): AuditKey | undefined {
  return keys.get(actor);
}

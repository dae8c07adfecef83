import type { CycleEventType, CycleState } from '../../src/schemas/cycle-events.js';

/**
 * The events each state of the cycle has transitions for (a test keeps this table equal to the
 * machine's definition); TICK is handled in every state. An event outside it is refused
 * NOT_ALLOWED_IN_STATE, after the payload and sender checks.
 */
export const CYCLE_HANDLED: Record<CycleState, readonly CycleEventType[]> = {
  draft: ['OPEN_CYCLE', 'TICK'],
  open: ['SUBMIT_DOSSIER', 'COMPILE_SUMMARY', 'TICK'],
  compiled: ['SUBMIT_DOSSIER', 'COMPILE_SUMMARY', 'FINALIZE', 'TICK'],
  finalized: ['TICK'],
};

export function isCycleHandled(state: CycleState, type: unknown): boolean {
  return typeof type === 'string' && (CYCLE_HANDLED[state] as readonly string[]).includes(type);
}

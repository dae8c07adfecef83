/**
 * Seals of snapshots whose context this process knows to be a review's, per machine: sealed by
 * `persist` from a running review machine (its context is built from validated input by the
 * machine's own actions) or checked in full by `restore`. A seal is a digest of the snapshot's
 * canonical JSON (an HMAC with a key), so a snapshot that recomputes to a listed seal is, byte for
 * byte, one already known good for that machine: `restore` need not run the context schema and
 * the state check on it again. Anything else — a snapshot from another process, edited, migrated
 * — is checked in full. Kept in memory only, never in an envelope. Bounded: a machine's list is forgotten wholesale past {@link LIMIT} seals.
 */
const LIMIT = 50_000;
const known = new WeakMap<object, Set<string>>();

export function trustSeal(machine: object, seal: string): void {
  const seals = known.get(machine) ?? new Set<string>();
  known.set(machine, seals);
  if (seals.size >= LIMIT) seals.clear();
  seals.add(seal);
}

export function isTrustedSeal(machine: object, seal: string): boolean {
  return known.get(machine)?.has(seal) ?? false;
}

/** Forgets one trusted seal (the bench times a restore that checks everything). */
export function forgetTrustedSeal(machine: object, seal: string): void {
  known.get(machine)?.delete(seal);
}

import type { ActorOptions, AnyStateMachine } from 'xstate';
import { text } from '../src/core/text.js';
import { PersistenceError } from './errors.js';
import { type RestoreOptions, restoreWith } from './restore.js';
import type { GuardedActor } from './review/guarded.js';

// Issue 9: a host that keeps envelopes as text (a table row, `persistText`) parsed them and called
// `restore`, which wrote the snapshot out again as canonical JSON to check the seal — a third of a
// round trip. `persistText` writes the snapshot as exactly the text the seal signs, so here that
// text is cut out of the saved one and checked as it stands.
//
// Why the cut is sound: the text is accepted as `persistText`'s layout only when it is, character
// for character, `{"format":…,"machine":…,"library":…,"snapshot":` + X + `,"head":…,"seal":…}`
// with every part but X written back from the parsed values. If the seal then signs X, X is the
// one JSON value that was sealed (a digest collision aside), so the parsed snapshot — the value
// between those two parts, the envelope's keys appearing once each at its top level — is the
// sealed snapshot. Any other layout (keys reordered by a database, spaces, an edited row) is
// checked as `restore` checks it.

/** The snapshot's own text inside `saved`, when `saved` is laid out as `persistText` writes. */
export function snapshotTextOf(saved: string, envelope: unknown): string | undefined {
  if (typeof envelope !== 'object' || envelope === null) return undefined;
  const e = envelope as Record<string, unknown>;
  if (typeof e.seal !== 'string' || typeof e.library !== 'string') return undefined;
  const machine = e.machine as { id?: unknown; version?: unknown } | null;
  if (typeof machine !== 'object' || machine === null) return undefined;
  const prefix = `{"format":${JSON.stringify(e.format)},"machine":${JSON.stringify({ id: machine.id, version: machine.version })},"library":${JSON.stringify(e.library)},"snapshot":`;
  const suffix = `,"head":${JSON.stringify(e.head)},"seal":${JSON.stringify(e.seal)}}`;
  if (saved.length <= prefix.length + suffix.length) return undefined;
  if (!saved.startsWith(prefix) || !saved.endsWith(suffix)) return undefined;
  return saved.slice(prefix.length, saved.length - suffix.length);
}

/**
 * `restore(machine, JSON.parse(saved), options)` for an envelope kept as JSON text — what
 * `persistText` writes, or `JSON.stringify(persist(actor))`. Refuses what `restore` refuses, and
 * text that is not JSON (INVALID_ENVELOPE). When the text is `persistText`'s, its snapshot is
 * checked against the seal as written, without writing it out again.
 */
export function restoreText<TMachine extends AnyStateMachine>(
  machine: TMachine,
  saved: string,
  options: RestoreOptions & Omit<ActorOptions<TMachine>, 'snapshot' | 'input'> = {},
): GuardedActor<TMachine> {
  let envelope: unknown;
  try {
    if (typeof saved !== 'string') throw new TypeError('not a string');
    envelope = JSON.parse(saved);
  } catch (err) {
    throw new PersistenceError(
      'INVALID_ENVELOPE',
      text('Bản lưu không phải JSON.', `The saved envelope is not JSON: ${(err as Error).message}`),
      [],
    );
  }
  return restoreWith(machine, envelope, options, snapshotTextOf(saved, envelope));
}

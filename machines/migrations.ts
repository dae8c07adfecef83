import type { AnyStateMachine } from 'xstate';
import { text } from '../src/core/text.js';
import { toJsonValue } from './digest.js';
import { type PersistedSnapshotJson, PersistedSnapshotSchema } from './envelope.js';
import { PersistenceError } from './errors.js';

/** Upgrades a snapshot saved by machine version N to version N + 1. */
export type SnapshotMigration = (snapshot: PersistedSnapshotJson) => PersistedSnapshotJson;
/** Migrations by the version they upgrade *from*. */
export type MigrationRegistry = Readonly<Record<number, SnapshotMigration>>;

/** The shipped migrations of the review machine (none yet: version 1 is the first). */
export const reviewMigrations: MigrationRegistry = {};

export function versionOf(machine: AnyStateMachine): number {
  const v = Number(machine.version);
  if (!Number.isInteger(v) || v < 1)
    throw new PersistenceError(
      'NOT_PERSISTABLE',
      text(
        `Máy trạng thái "${machine.id}" không có số phiên bản.`,
        `Machine "${machine.id}" has no version number.`,
      ),
    );
  return v;
}

/** Applies the migrations from `from` up to `current`, one version at a time. */
export function migrate(
  snapshot: PersistedSnapshotJson,
  from: number,
  current: number,
  migrations: MigrationRegistry,
): PersistedSnapshotJson {
  let out = snapshot;
  for (let v = from; v < current; v += 1) {
    const step = migrations[v];
    if (!step)
      throw new PersistenceError(
        'MISSING_MIGRATION',
        text(
          `Thiếu hàm chuyển đổi từ phiên bản ${v} lên ${v + 1}.`,
          `No migration from machine version ${v} to ${v + 1}.`,
        ),
      );
    try {
      out = PersistedSnapshotSchema.parse(toJsonValue(step(structuredClone(out))));
    } catch (err) {
      throw new PersistenceError(
        'CORRUPT_SNAPSHOT',
        text(
          `Chuyển đổi ${v} → ${v + 1} thất bại: ${(err as Error).message}`,
          `Migration ${v} → ${v + 1} failed: ${(err as Error).message}`,
        ),
      );
    }
  }
  return out;
}

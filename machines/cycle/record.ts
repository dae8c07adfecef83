import { z } from 'zod';
import { slot } from '../../src/core/slot.js';
import { text } from '../../src/core/text.js';
import {
  type CycleDefinition,
  type CycleDefinitionInput,
  CycleDefinitionSchema,
} from '../../src/schemas/cycle-definition.js';
import type { Profile, ProfileInput } from '../../src/schemas/cycle-profile.js';
import { toInputIssues } from '../../src/schemas/issues.js';
import { digestOf } from '../digest.js';
import { PersistenceError } from '../errors.js';
import { type CycleIndex, CycleIndexSchema } from './index-schema.js';
import { openCycleIndex } from './open-index.js';

const DIGEST = /^(sha256|hmac-sha256):[0-9a-f]{64}$/;

/**
 * The cycle's index as it is saved (the cycle record): everything but the definition and a host's
 * own profile, which the host keeps once (they never change during a cycle) and which are named
 * by their digests — so that the record a host writes after an event stays small.
 */
export const CycleRecordSchema = CycleIndexSchema.omit({ definition: true, profile: true }).extend({
  definitionDigest: z.string().regex(DIGEST),
  profileDigest: z.string().regex(DIGEST).nullable(),
});
export type CycleRecord = z.output<typeof CycleRecordSchema>;

const digests = slot<string>();

function digestOnce(value: object): string {
  let d = digests.get(value);
  if (!d) {
    d = digestOf(value);
    digests.set(value, d);
  }
  return d;
}

/** The record of an index: without the definition and profile, with their digests. */
export function indexRecord(index: CycleIndex): CycleRecord {
  const { definition, profile, ...rest } = index;
  return {
    ...rest,
    definitionDigest: digestOnce(definition),
    profileDigest: profile ? digestOnce(profile) : null,
  };
}

function corrupt(en: string, vi: string, issues: PersistenceError['issues'] = []) {
  return new PersistenceError('CORRUPT_SNAPSHOT', text(vi, en), issues);
}

/**
 * The index of a saved record, with the definition (and host profile) it was made for: refused
 * (PersistenceError CORRUPT_SNAPSHOT, loading nothing) when the record is malformed, when the
 * definition or profile is not the one whose digest the record names, or when its entries do not
 * match the definition's subjects and units.
 */
export function indexFromRecord(
  record: unknown,
  definition: CycleDefinitionInput | CycleDefinition | unknown,
  profile?: Profile | ProfileInput,
): CycleIndex {
  const parsed = CycleRecordSchema.safeParse(record);
  if (!parsed.success)
    throw corrupt(
      'The saved cycle record is not valid.',
      'Bản ghi đợt kiểm điểm đã lưu không hợp lệ.',
      toInputIssues(parsed.error).map((i) => ({ ...i, path: ['snapshot', 'context', ...i.path] })),
    );
  const def = CycleDefinitionSchema.safeParse(definition);
  if (!def.success)
    throw corrupt(
      'The definition given is not valid.',
      'Định nghĩa đợt không hợp lệ.',
      toInputIssues(def.error),
    );
  const fresh = openCycleIndex(def.data, profile ? { profile } : {});
  const { definitionDigest, profileDigest, ...rest } = parsed.data;
  if (digestOnce(fresh.definition) !== definitionDigest)
    throw corrupt(
      'The definition given is not the one this cycle was saved with.',
      'Định nghĩa đợt đưa vào không phải định nghĩa của bản lưu.',
    );
  if ((fresh.profile ? digestOnce(fresh.profile) : null) !== profileDigest)
    throw corrupt(
      'The profile given is not the one this cycle was saved with.',
      'Hồ sơ cấu hình đưa vào không phải hồ sơ của bản lưu.',
    );
  const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id).join('\n');
  if (ids(rest.subjects) !== ids(fresh.subjects) || ids(rest.units) !== ids(fresh.units))
    throw corrupt(
      "The saved entries do not match the definition's subjects and units.",
      'Các mục đã lưu không khớp đối tượng và đơn vị của định nghĩa.',
    );
  return { ...rest, definition: fresh.definition, profile: fresh.profile };
}

import { DateTime } from 'luxon';
import type { InputIssue } from '../../src/core/errors.js';
import { text } from '../../src/core/text.js';
import { ZONE } from '../../src/core/zone.js';
import { resolveDeadlines } from '../../src/profiles/deadlines.js';
import { loadProfile } from '../../src/profiles/load.js';
import { getProfile } from '../../src/profiles/registry.js';
import {
  type CycleDefinition,
  type CycleDefinitionInput,
  CycleDefinitionSchema,
} from '../../src/schemas/cycle-definition.js';
import type { Profile, ProfileInput } from '../../src/schemas/cycle-profile.js';
import { toInputIssues } from '../../src/schemas/issues.js';
import { CycleInputError } from './errors.js';
import {
  CYCLE_INDEX_FORMAT,
  type CycleIndex,
  type CycleSubjectEntry,
  type CycleUnitEntry,
} from './index-schema.js';
import { orderCycles, prerequisites } from './order.js';
import { positionOf } from './positions.js';

export interface OpenCycleOptions {
  /** A host's own profile (validated with `loadProfile`); default: `getProfile(definition.profile, definition.year)`. */
  readonly profile?: Profile | ProfileInput;
}

const profiles = new WeakMap<CycleDefinition, Profile>();

/** The profile a cycle runs on: the host's own (kept in the index), else the bundled one. */
export function profileOf(index: Pick<CycleIndex, 'definition' | 'profile'>): Profile {
  if (index.profile) return index.profile;
  const cached = profiles.get(index.definition);
  if (cached) return cached;
  const found = getProfile(index.definition.profile, index.definition.year);
  if (!found) throw unknownProfile(index.definition);
  profiles.set(index.definition, found);
  return found;
}

function unknownProfile(d: CycleDefinition): CycleInputError {
  return new CycleInputError([
    {
      path: ['profile'],
      code: 'unknown_profile',
      message: text(
        `Không có hồ sơ cấu hình "${d.profile}" cho năm ${d.year}.`,
        `No profile "${d.profile}" for ${d.year}.`,
      ),
    },
  ]);
}

/** A subject of the definition by id. */
export function subjectOf(index: Pick<CycleIndex, 'definition'>, id: string) {
  const i = positionOf(index.definition.subjects, id);
  return i === undefined ? undefined : index.definition.subjects[i];
}

/** A unit of the definition by id. */
export function unitOf(index: Pick<CycleIndex, 'definition'>, id: string) {
  const i = positionOf(index.definition.units, id);
  return i === undefined ? undefined : index.definition.units[i];
}

/** The index entry of a subject (same position as in the definition). */
export function entryOf(index: CycleIndex, id: string): CycleSubjectEntry | undefined {
  const i = positionOf(index.definition.subjects, id);
  return i === undefined ? undefined : index.subjects[i];
}

/** The index entry of a unit's dossier, if the unit sends one. */
export function unitEntryOf(index: CycleIndex, id: string): CycleUnitEntry | undefined {
  const i = positionOf(index.units, id);
  return i === undefined ? undefined : index.units[i];
}

/** The position of a subject's entry (for an in-place update). */
export function entryPosition(index: CycleIndex, id: string): number | undefined {
  return positionOf(index.definition.subjects, id);
}

/** The position of a unit's dossier entry. */
export function unitPosition(index: CycleIndex, id: string): number | undefined {
  return positionOf(index.units, id);
}

/**
 * When a unit's dossier is due: the profile's `dossierSubmission` deadline; without one (reading),
 * its `summary` or `report` deadline, else 00:00 on 1 January after the review year.
 */
export function dossierDue(profile: Profile, year: number): string {
  return dossierDeadline(profile, year).due;
}

/** The dossier deadline's due instant and policy (`block`: a late dossier is refused). */
export function dossierDeadline(profile: Profile, year: number): DossierDeadline {
  let byYear = dossierDeadlines.get(profile);
  if (!byYear) {
    byYear = new Map();
    dossierDeadlines.set(profile, byYear);
  }
  let d = byYear.get(year);
  if (!d) {
    d = computeDossierDeadline(profile, year);
    byYear.set(year, d);
  }
  return d;
}

type DossierDeadline = {
  readonly id: string | null;
  readonly due: string;
  readonly policy: 'warn' | 'block';
};

/** The dossier deadlines computed, per profile and year: the calendar's work, done once. */
const dossierDeadlines = new WeakMap<Profile, Map<number, DossierDeadline>>();

function computeDossierDeadline(profile: Profile, year: number): DossierDeadline {
  const resolved = resolveDeadlines(profile);
  for (const guard of ['dossierSubmission', 'summary', 'report'] as const) {
    const d = resolved.find((x) => x.guards === guard);
    if (d) return { id: d.id, due: d.due.toISO() as string, policy: d.policy };
  }
  const due = DateTime.fromObject({ year: year + 1, month: 1, day: 1 }, { zone: ZONE });
  return { id: null, due: due.toISO() as string, policy: 'warn' };
}

/** 00:00 (Asia/Ho_Chi_Minh) of the profile's opening day: the default opening instant. */
export function defaultOpening(definition: CycleDefinition, profile: Profile): string {
  if (definition.openedAt) return definition.openedAt;
  let opening = openings.get(profile);
  if (!opening) {
    opening = DateTime.fromISO(profile.opensOn, { zone: ZONE }).toISO() as string;
    openings.set(profile, opening);
  }
  return opening;
}

const openings = new WeakMap<Profile, string>();

function parseDefinition(raw: CycleDefinitionInput | CycleDefinition | unknown): CycleDefinition {
  const parsed = CycleDefinitionSchema.safeParse(raw);
  if (!parsed.success)
    throw new CycleInputError(
      toInputIssues(parsed.error),
      text('định nghĩa đợt', 'cycle definition'),
    );
  return parsed.data;
}

function parseProfile(raw: Profile | ProfileInput): Profile {
  try {
    return loadProfile(raw);
  } catch (err) {
    const issues = (err as { issues?: readonly InputIssue[] }).issues;
    if (!issues) throw err;
    throw new CycleInputError(
      issues.map((i) => ({ ...i, path: ['options', 'profile', ...i.path] })),
    );
  }
}

/**
 * What the definition names in the profile, checked when the cycle opens (the profile registry is
 * above the schema's layer): the organizer, the issuer and every route's recipient are parties of
 * the profile, every subject's `category` one of its categories, every `dossierItems` id an item
 * of its dossier list.
 */
function profileReferences(d: CycleDefinition, profile: Profile): InputIssue[] {
  const issues: InputIssue[] = [];
  const parties = new Set(profile.parties.map((p) => p.id));
  const categories = new Set([...profile.collectives, ...profile.individuals].map((c) => c.id));
  const items = new Set(profile.dossier.map((x) => x.id));
  const missing = (
    path: Array<string | number>,
    code: string,
    what: [string, string],
    id: string,
  ) =>
    issues.push({
      path,
      code,
      message: text(
        `Hồ sơ cấu hình "${profile.id}" không có ${what[0]} "${id}".`,
        `Profile "${profile.id}" has no ${what[1]} "${id}".`,
      ),
    });
  const party: [string, string] = ['cơ quan', 'party'];
  if (!parties.has(d.organizer)) missing(['organizer'], 'unknown_party', party, d.organizer);
  if (!parties.has(d.issuer)) missing(['issuer'], 'unknown_party', party, d.issuer);
  d.routes.forEach((r, i) => {
    if (!parties.has(r.to)) missing(['routes', i, 'to'], 'unknown_party', party, r.to);
  });
  d.subjects.forEach((s, i) => {
    if (s.category !== undefined && !categories.has(s.category))
      missing(['subjects', i, 'category'], 'unknown_category', ['nhóm', 'category'], s.category);
    (s.dossierItems ?? []).forEach((id, j) => {
      if (!items.has(id))
        missing(
          ['subjects', i, 'dossierItems', j],
          'unknown_item',
          ['mục hồ sơ', 'dossier item'],
          id,
        );
    });
  });
  return issues;
}

/**
 * The index a cycle starts with (state `draft`): the validated definition, the profile, one entry
 * per subject (`preparing`; an excluded subject is marked), X-ORDER's prerequisites (a circular
 * order is refused), and one dossier entry per unit that has a subject under review, due at the
 * profile's submission deadline. Throws {@link CycleInputError} (located, bilingual).
 */
export function openCycleIndex(
  definition: CycleDefinitionInput | CycleDefinition | unknown,
  options: OpenCycleOptions = {},
): CycleIndex {
  const d = parseDefinition(definition);
  const own = options.profile ? parseProfile(options.profile) : null;
  const profile = own ?? getProfile(d.profile, d.year);
  if (!profile) throw unknownProfile(d);
  if (profile.id !== d.profile)
    throw new CycleInputError([
      {
        path: ['profile'],
        code: 'other_profile',
        message: text(
          `Định nghĩa đợt dùng hồ sơ "${d.profile}", nhưng hồ sơ được đưa là "${profile.id}".`,
          `The definition names profile "${d.profile}", but the profile given is "${profile.id}".`,
        ),
      },
    ]);
  const references = profileReferences(d, profile);
  if (references.length > 0) throw new CycleInputError(references);
  const order = prerequisites(d.subjects, d.units);
  const circular = orderCycles(d.subjects, order);
  if (circular.length > 0) throw new CycleInputError(circular);
  const subjects: CycleSubjectEntry[] = d.subjects.map((s) => ({
    id: s.id,
    stage: s.excluded ? 'notReviewed' : 'preparing',
    ...(s.excluded ? { excluded: true, statusReason: s.excluded.reason } : {}),
    prerequisites: (order.get(s.id) ?? []).map((p) => p.id),
  }));
  const dueAt = dossierDue(profile, d.year);
  const sending = new Set(d.subjects.filter((s) => !s.excluded).map((s) => s.unitId));
  const units: CycleUnitEntry[] = d.units
    .filter((u) => sending.has(u.id))
    .map((u) => ({ id: u.id, dueAt, timing: 'missing' }));
  const opening = defaultOpening(d, profile);
  return {
    format: CYCLE_INDEX_FORMAT,
    definition: d,
    profile: own,
    state: 'draft',
    now: opening,
    openedAt: null,
    subjects,
    units,
    summary: null,
    compiledAt: null,
    overrides: [],
    audit: { seq: 0, head: '' },
  };
}

import { z } from 'zod';
import { IsoDate } from './common.js';
import { TextSchema } from './text.js';

/**
 * How a letter's date is read (PROCESS.md §3): `before` — "trước ngày X", due at 00:00 on X (the
 * default); `by` — "đến hết ngày X", due at 24:00 on X.
 */
export const READINGS = ['before', 'by'] as const;
export type Reading = (typeof READINGS)[number];

/** What a missed deadline does (PROCESS.md §3): `warn` (the default) or `block` late submissions. */
export const DEADLINE_POLICIES = ['warn', 'block'] as const;
export type DeadlinePolicy = (typeof DEADLINE_POLICIES)[number];

/** Who acts (DOMAIN.md § Roles). */
export const ACTOR_ROLES = [
  'subject',
  'unitHead',
  'superior',
  'appraiser',
  'authority',
  'organizer',
  'observer',
] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/**
 * The steps of one subject's review a deadline may guard (PROCESS.md §1); the final steps need none.
 * `complaint` is the complaint sub-flow of `published`.
 */
export const GUARDABLE_STAGES = [
  'preparing',
  'suggested',
  'selfReview',
  'meeting',
  'appraisal',
  'decision',
  'published',
  'complaint',
] as const;
export type GuardableStage = (typeof GUARDABLE_STAGES)[number];

/**
 * The step a deadline of a profile guards: a step of one subject's review ({@link GUARDABLE_STAGES})
 * or of the cycle (PROCESS.md §4): `plan` (the cycle's own plan), `dossierSubmission` (units send
 * results and dossiers), `summary` (the organizer compiles the summary), `report` (the summary goes
 * up). One list, so a profile's review deadlines always name a step the review machine knows.
 */
export const DEADLINE_GUARDS = [
  ...GUARDABLE_STAGES,
  'plan',
  'dossierSubmission',
  'summary',
  'report',
] as const;
export type DeadlineGuard = (typeof DEADLINE_GUARDS)[number];

/** A lower-case id: `ho-so`, `02-a`, `kon-tum-2024`. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected lower-case letters, digits and dashes');

/** One deadline of a cycle, as written in the letter that opened it. */
export const DeadlineDefSchema = z.strictObject({
  id: Slug,
  label: TextSchema,
  /** X in "trước ngày X". */
  date: IsoDate,
  /** Default: the profile's `readings.reading`. */
  reading: z.enum(READINGS).optional(),
  /** Default: the profile's `readings.rollForward`. */
  rollForward: z.boolean().optional(),
  guards: z.enum(DEADLINE_GUARDS),
  policy: z.enum(DEADLINE_POLICIES).default('warn'),
  /** Who must act: a role, and the party (an id of the profile's `parties`) when one body does. */
  actor: z.strictObject({ role: z.enum(ACTOR_ROLES), party: Slug.optional() }),
  /** Who receives what is due (an id of the profile's `parties`). */
  recipient: Slug.optional(),
  /** Where the date is written, e.g. `Công văn …-CV/BCSD, mục 3`. */
  citation: z.string().min(1).optional(),
  note: TextSchema.optional(),
});
export type DeadlineDefInput = z.input<typeof DeadlineDefSchema>;
export type DeadlineDef = z.output<typeof DeadlineDefSchema>;

/** The profile's deadline readings (PROCESS.md §3). */
export const ReadingsSchema = z
  .strictObject({
    reading: z.enum(READINGS).default('before'),
    /** Bộ luật Dân sự Điều 148 roll-forward for fixed dates: off unless the profile says so. */
    rollForward: z.boolean().default(false),
    /** When `deadline.approaching` fires, in working days (default 3). */
    leadWorkingDays: z.number().int().min(0).max(60).default(3),
    /** 24/11 Ngày Văn hóa Việt Nam as a day off (announced, not yet confirmed in law). */
    cultureDay: z.boolean().default(false),
  })
  .default({ reading: 'before', rollForward: false, leadWorkingDays: 3, cultureDay: false });
export type Readings = z.output<typeof ReadingsSchema>;

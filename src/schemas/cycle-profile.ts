import { DateTime } from 'luxon';
import { z } from 'zod';
import { ZONE } from '../core/zone.js';
import { RULE_SET_IDS, SUBJECT_KINDS } from './assessment.js';
import { addIssue, IsoDate, Year } from './common.js';
import { DeadlineDefSchema, GUARDABLE_STAGES, ReadingsSchema, Slug } from './deadline.js';
import { RulesProfileSchema } from './profile.js';
import { TextSchema } from './text.js';

/** A body that issues, organises, receives or acts (Sở Nội vụ, Ban Tổ chức Tỉnh ủy, …). */
export const PartySchema = z.strictObject({ id: Slug, name: TextSchema });

/** A document the cycle rests on or asks the reviews to address. */
export const DocumentRefSchema = z.strictObject({
  id: Slug,
  /** Its number as written: `124-QĐ/TW`, `3314/SNV-CCVC`. */
  reference: z.string().min(1),
  date: IsoDate.optional(),
  title: TextSchema,
});

/** A category of collectives or individuals the cycle reviews. */
export const CategorySchema = z.strictObject({
  id: Slug,
  label: TextSchema,
  /** What the category explicitly includes (the seed's footnote 6). */
  includes: z.array(TextSchema).default([]),
  /** The party whose management scope defines it (an id of `parties`). */
  managedBy: Slug.optional(),
  /** The document that defines the scope (e.g. `746-QĐ/TU`). */
  basis: z.string().min(1).optional(),
});

/** Where results go besides the organizer (PROCESS.md §4: routing). */
export const RouteSchema = z.strictObject({
  id: Slug,
  /** An id of `parties`. */
  to: Slug,
  /** Category ids whose results go there; empty means every subject. */
  categories: z.array(Slug).default([]),
  purpose: TextSchema,
});

/** An addressee of the letter (Kính gửi), possibly reached through someone (footnote 1). */
export const AddresseeSchema = z.strictObject({
  id: Slug,
  label: TextSchema,
  via: TextSchema.optional(),
  members: z.array(TextSchema).default([]),
});

/** A form of the cycle, as data the host fills (which subject takes which form is the host's). */
export const FormSchema = z.strictObject({
  id: z.string().min(1),
  title: TextSchema,
  subject: z.enum(SUBJECT_KINDS),
  /** The document that issues the form. */
  source: z.string().min(1).optional(),
});

/** A document of the dossier (hồ sơ) and when it is required (PROCESS.md §4; QĐ 366 Điều 17). */
export const DossierItemSchema = z.strictObject({
  id: Slug,
  label: TextSchema,
  subject: z.enum(['collective', 'individual', 'both']),
  required: z.enum(['always', 'if-suggestions', 'if-complaint', 'if-required']),
});

/** Process switches of the cycle (PROCESS.md §1). */
export const ProcessSettingsSchema = z
  .strictObject({
    /** Seed item 2: a subject with suggestions explains them before its meeting. */
    explanationBeforeMeeting: z.boolean().default(true),
    /** HD 43: a collective's draft report reaches participants ≥ 3 working days before. */
    draftReportWorkingDays: z.number().int().min(0).max(30).default(3),
    /** Seed footnote 5: an individual writes exactly one self-review. */
    selfReviewsPerIndividual: z.number().int().min(1).default(1),
    /** QĐ 366 Điều 15: quarterly reviews feed the annual one. */
    quarterlyReviews: z.boolean().default(false),
  })
  .default({
    explanationBeforeMeeting: true,
    draftReportWorkingDays: 3,
    selfReviewsPerIndividual: 1,
    quarterlyReviews: false,
  });

type Ctx = z.core.$RefinementCtx;

type Listed = readonly [string, ReadonlyArray<{ readonly id: string }>];

/** Ids unique across the given lists (collectives and individuals share one id space). */
function uniqueIds(ctx: Ctx, ...lists: Listed[]): void {
  const seen = new Set<string>();
  for (const [at, list] of lists)
    list.forEach((item, i) => {
      if (seen.has(item.id))
        addIssue(
          ctx,
          [at, i, 'id'],
          'duplicate_id',
          `Mã "${item.id}" bị lặp (${at}).`,
          `Duplicate id "${item.id}" (${at}).`,
        );
      seen.add(item.id);
    });
}

function knownParty(
  ctx: Ctx,
  parties: ReadonlySet<string>,
  id: string | undefined,
  path: Array<string | number>,
): void {
  if (id !== undefined && !parties.has(id))
    addIssue(
      ctx,
      path,
      'unknown_party',
      `Không có cơ quan "${id}" trong parties.`,
      `No party "${id}" in parties.`,
    );
}

/**
 * A whole profile (RULES.md §6, PROCESS.md §3–4): the classification settings of
 * `RulesProfileSchema` plus the cycle — who runs it, the review year and rule set, when it opens,
 * its deadlines and how they are read, the subjects, routing, forms, review topics and dossier.
 *
 * A deadline may not fall before the cycle opens: its due instant must come after 00:00 on
 * `opensOn` (so "trước ngày X" needs X > opensOn, "đến hết ngày X" needs X ≥ opensOn).
 * Rule switches are checked against the rule catalogue by `loadProfile` (src/profiles), since the
 * catalogue lives above this layer.
 */
export const ProfileSchema = RulesProfileSchema.extend({
  id: Slug,
  title: TextSchema,
  reviewYear: Year,
  ruleSet: z.enum(RULE_SET_IDS),
  /** Every body named below, by id. */
  parties: z.array(PartySchema).min(1),
  /** Runs the cycle, receives dossiers, compiles the summary (an id of `parties`). */
  organizer: Slug,
  /** Issued the letter that opened the cycle (an id of `parties`). */
  issuer: Slug,
  /** The letter itself. */
  letter: z
    .strictObject({
      reference: z.string().min(1).optional(),
      date: IsoDate.optional(),
      title: TextSchema,
    })
    .optional(),
  /** The cycle's opening date: no deadline may fall due before it. */
  opensOn: IsoDate,
  basis: z.array(DocumentRefSchema).default([]),
  readings: ReadingsSchema,
  deadlines: z.array(DeadlineDefSchema).default([]),
  /**
   * The review-step deadlines a unit works to (suggestions, self-review, meeting, appraisal,
   * decision), when the letter sets only the cycle's dates: the organizer's reading of what must be
   * done before the dossier deadline. Each guards a step of one review (`GUARDABLE_STAGES`);
   * `reviewDeadlinesFor(profile)` turns them, with the letter's own review-step deadlines, into
   * each review's `deadlines` input.
   */
  reviewDeadlines: z.array(DeadlineDefSchema).default([]),
  addressees: z.array(AddresseeSchema).default([]),
  collectives: z.array(CategorySchema).default([]),
  individuals: z.array(CategorySchema).default([]),
  routing: z.array(RouteSchema).default([]),
  forms: z.array(FormSchema).default([]),
  /** Documents every self-review must address (seed item 1: QĐ 144-QĐ/TW, 09-NQ/TU). */
  reviewTopics: z.array(DocumentRefSchema).default([]),
  dossier: z.array(DossierItemSchema).default([]),
  process: ProcessSettingsSchema,
}).superRefine((p, ctx) => {
  const parties = new Set(p.parties.map((x) => x.id));
  uniqueIds(ctx, ['parties', p.parties]);
  uniqueIds(ctx, ['deadlines', p.deadlines], ['reviewDeadlines', p.reviewDeadlines]);
  uniqueIds(ctx, ['collectives', p.collectives], ['individuals', p.individuals]);
  uniqueIds(ctx, ['routing', p.routing]);
  uniqueIds(ctx, ['forms', p.forms]);
  uniqueIds(ctx, ['reviewTopics', p.reviewTopics]);
  uniqueIds(ctx, ['dossier', p.dossier]);
  uniqueIds(ctx, ['basis', p.basis]);
  uniqueIds(ctx, ['addressees', p.addressees]);
  knownParty(ctx, parties, p.organizer, ['organizer']);
  knownParty(ctx, parties, p.issuer, ['issuer']);
  const categories = new Set([...p.collectives, ...p.individuals].map((c) => c.id));
  p.routing.forEach((r, i) => {
    knownParty(ctx, parties, r.to, ['routing', i, 'to']);
    r.categories.forEach((c, j) => {
      if (!categories.has(c))
        addIssue(
          ctx,
          ['routing', i, 'categories', j],
          'unknown_category',
          `Không có nhóm "${c}".`,
          `No category "${c}".`,
        );
    });
  });
  for (const list of ['collectives', 'individuals'] as const)
    p[list].forEach((c, i) => {
      knownParty(ctx, parties, c.managedBy, [list, i, 'managedBy']);
    });
  const opens = DateTime.fromISO(p.opensOn, { zone: ZONE });
  const dated = [
    ...p.deadlines.map((d, i) => ({ d, at: ['deadlines', i] as Array<string | number> })),
    ...p.reviewDeadlines.map((d, i) => ({
      d,
      at: ['reviewDeadlines', i] as Array<string | number>,
    })),
  ];
  p.reviewDeadlines.forEach((d, i) => {
    if (!(GUARDABLE_STAGES as readonly string[]).includes(d.guards))
      addIssue(
        ctx,
        ['reviewDeadlines', i, 'guards'],
        'not_a_review_step',
        `Hạn "${d.id}" phải áp dụng cho một bước của cuộc kiểm điểm (${GUARDABLE_STAGES.join(', ')}), không phải "${d.guards}".`,
        `Deadline "${d.id}" must guard a step of a review (${GUARDABLE_STAGES.join(', ')}), not "${d.guards}".`,
      );
  });
  dated.forEach(({ d, at }) => {
    knownParty(ctx, parties, d.actor.party, [...at, 'actor', 'party']);
    knownParty(ctx, parties, d.recipient, [...at, 'recipient']);
    const date = DateTime.fromISO(d.date, { zone: ZONE });
    if (!opens.isValid || !date.isValid) return;
    const reading = d.reading ?? p.readings.reading;
    const tooEarly = reading === 'before' ? date <= opens : date < opens;
    if (tooEarly)
      addIssue(
        ctx,
        [...at, 'date'],
        'before_opening',
        `Hạn "${d.id}" (${reading === 'before' ? 'trước ngày' : 'đến hết ngày'} ${d.date}) rơi vào trước khi đợt kiểm điểm mở ngày ${p.opensOn}.`,
        `Deadline "${d.id}" (${reading} ${d.date}) falls due before the cycle opens on ${p.opensOn}.`,
      );
  });
});
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Profile = z.output<typeof ProfileSchema>;

import { z } from 'zod';
import { RULE_SET_IDS, refineEmployment, refineKindRole } from './assessment.js';
import { addIssue, Year } from './common.js';
import { Id, Instant, Prose } from './review-boundary.js';
import { ParticipantsSchema, SUBJECT_FACTS } from './review-input.js';
import { TextSchema } from './text.js';

/**
 * A unit of the cycle (cơ quan, đơn vị): a department, an association, a board, a public service
 * unit, a fund, a state company, or one of their sub-units (`parentId`). Its dossier goes to the
 * organizer; X-ORDER rates a lower unit's collectives before its parent's.
 */
export const CycleUnitSchema = z.strictObject({
  id: Id,
  name: Prose,
  /** The unit directly above (an id of `units`); absent for a unit directly under the issuer. */
  parentId: Id.optional(),
  /** What kind of unit, in the letter's words (`department`, `association`, `company`, …). */
  type: Id.optional(),
  /** Reached through someone (the seed's footnote 1: the state capital representative). */
  via: TextSchema.optional(),
  /** The persons who send this unit's dossier (host ids); default: every unitHead of its subjects. */
  senders: z.array(Id).default([]),
});
export type CycleUnitInput = z.input<typeof CycleUnitSchema>;
export type CycleUnit = z.output<typeof CycleUnitSchema>;

/**
 * One subject of the cycle: who is reviewed, the facts X-ORDER, the quota and routing read, and
 * the persons who act in its review (`participants`, by role).
 */
export const CycleSubjectSchema = z
  .strictObject({
    id: Id,
    name: Prose,
    // kind, role, regime, employment, unitId (an id of `units`), scope (routes results by
    // `routes`), group (X-QUOTA; default `kind/role (ruleSet)`): as in a review's subject
    ...SUBJECT_FACTS,
    /** The profile's category (e.g. `leaders-btv`): the profile's `routing` reads it. */
    category: Id.optional(),
    /** The self-review form (02-A … 02-D). */
    form: Prose.optional(),
    /** Individuals: the person, linking one person's civil-service and party reviews (X-ORDER). */
    personId: Id.optional(),
    /** An individual who heads this unit (an id of `units`). */
    headOfUnitId: Id.optional(),
    /** An individual who is a member of this collective (an id of a collective subject). */
    memberOf: Id.optional(),
    /**
     * The competent authority (cấp có thẩm quyền) that decides the level, a party's or a person's
     * id. It, or a person of `participants.authority`, alone may give this subject's X-QUOTA
     * override at FINALIZE.
     */
    authority: Id.optional(),
    participants: ParticipantsSchema.default({}),
    /**
     * Items of the profile's dossier list marked `if-required` that this subject's dossier must
     * hold (e.g. `residence-comments`, the residence party committee's comments).
     */
    dossierItems: z.array(Id).optional(),
    /** Q*-EXCLUDE: the subject is not reviewed this cycle, and why (ends `notReviewed`). */
    excluded: z.strictObject({ reason: TextSchema, rule: Prose.optional() }).optional(),
  })
  .superRefine((s, ctx) => {
    refineKindRole(ctx, s.kind, s.role);
    refineEmployment(ctx, s.regime, s.employment);
    if (s.kind === 'collective' && (s.headOfUnitId || s.memberOf || s.personId))
      addIssue(
        ctx,
        [s.headOfUnitId ? 'headOfUnitId' : s.memberOf ? 'memberOf' : 'personId'],
        'individual_only',
        'Chỉ cá nhân mới có headOfUnitId, memberOf, personId.',
        'Only an individual has headOfUnitId, memberOf or personId.',
      );
  });
export type CycleSubjectInput = z.input<typeof CycleSubjectSchema>;
export type CycleSubject = z.output<typeof CycleSubjectSchema>;

/** A second recipient of results (PROCESS.md §4 routing), by management scope. */
export const CycleRouteSchema = z.strictObject({
  /** The body that receives (a party id). */
  to: Id,
  /** Subjects whose `scope` is one of these go there too. */
  scopes: z.array(Id).min(1),
});

/**
 * The display name of a comparable group (nhóm đối tượng tương đồng) or a management scope (diện
 * quản lý) the subjects name by id: what the summary and its exports print (the JSON keeps the id).
 */
export const CycleNameSchema = z.strictObject({ id: Id, name: TextSchema });
export type CycleNameInput = z.input<typeof CycleNameSchema>;
export type CycleName = z.output<typeof CycleNameSchema>;

/**
 * A cycle definition (đợt kiểm điểm; PROCESS.md §4): the input of `cycleMachine`. One organizer,
 * one issuer, one review year, one profile; the units and the subjects with their relations; the
 * persons who act for the organizer; where results go besides the organizer.
 *
 * `profile` names a bundled profile (`getProfile(profile, year)`); its deadlines, dossier list,
 * rules and quota apply. Validation here is structural; references to the profile are checked
 * by the cycle when it opens (the profile registry lives above this layer).
 */
export const CycleDefinitionSchema = z
  .strictObject({
    id: Id,
    title: TextSchema.optional(),
    year: Year,
    profile: Id,
    /** Default: the profile's rule set for the party regime, `ruleSetFor` for the civil one. */
    ruleSet: z.enum(RULE_SET_IDS).optional(),
    /** The body that runs the cycle, receives dossiers and compiles the summary (party id). */
    organizer: Id,
    /** The body that issued the letter (party id). */
    issuer: Id,
    /** The persons who act for the organizer (COMPILE_SUMMARY, FINALIZE, dossiers received). */
    organizerPersons: z.array(Id).min(1),
    /** When the cycle opens; default 00:00 of the profile's `opensOn`. */
    openedAt: Instant.optional(),
    units: z.array(CycleUnitSchema).min(1),
    subjects: z.array(CycleSubjectSchema).min(1),
    routes: z.array(CycleRouteSchema).default([]),
    /**
     * Names of the comparable groups the subjects name (`subjects[].group`). Optional, and may name
     * only some: a group without an entry is printed by its id. An entry for a group no subject
     * names is refused (`unknown_group`, a likely typo), as is an id named twice.
     */
    groups: z.array(CycleNameSchema).optional(),
    /** Names of the management scopes of `subjects[].scope` and `routes[].scopes`, the same way. */
    scopes: z.array(CycleNameSchema).optional(),
  })
  .superRefine((d, ctx) => {
    refineNames(ctx, 'groups', d.groups, new Set(d.subjects.map((s) => s.group)));
    const scopes = new Set<string | undefined>(d.subjects.map((s) => s.scope));
    for (const r of d.routes) for (const s of r.scopes) scopes.add(s);
    refineNames(ctx, 'scopes', d.scopes, scopes);
    const units = new Map(d.units.map((u) => [u.id, u]));
    const subjects = new Map(d.subjects.map((s) => [s.id, s]));
    const seenUnits = new Set<string>();
    d.units.forEach((u, i) => {
      if (seenUnits.has(u.id))
        addIssue(
          ctx,
          ['units', i, 'id'],
          'duplicate_id',
          `Đơn vị "${u.id}" bị lặp.`,
          `Unit "${u.id}" appears twice.`,
        );
      seenUnits.add(u.id);
      if (u.parentId !== undefined && !units.has(u.parentId))
        addIssue(
          ctx,
          ['units', i, 'parentId'],
          'unknown_unit',
          `Không có đơn vị "${u.parentId}".`,
          `No unit "${u.parentId}".`,
        );
    });
    d.units.forEach((u, i) => {
      const path = new Set<string>([u.id]);
      for (let p = u.parentId; p !== undefined; p = units.get(p)?.parentId) {
        if (path.has(p)) {
          addIssue(
            ctx,
            ['units', i, 'parentId'],
            'unit_cycle',
            `Đơn vị "${u.id}" nằm trong một vòng cấp trên – cấp dưới.`,
            `Unit "${u.id}" is its own ancestor.`,
          );
          break;
        }
        path.add(p);
      }
    });
    const seen = new Set<string>();
    d.subjects.forEach((s, i) => {
      const at = (field: string, code: string, vi: string, en: string) =>
        addIssue(ctx, ['subjects', i, field], code, vi, en);
      if (seen.has(s.id))
        at('id', 'duplicate_id', `Đối tượng "${s.id}" bị lặp.`, `Subject "${s.id}" appears twice.`);
      seen.add(s.id);
      if (!units.has(s.unitId))
        at('unitId', 'unknown_unit', `Không có đơn vị "${s.unitId}".`, `No unit "${s.unitId}".`);
      if (s.headOfUnitId !== undefined && !units.has(s.headOfUnitId))
        at(
          'headOfUnitId',
          'unknown_unit',
          `Không có đơn vị "${s.headOfUnitId}".`,
          `No unit "${s.headOfUnitId}".`,
        );
      if (s.memberOf !== undefined && subjects.get(s.memberOf)?.kind !== 'collective')
        at(
          'memberOf',
          'unknown_collective',
          `Không có tập thể "${s.memberOf}".`,
          `No collective subject "${s.memberOf}".`,
        );
    });
  });
/** Names of groups or scopes: each id once, and one the definition uses (`used`). */
function refineNames(
  ctx: z.core.$RefinementCtx,
  field: 'groups' | 'scopes',
  names: readonly CycleName[] | undefined,
  used: ReadonlySet<string | undefined>,
): void {
  const seen = new Set<string>();
  names?.forEach((n, i) => {
    if (seen.has(n.id))
      addIssue(
        ctx,
        [field, i, 'id'],
        'duplicate_id',
        `"${n.id}" được đặt tên hai lần.`,
        `"${n.id}" is named twice.`,
      );
    seen.add(n.id);
    if (used.has(n.id)) return;
    if (field === 'groups')
      addIssue(
        ctx,
        [field, i, 'id'],
        'unknown_group',
        `Không đối tượng nào thuộc nhóm "${n.id}" (subjects[].group).`,
        `No subject is in group "${n.id}" (subjects[].group).`,
      );
    else
      addIssue(
        ctx,
        [field, i, 'id'],
        'unknown_scope',
        `Không đối tượng hay nơi nhận nào thuộc diện quản lý "${n.id}" (subjects[].scope, routes[].scopes).`,
        `No subject or route has the management scope "${n.id}" (subjects[].scope, routes[].scopes).`,
      );
  });
}

export type CycleDefinitionInput = z.input<typeof CycleDefinitionSchema>;
export type CycleDefinition = z.output<typeof CycleDefinitionSchema>;

import { z } from 'zod';
import { addIssue, Year } from './common.js';
import {
  ConfidenceSchema,
  CriteriaSchema,
  DisciplineSchema,
  FLAG_KINDS,
  FLAG_NAMES,
  FlagsSchema,
  PartySchema,
  PointsSchema,
  ServiceSchema,
  ShortcomingsSchema,
  TaskCountsSchema,
  UnitSchema,
} from './parts.js';
import { checkPeriods, PeriodsSchema } from './periods.js';

export const RULE_SET_IDS = [
  'qd124-2023',
  'qd366-2025',
  'nd90-2020',
  'nd335-2025',
  'nd233-2026',
] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

export const REGIMES = ['party', 'civil-service'] as const;
export type Regime = (typeof REGIMES)[number];

/** Civil-service employment (RULES.md §7): công chức, viên chức, cán bộ. */
export const EMPLOYMENTS = ['civil-servant', 'public-employee', 'cadre'] as const;
export type Employment = (typeof EMPLOYMENTS)[number];

/** `regime: 'civil-service'` needs `employment` (RULES.md §7): a located issue otherwise. */
export function refineEmployment(
  ctx: z.core.$RefinementCtx,
  regime: Regime,
  employment: Employment | undefined,
): void {
  if (regime === 'civil-service' && employment === undefined)
    addIssue(
      ctx,
      ['employment'],
      'required',
      `Chế độ công vụ cần "employment": ${EMPLOYMENTS.join(', ')} (công chức, viên chức, cán bộ).`,
      `The civil-service regime needs "employment": ${EMPLOYMENTS.join(', ')}.`,
    );
}

export const SUBJECT_KINDS = ['collective', 'individual'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const COLLECTIVE_ROLES = ['leadership', 'party-organization'] as const;
export const INDIVIDUAL_ROLES = ['leader', 'member', 'outside'] as const;
export const SUBJECT_ROLES = [...COLLECTIVE_ROLES, ...INDIVIDUAL_ROLES] as const;
export type SubjectRole = (typeof SUBJECT_ROLES)[number];

/** A collective's role is one of COLLECTIVE_ROLES, an individual's one of INDIVIDUAL_ROLES. */
export function refineKindRole(
  ctx: z.core.$RefinementCtx,
  kind: SubjectKind,
  role: SubjectRole,
): void {
  const collective = (COLLECTIVE_ROLES as readonly string[]).includes(role);
  if (kind === 'collective' && !collective)
    addIssue(
      ctx,
      ['role'],
      'role_kind',
      `Tập thể chỉ có vai trò ${COLLECTIVE_ROLES.join(', ')}; nhận "${role}".`,
      `A collective's role is one of ${COLLECTIVE_ROLES.join(', ')}; got "${role}".`,
    );
  if (kind === 'individual' && collective)
    addIssue(
      ctx,
      ['role'],
      'role_kind',
      `Cá nhân chỉ có vai trò ${INDIVIDUAL_ROLES.join(', ')}; nhận "${role}".`,
      `An individual's role is one of ${INDIVIDUAL_ROLES.join(', ')}; got "${role}".`,
    );
}

/**
 * One subject's facts for one review year: the input of `classify()` (CONTRACT.md § Assessment).
 * Objects are strict: a misspelt field (`"degredation": true`) is an error, never silently dropped,
 * because a dropped trigger would give a wrong level.
 */
export const AssessmentSchema = z
  .strictObject({
    id: z.string().min(1),
    kind: z.enum(SUBJECT_KINDS),
    role: z.enum(SUBJECT_ROLES),
    year: Year,
    regime: z.enum(REGIMES).default('party'),
    /** Civil-service regime only: which civil-service law rates the person (RULES.md §7). */
    employment: z.enum(EMPLOYMENTS).optional(),
    ruleSet: z.enum(RULE_SET_IDS).optional(),
    /** Comparable group (nhóm đối tượng tương đồng) for the EXCELLENT quota. */
    group: z.string().min(1).optional(),
    /** The host's own label and unit reference; not used by the rules. */
    name: z.string().optional(),
    unitId: z.string().optional(),
    /**
     * An individual who heads this unit (the `unitId` of its leadership collective): a fact for the
     * cross-subject checks only (X-HEAD-CAP), never read by the rules, so it changes no outcome.
     * Not in CONTRACT.md's example: an optional addition, mirroring the cycle definition's
     * `headOfUnitId` (cycle-definition.ts) and the result row's (CONTRACT.md § Cross-subject
     * checks), so that `kiemdiem classify --rows` carries the head facts a cycle carries.
     */
    headOfUnitId: z.string().min(1).optional(),
    points: PointsSchema.optional(),
    /** nd335 / nd233: scored periods (months or quarters) instead of `points` (RULES.md §4). */
    periods: PeriodsSchema.optional(),
    criteria: CriteriaSchema.optional(),
    /** The subject's own tasks; required by the rule sets that read them (not by scored periods). */
    tasks: TaskCountsSchema.optional(),
    unit: UnitSchema.optional(),
    discipline: z.array(DisciplineSchema).default([]),
    memberDiscipline: z.array(DisciplineSchema).default([]),
    confidence: ConfidenceSchema.optional(),
    previousShortcomings: ShortcomingsSchema.optional(),
    flags: FlagsSchema.default(FlagsSchema.parse({})),
    /**
     * Flags whose violation the subject detected and remedied itself (tự phát hiện và khắc phục
     * xong hậu quả). Not in CONTRACT.md's example: added because the regulations waive a trigger in
     * that case, and a flag alone cannot say so. Each name must also be `true` in `flags`.
     */
    remediedFlags: z.array(z.enum(FLAG_NAMES)).default([]),
    service: ServiceSchema.optional(),
    party: PartySchema.optional(),
    forceMajeure: z.boolean().default(false),
  })
  .superRefine((a, ctx) => {
    refineKindRole(ctx, a.kind, a.role);
    refineEmployment(ctx, a.regime, a.employment);
    refineFlagKinds(ctx, a.kind, a.flags);
    if (a.kind === 'collective' && a.headOfUnitId !== undefined)
      addIssue(
        ctx,
        ['headOfUnitId'],
        'individual_only',
        'Chỉ cá nhân mới có headOfUnitId (người đứng đầu đơn vị).',
        'Only an individual has headOfUnitId (the head of a unit).',
      );
    if (a.periods)
      for (const i of checkPeriods(a.periods, a.year))
        addIssue(ctx, i.path, i.code, i.message.vi, i.message.en);
    for (const list of ['discipline', 'memberDiscipline'] as const)
      a[list].forEach((d, i) => {
        if (d.countedInYear !== null && d.countedInYear > a.year)
          addIssue(
            ctx,
            [list, i, 'countedInYear'],
            'counted_after_year',
            `countedInYear (${d.countedInYear}) sau năm đánh giá ${a.year}: một vi phạm chỉ có thể đã được tính ở năm trước.`,
            `countedInYear (${d.countedInYear}) is after the review year ${a.year}: a violation can only have been counted in an earlier year.`,
          );
      });
    a.remediedFlags.forEach((flag, i) => {
      if (!a.flags[flag])
        addIssue(
          ctx,
          ['remediedFlags', i],
          'remedied_flag_not_set',
          `"${flag}" được ghi là đã khắc phục nhưng flags.${flag} không bật.`,
          `"${flag}" is listed as remedied but flags.${flag} is not true.`,
        );
    });
  });

/** A flag `true` on a subject of the other kind is invalid, naming the flag meant (RULES.md, "Flags"). */
function refineFlagKinds(
  ctx: z.core.$RefinementCtx,
  kind: SubjectKind,
  flags: Readonly<Record<(typeof FLAG_NAMES)[number], boolean>>,
): void {
  for (const name of FLAG_NAMES) {
    const spec = FLAG_KINDS[name];
    if (!flags[name] || spec.kind === kind) continue;
    const [vi, en] =
      spec.kind === 'collective' ? ['tập thể', 'collectives'] : ['cá nhân', 'individuals'];
    const meantVi = spec.meant
      ? ` Với ${kind === 'collective' ? 'tập thể' : 'cá nhân'}, dùng ${spec.meant}.`
      : '';
    const meantEn = spec.meant
      ? ` For ${kind === 'collective' ? 'a collective' : 'an individual'}, use ${spec.meant}.`
      : '';
    addIssue(
      ctx,
      ['flags', name],
      'flag_wrong_kind',
      `flags.${name} chỉ áp dụng cho ${vi}.${meantVi}`,
      `flags.${name} applies to ${en} only.${meantEn}`,
    );
  }
}

/** An assessment as written by a host (defaults may be omitted). */
export type AssessmentInput = z.input<typeof AssessmentSchema>;
/** An assessment after validation, defaults filled in: what the rules read. */
export type Assessment = z.output<typeof AssessmentSchema>;

import { z } from 'zod';
import { addIssue, Count, IsoDate, Year } from './common.js';

/**
 * Task counts: total `T`, completed `C`, completed on time `O`, completed beyond requirement `E`,
 * and `lowQuality`: completed but short of quality or effectiveness (NĐ 90 "chưa bảo đảm chất
 * lượng, hiệu quả"). The host counts a task once (RULES.md §3): a late task of low quality is
 * counted as late only; the rules read "not ensured" as `min(C, late + lowQuality)`.
 */
export const TaskCountsSchema = z
  .strictObject({
    total: Count,
    completed: Count,
    onTime: Count,
    exceeded: Count,
    lowQuality: Count.default(0),
  })
  .superRefine((t, ctx) => {
    if (t.completed > t.total)
      addIssue(
        ctx,
        ['completed'],
        'completed_gt_total',
        `Số hoàn thành (${t.completed}) lớn hơn tổng số (${t.total}).`,
        `completed (${t.completed}) exceeds total (${t.total}).`,
      );
    if (t.onTime > t.completed)
      addIssue(
        ctx,
        ['onTime'],
        'on_time_gt_completed',
        `Số đúng hạn (${t.onTime}) lớn hơn số hoàn thành (${t.completed}).`,
        `onTime (${t.onTime}) exceeds completed (${t.completed}).`,
      );
    if (t.exceeded > t.completed)
      addIssue(
        ctx,
        ['exceeded'],
        'exceeded_gt_completed',
        `Số vượt mức (${t.exceeded}) lớn hơn số hoàn thành (${t.completed}).`,
        `exceeded (${t.exceeded}) exceeds completed (${t.completed}).`,
      );
    if (t.lowQuality > t.completed)
      addIssue(
        ctx,
        ['lowQuality'],
        'low_quality_gt_completed',
        `Số chưa bảo đảm chất lượng (${t.lowQuality}) lớn hơn số hoàn thành (${t.completed}).`,
        `lowQuality (${t.lowQuality}) exceeds completed (${t.completed}).`,
      );
  });
/** Task counts as the rules read them (`lowQuality` filled in). */
export type TaskCounts = z.output<typeof TaskCountsSchema>;
/** Task counts as a host writes them (`lowQuality` may be omitted). */
export type TaskCountsInput = z.input<typeof TaskCountsSchema>;

/** `part ≤ whole` for a pair of counts inside one object. */
function partOf<T extends Record<string, number>>(part: keyof T & string, whole: keyof T & string) {
  return (value: T, ctx: z.core.$RefinementCtx) => {
    if (value[part]! > value[whole]!)
      addIssue(
        ctx,
        [part],
        `${part}_gt_${whole}`,
        `${part} (${value[part]}) lớn hơn ${whole} (${value[whole]}).`,
        `${part} (${value[part]}) exceeds ${whole} (${value[whole]}).`,
      );
  };
}

/** Units counted under a leader or a collective. */
export const UnitCountSchema = z
  .strictObject({ total: Count, notCompleted: Count })
  .superRefine(partOf('notCompleted', 'total'));
export const DisciplinedUnitsSchema = z
  .strictObject({ total: Count, disciplined: Count })
  .superRefine(partOf('disciplined', 'total'));
export const ManagedUnitsSchema = z
  .strictObject({ total: Count, completedOrBetter: Count, goodOrBetter: Count })
  .superRefine(partOf('completedOrBetter', 'total'))
  .superRefine(partOf('goodOrBetter', 'completedOrBetter'));

/** The unit a leader directly leads (for a collective: the agency or unit it leads). */
export const UnitSchema = z.strictObject({
  tasks: TaskCountsSchema.optional(),
  /**
   * How many of the 5 basic socio-economic targets were missed (QĐ 366 Điều 11 khoản 4); sent only
   * for positions whose duties include them.
   */
  basicTargetsMissed: Count.max(5).default(0),
  supervisedUnits: UnitCountSchema.optional(),
  subordinateUnits: DisciplinedUnitsSchema.optional(),
  managedUnits: ManagedUnitsSchema.optional(),
});

export const DISCIPLINE_FORMS = ['reprimand', 'warning', 'dismissal', 'expulsion'] as const;

/** One discipline decision (khiển trách, cảnh cáo, cách chức, khai trừ / buộc thôi việc). */
export const DisciplineSchema = z.strictObject({
  form: z.enum(DISCIPLINE_FORMS),
  decidedOn: IsoDate,
  violationYear: Year.optional(),
  dutyRelated: z.boolean().default(true),
  atPreviousUnit: z.boolean().default(false),
  selfDetectedAndRemedied: z.boolean().default(false),
  countedInYear: Year.nullable().default(null),
  /** Who imposed it: the party or the state (the civil-service rule sets count one act once). */
  by: z.enum(['party', 'state']).optional(),
});
export type Discipline = z.infer<typeof DisciplineSchema>;

export const FLAG_NAMES = [
  'degradation',
  'prohibitedConduct',
  'disunity',
  'personnelWrongdoing',
  'corruptionInManagedArea',
  'corruptionCaseInSubordinateUnit',
  'collectiveDisciplined',
  'exemplary',
  'generalCriteriaMet',
  'memberDegradation',
  'exampleBreach',
] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

/**
 * The kind of subject each flag speaks of (RULES.md, "Flags"): `true` on the other kind is invalid
 * input. `meant` names the flag of the other kind that says the same of it, where there is one.
 */
export const FLAG_KINDS: Record<
  FlagName,
  { readonly kind: 'collective' | 'individual'; readonly meant?: string }
> = {
  degradation: { kind: 'individual', meant: 'flags.memberDegradation' },
  prohibitedConduct: { kind: 'individual', meant: 'flags.memberDegradation' },
  exampleBreach: { kind: 'individual', meant: 'flags.memberDegradation' },
  corruptionInManagedArea: { kind: 'individual', meant: 'flags.corruptionCaseInSubordinateUnit' },
  exemplary: { kind: 'individual' },
  generalCriteriaMet: { kind: 'individual' },
  memberDegradation: { kind: 'collective', meant: 'flags.degradation' },
  disunity: { kind: 'collective', meant: 'periods[].lead.prolongedDisunity' },
  personnelWrongdoing: { kind: 'collective' },
  corruptionCaseInSubordinateUnit: { kind: 'collective', meant: 'flags.corruptionInManagedArea' },
  collectiveDisciplined: { kind: 'collective', meant: 'discipline' },
};

export const FlagsSchema = z.strictObject(
  Object.fromEntries(FLAG_NAMES.map((name) => [name, z.boolean().default(false)])) as Record<
    FlagName,
    z.ZodDefault<z.ZodBoolean>
  >,
);

export const ConfidenceSchema = z
  .strictObject({ low: Count, total: Count })
  .superRefine(partOf('low', 'total'));
export const ShortcomingsSchema = z
  .strictObject({ total: Count, remedied: Count })
  .superRefine(partOf('remedied', 'total'));

export const ServiceSchema = z.strictObject({
  monthsWorked: z.number().min(0).max(12).default(12),
  sickLeaveMonths: z.number().min(0).max(12).default(0),
  maternityLeave: z.boolean().default(false),
});

export const PartySchema = z.strictObject({
  admittedOn: IsoDate.optional(),
  exemptFromActivity: z.boolean().default(false),
  suspended: z.boolean().default(false),
});

/** Points on the 100-point scale: `{ general, tasks }` (30 + 70) or a given `{ total }`. */
export const PointsSchema = z
  .strictObject({
    general: z.number().min(0).max(30).optional(),
    tasks: z.number().min(0).max(70).optional(),
    total: z.number().min(0).max(100).optional(),
  })
  .superRefine((p, ctx) => {
    const parts = p.general !== undefined || p.tasks !== undefined;
    if (parts && p.total !== undefined)
      addIssue(
        ctx,
        ['total'],
        'points_both',
        'Chỉ ghi "total" hoặc "general" + "tasks", không ghi cả hai.',
        'Give either "total" or "general" + "tasks", not both.',
      );
    else if (parts && (p.general === undefined || p.tasks === undefined))
      addIssue(
        ctx,
        [p.general === undefined ? 'general' : 'tasks'],
        'required',
        'Thiếu một trong hai nhóm điểm "general", "tasks".',
        'Both "general" and "tasks" are needed.',
      );
    else if (!parts && p.total === undefined)
      addIssue(
        ctx,
        ['total'],
        'required',
        'Thiếu điểm: ghi "total" hoặc "general" + "tasks".',
        'Points missing: give "total" or "general" + "tasks".',
      );
  });
export type Points = z.infer<typeof PointsSchema>;

export const GRADES = ['EXCELLENT', 'GOOD', 'AVERAGE', 'POOR'] as const;
export type Grade = (typeof GRADES)[number];
export const CriteriaSchema = z.record(z.string().min(1), z.enum(GRADES));

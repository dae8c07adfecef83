import { text } from '../../src/core/text.js';
import type { SummaryInput, SummaryRowInput } from '../../src/report/input.js';
import { ruleSetIdFor } from '../../src/rules/registry.js';
import type { QuotaOverride } from '../../src/schemas/cycle-events.js';
import type { ReviewStage } from '../../src/schemas/review-input.js';
import type { CycleIndex } from './index-schema.js';
import { profileOf, unitOf } from './open-index.js';
import { personName } from './overrides.js';

const STAGE_NAMES: Record<ReviewStage, { vi: string; en: string }> = {
  preparing: text('chuẩn bị', 'preparing'),
  suggested: text('gợi ý, giải trình', 'suggestions and explanation'),
  selfReview: text('tự kiểm điểm', 'self-review'),
  meeting: text('hội nghị kiểm điểm', 'review meeting'),
  appraisal: text('thẩm định', 'appraisal'),
  decision: text('quyết định xếp loại', 'decision'),
  published: text('công khai', 'published'),
  complaint: text('giải quyết khiếu nại', 'complaint'),
  closed: text('đã tổng hợp', 'closed'),
  notReviewed: text('không kiểm điểm', 'not reviewed'),
  notRated: text('không xếp loại', 'not rated'),
};

/**
 * The summary rows of a cycle, from its index and definition, in the definition's order (issue
 * 10 item 4). A subject with a decision in force is `rated` at the decided level (with the computed
 * level and the X-DECISION override, or a recorded X-QUOTA override); one whose review ended
 * without a level is `not-rated` or `not-reviewed` with the review's reason. Reading: a review
 * still under way when the organizer compiles is listed as `not-reviewed` with the reason "review
 * not finished (step …)", so the officer sees it among those without a result.
 */
export function summaryRowsOf(
  index: CycleIndex,
  overrides: readonly QuotaOverride[] = index.overrides,
): SummaryRowInput[] {
  const d = index.definition;
  const profile = profileOf(index);
  const quota = new Map(overrides.map((o) => [o.subjectId, o]));
  const routes = (scope: string | undefined, category: string | undefined): string[] => {
    const to = new Set<string>();
    for (const r of d.routes) if (scope !== undefined && r.scopes.includes(scope)) to.add(r.to);
    for (const r of profile.routing)
      if (category !== undefined && r.categories.includes(category)) to.add(r.to);
    return [...to];
  };
  return d.subjects.map((s, i) => {
    const e = index.subjects[i];
    const ruleSet =
      d.ruleSet && s.regime === 'party'
        ? d.ruleSet
        : s.regime === 'party'
          ? profile.ruleSet
          : ruleSetIdFor(d.year, s.regime, s.employment, profile);
    const override = e?.override ?? quota.get(s.id);
    const base = {
      id: s.id,
      name: s.name,
      kind: s.kind,
      role: s.role,
      ...(s.group ? { group: s.group } : {}),
      unitId: s.unitId,
      unitName: unitOf(index, s.unitId)?.name ?? s.unitId,
      ...(s.headOfUnitId ? { headOfUnitId: s.headOfUnitId } : {}),
      regime: s.regime,
      ...(s.employment ? { employment: s.employment } : {}),
      ...(ruleSet ? { ruleSet } : {}),
      ...(s.scope ? { scope: s.scope } : {}),
      recipients: routes(s.scope, s.category),
    };
    if (e?.level !== undefined)
      return {
        ...base,
        status: 'rated',
        level: e.level,
        ...(e.computedLevel ? { computedLevel: e.computedLevel } : {}),
        ...(override ? { override: { by: override.by, reason: override.reason } } : {}),
        ...(e.decidedOn ? { decidedOn: e.decidedOn } : {}),
      } satisfies SummaryRowInput;
    const stage = e?.stage ?? 'preparing';
    const status = stage === 'notRated' ? 'not-rated' : 'not-reviewed';
    const unfinished = STAGE_NAMES[stage];
    const reason =
      e?.statusReason ??
      text(
        `Chưa hoàn thành kiểm điểm (đang ở bước ${unfinished.vi}).`,
        `Review not finished (step: ${unfinished.en}).`,
      );
    return { ...base, status, statusReason: reason } satisfies SummaryRowInput;
  });
}

/**
 * The persons who gave the rows' overrides, named by the subject each one is (`personId` or `id`):
 * the summary prints who allowed a result above the quota by name. A party (a profile's) is
 * named through `parties`; an id neither names is printed as it is.
 */
function overridePersons(index: CycleIndex, rows: readonly SummaryRowInput[]) {
  const by = new Set<string>();
  for (const r of rows) if (r.override) by.add(r.override.by);
  const out: Array<{ id: string; name: string }> = [];
  for (const id of by) {
    const name = personName(index, id);
    if (name && !profileOf(index).parties.some((p) => p.id === id)) out.push({ id, name: name.vi });
  }
  return out;
}

/**
 * The input of `summarize()` for a cycle: its rows, dossiers, parties, the names of its groups,
 * scopes and of the persons who gave overrides, and the profile's rules.
 */
export function summaryInputOf(
  index: CycleIndex,
  asOf: string,
  overrides: readonly QuotaOverride[] = index.overrides,
): SummaryInput {
  const d = index.definition;
  const profile = profileOf(index);
  const rows = summaryRowsOf(index, overrides);
  return {
    title: d.title ?? profile.title,
    year: d.year,
    asOf,
    organizer: d.organizer,
    parties: profile.parties.map((p) => ({ id: p.id, name: p.name })),
    groups: (d.groups ?? []).map((g) => ({ id: g.id, name: g.name })),
    scopes: (d.scopes ?? []).map((g) => ({ id: g.id, name: g.name })),
    persons: overridePersons(index, rows),
    rows,
    dossiers: index.units.map((u) => ({
      unitId: u.id,
      unitName: unitOf(index, u.id)?.name ?? u.id,
      ...(u.submittedAt ? { submittedAt: u.submittedAt } : {}),
      dueAt: u.dueAt,
    })),
    check: { profile },
  };
}

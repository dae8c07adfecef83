import { DateTime } from 'luxon';
import { requiredItems } from '../../machines/cycle/dossier.js';
import { isWorkingDay } from '../calendar/working-days.js';
import { ZONE } from '../core/zone.js';
import type { CycleDefinition } from '../schemas/cycle-definition.js';
import type { Profile } from '../schemas/cycle-profile.js';
import type { CycleStep, ReviewStep } from './script.js';
import { type ReviewPhases, reviewSteps, type SubjectPlan } from './timeline.js';

/** Each subject's review steps, by subject id, in the definition's order. */
export function reviewsOf(
  plans: readonly SubjectPlan[],
  phases: ReviewPhases,
): Record<string, ReviewStep[]> {
  const out: Record<string, ReviewStep[]> = {};
  plans.forEach((plan, i) => {
    out[plan.subject.id] = reviewSteps(plan, phases, i);
  });
  return out;
}

/**
 * The documents a unit's dossier holds (PROCESS.md §4): every item the profile's list requires for
 * one of its subjects — the suggestions and the explanation when one had suggestions, complaint
 * files when one complained, the items the definition asks of a subject (`dossierItems`: e.g. a
 * transferred person's former agency's comments) — plus `extra` items. In the profile's order.
 */
export function dossierItems(
  profile: Profile,
  plans: readonly SubjectPlan[],
  extra: readonly string[] = [],
): string[] {
  const need = new Set(extra);
  for (const p of plans) {
    if (p.subject.excluded) continue;
    const facts = {
      kind: p.subject.kind,
      hadSuggestions: (p.suggestions ?? []).length > 0,
      hadComplaint: p.complaintAgainst !== undefined,
      alsoRequired: p.subject.dossierItems ?? [],
    };
    for (const item of requiredItems(profile.dossier, facts)) need.add(item.id);
  }
  return profile.dossier.map((d) => d.id).filter((id) => need.has(id));
}

/** What one unit does with its dossier in the script. */
export interface DossierPlan {
  /** When it is sent; absent: never (a missing dossier). */
  readonly at?: string;
  /** A first, incomplete submission (refused), without this item, at this instant. */
  readonly firstWithout?: { readonly item: string; readonly at: string };
  readonly extra?: readonly string[];
}

/** The SUBMIT_DOSSIER steps of every unit, in the definition's unit order. */
export function dossierSteps(
  definition: CycleDefinition,
  plans: readonly SubjectPlan[],
  profile: Profile,
  planOf: (unitId: string) => DossierPlan,
): CycleStep[] {
  const byUnit = new Map<string, SubjectPlan[]>();
  for (const p of plans) {
    const list = byUnit.get(p.subject.unitId);
    if (list) list.push(p);
    else byUnit.set(p.subject.unitId, [p]);
  }
  const steps: CycleStep[] = [];
  for (const unit of definition.units) {
    const plan = planOf(unit.id);
    const items = dossierItems(profile, byUnit.get(unit.id) ?? [], plan.extra);
    if (plan.firstWithout) {
      const without = plan.firstWithout.item;
      steps.push({
        at: plan.firstWithout.at,
        event: {
          type: 'SUBMIT_DOSSIER',
          unitId: unit.id,
          items: items.filter((i) => i !== without),
        },
        expect: 'refused',
      });
    }
    if (plan.at)
      steps.push({
        at: plan.at,
        event: { type: 'SUBMIT_DOSSIER', unitId: unit.id, items },
        expect: 'accepted',
      });
  }
  return steps;
}

/**
 * The scheduler's clock: one tick at 00:00 in Vietnam on each working day after `from`'s day up to
 * `to`'s day, and at `to` itself (the run's end). Weekends and holidays bring no work, so no tick.
 */
export function dailyTicks(from: string, to: string): string[] {
  const out: string[] = [];
  const end = DateTime.fromISO(to, { zone: ZONE }).startOf('day');
  for (
    let day = DateTime.fromISO(from, { zone: ZONE }).startOf('day').plus({ days: 1 });
    day <= end;
    day = day.plus({ days: 1 })
  )
    if (isWorkingDay(day.toISODate() as string) || day.equals(end))
      out.push(day.toISO({ suppressMilliseconds: true }) as string);
  return out;
}

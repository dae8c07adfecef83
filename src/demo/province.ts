import type { Level } from '../core/level.js';
import type { Text } from '../core/text.js';
import type {
  CycleDefinition,
  CycleName,
  CycleSubject,
  CycleUnit,
} from '../schemas/cycle-definition.js';
import type { DemoUnitSpec } from './kon-tum/units.js';
import type { Dice } from './random.js';

/** Who acts for the province in every review (host ids of persons). */
export interface ProvincePersons {
  /** Suggests and decides for the units directly under the issuer. */
  readonly provincial: string;
  /** Appraises the reviews of the units directly under the issuer. */
  readonly appraiser: string;
  /** The organizer's officers (COMPILE_SUMMARY, FINALIZE, CLOSE). */
  readonly organizer: readonly string[];
}

/** The comparable groups (nhóm đối tượng tương đồng) and scopes a province's subjects fall in. */
export interface ProvinceGroups {
  /** The leadership collectives' groups (a civil-service province has no collectives). */
  readonly topCollectives?: string;
  readonly subCollectives?: string;
  readonly topHeads: string;
  readonly topDeputies: string;
  readonly subLeaders: string;
  /** Individuals without a leading post (role `member`), when a province has them. */
  readonly members?: string;
}

export interface ProvinceOptions {
  readonly id: string;
  readonly title: Text;
  readonly year: number;
  readonly profile: string;
  readonly organizer: string;
  readonly issuer: string;
  readonly openedAt: string;
  readonly persons: ProvincePersons;
  readonly groups: ProvinceGroups;
  /** Deputies per unit: [min, max] for a department, another kind of unit, a sub-unit. */
  readonly deputies: {
    readonly department: readonly [number, number];
    readonly other: readonly [number, number];
    readonly sub: readonly [number, number];
  };
  /** Members without a leading post of the n-th unit (role `member`, title `Chuyên viên`). */
  readonly members?: (n: number) => number;
  /** Management scope and profile category of heads of top units, their deputies, sub-units. */
  readonly scopes: {
    readonly topHeads: { readonly scope: string; readonly category?: string };
    readonly top: { readonly scope: string; readonly category?: string };
    readonly sub: { readonly scope: string; readonly category?: string };
  };
  /** Forms of heads of top units, their deputies, sub-unit leaders. */
  readonly forms?: { readonly topHeads: string; readonly top: string; readonly sub: string };
  readonly routes: CycleDefinition['routes'];
  /**
   * `civil-service` (NĐ 335: civil servants rated by their agency): no leadership collectives, and
   * every individual a civil servant (`employment: civil-servant`), with no member-of or head-of
   * relation to a collective. Default `party`.
   */
  readonly regime?: 'party' | 'civil-service';
  /**
   * The names of the groups and scopes, as the summary prints them; those no subject (or route)
   * of the province uses are left out (a definition refuses a name for nothing).
   */
  readonly names?: {
    readonly groups?: readonly CycleName[];
    readonly scopes?: readonly CycleName[];
  };
}

/** One subject of the province and the X-ORDER wave it is decided in. */
export interface ProvinceSubject {
  readonly subject: CycleSubject;
  readonly wave: number;
  /** The level the demo aims at before any situation changes it. */
  aim: Exclude<Level, 'NOT_COMPLETED'>;
}

export const headId = (unitId: string): string => `${unitId}.truong`;
const deputyId = (unitId: string, n: number): string => `${unitId}.pho-${n}`;
export const collectiveId = (unitId: string): string => `${unitId}.tap-the`;
/** The staff officer (tổ chức cán bộ) of a unit who appraises its sub-units' reviews. */
const staffId = (unitId: string): string => `${unitId}.to-chuc-can-bo`;

/**
 * A province's cycle definition from its units: per unit its leadership collective, its head and
 * some deputies (seeded), each with the persons acting for every role, the head-of and member-of
 * relations X-ORDER reads, scope, category, group and form. Units under the issuer are reviewed by
 * the provincial authority and appraised by the organizer's staff; sub-units by their department.
 * Aims are drawn 15 % EXCELLENT / 75 % GOOD / 10 % COMPLETED and adjusted later.
 */
export function buildProvince(
  specs: readonly DemoUnitSpec[],
  options: ProvinceOptions,
  dice: Dice,
): { definition: CycleDefinition; subjects: ProvinceSubject[] } {
  const units: CycleUnit[] = [];
  const subjects: ProvinceSubject[] = [];
  const aim = (): ProvinceSubject['aim'] => {
    const r = dice.next();
    return r < 0.15 ? 'EXCELLENT' : r < 0.9 ? 'GOOD' : 'COMPLETED';
  };
  const organizer = [...options.persons.organizer];
  const civil = options.regime === 'civil-service';
  let counted = 0; // units visited, for `members(n)`
  const visit = (spec: DemoUnitSpec, parent: DemoUnitSpec | undefined) => {
    const top = parent === undefined;
    // a department's offices are not units of a civil-service cycle: their staff are its own
    const unitId = civil && parent ? parent.id : spec.id;
    counted++;
    if (!civil || top)
      units.push({
        id: spec.id,
        name: spec.name,
        ...(parent ? { parentId: parent.id } : {}),
        type: spec.type,
        ...(spec.type === 'company'
          ? {
              via: {
                vi: 'Người đại diện phần vốn nhà nước tại doanh nghiệp',
                en: 'The state capital representative in the company',
              },
            }
          : {}),
        senders: [headId(spec.id)],
      });
    const judge = top ? options.persons.provincial : headId(parent.id);
    const appraiser = top ? options.persons.appraiser : staffId(parent.id);
    const roles = (subject: string) => ({
      subject: [subject],
      unitHead: [headId(spec.id)],
      superior: [judge],
      appraiser: [appraiser],
      authority: [judge],
      organizer,
    });
    const g = options.groups;
    const regime = civil
      ? ({ regime: 'civil-service', employment: 'civil-servant' } as const)
      : ({ regime: 'party' } as const);
    if (!civil)
      subjects.push({
        wave: top ? 1 : 0,
        aim: aim(),
        subject: {
          id: collectiveId(spec.id),
          name: `Tập thể lãnh đạo ${spec.name}`,
          kind: 'collective',
          role: 'leadership',
          regime: 'party',
          unitId: spec.id,
          group: top ? g.topCollectives : g.subCollectives,
          authority: judge,
          participants: { ...roles(headId(spec.id)), subject: [headId(spec.id)] },
        },
      });
    const [lo, hi] =
      spec.type === 'sub-unit'
        ? options.deputies.sub
        : spec.type === 'department'
          ? options.deputies.department
          : options.deputies.other;
    const count = dice.int(lo, hi);
    for (let n = 0; n <= count; n++) {
      const head = n === 0;
      const id = head ? headId(spec.id) : deputyId(spec.id, n);
      const scope = top
        ? head
          ? options.scopes.topHeads
          : options.scopes.top
        : options.scopes.sub;
      const form = options.forms
        ? top
          ? head
            ? options.forms.topHeads
            : options.forms.top
          : options.forms.sub
        : undefined;
      const title = head ? spec.head : count > 1 ? `${spec.deputy} (${n})` : spec.deputy;
      subjects.push({
        wave: top ? 2 : 1,
        aim: aim(),
        subject: {
          id,
          name: `${title} ${spec.name}`,
          kind: 'individual',
          role: 'leader',
          ...regime,
          unitId,
          scope: scope.scope,
          ...(scope.category ? { category: scope.category } : {}),
          group: top ? (head ? g.topHeads : g.topDeputies) : g.subLeaders,
          ...(form ? { form } : {}),
          personId: id,
          ...(head && !civil ? { headOfUnitId: spec.id } : {}),
          ...(civil ? {} : { memberOf: collectiveId(spec.id) }),
          authority: judge,
          participants: roles(id),
        },
      });
    }
    const members = options.members?.(counted - 1) ?? 0;
    for (let n = 1; n <= members; n++) {
      const id = `${spec.id}.cv-${n}`;
      subjects.push({
        wave: top ? 2 : 1,
        aim: aim(),
        subject: {
          id,
          name: `Chuyên viên (${n}) ${spec.name}`,
          kind: 'individual',
          role: 'member',
          ...regime,
          unitId,
          scope: options.scopes.sub.scope,
          group: g.members ?? g.subLeaders,
          personId: id,
          authority: judge,
          participants: roles(id),
        },
      });
    }
    for (const child of spec.children ?? []) visit(child, spec);
  };
  for (const spec of specs) visit(spec, undefined);
  const usedGroups = new Set(subjects.map((s) => s.subject.group));
  const usedScopes = new Set<string | undefined>(subjects.map((s) => s.subject.scope));
  for (const r of options.routes) for (const scope of r.scopes) usedScopes.add(scope);
  const named = (list: readonly CycleName[] | undefined, used: ReadonlySet<string | undefined>) =>
    (list ?? []).filter((n) => used.has(n.id)).map((n) => ({ id: n.id, name: { ...n.name } }));
  const groups = named(options.names?.groups, usedGroups);
  const scopes = named(options.names?.scopes, usedScopes);
  const definition: CycleDefinition = {
    id: options.id,
    title: options.title,
    year: options.year,
    profile: options.profile,
    organizer: options.organizer,
    issuer: options.issuer,
    organizerPersons: organizer,
    openedAt: options.openedAt,
    units,
    subjects: subjects.map((s) => s.subject),
    routes: options.routes,
    ...(groups.length > 0 ? { groups } : {}),
    ...(scopes.length > 0 ? { scopes } : {}),
  };
  return { definition, subjects };
}

import { expect } from 'vitest';
import type { CycleDefinitionInput, CycleRun, CycleSubjectInput, Level } from '../../src/index.js';
import { collective124, leader124, member124 } from '../helpers/builders.js';

export const ORGANIZER = { id: 'p/snv-officer', roles: ['organizer'] } as const;
export const SCHEDULER = { id: 'kiemdiem/scheduler', roles: ['scheduler'] } as const;

/** 2024-11-DD at HH:00 in Vietnam. */
export function nov(day: number, hour = 9): string {
  return `2024-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+07:00`;
}
export const OPENED = '2024-10-24T08:00:00+07:00';

function people(id: string, unitId: string) {
  return {
    subject: [`p/${id}`],
    superior: ['p/superior'],
    unitHead: [`p/head-${unitId}`],
    appraiser: ['p/snv-appraiser'],
    authority: ['p/bcsd'],
  };
}

function collective(id: string, unitId: string, over: Partial<CycleSubjectInput> = {}) {
  return {
    id,
    name: `Tập thể lãnh đạo ${unitId}`,
    kind: 'collective',
    role: 'leadership',
    unitId,
    group: 'tap-the-so',
    participants: people(id, unitId),
    ...over,
  } as const satisfies CycleSubjectInput;
}

function person(id: string, unitId: string, over: Partial<CycleSubjectInput> = {}) {
  return {
    id,
    name: `Ông/bà ${id}`,
    kind: 'individual',
    role: 'member',
    unitId,
    participants: people(id, unitId),
    ...over,
  } as const satisfies CycleSubjectInput;
}

/**
 * A small Kon Tum cycle: Sở Nội vụ (with a sub-unit, Phòng CCVC), Sở Tài chính, Sở Y tế; their
 * leadership collectives, heads, members; one excluded member; one standing-committee cadre.
 */
export function smallCycle(over: Partial<CycleDefinitionInput> = {}): CycleDefinitionInput {
  return {
    id: 'kon-tum-2024-test',
    year: 2024,
    profile: 'kon-tum-2024',
    organizer: 'so-noi-vu',
    issuer: 'bcsd-ubnd-tinh',
    organizerPersons: [ORGANIZER.id],
    units: [
      { id: 'so-noi-vu', name: 'Sở Nội vụ' },
      { id: 'phong-ccvc', name: 'Phòng Công chức, viên chức', parentId: 'so-noi-vu' },
      { id: 'so-tai-chinh', name: 'Sở Tài chính' },
      { id: 'so-y-te', name: 'Sở Y tế' },
    ],
    subjects: [
      collective('snv/ld', 'so-noi-vu'),
      collective('ccvc/ld', 'phong-ccvc'),
      collective('stc/ld', 'so-tai-chinh'),
      collective('syt/ld', 'so-y-te'),
      person('snv/gd', 'so-noi-vu', {
        role: 'leader',
        headOfUnitId: 'so-noi-vu',
        memberOf: 'snv/ld',
        scope: 'btv-tinh-uy',
        category: 'dien-btv-tinh-uy-quan-ly',
      }),
      person('snv/pgd', 'so-noi-vu', { memberOf: 'snv/ld' }),
      person('stc/gd', 'so-tai-chinh', { role: 'leader', headOfUnitId: 'so-tai-chinh' }),
      person('syt/nghi', 'so-y-te', {
        excluded: { reason: { vi: 'Nghỉ chữa bệnh dài ngày', en: 'Long sick leave' } },
      }),
    ],
    routes: [{ to: 'ban-to-chuc-tinh-uy', scopes: ['btv-tinh-uy'] }],
    ...over,
  };
}

const who = (role: string, id: string, unitId?: string) => {
  const persons: Record<string, string> = {
    subject: `p/${id}`,
    superior: 'p/superior',
    appraiser: 'p/snv-appraiser',
    authority: 'p/bcsd',
    organizer: ORGANIZER.id,
  };
  return {
    id: role === 'unitHead' ? `p/head-${unitId}` : (persons[role] as string),
    roles: [role],
  };
};

/** The assessment of a subject of `smallCycle` (EXCELLENT as built). */
export function assessmentOf(id: string, kind: string, role: string) {
  const base =
    kind === 'collective' ? collective124() : role === 'leader' ? leader124() : member124();
  return { ...base, id };
}

/** The review events of one subject up to the decision (suggestions: none). */
export function toDecision(id: string, unitId: string, kind: string, role: string) {
  return [
    { type: 'ISSUE_SUGGESTIONS', points: [], at: nov(1), by: who('superior', id) },
    { type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD', at: nov(4), by: who('subject', id) },
    { type: 'RECORD_MEETING', heldOn: '2024-11-11', at: nov(11), by: who('unitHead', id, unitId) },
    {
      type: 'PROPOSE_LEVEL',
      assessment: assessmentOf(id, kind, role),
      at: nov(13),
      by: who('appraiser', id),
    },
  ];
}

export function decide(id: string, level: Level, day = 15) {
  return { type: 'DECIDE_LEVEL', level, at: nov(day), by: who('authority', id) };
}

export function publishAndClose(id: string, day = 18) {
  return [
    { type: 'PUBLISH', at: nov(day), by: who('authority', id) },
    { type: 'CLOSE', at: nov(day + 8), by: who('organizer', id) },
  ];
}

export { who };

export const ITEMS = ['self-review', 'minutes', 'appraisal', 'decision'];
export const LEVELS: Record<string, Level> = {
  'ccvc/ld': 'GOOD',
  'snv/ld': 'GOOD',
  'stc/ld': 'EXCELLENT',
  'syt/ld': 'GOOD',
  'snv/gd': 'GOOD',
  'snv/pgd': 'GOOD',
  'stc/gd': 'GOOD',
};

export function accepted(run: CycleRun, id: string, events: readonly unknown[]) {
  for (const e of events) {
    const r = run.send(id, e);
    expect(r, `${id} ${(e as { type: string }).type}`).toMatchObject({ ok: true });
  }
}

/** Every review of the small cycle to its decision, in X-ORDER's order, then published and closed. */
export function runReviews(run: CycleRun) {
  reviewsToDecision(run);
  decideAndClose(run);
}

/** Every review of the small cycle up to its decision step. */
export function reviewsToDecision(run: CycleRun) {
  for (const s of smallCycle().subjects) {
    if (s.excluded) continue;
    accepted(run, s.id, toDecision(s.id, s.unitId, s.kind, s.role));
  }
}

/** The decisions in X-ORDER's order, then publication and closing. */
export function decideAndClose(run: CycleRun, done: readonly string[] = []) {
  for (const id of Object.keys(LEVELS))
    if (!done.includes(id)) accepted(run, id, [decide(id, LEVELS[id] as Level)]);
  for (const id of Object.keys(LEVELS)) accepted(run, id, publishAndClose(id));
}

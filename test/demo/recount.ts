import { readFileSync } from 'node:fs';
import type { CycleDefinition } from '../../src/index.js';

/** One subject's outcome as the audit log tells it. */
export interface Recounted {
  readonly status: 'rated' | 'not-rated' | 'not-reviewed' | 'open';
  readonly level?: string;
}

interface Line {
  readonly subjectId: string;
  readonly type: string;
  readonly outcome?: string;
  readonly to?: string;
  readonly payload?: { readonly level?: string };
}

/**
 * An independent recount of a cycle from its audit log alone (plus the definition's list of
 * subjects and their groups): no summary code. Per subject, the last accepted `DECIDE_LEVEL` gives
 * the level; a review whose last accepted step went to `notReviewed` / `notRated` has none; a
 * subject excluded by the definition that left no entry is not reviewed.
 */
export function recount(auditPath: string, definition: CycleDefinition): Map<string, Recounted> {
  const level = new Map<string, string>();
  const last = new Map<string, string>();
  for (const text of readFileSync(auditPath, 'utf8').split('\n')) {
    if (text === '') continue;
    const line = JSON.parse(text) as Line;
    if (line.outcome !== 'accepted') continue;
    if (line.type === 'DECIDE_LEVEL' && line.payload?.level)
      level.set(line.subjectId, line.payload.level);
    if (line.to) last.set(line.subjectId, line.to);
  }
  const out = new Map<string, Recounted>();
  for (const s of definition.subjects) {
    const end = last.get(s.id);
    const decided = level.get(s.id);
    if (end === 'notReviewed' || (end === undefined && s.excluded))
      out.set(s.id, { status: 'not-reviewed' });
    else if (end === 'notRated') out.set(s.id, { status: 'not-rated' });
    else if (decided) out.set(s.id, { status: 'rated', level: decided });
    else out.set(s.id, { status: 'open' });
  }
  return out;
}

/** Per group (and `*` for all): how many subjects, and how many at each level or status. */
export function tally(
  outcomes: ReadonlyMap<string, Recounted>,
  definition: CycleDefinition,
): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  const bump = (group: string, key: string) => {
    const t = out.get(group) ?? {};
    t[key] = (t[key] ?? 0) + 1;
    out.set(group, t);
  };
  for (const s of definition.subjects) {
    const o = outcomes.get(s.id);
    const key = o?.status === 'rated' ? (o.level as string) : (o?.status ?? 'open');
    for (const g of [s.group ?? `${s.kind}/${s.role}`, '*']) {
      bump(g, key);
      bump(g, 'subjects');
    }
  }
  return out;
}

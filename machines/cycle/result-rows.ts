import type { Classification } from '../../src/rules/types.js';
import type { ResultRow } from '../../src/schemas/result-row.js';
import type { ReviewEnvelope } from '../envelope.js';
import type { ReviewSnapshot } from '../review/actor.js';
import type { ReviewContext } from '../review/types.js';

/** An assessment as `classify()` read it, with its classification (`kiemdiem classify` pairs). */
export interface ClassifiedAssessment {
  readonly assessment: {
    readonly id: string;
    readonly kind: ResultRow['kind'];
    readonly role: ResultRow['role'];
    readonly regime?: ResultRow['regime'];
    readonly employment?: ResultRow['employment'];
    readonly unitId?: string;
    readonly headOfUnitId?: string;
    readonly group?: string;
  };
  readonly classification: Pick<Classification, 'id' | 'ruleSet' | 'status' | 'level'>;
}

type Source = ClassifiedAssessment | ReviewSnapshot | ReviewEnvelope;

function contextOf(source: Source): ReviewContext | undefined {
  if ('classification' in source && 'assessment' in source) return undefined;
  if ('format' in source && 'snapshot' in source)
    return source.snapshot.context as unknown as ReviewContext;
  return (source as ReviewSnapshot).context;
}

/**
 * The rows `checkResults` (and `kiemdiem check`) read, from classifications or from reviews (issue
 * 10: the CLI pipeline `classify | check`). A classification gives its computed level (which is
 * also the decided level); a review gives the decision in force with its computed level and
 * override. Subjects without a level (not rated, not reviewed, not yet decided) give no row.
 */
export function resultRowsFrom(sources: Iterable<Source>): ResultRow[] {
  const rows: ResultRow[] = [];
  for (const source of sources) {
    const ctx = contextOf(source);
    if (!ctx) {
      const { assessment: a, classification: c } = source as ClassifiedAssessment;
      if (c.status !== 'rated' || !c.level) continue;
      rows.push({
        id: a.id,
        level: c.level,
        kind: a.kind,
        role: a.role,
        ...(a.group ? { group: a.group } : {}),
        ...(a.unitId ? { unitId: a.unitId } : {}),
        ...(a.headOfUnitId ? { headOfUnitId: a.headOfUnitId } : {}),
        ...(a.regime ? { regime: a.regime } : {}),
        ...(a.employment ? { employment: a.employment } : {}),
        ruleSet: c.ruleSet,
        computedLevel: c.level,
      });
      continue;
    }
    const d = ctx.decision;
    if (!d) continue;
    const s = ctx.subject;
    rows.push({
      id: s.id,
      level: d.level,
      kind: s.kind,
      role: s.role,
      ...(s.group ? { group: s.group } : {}),
      unitId: s.unitId,
      regime: s.regime,
      ...(s.employment ? { employment: s.employment } : {}),
      ruleSet: ctx.ruleSet,
      ...(d.computedLevel ? { computedLevel: d.computedLevel } : {}),
      ...(d.override ? { override: { ...d.override } } : {}),
    });
  }
  return rows;
}

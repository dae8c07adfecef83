import { DateTime } from 'luxon';
import type { DossierFact } from './input.js';
import type { DossierEntry, Summary } from './summary-schema.js';

/**
 * Each unit's dossier against its deadline, compared as instants (the offsets may differ): on
 * time when submitted before the due instant, late from the due instant on (as
 * `deadlineStatus` reads `overdue`), missing when there is no submission. Input order is kept.
 */
export function dossierStatus(facts: readonly DossierFact[]): Summary['dossiers'] {
  const out: Summary['dossiers'] = { onTime: [], late: [], missing: [] };
  for (const f of facts) {
    const base = { unitId: f.unitId, unitName: f.unitName, dueAt: f.dueAt };
    if (f.submittedAt === undefined) {
      out.missing.push({ ...base, status: 'missing' });
      continue;
    }
    const late = millis(f.submittedAt) >= millis(f.dueAt);
    const entry: DossierEntry = {
      ...base,
      submittedAt: f.submittedAt,
      status: late ? 'late' : 'on-time',
    };
    (late ? out.late : out.onTime).push(entry);
  }
  return out;
}

function millis(iso: string): number {
  return DateTime.fromISO(iso, { setZone: true }).toMillis();
}

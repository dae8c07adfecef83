import { type Text, text } from '../../src/core/text.js';
import type { CycleEvent } from '../../src/schemas/cycle-events.js';
import type { CycleIndex } from './index-schema.js';
import { unitOf } from './open-index.js';
import { subjectsOfUnit } from './positions.js';

/**
 * Who may send a unit's dossier: the unit's `senders`, else every person the definition names as
 * `unitHead` of the unit's subjects. The organizer's persons may always record a dossier received.
 */
export function dossierSenders(index: CycleIndex, unitId: string): Set<string> {
  const u = unitOf(index, unitId);
  if (u && u.senders.length > 0) return new Set(u.senders);
  const out = new Set<string>();
  const subjects = index.definition.subjects;
  for (const i of subjectsOfUnit(subjects, unitId))
    for (const id of subjects[i]?.participants.unitHead ?? []) out.add(id);
  return out;
}

/**
 * The sender check of a cycle event: OPEN_CYCLE, COMPILE_SUMMARY and FINALIZE by a person of the
 * organizer (`organizerPersons`, role `organizer`); SUBMIT_DOSSIER by one of the unit's senders
 * (role `unitHead`) or the organizer recording receipt; TICK by the scheduler or the organizer.
 * Returns why it is forbidden, or null.
 */
export function cycleForbidden(index: CycleIndex, e: CycleEvent): Text | null {
  const { by } = e;
  const organizer =
    by.roles.includes('organizer') && index.definition.organizerPersons.includes(by.id);
  if (organizer) return null;
  if (e.type === 'TICK' && by.roles.includes('scheduler')) return null;
  if (e.type === 'SUBMIT_DOSSIER' && by.roles.includes('unitHead')) {
    if (dossierSenders(index, e.unitId).has(by.id)) return null;
    return text(
      `"${by.id}" không được giao gửi hồ sơ của đơn vị "${e.unitId}".`,
      `"${by.id}" is not named to send the dossier of unit "${e.unitId}".`,
    );
  }
  const need =
    e.type === 'TICK'
      ? 'scheduler / organizer'
      : e.type === 'SUBMIT_DOSSIER'
        ? 'unitHead / organizer'
        : 'organizer';
  return text(
    `Người gửi "${by.id}" không có vai trò ${need} của đợt kiểm điểm cần cho ${e.type}.`,
    `Sender "${by.id}" does not hold the cycle role ${need} that ${e.type} needs.`,
  );
}

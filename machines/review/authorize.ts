import { type Text, text } from '../../src/core/text.js';
import type { ReviewEvent, ReviewEventType, SenderRole } from '../../src/schemas/review-events.js';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../src/schemas/review-input.js';
import type { ReviewContext } from './types.js';

/**
 * Who may send each event (DOMAIN.md § Roles, PROCESS.md §2). Only the `scheduler` (or the
 * organizer) moves the review's clock with TICK. The level above the authority re-rates with the role
 * `authority` (it is a competent authority too); `by.id` tells them apart in the audit.
 */
export const SENDER_ROLES: Record<ReviewEventType, readonly SenderRole[]> = {
  ISSUE_SUGGESTIONS: ['superior'],
  SUBMIT_EXPLANATION: ['subject'],
  RETURN_EXPLANATION: ['superior'],
  SUBMIT_SELF_REVIEW: ['subject'],
  RECORD_MEETING: ['unitHead'],
  PROPOSE_LEVEL: ['appraiser'],
  DECIDE_LEVEL: ['authority'],
  RETURN_TO_APPRAISAL: ['authority'],
  PUBLISH: ['authority'],
  FILE_COMPLAINT: ['subject'],
  RESOLVE_COMPLAINT: ['authority'],
  RERATE: ['authority'],
  CLOSE: ['organizer'],
  TICK: ['scheduler', 'organizer'],
  GRANT_EXTENSION: ['organizer'],
};

/** Events that judge the subject: never by the subject itself. */
const JUDGING: readonly ReviewEventType[] = [
  'PROPOSE_LEVEL',
  'DECIDE_LEVEL',
  'RETURN_TO_APPRAISAL',
  'RESOLVE_COMPLAINT',
  'RERATE',
  'RETURN_EXPLANATION',
];

/** Events sent from within the subject's unit: a sender naming another unit is refused. */
const UNIT_SCOPED: readonly ReviewEventType[] = [
  'SUBMIT_EXPLANATION',
  'SUBMIT_SELF_REVIEW',
  'RECORD_MEETING',
  'FILE_COMPLAINT',
];

/** Events by which the authority decides the level (one person is never appraiser and authority). */
const DECIDING: readonly ReviewEventType[] = ['DECIDE_LEVEL', 'RESOLVE_COMPLAINT', 'RERATE'];

/** A role the sender claims but the review's `participants` do not name it for, if any. */
function unboundRole(ctx: ReviewContext, id: string, roles: readonly SenderRole[]): string | null {
  const p = ctx.participants;
  if (!p) return null;
  const bound = PARTICIPANT_ROLES as readonly string[];
  const role = roles.find(
    (r) => bound.includes(r) && !(p[r as ParticipantRole] ?? []).includes(id),
  );
  return role ?? null;
}

function isSubject(ctx: ReviewContext, id: string): boolean {
  return id === ctx.subject.id || (ctx.participants?.subject ?? []).includes(id);
}

function actedAsAppraiser(ctx: ReviewContext, id: string, roles: readonly SenderRole[]): boolean {
  return (
    roles.includes('appraiser') ||
    ctx.proposal?.by.id === id ||
    (ctx.participants?.appraiser ?? []).includes(id)
  );
}

function actedAsAuthority(ctx: ReviewContext, id: string): boolean {
  return (
    ctx.decisions.some((d) => d.by.id === id) || (ctx.participants?.authority ?? []).includes(id)
  );
}

function forbidden(vi: string, en: string): Text {
  return text(vi, en);
}

/**
 * The sender check (PROCESS.md §2), run after the payload schema: the role the event needs, then
 * separation of duties — the subject never judges itself, the appraiser (or whoever proposed)
 * never decides, a unit's own acts come from that unit. Returns why it is forbidden, or null.
 */
export function authorize(ctx: ReviewContext, event: ReviewEvent): Text | null {
  const need = SENDER_ROLES[event.type];
  const { by } = event;
  if (!need.some((r) => by.roles.includes(r))) {
    return forbidden(
      `Người gửi "${by.id}" không có vai trò ${need.join(' hoặc ')} cần cho ${event.type}.`,
      `Sender "${by.id}" lacks the role ${need.join(' or ')} that ${event.type} needs.`,
    );
  }
  const unbound = unboundRole(ctx, by.id, by.roles);
  if (unbound) {
    return forbidden(
      `Người gửi "${by.id}" không được giao vai trò ${unbound} trong cuộc kiểm điểm này.`,
      `Sender "${by.id}" is not named for the role ${unbound} in this review.`,
    );
  }
  if (JUDGING.includes(event.type) && (isSubject(ctx, by.id) || by.roles.includes('subject'))) {
    return forbidden(
      `Đối tượng kiểm điểm không tự đánh giá, quyết định hay xử lý việc của chính mình (${event.type}).`,
      `The subject never judges, decides or resolves its own review (${event.type}).`,
    );
  }
  if (DECIDING.includes(event.type) && actedAsAppraiser(ctx, by.id, by.roles)) {
    return forbidden(
      'Cơ quan thẩm định, đề xuất không quyết định mức xếp loại.',
      'The appraiser (or whoever proposed the level) never decides it.',
    );
  }
  if (event.type === 'PROPOSE_LEVEL' && actedAsAuthority(ctx, by.id)) {
    return forbidden(
      `"${by.id}" đã quyết định trong cuộc kiểm điểm này, không thể thẩm định, đề xuất.`,
      `"${by.id}" has decided in this review and cannot appraise it too.`,
    );
  }
  if (UNIT_SCOPED.includes(event.type) && by.unitId && by.unitId !== ctx.subject.unitId) {
    return forbidden(
      `Người gửi thuộc đơn vị "${by.unitId}", không phải đơn vị "${ctx.subject.unitId}" của đối tượng.`,
      `Sender belongs to unit "${by.unitId}", not the subject's unit "${ctx.subject.unitId}".`,
    );
  }
  return null;
}

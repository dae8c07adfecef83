import { type Text, text } from '../../src/core/text.js';
import type { ActorRole } from '../../src/schemas/deadline.js';
import type { ReviewEvent, ReviewEventType } from '../../src/schemas/review-events.js';
import type { ReviewContext } from './types.js';

/**
 * Who may send each event (DOMAIN.md § Roles, PROCESS.md §2). `any`: the scheduler's TICK may
 * come from any sender, it decides nothing. The level above the authority re-rates with the role
 * `authority` (it is a competent authority too); `by.id` tells them apart in the audit.
 */
export const SENDER_ROLES: Record<ReviewEventType, readonly ActorRole[] | 'any'> = {
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
  TICK: 'any',
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
  if (need !== 'any' && !need.some((r) => by.roles.includes(r))) {
    return forbidden(
      `Người gửi "${by.id}" không có vai trò ${need.join(' hoặc ')} cần cho ${event.type}.`,
      `Sender "${by.id}" lacks the role ${need.join(' or ')} that ${event.type} needs.`,
    );
  }
  if (JUDGING.includes(event.type) && (by.id === ctx.subject.id || by.roles.includes('subject'))) {
    return forbidden(
      `Đối tượng kiểm điểm không tự đánh giá, quyết định hay xử lý việc của chính mình (${event.type}).`,
      `The subject never judges, decides or resolves its own review (${event.type}).`,
    );
  }
  if (event.type === 'DECIDE_LEVEL') {
    if (by.roles.includes('appraiser') || (ctx.proposal && ctx.proposal.by.id === by.id)) {
      return forbidden(
        'Cơ quan thẩm định, đề xuất không quyết định mức xếp loại.',
        'The appraiser (or whoever proposed the level) never decides it.',
      );
    }
  }
  if (UNIT_SCOPED.includes(event.type) && by.unitId && by.unitId !== ctx.subject.unitId) {
    return forbidden(
      `Người gửi thuộc đơn vị "${by.unitId}", không phải đơn vị "${ctx.subject.unitId}" của đối tượng.`,
      `Sender belongs to unit "${by.unitId}", not the subject's unit "${ctx.subject.unitId}".`,
    );
  }
  return null;
}

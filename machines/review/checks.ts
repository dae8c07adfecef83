import { DateTime } from 'luxon';
import { workingDaysBetween, ZONE } from '../../src/calendar/index.js';
import { AssessmentError, type InputIssue } from '../../src/core/errors.js';
import { show } from '../../src/core/show.js';
import { slot } from '../../src/core/slot.js';
import { type Text, text } from '../../src/core/text.js';
import { classify } from '../../src/rules/classify.js';
import { checkDecision } from '../../src/rules/cross/decision.js';
import type { Classification } from '../../src/rules/types.js';
import type { ReviewEvent, ReviewEventOf } from '../../src/schemas/review-events.js';
import { explanationCovers, instantMs, isPending, uncoveredPoints } from './deadlines.js';
import type { ReviewContext } from './types.js';

/**
 * "The state allows it", beyond the event being handled in the current step: what must already
 * be on file. Returns why not, or null.
 */
export function stateCheck(ctx: ReviewContext, e: ReviewEvent): Text | null {
  switch (e.type) {
    case 'SUBMIT_EXPLANATION':
      return ctx.suggestions.length === 0
        ? text(
            'Không có gợi ý kiểm điểm nào cần giải trình.',
            'There are no review suggestions to explain.',
          )
        : null;
    case 'RETURN_EXPLANATION':
      return ctx.explanation?.status === 'submitted'
        ? null
        : text(
            'Chưa có báo cáo giải trình nào để trả lại.',
            'There is no explanation report on file to return.',
          );
    case 'PUBLISH':
      return ctx.decision
        ? null
        : text('Chưa có quyết định xếp loại để công khai.', 'There is no decision to publish yet.');
    case 'FILE_COMPLAINT': {
      const c = ctx.complaint;
      const published = ctx.published;
      return c && published && instantMs(c.at) >= instantMs(published.at)
        ? text(
            'Kết quả này đã có khiếu nại và đã được giải quyết.',
            'This result has already been complained about and the complaint resolved.',
          )
        : null;
    }
    case 'GRANT_EXTENSION': {
      const d = ctx.deadlines.find((x) => x.id === e.deadlineId);
      return d && !isPending(d, ctx)
        ? text(
            `Việc mà hạn "${d.id}" áp dụng đã xong; không thể gia hạn.`,
            `The work deadline "${d.id}" guards is done; it cannot be extended.`,
          )
        : null;
    }
    default:
      return null;
  }
}

const classified = slot<Classification | AssessmentError>();

/** `classify()` of a PROPOSE_LEVEL's assessment with the review's options (memoised per event). */
export function classificationOf(
  ctx: ReviewContext,
  e: ReviewEventOf<'PROPOSE_LEVEL'>,
): Classification | AssessmentError {
  const cached = classified.get(e);
  if (cached) return cached;
  let result: Classification | AssessmentError;
  try {
    result = classify(e.assessment, {
      ruleSet: ctx.ruleSet,
      ...(ctx.profile ? { profile: ctx.profile } : {}),
      ...(ctx.cycle.reviewDate ? { reviewDate: ctx.cycle.reviewDate } : {}),
    });
  } catch (err) {
    // Anything classify() throws is a refusal of this event, never the actor's death.
    result =
      err instanceof AssessmentError
        ? err
        : new AssessmentError([
            {
              path: ['assessment'],
              code: 'unclassifiable',
              message: text(
                'Bộ quy tắc không xếp loại được hồ sơ này.',
                'The rule set cannot classify this assessment.',
              ),
            },
          ]);
  }
  classified.set(e, result);
  return result;
}

function issue(path: Array<string | number>, code: string, vi: string, en: string): InputIssue {
  return { path, code, message: text(vi, en) };
}

function proposalIssues(ctx: ReviewContext, e: ReviewEventOf<'PROPOSE_LEVEL'>): InputIssue[] {
  const a = e.assessment;
  const s = ctx.subject;
  const found: InputIssue[] = [];
  if (a.id !== s.id)
    found.push(
      issue(
        ['assessment', 'id'],
        'other_subject',
        `Hồ sơ của "${show(a.id)}", không phải của "${s.id}".`,
        `The assessment is of "${show(a.id)}", not of "${s.id}".`,
      ),
    );
  if (a.kind !== s.kind || a.role !== s.role)
    found.push(
      issue(
        ['assessment', 'role'],
        'other_role',
        `Hồ sơ ghi ${show(a.kind)}/${show(a.role)}, đối tượng là ${s.kind}/${s.role}.`,
        `The assessment says ${show(a.kind)}/${show(a.role)}; the subject is ${s.kind}/${s.role}.`,
      ),
    );
  if (a.year !== ctx.cycle.year)
    found.push(
      issue(
        ['assessment', 'year'],
        'other_year',
        `Hồ sơ năm ${show(a.year)}, đợt kiểm điểm năm ${ctx.cycle.year}.`,
        `The assessment is for ${show(a.year)}; the cycle reviews ${ctx.cycle.year}.`,
      ),
    );
  if (found.length > 0) return found;
  const c = classificationOf(ctx, e);
  if (c instanceof AssessmentError)
    return c.issues.map((i) =>
      i.path[0] === 'options' ? i : { ...i, path: ['assessment', ...i.path] },
    );
  return [];
}

/**
 * Checks of a payload against what the review holds (after the sender, step and deadline checks):
 * the assessment of a proposal (`classify()`), X-DECISION, suggestion and deadline ids. Issues
 * make an INVALID_PAYLOAD rejection.
 */
export function contentIssues(ctx: ReviewContext, e: ReviewEvent): InputIssue[] {
  switch (e.type) {
    case 'ISSUE_SUGGESTIONS': {
      if (e.points.length === 0 && ctx.stage !== 'preparing')
        return [
          issue(
            ['points'],
            'too_small',
            'Cần ít nhất một nội dung gợi ý.',
            'At least one suggestion point is needed.',
          ),
        ];
      const known = new Set(ctx.suggestions.map((p) => p.id));
      return e.points.flatMap((p, i) =>
        known.has(p.id)
          ? [
              issue(
                ['points', i, 'id'],
                'duplicate_id',
                `Nội dung gợi ý "${p.id}" đã có.`,
                `Suggestion point "${p.id}" already exists.`,
              ),
            ]
          : [],
      );
    }
    case 'SUBMIT_EXPLANATION': {
      const known = new Set(ctx.suggestions.map((p) => p.id));
      return e.covers.flatMap((id, i) =>
        known.has(id)
          ? []
          : [
              issue(
                ['covers', i],
                'unknown_point',
                `Không có nội dung gợi ý "${id}".`,
                `No suggestion point "${id}".`,
              ),
            ],
      );
    }
    case 'SUBMIT_SELF_REVIEW':
      return e.form && ctx.form && e.form !== ctx.form
        ? [
            issue(
              ['form'],
              'other_form',
              `Bản tự kiểm điểm phải theo mẫu ${ctx.form}, không phải ${e.form}.`,
              `The self-review must use form ${ctx.form}, not ${e.form}.`,
            ),
          ]
        : [];
    case 'PROPOSE_LEVEL':
      return proposalIssues(ctx, e);
    case 'DECIDE_LEVEL': {
      const computed = ctx.classification?.level ?? undefined;
      const violations = checkDecision([
        {
          id: ctx.subject.id,
          level: e.level,
          kind: ctx.subject.kind,
          role: ctx.subject.role,
          computedLevel: computed,
          override: e.override,
        },
      ]).filter((v) => v.severity === 'error');
      return violations.map((v) => ({
        path: ['override'],
        code: 'X-DECISION',
        message: v.message,
      }));
    }
    case 'GRANT_EXTENSION': {
      const d = ctx.deadlines.find((x) => x.id === e.deadlineId);
      if (!d)
        return [
          issue(
            ['deadlineId'],
            'unknown_deadline',
            `Không có hạn "${e.deadlineId}".`,
            `No deadline "${e.deadlineId}".`,
          ),
        ];
      return instantMs(e.due) <= instantMs(d.due)
        ? [
            issue(
              ['due'],
              'not_later',
              `Hạn mới phải sau hạn hiện tại ${d.due}.`,
              `The new due instant must be after the current one, ${d.due}.`,
            ),
          ]
        : [];
    }
    default:
      return [];
  }
}

/**
 * Order (checked last): the explanation gate (seed item 2) and a collective's draft report reaching
 * the participants in time (HD 43). X-ORDER is the cycle's (`orderHeld`, see verdict.ts). Returns
 * why, or null.
 */
export function orderCheck(ctx: ReviewContext, e: ReviewEvent): Text | null {
  if (e.type === 'RECORD_MEETING') {
    if (!explanationCovers(ctx)) {
      const missing = uncoveredPoints(ctx).join(', ');
      return text(
        `Chưa thể họp kiểm điểm: báo cáo giải trình chưa trả lời đủ các nội dung gợi ý (${missing}).`,
        `The review meeting cannot be held before the explanation report covers every suggestion point (missing: ${missing}).`,
      );
    }
    const notice = ctx.cycle.draftNoticeWorkingDays;
    if (ctx.subject.kind === 'collective' && notice > 0 && ctx.selfReview) {
      const day = dayOf(ctx.selfReview.at);
      if (workingDaysBetween(day, e.heldOn) < notice) {
        return text(
          `Dự thảo báo cáo kiểm điểm tập thể phải gửi đến người dự họp ít nhất ${notice} ngày làm việc trước hội nghị (gửi ${day}, họp ${e.heldOn}).`,
          `A collective's draft report must reach the participants at least ${notice} working days before the meeting (sent ${day}, meeting ${e.heldOn}).`,
        );
      }
    }
  }
  return null;
}

/** The day (`YYYY-MM-DD`, Asia/Ho_Chi_Minh) of an instant. */
function dayOf(iso: string): string {
  return DateTime.fromISO(iso, { setZone: true }).setZone(ZONE).toFormat('yyyy-MM-dd');
}

import type { Level } from '../core/level.js';
import type { AssessmentInput } from '../schemas/assessment.js';
import type { CycleSubject } from '../schemas/cycle-definition.js';
import type { ReviewStep } from './script.js';

/** The days (`YYYY-MM-DD`, Asia/Ho_Chi_Minh) on which the steps of every review happen. */
export interface ReviewPhases {
  readonly suggest: string;
  readonly explain: string;
  readonly returnExplanation: string;
  readonly reexplain: string;
  readonly selfReview: string;
  /** The self-review of a subject whose explanation was returned (after the new one). */
  readonly selfReviewAfterReturn: string;
  readonly meeting: string;
  readonly propose: string;
  /** One day per X-ORDER wave: wave 0 is decided first. */
  readonly decide: readonly string[];
  readonly complaint: string;
  readonly resolve: string;
  readonly close: readonly string[];
}

/** How one subject's review goes (everything the script of its review is built from). */
export interface SubjectPlan {
  readonly subject: CycleSubject;
  readonly assessment: AssessmentInput;
  /** What `classify()` makes of the assessment: a level, or the review ends unrated. */
  readonly computed: Level | 'not-reviewed' | 'not-rated';
  /** X-ORDER wave: a subject is decided after every subject of a lower wave it may wait for. */
  readonly wave: number;
  /** Suggestions of the superior (gợi ý kiểm điểm); `[]`: the superior says there are none. */
  readonly suggestions?: ReadonlyArray<{ readonly id: string; readonly content: string }>;
  /** The superior returns the first explanation report (seed item 2). */
  readonly returnedExplanation?: boolean;
  /** Decided first at this lower level; the subject complains and the complaint is upheld. */
  readonly complaintAgainst?: Level;
  /** Leaders: the confidence ballot at the meeting. */
  readonly confidence?: { readonly low: number; readonly total: number };
  /** Which closing day (index into `phases.close`). */
  readonly closeDay?: number;
}

const OFFSET = '+07:00';

/** What the persons of the demo write (Vietnamese, as officers do). */
const WORDS = {
  returned:
    'Báo cáo giải trình chưa làm rõ trách nhiệm cá nhân đối với nội dung gợi ý; đề nghị bổ sung.',
  conclusion: 'Hội nghị thống nhất nội dung kiểm điểm và đề xuất mức xếp loại.',
  complaint:
    'Đề nghị xem xét lại mức xếp loại: kết quả thực hiện nhiệm vụ chưa được đánh giá đầy đủ.',
  upheld: 'Khiếu nại có cơ sở: kết quả thực hiện nhiệm vụ đạt mức Tốt theo hồ sơ thẩm định.',
} as const;

/** An instant of a day at a wall-clock time in Vietnam. */
export function instantOn(day: string, hour: number, minute = 0): string {
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return `${day}T${hh}:${mm}:00${OFFSET}`;
}

/**
 * The dated events of one review, in order, from its plan: suggestions and explanation (returned
 * once if planned), the self-review, the meeting, the appraisal with the assessment, then — when
 * the computed outcome is a level — the decision and its publication, a complaint if planned, and
 * the organizer's closing. `slot` spreads subjects over a morning (minutes), never across days.
 */
export function reviewSteps(plan: SubjectPlan, phases: ReviewPhases, slot: number): ReviewStep[] {
  const m = slot % 60;
  const steps: ReviewStep[] = [];
  const add = (day: string, hour: number, as: ReviewStep['as'], event: ReviewStep['event']) =>
    steps.push({ at: instantOn(day, hour, m), as, event, expect: 'accepted' });
  if (plan.subject.excluded) return steps;
  const points = plan.suggestions;
  if (points !== undefined)
    add(phases.suggest, 9, 'superior', {
      type: 'ISSUE_SUGGESTIONS',
      points: points.map((p) => ({ ...p })),
    });
  const covers = (points ?? []).map((p) => p.id);
  let selfReviewDay = phases.selfReview;
  if (covers.length > 0) {
    add(phases.explain, 10, 'subject', { type: 'SUBMIT_EXPLANATION', covers });
    if (plan.returnedExplanation) {
      add(phases.returnExplanation, 9, 'superior', {
        type: 'RETURN_EXPLANATION',
        reason: WORDS.returned,
      });
      add(phases.reexplain, 10, 'subject', { type: 'SUBMIT_EXPLANATION', covers: [...covers] });
      selfReviewDay = phases.selfReviewAfterReturn;
    }
  }
  // A subject whose review will end unrated still proposes a level on its form.
  const level =
    plan.computed === 'not-reviewed' || plan.computed === 'not-rated' ? undefined : plan.computed;
  add(selfReviewDay, 14, 'subject', {
    type: 'SUBMIT_SELF_REVIEW',
    proposedLevel: level ?? 'COMPLETED',
    ...(plan.subject.form !== undefined ? { form: plan.subject.form } : {}),
  });
  add(phases.meeting, 8 + (slot % 8), 'unitHead', {
    type: 'RECORD_MEETING',
    heldOn: phases.meeting,
    conclusion: WORDS.conclusion,
    ...(plan.confidence ? { confidence: { ...plan.confidence } } : {}),
  });
  add(phases.propose, 9, 'appraiser', {
    type: 'PROPOSE_LEVEL',
    assessment: plan.assessment as Record<string, unknown>,
  });
  if (level === undefined) return steps;
  const decideDay = phases.decide[Math.min(plan.wave, phases.decide.length - 1)] as string;
  add(decideDay, 9, 'authority', {
    type: 'DECIDE_LEVEL',
    level: plan.complaintAgainst ?? level,
  });
  add(decideDay, 16, 'authority', { type: 'PUBLISH' });
  if (plan.complaintAgainst) {
    add(phases.complaint, 9, 'subject', { type: 'FILE_COMPLAINT', reason: WORDS.complaint });
    const upheld = { type: 'RESOLVE_COMPLAINT', outcome: 'upheld', reason: WORDS.upheld } as const;
    add(phases.resolve, 9, 'authority', upheld);
    add(phases.resolve, 10, 'authority', {
      type: 'DECIDE_LEVEL',
      level,
    });
    add(phases.resolve, 11, 'authority', { type: 'PUBLISH' });
  }
  const closeDay = phases.close[Math.min(plan.closeDay ?? 0, phases.close.length - 1)] as string;
  add(closeDay, 8 + (slot % 9), 'organizer', { type: 'CLOSE' });
  return steps;
}

import { DateTime } from 'luxon';
import { AssessmentError, type InputIssue } from '../../src/core/errors.js';
import { show } from '../../src/core/show.js';
import { slot } from '../../src/core/slot.js';
import { text } from '../../src/core/text.js';
import { ZONE } from '../../src/core/zone.js';
import { summarize } from '../../src/report/summarize.js';
import type { Summary } from '../../src/report/summary-schema.js';
import {
  CYCLE_EVENT_TYPES,
  type CycleEvent,
  CycleEventSchemas,
  type CycleEventType,
  isCycleEventType,
  type QuotaOverride,
} from '../../src/schemas/cycle-events.js';
import { fastSafeParse } from '../../src/schemas/fast/compile.js';
import { toInputIssues } from '../../src/schemas/issues.js';
import { receivedOf, type Screened } from '../review/boundary.js';
import { instantMs } from '../review/deadlines.js';
import type { Rejection } from '../review/types.js';
import { isCycleHandled } from './handled.js';
import type { CycleIndex } from './index-schema.js';
import { dossierDeadline, profileOf, unitEntryOf, unitOf } from './open-index.js';
import { overrideIssues } from './overrides.js';
import { cycleForbidden } from './sender.js';
import { summaryInputOf } from './summary-rows.js';
import { unitDossierIssues } from './unit-dossier.js';

type Parsed = { ok: true; event: CycleEvent } | { ok: false; issues: InputIssue[] };

/** Each cycle event type's `safeParse`, through the fast path derived from its schema. */
const cycleEventParsers = Object.fromEntries(
  CYCLE_EVENT_TYPES.map((t) => [t, fastSafeParse(CycleEventSchemas[t])]),
) as unknown as Record<
  CycleEventType,
  (v: unknown) => ReturnType<(typeof CycleEventSchemas)[CycleEventType]['safeParse']>
>;
const parsedEvents = slot<Parsed>();

function issue(path: Array<string | number>, code: string, vi: string, en: string): Parsed {
  return { ok: false, issues: [{ path, code, message: text(vi, en) }] };
}

/** The schema check of a screened value (JSON, NFC, within the bounds). */
function parseScreened(screened: Screened): Parsed {
  if (!screened.ok) return { ok: false, issues: [screened.issue] };
  const v = screened.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    return issue(
      [],
      'invalid_type',
      'Sự kiện phải là một đối tượng.',
      'An event must be an object.',
    );
  const type = (v as { type?: unknown }).type;
  if (!isCycleEventType(type))
    return issue(
      ['type'],
      'unknown_event',
      `Loại sự kiện của đợt không có: "${show(type)}"; chỉ nhận ${CYCLE_EVENT_TYPES.join(', ')}.`,
      `Unknown cycle event type "${show(type)}"; expected one of ${CYCLE_EVENT_TYPES.join(', ')}.`,
    );
  const out = cycleEventParsers[type](v);
  return out.success
    ? { ok: true, event: out.data as CycleEvent }
    : { ok: false, issues: toInputIssues(out.error) };
}

/** Validates a cycle event: the boundary's bounds, then its type's schema (memoised per object). */
export function parseCycleEvent(raw: unknown): Parsed {
  if (raw === null || typeof raw !== 'object') return parseScreened(receivedOf(raw));
  let parsed = parsedEvents.get(raw);
  if (!parsed) {
    parsed = parseScreened(receivedOf(raw));
    parsedEvents.set(raw, parsed);
  }
  return parsed;
}

export type CycleVerdict =
  | { readonly ok: true; readonly event: CycleEvent; readonly summary?: Summary }
  | { readonly ok: false; readonly rejection: Rejection };

function no(code: Rejection['code'], vi: string, en: string, issues?: InputIssue[]): CycleVerdict {
  return { ok: false, rejection: { code, message: text(vi, en), ...(issues ? { issues } : {}) } };
}

/** The day (`YYYY-MM-DD`, Asia/Ho_Chi_Minh) of an instant. */
export function dayOf(iso: string): string {
  return DateTime.fromISO(iso, { setZone: true }).setZone(ZONE).toFormat('yyyy-MM-dd');
}

const verdicts = slot<{ index: CycleIndex; handled: boolean | undefined; verdict: CycleVerdict }>();

/** The summary of the index with these overrides; a summary input the rules refuse is a refusal. */
function compile(index: CycleIndex, asOf: string, overrides: readonly QuotaOverride[]) {
  try {
    return { ok: true as const, summary: summarize(summaryInputOf(index, asOf, overrides)) };
  } catch (err) {
    if (!(err instanceof AssessmentError)) throw err;
    return { ok: false as const, issues: [...err.issues] };
  }
}

function notCompiled(issues: InputIssue[]): CycleVerdict {
  return no(
    'NOT_ALLOWED_IN_STATE',
    'Kết quả chưa tổng hợp được.',
    'The results cannot be compiled.',
    issues,
  );
}

/** COMPILE_SUMMARY and FINALIZE: the summary they record, or why not. */
function summaryVerdict(index: CycleIndex, e: CycleEvent): CycleVerdict {
  if (e.type === 'COMPILE_SUMMARY') {
    const c = compile(index, e.asOf ?? dayOf(e.at), index.overrides);
    if (!c.ok) return notCompiled(c.issues);
    return { ok: true, event: e, summary: c.summary };
  }
  if (e.type !== 'FINALIZE') return { ok: true, event: e };
  const bad = overrideIssues(index, e.overrides);
  if (bad.length > 0)
    return no(
      'INVALID_PAYLOAD',
      'Ý kiến vượt tỷ lệ không hợp lệ; không ghi nhận ý kiến nào.',
      'The quota overrides are invalid; none was recorded.',
      bad,
    );
  const merged = [
    ...index.overrides.filter((o) => !e.overrides.some((x) => x.subjectId === o.subjectId)),
    ...e.overrides,
  ];
  const c = compile(index, dayOf(e.at), merged);
  if (!c.ok) return notCompiled(c.issues);
  const errors = c.summary.checks.quota.filter((f) => f.severity === 'error');
  if (errors.length > 0)
    return no(
      'NOT_ALLOWED_IN_STATE',
      'Chưa thể hoàn tất: tỷ lệ Hoàn thành xuất sắc vượt giới hạn mà chưa có ý kiến của cấp có thẩm quyền (X-QUOTA).',
      'Cannot finalize: an EXCELLENT quota is exceeded without a recorded authority override (X-QUOTA).',
      errors.map((f) => ({ path: ['overrides'], code: f.rule, message: f.message })),
    );
  return { ok: true, event: e, summary: c.summary };
}

/**
 * The checks of a cycle event, in the review's order (PROCESS.md §2): payload → sender → not before
 * the cycle's clock → the state handles it → what is on file (a dossier sent once, a known unit,
 * complete) → the summary (FINALIZE: no X-QUOTA error without an override). Memoised per event
 * and context (the guard and the action of one transition compile the summary once).
 */
export function cycleVerdict(index: CycleIndex, raw: unknown, handled?: boolean): CycleVerdict {
  // memoised for the guard and the action of one transition: the same event on the same context
  const key = raw !== null && typeof raw === 'object' ? raw : undefined;
  const hit = key ? verdicts.get(key) : undefined;
  if (hit && hit.index === index && hit.handled === handled) return hit.verdict;
  const verdict = decide(index, raw, handled);
  if (key) verdicts.set(key, { index, handled, verdict });
  return verdict;
}

/**
 * The verdict the guard gave this event, for the actions of the transition it admitted: they run
 * on the context as the earlier actions left it (`accept` moves the clock and the chain), which
 * must not make the event be judged — the summary compiled — again. Computed here only when no
 * guard ran first.
 */
export function admittedVerdict(index: CycleIndex, raw: unknown): CycleVerdict {
  const hit = raw !== null && typeof raw === 'object' ? verdicts.get(raw) : undefined;
  if (hit && hit.handled === true && hit.verdict.ok) return hit.verdict;
  return cycleVerdict(index, raw, true);
}

function decide(index: CycleIndex, raw: unknown, handled?: boolean): CycleVerdict {
  const parsed = parseCycleEvent(raw);
  if (!parsed.ok)
    return no(
      'INVALID_PAYLOAD',
      'Dữ liệu của sự kiện không hợp lệ.',
      'The event payload is invalid.',
      parsed.issues,
    );
  const e = parsed.event;
  const why = cycleForbidden(index, e);
  if (why) return { ok: false, rejection: { code: 'FORBIDDEN', message: why } };
  if (instantMs(e.at) < instantMs(index.now))
    return no(
      'OUT_OF_ORDER',
      `Sự kiện ghi thời điểm ${e.at}, trước đồng hồ của đợt kiểm điểm (${index.now}).`,
      `The event is dated ${e.at}, before the cycle's clock (${index.now}).`,
    );
  if (!(handled ?? isCycleHandled(index.state, e.type)))
    return no(
      'NOT_ALLOWED_IN_STATE',
      `Không thể ${e.type} khi đợt kiểm điểm ở trạng thái "${index.state}".`,
      `${e.type} is not allowed while the cycle is "${index.state}".`,
    );
  if (e.type === 'SUBMIT_DOSSIER') {
    const unit = unitEntryOf(index, e.unitId);
    if (!unit)
      return no(
        'INVALID_PAYLOAD',
        'Đơn vị không có hồ sơ trong đợt này.',
        'The unit sends no dossier in this cycle.',
        [
          {
            path: ['unitId'],
            code: 'unknown_unit',
            message: unitOf(index, e.unitId)
              ? text(
                  `Đơn vị "${e.unitId}" không có đối tượng kiểm điểm trong đợt này.`,
                  `Unit "${e.unitId}" has no subject under review in this cycle.`,
                )
              : text(`Không có đơn vị "${e.unitId}".`, `No unit "${e.unitId}".`),
          },
        ],
      );
    if (unit.submittedAt)
      return no(
        'NOT_ALLOWED_IN_STATE',
        `Đơn vị "${e.unitId}" đã nộp hồ sơ lúc ${unit.submittedAt}.`,
        `Unit "${e.unitId}" already submitted its dossier at ${unit.submittedAt}.`,
      );
    const due = dossierDeadline(profileOf(index), index.definition.year);
    if (due.policy === 'block' && instantMs(e.at) >= instantMs(unit.dueAt))
      return no(
        'DEADLINE_PASSED',
        `Đã quá hạn nộp hồ sơ (${unit.dueAt}); hạn này không nhận hồ sơ nộp muộn.`,
        `The dossier deadline (${unit.dueAt}) has passed, and it takes no late dossier.`,
      );
    const issues = unitDossierIssues(index, e.unitId, e.items);
    if (issues.length > 0)
      return no(
        'INVALID_PAYLOAD',
        'Hồ sơ chưa đủ, chưa tiếp nhận.',
        'The dossier is incomplete and was not accepted.',
        issues,
      );
  }
  return summaryVerdict(index, e);
}

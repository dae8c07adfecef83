import { LEVELS, type Level } from '../core/level.js';
import { classify } from '../rules/classify.js';
import { quotaPerAgency } from '../rules/cross/quota.js';
import type { RuleSetId } from '../schemas/assessment.js';
import type { Profile } from '../schemas/cycle-profile.js';
import { type AssessmentTwist, demoAssessment } from './assessments.js';
import type { ProvinceSubject } from './province.js';
import type { SubjectPlan } from './timeline.js';

/** What a situation changes in one subject's plan (all optional). */
export interface PlanTwist extends AssessmentTwist {
  readonly aim?: ProvinceSubject['aim'];
  readonly suggestions?: SubjectPlan['suggestions'];
  readonly returnedExplanation?: boolean;
  readonly complaintAgainst?: Level;
  readonly closeDay?: number;
}

export interface PlanOptions {
  readonly year: number;
  readonly ruleSet: RuleSetId;
  readonly profile: Profile;
  /** The comparable group whose EXCELLENT count the demo lets exceed the quota. */
  readonly breachGroup?: string;
}

/** X-QUOTA's test (QĐ 124 and 366: EXCELLENT ≤ 20 % of GOOD, in integers). */
const withinQuota = (excellent: number, good: number) => excellent * 100 <= good * 20;

/**
 * The plan of every subject: its assessment (from its aim and its situation) and what `classify()`
 * computes of it, with the profile's rules — the level the demo's authority then decides. The
 * aims are adjusted so that every comparable group keeps within X-QUOTA except `breachGroup`,
 * which is pushed just over it (the breach the authority resolves with a recorded override).
 * Subjects a situation pins (`twist.aim`) are never adjusted.
 */
export function planSubjects(
  subjects: readonly ProvinceSubject[],
  twists: ReadonlyMap<string, PlanTwist>,
  options: PlanOptions,
): SubjectPlan[] {
  const plans = new Map<string, SubjectPlan>();
  const aims = new Map<string, ProvinceSubject['aim']>();
  const make = (s: ProvinceSubject): SubjectPlan => {
    const twist = twists.get(s.subject.id) ?? {};
    const aim = twist.aim ?? aims.get(s.subject.id) ?? s.aim;
    const assessment = demoAssessment(s.subject, options.year, options.ruleSet, aim, twist);
    const c = classify(assessment, { ruleSet: options.ruleSet, profile: options.profile });
    const computed: SubjectPlan['computed'] =
      c.status === 'rated' && c.level !== null
        ? c.level
        : c.status === 'rated'
          ? 'not-rated'
          : c.status;
    return {
      subject: s.subject,
      assessment,
      computed,
      wave: s.wave,
      ...(twist.suggestions !== undefined ? { suggestions: twist.suggestions } : {}),
      ...(twist.returnedExplanation ? { returnedExplanation: true } : {}),
      ...(twist.complaintAgainst ? { complaintAgainst: twist.complaintAgainst } : {}),
      ...(twist.closeDay !== undefined ? { closeDay: twist.closeDay } : {}),
      ...(s.subject.kind === 'individual' && s.subject.role === 'leader'
        ? { confidence: { low: s.subject.id.length % 3, total: 18 + (s.subject.id.length % 9) } }
        : {}),
    };
  };
  for (const s of subjects) plans.set(s.subject.id, make(s));

  const byGroup = new Map<string, ProvinceSubject[]>();
  const perAgency = quotaPerAgency(options.ruleSet);
  const add = (key: string, s: ProvinceSubject) => {
    const list = byGroup.get(key);
    if (list) list.push(s);
    else byGroup.set(key, [s]);
  };
  for (const s of subjects) {
    if (s.subject.excluded) continue;
    add(s.subject.group ?? `${s.subject.kind}/${s.subject.role}`, s);
    // NĐ 335 counts X-QUOTA per agency as well (the rows' unitId: RULES.md X-QUOTA-CIVIL)
    if (perAgency) add(`unit:${s.subject.unitId}`, s);
  }
  const quota = () => {
    for (const [group, members] of byGroup) {
      const level = (s: ProvinceSubject) => plans.get(s.subject.id)?.computed;
      const count = (l: Level) => members.filter((s) => level(s) === l).length;
      const free = (l: Level) =>
        members.filter((s) => !twists.get(s.subject.id)?.aim && level(s) === l);
      const tally = { EXCELLENT: count('EXCELLENT'), GOOD: count('GOOD') };
      const move = (s: ProvinceSubject, aim: ProvinceSubject['aim']) => {
        const before = level(s);
        aims.set(s.subject.id, aim);
        plans.set(s.subject.id, make(s));
        const after = level(s);
        if (before === 'EXCELLENT' || before === 'GOOD') tally[before]--;
        if (after === 'EXCELLENT' || after === 'GOOD') tally[after]++;
      };
      const within = () => withinQuota(tally.EXCELLENT, tally.GOOD);
      const excellent = free('EXCELLENT');
      while (!within() && excellent.length > 0) move(excellent.pop() as ProvinceSubject, 'GOOD');
      if (group !== options.breachGroup) continue;
      const good = free('GOOD').reverse();
      while (within() && good.length > 0) move(good.pop() as ProvinceSubject, 'EXCELLENT');
    }
  };

  // X-HEAD-CAP: a head is rated no higher than the leadership collective it heads, as an authority
  // deciding both would see to. A head a situation pins raises its collective instead (to GOOD at
  // most); a head whose collective is not completed stays one level above it (the warning shows).
  const collectiveOf = new Map<string, ProvinceSubject>();
  for (const s of subjects)
    if (s.subject.kind === 'collective' && s.subject.role === 'leadership')
      collectiveOf.set(s.subject.unitId, s);
  const rank = (l: SubjectPlan['computed'] | undefined) =>
    l === undefined ? -1 : (LEVELS as readonly string[]).indexOf(l);
  const capHeads = () => {
    for (const s of subjects) {
      const unit = s.subject.headOfUnitId;
      const c = unit === undefined ? undefined : collectiveOf.get(unit);
      const head = plans.get(s.subject.id)?.computed;
      const own = c && plans.get(c.subject.id)?.computed;
      if (!c || rank(head) < 0 || rank(own) < 0 || rank(head) >= rank(own)) continue;
      const pinned = twists.get(s.subject.id)?.aim;
      if (pinned && !twists.get(c.subject.id)?.aim) {
        aims.set(c.subject.id, pinned === 'EXCELLENT' ? 'GOOD' : pinned);
        plans.set(c.subject.id, make(c));
      } else if (!pinned) {
        aims.set(
          s.subject.id,
          own === 'NOT_COMPLETED' ? 'COMPLETED' : (own as ProvinceSubject['aim']),
        );
        plans.set(s.subject.id, make(s));
      }
    }
  };
  quota();
  capHeads();
  quota();
  return subjects.map((s) => plans.get(s.subject.id) as SubjectPlan);
}

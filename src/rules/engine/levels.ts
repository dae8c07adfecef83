import type { Level } from '../../core/level.js';
import { type Text, text } from '../../core/text.js';
import type { Assessment } from '../../schemas/assessment.js';
import { clauseText, pointsAtLeast } from '../clauses.js';
import type { RuleContext } from '../context.js';
import type { BandsRule, Clause, ConditionRule, Rule } from '../types.js';
import { Deferred, deferText, type Entry } from './deferred.js';
import { identityKey, valueKey } from './value-key.js';

const RATED_LEVELS = ['EXCELLENT', 'GOOD', 'COMPLETED'] as const;

/** One level condition as the resolution reads it: a condition row, or one band of a bands row. */
interface Row {
  readonly rule: Rule;
  readonly level: (typeof RATED_LEVELS)[number];
  /** The level's index in RATED_LEVELS. */
  readonly rank: number;
  readonly clauses: readonly Clause[];
  readonly holds: boolean;
}

/** The index of a rated level in RATED_LEVELS, without a search per row. */
function rankOf(level: Row['level']): number {
  return level === 'EXCELLENT' ? 0 : level === 'GOOD' ? 1 : 2;
}

function allOk(clauses: readonly Clause[]): boolean {
  for (const c of clauses) if (!c.ok) return false;
  return true;
}

function rowsOf(
  rules: ReadonlyArray<ConditionRule | BandsRule>,
  a: Assessment,
  ctx: RuleContext,
): Row[] {
  const rows: Row[] = [];
  for (const r of rules) {
    if (r.kind === 'condition') {
      const clauses = r.test(a, ctx);
      rows.push({ rule: r, level: r.level, rank: rankOf(r.level), clauses, holds: allOk(clauses) });
    } else {
      for (const b of r.bands) {
        const clauses = [pointsAtLeast(ctx.points, b.min, ctx.exactPoints)];
        rows.push({
          rule: r,
          level: b.level,
          rank: rankOf(b.level),
          clauses,
          holds: clauses[0]!.ok,
        });
      }
    }
  }
  return rows;
}

/** The clauses of a row that held (for `qualify`) or failed (for `cap`), joined with "; ". */
function clausesText(row: Row, ok: boolean): Text {
  let vi = '';
  let en = '';
  let first = true;
  for (const c of row.clauses) {
    if (c.ok !== ok) continue;
    const t = clauseText(c);
    vi = first ? t.vi : `${vi}; ${t.vi}`;
    en = first ? t.en : `${en}; ${t.en}`;
    first = false;
  }
  return text(vi, en);
}
const heldText = (row: Row): Text => clausesText(row, true);
const failedText = (row: Row): Text => clausesText(row, false);

/**
 * The key of what `clausesText(row, ok)` says (deferred.ts `key`): each reported clause's
 * formatter, values and `whose` — by identity when frozen all the way down (the shared ones).
 */
function clausesKey(row: Row, ok: boolean): string | undefined {
  let key = '';
  for (const c of row.clauses) {
    if (c.ok !== ok) continue;
    const whose = valueKey(c.whose);
    if (whose === undefined) return undefined;
    key += `${identityKey(c.format)}/${c.n0},${c.n1},${c.n2}/${whose};`;
  }
  return key;
}
const heldKey = (row: Row) => clausesKey(row, true);
const failedKey = (row: Row) => clausesKey(row, false);

/**
 * Level conditions, highest level first. Levels are nested: a level holds when its own rows and
 * every lower level's rows hold (a level with no rows holds vacuously). Reports what qualified the
 * decided level and what kept it from the level above (those failures set the ceiling `decided`).
 */
export function applyConditions(
  rules: ReadonlyArray<ConditionRule | BandsRule>,
  a: Assessment,
  ctx: RuleContext,
  reasons: Entry[],
): { level: Level; needsJudgment: boolean } {
  const rows = rowsOf(rules, a, ctx);
  const ownHolds = [true, true, true];
  for (const row of rows) if (!row.holds) ownHolds[row.rank] = false;
  let index = -1;
  for (let i = RATED_LEVELS.length - 1; i >= 0 && ownHolds[i]; i--) index = i;
  const decided: Level = index >= 0 ? RATED_LEVELS[index]! : 'NOT_COMPLETED';
  if (index >= 0)
    for (const row of rows)
      if (row.level === decided)
        reasons.push(Deferred.of(row.rule, 'qualify', decided, heldText, row, heldKey));
  const above = index === -1 ? 'COMPLETED' : index > 0 ? RATED_LEVELS[index - 1] : undefined;
  for (const row of rows)
    if (row.level === above && !row.holds)
      reasons.push(Deferred.of(row.rule, 'cap', decided, failedText, row, failedKey));
  // A row the decided level needs may let a fact pass only for the authority to weigh.
  let needsJudgment = false;
  if (index >= 0)
    for (const r of rules) {
      if (r.kind !== 'condition' || !r.review) continue;
      if (RATED_LEVELS.indexOf(r.level) < index) continue;
      const why = r.review(a, ctx);
      if (!why) continue;
      needsJudgment = true;
      reasons.push(deferText(r, 'review', why));
    }
  return { level: decided, needsJudgment };
}

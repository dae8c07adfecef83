import type { Level } from '../../core/level.js';
import { type Text, text } from '../../core/text.js';
import type { Assessment } from '../../schemas/assessment.js';
import { clauseText, pointsAtLeast } from '../clauses.js';
import type { RuleContext } from '../context.js';
import type { BandsRule, Clause, ConditionRule } from '../types.js';
import { Deferred, deferText, type Entry } from './deferred.js';
import { identityKey, valueKey } from './value-key.js';

const RATED_LEVELS = ['EXCELLENT', 'GOOD', 'COMPLETED'] as const;
type RatedLevel = (typeof RATED_LEVELS)[number];

/** The index of a rated level in RATED_LEVELS, without a search per row. */
function rankOf(level: RatedLevel): number {
  return level === 'EXCELLENT' ? 0 : level === 'GOOD' ? 1 : 2;
}

function allOk(clauses: readonly Clause[]): boolean {
  for (const c of clauses) if (!c.ok) return false;
  return true;
}

/** One level condition: a condition row, or one band of a bands row (`min`: the band's; 0 else). */
interface LevelRow {
  readonly rule: ConditionRule | BandsRule;
  readonly rank: number;
  readonly min: number;
}

/**
 * The level conditions of one role's active rows (engine/active.ts builds this once per role):
 * the rows in table order, the indexes of each level's rows, and the rows that may ask for the
 * authority's judgment.
 */
export interface LevelRows {
  readonly rows: readonly LevelRow[];
  /** `byRank[r]`: the indexes in `rows` of the rows of RATED_LEVELS[r]. */
  readonly byRank: readonly (readonly number[])[];
  readonly reviews: readonly ConditionRule[];
}

export function levelRowsOf(rules: ReadonlyArray<ConditionRule | BandsRule>): LevelRows {
  const rows: LevelRow[] = [];
  for (const r of rules)
    if (r.kind === 'condition') rows.push({ rule: r, rank: rankOf(r.level), min: 0 });
    else for (const b of r.bands) rows.push({ rule: r, rank: rankOf(b.level), min: b.min });
  const byRank = RATED_LEVELS.map((_, rank) =>
    rows.flatMap((row, i) => (row.rank === rank ? [i] : [])),
  );
  const reviews = rules.filter((r): r is ConditionRule => r.kind === 'condition' && !!r.review);
  return { rows, byRank, reviews };
}

// What one classification found of its rows, by row index: the clause lists of the rows it read
// (undefined for a row it did not need), and whether they held. Kept from call to call (the
// engine runs one classification at a time, to the end, and nothing it calls classifies), so a
// classification allocates nothing per row but the clause lists its rows' tests return.
const found: (readonly Clause[] | undefined)[] = [];
const held: boolean[] = [];

function read(row: LevelRow, a: Assessment, ctx: RuleContext): readonly Clause[] {
  const r = row.rule;
  return r.kind === 'condition'
    ? r.test(a, ctx)
    : [pointsAtLeast(ctx.points, row.min, ctx.exactPoints)];
}

/** The clauses of a row that held (for `qualify`) or failed (for `cap`), joined with "; ". */
function clausesText(clauses: readonly Clause[], ok: boolean): Text {
  let vi = '';
  let en = '';
  let first = true;
  for (const c of clauses) {
    if (c.ok !== ok) continue;
    const t = clauseText(c);
    vi = first ? t.vi : `${vi}; ${t.vi}`;
    en = first ? t.en : `${en}; ${t.en}`;
    first = false;
  }
  return text(vi, en);
}
const heldText = (clauses: readonly Clause[]): Text => clausesText(clauses, true);
const failedText = (clauses: readonly Clause[]): Text => clausesText(clauses, false);

/**
 * The key of what `clausesText(clauses, ok)` says (deferred.ts `key`): each reported clause's
 * formatter, values and `whose` — by identity when frozen all the way down (the shared ones).
 */
function clausesKey(clauses: readonly Clause[], ok: boolean): string | undefined {
  let key = '';
  for (const c of clauses) {
    if (c.ok !== ok) continue;
    const whose = valueKey(c.whose);
    if (whose === undefined) return undefined;
    key += `${identityKey(c.format)}/${c.n0},${c.n1},${c.n2}/${whose};`;
  }
  return key;
}
const heldKey = (clauses: readonly Clause[]) => clausesKey(clauses, true);
const failedKey = (clauses: readonly Clause[]) => clausesKey(clauses, false);

/**
 * Level conditions, highest level first. Levels are nested: a level holds when its own rows and
 * every lower level's rows hold (a level with no rows holds vacuously). Reports what qualified the
 * decided level and what kept it from the level above (those failures set the ceiling `decided`).
 *
 * The rows are read from the lowest level up, and the reading stops at the first level whose rows
 * do not all hold: no level above it can hold, and nothing about its rows is reported (only the
 * decided level's rows and the failed rows of the level above it are), so the outcome and the
 * reasons are those of reading every row (the rows' tests are pure). Issue 9: the rows' tests
 * were about a quarter of the engine's time, the higher levels' rows (the most clauses) the most.
 */
export function applyConditions(
  levels: LevelRows,
  a: Assessment,
  ctx: RuleContext,
  reasons: Entry[],
): { level: Level; needsJudgment: boolean } {
  const { rows, byRank } = levels;
  let index = -1;
  // the level whose failed rows set the ceiling: COMPLETED when none holds, none above EXCELLENT
  let above = -1;
  for (let rank = RATED_LEVELS.length - 1; rank >= 0; rank--) {
    let all = true;
    for (const i of byRank[rank]!) {
      const clauses = read(rows[i]!, a, ctx);
      const ok = allOk(clauses);
      found[i] = clauses;
      held[i] = ok;
      if (!ok) all = false;
    }
    if (!all) {
      above = rank;
      break;
    }
    index = rank;
  }
  const decided: Level = index >= 0 ? RATED_LEVELS[index]! : 'NOT_COMPLETED';
  if (index >= 0)
    for (const i of byRank[index]!)
      reasons.push(Deferred.of(rows[i]!.rule, 'qualify', decided, heldText, found[i]!, heldKey));
  if (above >= 0)
    for (const i of byRank[above]!)
      if (!held[i])
        reasons.push(Deferred.of(rows[i]!.rule, 'cap', decided, failedText, found[i]!, failedKey));
  // The reported clause lists are the reasons' now: let go of every one read.
  found.fill(undefined, 0, rows.length);
  // A row the decided level needs may let a fact pass only for the authority to weigh.
  let needsJudgment = false;
  if (index >= 0)
    for (const r of levels.reviews) {
      if (rankOf(r.level) < index) continue;
      const why = r.review!(a, ctx);
      if (!why) continue;
      needsJudgment = true;
      reasons.push(deferText(r, 'review', why));
    }
  return { level: decided, needsJudgment };
}

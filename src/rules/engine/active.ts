import { deepFreeze } from '../../core/freeze.js';
import type { Text } from '../../core/text.js';
import { text } from '../../core/text.js';
import type { Assessment } from '../../schemas/assessment.js';
import { FLAG_NAMES, type FlagName } from '../../schemas/parts.js';
import type { RulesProfile } from '../../schemas/profile.js';
import { assumedPartOn, isActive } from '../profile-switches.js';
import type {
  CapRule,
  DiscountRule,
  DiscretionRule,
  ExcludeRule,
  GapRule,
  NoteRule,
  NotRatedRule,
  Reason,
  Rule,
  RuleSet,
  TriggerRule,
} from '../types.js';
import { flagBit, flagBits } from './flag-mask.js';
import { type LevelRows, levelRowsOf } from './levels.js';
import { flagNotUsed } from './not-used.js';

/**
 * The rows in force for one role under one profile, sorted by kind (each list in table order),
 * with what the engine derives from them. Built once per (profile, rule table, role) and cached:
 * the hot path of `evaluate` then walks short, pre-typed lists and allocates no closures.
 */
export interface Active {
  readonly rules: readonly Rule[];
  /** The flags the active rows read (RULES.md, "Flags": any other flag set gives a note). */
  readonly flags: ReadonlySet<FlagName>;
  /** The bits of the flags no active row reads (flag-mask.ts): a subject that sets none has no note. */
  readonly unusedMask: number;
  /**
   * The `FLAG_NOT_USED` notes for the unused flags a subject sets (its flag mask), in FLAG_NAMES
   * order: worked out once per distinct mask (at most 2¹¹), not flag by flag per subject.
   */
  readonly unusedNotes: (flagsSet: number) => readonly Reason[];
  readonly discounts: readonly DiscountRule[];
  readonly excludes: readonly ExcludeRule[];
  readonly notRated: readonly NotRatedRule[];
  readonly triggers: readonly TriggerRule[];
  readonly discretions: readonly DiscretionRule[];
  /** Condition and bands rows, as the level resolution reads them (engine/levels.ts). */
  readonly levels: LevelRows;
  readonly gap: GapRule | undefined;
  /** Cap and note rows, in table order (they are read in one pass). */
  readonly capsAndNotes: ReadonlyArray<CapRule | NoteRule>;
  /** `ctx.on`, `ctx.assumedOn`, `ctx.criterion` of this profile and rule set. */
  readonly on: (id: string) => boolean;
  readonly assumedOn: (id: string) => boolean;
  readonly criterion: (key: string) => Text;
}

function appliesTo(rule: Rule, a: Assessment): boolean {
  const { kinds, roles } = rule.appliesTo;
  return (!kinds || kinds.includes(a.kind)) && (!roles || roles.includes(a.role));
}

/**
 * A criterion's label: the profile's own list first, then the rule set's; else the key. The
 * labels the two lists name are looked up once each and kept as copies frozen all the way down:
 * the same object for every subject, so a writer that remembers reasons knows it by identity
 * (engine/value-key.ts), and the host's profile is never frozen by the engine. A key neither list
 * names (a host's own criterion) is not kept: the assessment chooses those keys.
 */
function criterionLabels(ruleSet: RuleSet, profile: RulesProfile): (key: string) => Text {
  const labels = new Map<string, Text>();
  return (key) => {
    let label = labels.get(key);
    if (label === undefined) {
      const found =
        profile.criteria.find((c) => c.key === key) ?? ruleSet.criteria?.find((c) => c.key === key);
      if (!found) return text(key, key);
      label = deepFreeze(text(found.label.vi, found.label.en));
      labels.set(key, label);
    }
    return label;
  };
}

function build(ruleSet: RuleSet, a: Assessment, profile: RulesProfile): Active {
  const rules = ruleSet.rules.filter((r) => appliesTo(r, a) && isActive(r, a.kind, profile));
  const flags = rules.flatMap((r) =>
    typeof r.flags === 'function' ? r.flags(a.role) : (r.flags ?? []),
  );
  const ids = new Set(rules.map((r) => r.id));
  const of = <K extends Rule['kind']>(...kinds: K[]) =>
    rules.filter((r): r is Extract<Rule, { kind: K }> => (kinds as string[]).includes(r.kind));
  const used = new Set(flags);
  const unused = FLAG_NAMES.filter((name) => !used.has(name));
  const unusedFlags = unused.map((name) => [flagBit(name), flagNotUsed(name, ruleSet)] as const);
  const notesByMask = new Map<number, readonly Reason[]>();
  const unusedNotes = (flagsSet: number): readonly Reason[] => {
    let notes = notesByMask.get(flagsSet);
    if (notes === undefined) {
      notes = unusedFlags.filter(([bit]) => (flagsSet & bit) !== 0).map(([, note]) => note);
      notesByMask.set(flagsSet, notes);
    }
    return notes;
  };
  return {
    rules,
    flags: used,
    unusedMask: flagBits(unused),
    unusedNotes,
    discounts: of('discount'),
    excludes: of('exclude'),
    notRated: of('not-rated'),
    triggers: of('trigger'),
    discretions: of('discretion'),
    levels: levelRowsOf(of('condition', 'bands')),
    gap: of('gap')[0],
    capsAndNotes: of('cap', 'note'),
    on: (id) => ids.has(id),
    assumedOn: (id) => ids.has(id) && assumedPartOn(id, profile),
    criterion: criterionLabels(ruleSet, profile),
  };
}

const ACTIVE = new WeakMap<RulesProfile, WeakMap<RuleSet, Map<string, Active>>>();

/**
 * The active rows for this subject's role (the role fixes the kind). Cached per profile object,
 * rule set and role: all are immutable (profiles come parsed from resolveRulesProfile, one object
 * per distinct content).
 */
export function active(ruleSet: RuleSet, a: Assessment, profile: RulesProfile): Active {
  // A run classifies subject after subject under one profile and rule set: the last pair's roles
  // answer without the two weak-map lookups.
  const byRole =
    last.profile === profile && last.ruleSet === ruleSet ? last.byRole : rolesOf(ruleSet, profile);
  let found = byRole.get(a.role);
  if (!found) {
    found = build(ruleSet, a, profile);
    byRole.set(a.role, found);
  }
  return found;
}

let last: { profile?: RulesProfile; ruleSet?: RuleSet; byRole: Map<string, Active> } = {
  byRole: new Map(),
};

function rolesOf(ruleSet: RuleSet, profile: RulesProfile): Map<string, Active> {
  let bySet = ACTIVE.get(profile);
  if (!bySet) {
    bySet = new WeakMap();
    ACTIVE.set(profile, bySet);
  }
  let byRole = bySet.get(ruleSet);
  if (!byRole) {
    byRole = new Map();
    bySet.set(ruleSet, byRole);
  }
  last = { profile, ruleSet, byRole };
  return byRole;
}

import { text } from '../../core/text.js';
import type { FlagName } from '../../schemas/parts.js';
import type { Reason, RuleSet } from '../types.js';

// Notes for input the rule set does not read (RULES.md, "Flags"; and `points` or `tasks` a rule set
// ignores). They are the same for every subject of a rule set, so each is built once.

/** A flag set that no active row of the rule set reads, for this subject's role (RULES.md, "Flags"). */
export function flagNotUsed(name: FlagName, ruleSet: RuleSet): Reason {
  let bySet = FLAG_NOT_USED.get(ruleSet);
  if (!bySet) {
    bySet = new Map();
    FLAG_NOT_USED.set(ruleSet, bySet);
  }
  let found = bySet.get(name);
  if (!found) {
    found = notUsedReason(name, ruleSet);
    bySet.set(name, found);
  }
  return found;
}

/** Keyed by the rule set object and the flag: no key string is built per call (issue 9). */
const FLAG_NOT_USED = new WeakMap<RuleSet, Map<FlagName, Reason>>();

const NOT_USED = new Map<string, Reason>();

/** `points` given to a rule set that grades, or `tasks` to one that scores periods. */
export function fieldNotUsed(field: 'points' | 'tasks', ruleSet: RuleSet): Reason {
  const key = `${ruleSet.id}/${field}`;
  let found = NOT_USED.get(key);
  if (!found) {
    found = {
      rule: 'FIELD_NOT_USED',
      effect: 'note',
      citation: `RULES.md (${ruleSet.id})`,
      message: text(
        `"${field}" được ghi nhưng bộ quy tắc ${ruleSet.id} không dùng: không ảnh hưởng đến kết quả.`,
        `"${field}" is given but rule set ${ruleSet.id} does not use it: it does not change the outcome.`,
      ),
    };
    NOT_USED.set(key, found);
  }
  return found;
}

function notUsedReason(name: FlagName, ruleSet: RuleSet): Reason {
  return {
    rule: 'FLAG_NOT_USED',
    effect: 'note',
    citation: `RULES.md — Flags (${ruleSet.id})`,
    message: text(
      `flags.${name} được bật nhưng bộ quy tắc ${ruleSet.id} không dùng nó cho vai trò này: không ảnh hưởng đến kết quả.`,
      `flags.${name} is set but rule set ${ruleSet.id} does not use it for this role: it does not change the outcome.`,
    ),
  };
}

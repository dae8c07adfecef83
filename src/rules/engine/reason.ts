import type { Level } from '../../core/level.js';
import { type Text, text } from '../../core/text.js';
import type { Reason, Rule } from '../types.js';

// Reasons are plain objects with a plain `message` (JSON, spreads, deep equality and the
// machines' canonical digests all see the same `{ vi, en }`). An own-getter message formatted on
// first read was tried for issue 9 and measured 1.3× slower in V8 (object literals with accessors
// leave the fast literal path), so the texts are built here, with plain loops and no closures.

/** A reason given by a rule row: the row's own text, then what this subject's facts were. */
export function reason(rule: Rule, effect: Reason['effect'], message: Text, level?: Level): Reason {
  const t = rule.text;
  const m = text(
    message.vi ? `${t.vi} — ${message.vi}` : t.vi,
    message.en ? `${t.en} — ${message.en}` : t.en,
  );
  return level
    ? { rule: rule.id, effect, level, citation: rule.citation, message: m }
    : { rule: rule.id, effect, citation: rule.citation, message: m };
}

/** A reason whose facts are `say(arg)`: a static formatter and its argument, no closure per call. */
export function reasonWith<T>(
  rule: Rule,
  effect: Reason['effect'],
  say: (arg: T) => Text,
  arg: T,
  level?: Level,
): Reason {
  return reason(rule, effect, say(arg), level);
}

/** The same reason with another effect and no level. */
export function withEffect(r: Reason, effect: Reason['effect']): Reason {
  return { rule: r.rule, effect, citation: r.citation, message: r.message };
}

/** Joins cause or clause texts with "; " in each language. */
export function joinTexts(list: readonly Text[]): Text {
  if (list.length === 1) return list[0]!;
  let vi = '';
  let en = '';
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    vi = i === 0 ? t.vi : `${vi}; ${t.vi}`;
    en = i === 0 ? t.en : `${en}; ${t.en}`;
  }
  return text(vi, en);
}

import type { Level } from '../../core/level.js';
import { type Text, text } from '../../core/text.js';
import type { Reason, Rule } from '../types.js';
import { deferText, written } from './deferred.js';

// Reasons are plain objects with a plain `message` (JSON, spreads, deep equality and the
// machines' canonical digests all see the same `{ vi, en }`). The engine defers writing them
// (deferred.ts, lazy-reasons.ts); this eager form is for the few reasons built outside it.

/** A reason given by a rule row, written now: the row's own text, then this subject's facts. */
export function reason(rule: Rule, effect: Reason['effect'], message: Text, level?: Level): Reason {
  return written(deferText(rule, effect, message, level));
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

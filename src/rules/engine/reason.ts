import type { Level } from '../../core/level.js';
import { type Text, text } from '../../core/text.js';
import type { Reason, Rule } from '../types.js';

/** A reason given by a rule row: the row's own text, then what this subject's facts were. */
export function reason(rule: Rule, effect: Reason['effect'], message: Text, level?: Level): Reason {
  const lead = (lang: 'vi' | 'en') =>
    message[lang] ? `${rule.text[lang]} — ${message[lang]}` : rule.text[lang];
  const message2 = text(lead('vi'), lead('en'));
  return level
    ? { rule: rule.id, effect, level, citation: rule.citation, message: message2 }
    : { rule: rule.id, effect, citation: rule.citation, message: message2 };
}

/** Joins cause or clause texts with "; " in each language. */
export function joinTexts(list: readonly Text[]): Text {
  return text(list.map((t) => t.vi).join('; '), list.map((t) => t.en).join('; '));
}

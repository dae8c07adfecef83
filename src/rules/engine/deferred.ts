import type { Level } from '../../core/level.js';
import type { Text } from '../../core/text.js';
import type { Reason, Rule } from '../types.js';
import { identityKey, valueKey } from './value-key.js';

/**
 * A reason the engine has decided on but not yet written out: the rule row, what it did, and the
 * facts its words are made from (`say(arg)`). Writing the words — two languages, a clause or a
 * date list each — cost more than deciding the outcome (issue 9), so the engine keeps these and
 * `lazyReasons` writes them the first time anyone reads `reasons`. `say` is a static formatter and
 * `arg` holds only numbers, texts and the row's own clauses (no reference into the caller's
 * input), so the words come out the same whenever they are read.
 */
export class Deferred {
  private constructor(
    readonly rule: Rule,
    readonly effect: Reason['effect'],
    readonly level: Level | undefined,
    /** Called only with `arg` (the pair is made together in `defer`). */
    private readonly say: (arg: never) => Text,
    private readonly arg: unknown,
    /** The key of `arg`'s words, when the formatter has its own (else `valueKey`). */
    private readonly keyOf?: (arg: never) => string | undefined,
  ) {}

  /** The reason `rule` gives with words `say(arg)`. */
  static of<T>(
    rule: Rule,
    effect: Reason['effect'],
    level: Level | undefined,
    say: (arg: T) => Text,
    arg: T,
    keyOf?: (arg: T) => string | undefined,
  ): Deferred {
    return new Deferred(rule, effect, level, say, arg, keyOf);
  }

  /** The same reason with another effect and no level. */
  withEffect(effect: Reason['effect']): Deferred {
    return new Deferred(this.rule, effect, undefined, this.say, this.arg, this.keyOf);
  }

  /** The facts in words. */
  words(): Text {
    return (this.say as (arg: unknown) => Text)(this.arg);
  }

  /**
   * A key for the reason this writes: two entries with the same key write the same reason (the
   * same row, effect, level and formatter, and facts with the same `valueKey`), or undefined when
   * the facts have no key. For a writer that remembers what it wrote (the CLI).
   */
  key(): string | undefined {
    const facts = this.keyOf
      ? (this.keyOf as (arg: unknown) => string | undefined)(this.arg)
      : valueKey(this.arg, this.rule);
    if (facts === undefined) return undefined;
    // the row and the formatter by identity: table rows and static functions, never changed
    return `${identityKey(this.rule)}|${this.effect}|${this.level ?? ''}|${identityKey(this.say)}|${facts}`;
  }
}

/** What the engine collects: finished reasons (shared notes) and deferred ones, in order. */
export type Entry = Reason | Deferred;

const same = (t: Text): Text => t;

/** A reason whose facts are already words (`message`): only the joining is deferred. */
export function deferText(
  rule: Rule,
  effect: Reason['effect'],
  message: Text,
  level?: Level,
): Deferred {
  return Deferred.of(rule, effect, level, same, message);
}

/** The same entry with another effect and no level (the gap rule's `cap` → `review`). */
export function withEffect(e: Entry, effect: Reason['effect']): Entry {
  return e instanceof Deferred
    ? e.withEffect(effect)
    : { rule: e.rule, effect, citation: e.citation, message: e.message };
}

/** The reason an entry stands for: the row's own text, then what this subject's facts were. */
export function written(e: Entry): Reason {
  if (!(e instanceof Deferred)) return e;
  const t = e.rule.text;
  const m = e.words();
  const message = {
    vi: m.vi ? `${t.vi} — ${m.vi}` : t.vi,
    en: m.en ? `${t.en} — ${m.en}` : t.en,
  };
  const r = e.rule;
  return e.level
    ? { rule: r.id, effect: e.effect, level: e.level, citation: r.citation, message }
    : { rule: r.id, effect: e.effect, citation: r.citation, message };
}

/** A key for the reason `e` is written as (see `Deferred.key`; a finished reason: its content). */
export function entryKey(e: Entry): string | undefined {
  return e instanceof Deferred ? e.key() : valueKey(e);
}

import { type Text, text } from '../core/text.js';
import type { Violation } from '../rules/cross/violation.js';
import type { SummaryInputParsed, SummaryRow } from './input.js';
import type { Finding, OverrideEntry, ScopeEntry } from './summary-schema.js';

/**
 * The names a summary prints for the ids its rows and findings carry: groups, scopes, parties,
 * persons, subjects and units. Whatever has no name is printed by its id (a definition may name
 * only some groups and scopes; see `CycleDefinitionSchema`).
 */
export interface NameBook {
  readonly group: (id: string) => Text;
  readonly scope: (id: string) => Text;
  /** Who gave an override: a party's name, a person's, a subject's (the person is one), or the id. */
  readonly who: (id: string) => Text;
  readonly subject: (id: string) => string;
}

const same = (s: string): Text => text(s, s);

/** The name book of a summary input; `groupNames` holds the groups' names as `summarize` made them. */
export function nameBook(
  data: SummaryInputParsed,
  groupNames: ReadonlyMap<string, Text>,
): NameBook {
  const scopes = new Map(data.scopes.map((s) => [s.id, s.name]));
  const parties = new Map(data.parties.map((p) => [p.id, p.name]));
  const persons = new Map(data.persons.map((p) => [p.id, p.name]));
  const subjects = new Map<string, string>();
  const units = new Map<string, string>();
  for (const r of data.rows) {
    if (!subjects.has(r.id)) subjects.set(r.id, r.name);
    if (r.unitId !== undefined && !units.has(r.unitId)) units.set(r.unitId, r.unitName);
  }
  const subject = (id: string) => subjects.get(id) ?? id;
  return {
    // a group, or the agency (a unit) NĐ 335 also counts the quota in
    group: (id) => {
      const unit = units.get(id);
      return groupNames.get(id) ?? (unit ? same(unit) : same(id));
    },
    scope: (id) => scopes.get(id) ?? same(id),
    who: (id) => {
      const person = persons.get(id) ?? subjects.get(id);
      return parties.get(id) ?? (person ? same(person) : same(id));
    },
    subject,
  };
}

/** Each quoted `"id"` of `message` replaced by the quoted name (ids stay in `subjects`, `group`). */
function named(message: string, swaps: ReadonlyArray<readonly [string, string]>): string {
  let out = message;
  for (const [id, name] of swaps) if (id !== name) out = out.replaceAll(`"${id}"`, `"${name}"`);
  return out;
}

/** A `checkResults` finding as the summary holds it: ids kept, names in the message. */
export function findingOf(v: Violation, book: NameBook): Finding {
  const group = v.group !== undefined ? book.group(v.group) : undefined;
  const subjects = v.subjects.map((id) => [id, book.subject(id)] as const);
  const swaps = (lang: 'vi' | 'en') => [
    ...(v.group !== undefined && group ? [[v.group, group[lang]] as const] : []),
    ...subjects,
  ];
  return {
    rule: v.rule,
    severity: v.severity,
    subjects: [...v.subjects],
    ...(v.group !== undefined ? { group: v.group } : {}),
    ...(group ? { groupName: { vi: group.vi, en: group.en } } : {}),
    ...(v.limit !== undefined ? { limit: v.limit } : {}),
    ...(v.actual !== undefined ? { actual: v.actual } : {}),
    message: { vi: named(v.message.vi, swaps('vi')), en: named(v.message.en, swaps('en')) },
  };
}

/**
 * The results let stand above the quota: for each quota finding, each of its EXCELLENT subjects
 * whose row carries an override, with the breach's limit and actual, who allowed it and why.
 */
export function overrideEntries(
  quota: readonly Violation[],
  rows: readonly SummaryRow[],
  book: NameBook,
): OverrideEntry[] {
  const withOverride = new Map<string, SummaryRow>();
  for (const r of rows)
    if (r.override && r.level === 'EXCELLENT' && !withOverride.has(r.id)) withOverride.set(r.id, r);
  const out: OverrideEntry[] = [];
  for (const v of quota) {
    if (v.group === undefined || v.limit === undefined || v.actual === undefined) continue;
    const groupName = book.group(v.group);
    for (const id of v.subjects) {
      const o = withOverride.get(id)?.override;
      if (!o) continue;
      const byName = book.who(o.by);
      out.push({
        rule: v.rule,
        group: v.group,
        groupName: { vi: groupName.vi, en: groupName.en },
        limit: v.limit,
        actual: v.actual,
        subjectId: id,
        name: book.subject(id),
        by: o.by,
        byName: { vi: byName.vi, en: byName.en },
        reason: o.reason,
      });
    }
  }
  return out;
}

/** The scopes the appendix names, in order of first mention, each with its name. */
export function scopeEntries(scopes: Iterable<string | undefined>, book: NameBook): ScopeEntry[] {
  const seen = new Set<string>();
  const out: ScopeEntry[] = [];
  for (const id of scopes) {
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const name = book.scope(id);
    out.push({ id, name: { vi: name.vi, en: name.en } });
  }
  return out;
}

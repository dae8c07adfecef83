import type { InputIssue } from '../../src/core/errors.js';
import { text } from '../../src/core/text.js';
import type { CycleDefinition, CycleSubject } from '../../src/schemas/cycle-definition.js';
import type { QuotaOverride } from '../../src/schemas/cycle-events.js';
import type { CycleIndex } from './index-schema.js';
import { entryOf, profileOf, subjectOf } from './open-index.js';

/**
 * Who may give a subject's X-QUOTA override (PROCESS.md §4, RULES.md X-QUOTA: "overridable only by
 * a recorded authority override"): the competent authority the definition names for that subject
 * — its `authority` (a party's or person's id) or a person bound to its `authority` role
 * (`participants.authority`), the ones who decide its level. Per subject, not per group: a group
 * may span several authorities (each department's director decides its own units' collectives),
 * and none of them may let another's result stand above the quota. The organizer who sends
 * FINALIZE only records the authority's decision; anyone else's is refused.
 */
export function competentAuthorities(subject: CycleSubject): string[] {
  const out = new Set<string>();
  if (subject.authority !== undefined) out.add(subject.authority);
  for (const id of subject.participants.authority ?? []) out.add(id);
  return [...out];
}

/**
 * A name for a party or person id, for messages and the summary: a profile party's name, else the
 * name of the subject who is that person (`personId` or `id`), else nothing.
 */
export function personName(
  index: Pick<CycleIndex, 'definition' | 'profile'>,
  id: string,
): { vi: string; en: string } | undefined {
  const party = profileOf(index).parties.find((p) => p.id === id);
  if (party) return party.name;
  const s = personSubject(index.definition, id);
  return s ? text(s.name, s.name) : undefined;
}

function personSubject(d: CycleDefinition, id: string): CycleSubject | undefined {
  return d.subjects.find((s) => s.personId === id) ?? d.subjects.find((s) => s.id === id);
}

function quoted(index: CycleIndex, ids: readonly string[], lang: 'vi' | 'en'): string {
  return ids
    .map((id) => {
      const name = personName(index, id)?.[lang];
      return name ? `"${id}" (${name})` : `"${id}"`;
    })
    .join(lang === 'vi' ? ' hoặc ' : ' or ');
}

function authorityIssue(index: CycleIndex, o: QuotaOverride, i: number): InputIssue | undefined {
  const subject = subjectOf(index, o.subjectId);
  if (!subject) return undefined;
  const allowed = competentAuthorities(subject);
  if (allowed.length === 0)
    return {
      path: ['overrides', i, 'by'],
      code: 'no_authority',
      message: text(
        `Định nghĩa đợt không ghi cấp có thẩm quyền của "${o.subjectId}" (authority hoặc participants.authority): không ghi được ý kiến vượt tỷ lệ.`,
        `The definition names no competent authority for "${o.subjectId}" (authority or participants.authority): no quota override can be recorded.`,
      ),
    };
  if (allowed.includes(o.by)) return undefined;
  return {
    path: ['overrides', i, 'by'],
    code: 'not_authority',
    message: text(
      `Ý kiến vượt tỷ lệ cho "${o.subjectId}" phải của cấp có thẩm quyền quyết định mức xếp loại của đối tượng: ${quoted(index, allowed, 'vi')}; "${o.by}" không phải.`,
      `The quota override for "${o.subjectId}" must be given by the competent authority that decides its level: ${quoted(index, allowed, 'en')}; "${o.by}" is not.`,
    ),
  };
}

/**
 * What is wrong with FINALIZE's overrides: an unknown subject, one not rated EXCELLENT (only such
 * a result can stand above the quota), or an override given by someone other than the subject's
 * competent authority (`competentAuthorities`). Empty: the overrides may be recorded.
 */
export function overrideIssues(
  index: CycleIndex,
  overrides: readonly QuotaOverride[],
): InputIssue[] {
  const out: InputIssue[] = [];
  overrides.forEach((o, i) => {
    const e = entryOf(index, o.subjectId);
    if (!e) {
      out.push({
        path: ['overrides', i, 'subjectId'],
        code: 'unknown_subject',
        message: text(`Không có đối tượng "${o.subjectId}".`, `No subject "${o.subjectId}".`),
      });
      return;
    }
    if (e.level !== 'EXCELLENT')
      out.push({
        path: ['overrides', i, 'subjectId'],
        code: 'not_excellent',
        message: text(
          `"${o.subjectId}" không được xếp loại Hoàn thành xuất sắc; chỉ kết quả đó mới vượt tỷ lệ.`,
          `"${o.subjectId}" is not rated EXCELLENT; only such a result can stand above the quota.`,
        ),
      });
    const wrong = authorityIssue(index, o, i);
    if (wrong) out.push(wrong);
  });
  return out;
}

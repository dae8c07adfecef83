import { addMonths } from '../core/civil-date.js';
import type { InputIssue } from '../core/errors.js';
import { type Text, text } from '../core/text.js';
import type { Assessment } from '../schemas/assessment.js';
import type { FlagName } from '../schemas/parts.js';
import type { RuleContext } from './context.js';
import { flagBits } from './engine/flag-mask.js';
import type { Cause } from './types.js';

// Facts read the same way by several rule sets. The rules themselves stay in their tables.

const FLAG_TEXT: Record<FlagName, Text> = {
  degradation: text(
    'có biểu hiện suy thoái, "tự diễn biến", "tự chuyển hoá"',
    'degradation, "self-evolution", "self-transformation"',
  ),
  prohibitedConduct: text(
    'vi phạm những điều đảng viên không được làm',
    'breach of what party members must not do',
  ),
  disunity: text('mất đoàn kết nội bộ', 'internal disunity'),
  personnelWrongdoing: text(
    'sai phạm trong công tác cán bộ, chạy chức, chạy quyền',
    'wrongdoing in personnel work, buying posts or power',
  ),
  corruptionInManagedArea: text(
    'để xảy ra tham nhũng, tiêu cực trong lĩnh vực trực tiếp quản lý',
    'corruption or negative conduct in the managed area',
  ),
  corruptionCaseInSubordinateUnit: text(
    'đơn vị trực thuộc có vụ việc tham nhũng, lãng phí, tiêu cực bị xử lý kỷ luật',
    'a disciplined corruption, waste or negative case in a subordinate unit',
  ),
  collectiveDisciplined: text(
    'tập thể lãnh đạo bị kỷ luật',
    'the leadership collective was disciplined',
  ),
  exemplary: text('thực sự tiêu biểu', 'truly exemplary'),
  memberDegradation: text(
    'có thành viên bị kết luận có biểu hiện suy thoái, "tự diễn biến", "tự chuyển hoá"',
    'a member concluded to show degradation, "self-evolution", "self-transformation"',
  ),
  exampleBreach: text(
    'vi phạm trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín',
    'breach of the duty to set an example, harming reputation',
  ),
  generalCriteriaMet: text('đạt các tiêu chí chung', 'general criteria met'),
};

/** The flags one trigger reads, with their bits in a flag mask (engine/flag-mask.ts). */
export interface FlagGroup {
  readonly names: readonly FlagName[];
  readonly bits: number;
}

/** A group of flags (the groups below are the only ones: each made once). */
function flagGroup(...names: FlagName[]): FlagGroup {
  return Object.freeze({ names: Object.freeze(names), bits: flagBits(names) });
}

// The flag groups the rule tables' triggers read, each made once (a row names its group).
export const DEGRADATION = flagGroup('degradation');
export const MEMBER_CONDUCT = flagGroup('degradation', 'prohibitedConduct', 'exampleBreach');
export const MEMBER_DEGRADATION = flagGroup('memberDegradation');
export const DISUNITY = flagGroup('disunity');
export const PERSONNEL_OR_DISUNITY = flagGroup('personnelWrongdoing', 'disunity');
export const COLLECTIVE_DISCIPLINED = flagGroup('collectiveDisciplined');
export const CORRUPTION_IN_MANAGED_AREA = flagGroup('corruptionInManagedArea');
export const CORRUPTION_IN_SUBORDINATE_UNIT = flagGroup('corruptionCaseInSubordinateUnit');

/**
 * One cause per flag of `group` set, marked self-remedied when the host listed it in
 * `remediedFlags`. A subject that sets none of them (most) is answered from the flag mask alone:
 * reading `flags[name]` name by name is a keyed load V8 serves from its megamorphic cache.
 */
export function flagCauses(a: Assessment, ctx: RuleContext, group: FlagGroup): readonly Cause[] {
  if ((ctx.flagsSet & group.bits) === 0) return NO_CAUSES;
  let causes: Cause[] | undefined;
  for (const n of group.names) {
    if (!a.flags[n]) continue;
    causes ??= [];
    causes.push({ text: FLAG_TEXT[n], selfRemedied: a.remediedFlags.includes(n) });
  }
  return causes ?? NO_CAUSES;
}

/** No cause: what a trigger's test returns when it does not fire (one shared empty list). */
export const NO_CAUSES: readonly Cause[] = Object.freeze([]);

/** The year of a `YYYY-MM-DD` date (validated by the schema), read without building a string. */
function yearOf(iso: string): number {
  const c = (i: number) => iso.charCodeAt(i) - 48;
  return c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3);
}

/**
 * Party members not reviewed (QĐ 124 and QĐ 366 Điều 5 khoản 2): exempt from party work and
 * activity, activity suspended, or admitted less than 6 full months before the review date
 * ("kết nạp chưa đủ 6 tháng": admitted exactly 6 months before counts as a full 6 months).
 */
export function excludedFromReview(a: Assessment, reviewDate: string): Text | null {
  const p = a.party;
  if (!p) return null;
  if (p.exemptFromActivity)
    return text('được miễn công tác và sinh hoạt đảng', 'exempt from party work and activity');
  if (p.suspended) return text('đang bị đình chỉ sinh hoạt đảng', 'party activity suspended');
  if (p.admittedOn) {
    // ISO dates compare as strings; the review date counts as a day, so 6 months to the day is full.
    // Admitted before the year before the review year: 6 months have passed (no date arithmetic).
    if (yearOf(p.admittedOn) + 1 < yearOf(reviewDate)) return null;
    if (addMonths(p.admittedOn, 6) > reviewDate)
      return text(
        `kết nạp ngày ${p.admittedOn}, chưa đủ 6 tháng đến ngày ${reviewDate}`,
        `admitted on ${p.admittedOn}, less than 6 months before ${reviewDate}`,
      );
  }
  return null;
}

/** A `required` issue when `missing`, explaining which rule set needs the field. */
export function requireField(
  missing: boolean,
  path: string[],
  vi: string,
  en: string,
): InputIssue[] {
  return missing
    ? [
        {
          path,
          code: 'required',
          message: text(`Thiếu trường bắt buộc: ${vi}.`, `Required field is missing: ${en}.`),
        },
      ]
    : [];
}

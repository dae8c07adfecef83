import type { Level } from '../core/level.js';
import { type Text, text } from '../core/text.js';
import type { RuleSetId } from '../schemas/assessment.js';
import { crossRules } from './cross/table.js';
import { isSwitchable } from './profile-switches.js';
import { ruleSets } from './registry.js';
import type { AppliesTo, Rule, RuleKind, RuleStatus } from './types.js';

/** One row of the printed catalogue: derived from the rule tables, never retyped. */
export interface CatalogueEntry {
  readonly ruleSet: RuleSetId | 'cross';
  readonly id: string;
  readonly kind: RuleKind | 'cross';
  readonly status: RuleStatus;
  /** Set when only part of the rule is assumed. */
  readonly statusNote?: Text;
  readonly appliesTo: Text;
  readonly level?: Level;
  readonly citation: string;
  readonly text: Text;
  /** Whether a profile may switch it (assumed rules, and the assumed part of partly assumed ones). */
  readonly switchable: boolean;
  /** An assumed rule that is off unless a profile turns it on. */
  readonly defaultOff?: boolean;
  /** How a profile switches it, when it may: on/off, its assumed part, or a parameter. */
  readonly howToSwitch?: Text;
}

const KIND_TEXT: Record<string, Text> = {
  collective: text('tập thể', 'collective'),
  individual: text('cá nhân', 'individual'),
  leadership: text('tập thể lãnh đạo, quản lý', 'leadership collective'),
  'party-organization': text('tổ chức đảng', 'party organisation'),
  leader: text('cá nhân lãnh đạo, quản lý', 'leader'),
  member: text('đảng viên không giữ chức vụ', 'member'),
  outside: text('đảng viên ngoài hệ thống chính trị', 'party member outside the system'),
};

function describeAppliesTo(a: AppliesTo): Text {
  const names = a.roles ?? a.kinds;
  if (!names) return text('tất cả', 'all');
  const parts = names.map((n) => KIND_TEXT[n] ?? text(n, n));
  return text(parts.map((p) => p.vi).join(', '), parts.map((p) => p.en).join(', '));
}

/** What part of a confirmed row is assumed: some kinds of subject, or a named part. */
function assumedPart(r: Rule): Text | undefined {
  if (r.partlyAssumed)
    return text(`giả định: ${r.partlyAssumed.vi}`, `assumed: ${r.partlyAssumed.en}`);
  if (!r.assumedFor?.length) return undefined;
  const kinds = r.assumedFor.map((k) => KIND_TEXT[k]!);
  return text(
    `giả định với: ${kinds.map((p) => p.vi).join(', ')}`,
    `assumed for: ${kinds.map((p) => p.en).join(', ')}`,
  );
}

/** How a profile switches a rule (RULES.md §6), in words for the catalogue. */
function howToSwitch(r: Rule): Text | undefined {
  if (!isSwitchable(r)) return undefined;
  if (r.switchedBy && 'parameter' in r.switchedBy)
    return text(
      `qua tham số: profile.parameters["${r.switchedBy.parameter}"]`,
      `through its parameter: profile.parameters["${r.switchedBy.parameter}"]`,
    );
  if (r.switchedBy)
    return text(`qua dữ liệu: ${r.switchedBy.data.vi}`, `through data: ${r.switchedBy.data.en}`);
  if (r.defaultOff)
    return text(
      `mặc định tắt; bật: profile.rules["${r.id}"] = true`,
      `off by default; turn on: profile.rules["${r.id}"] = true`,
    );
  if (r.status === 'confirmed')
    return text(
      `tắt phần giả định: profile.rules["${r.id}"] = false`,
      `turn the assumed part off: profile.rules["${r.id}"] = false`,
    );
  return text(
    `tắt: profile.rules["${r.id}"] = false`,
    `turn off: profile.rules["${r.id}"] = false`,
  );
}

function fromRule(ruleSet: RuleSetId, r: Rule): CatalogueEntry {
  const partly = assumedPart(r);
  const how = howToSwitch(r);
  return {
    ruleSet,
    id: r.id,
    kind: r.kind,
    status: r.status,
    ...(partly ? { statusNote: partly } : {}),
    appliesTo: describeAppliesTo(r.appliesTo),
    ...(r.kind === 'condition' || r.kind === 'cap' ? { level: r.level } : {}),
    citation: r.citation,
    text: r.text,
    switchable: isSwitchable(r),
    ...(r.defaultOff ? { defaultOff: true } : {}),
    ...(how ? { howToSwitch: how } : {}),
  };
}

/** The catalogue of one rule set, or of every shipped rule set plus the cross-subject rules. */
export function ruleCatalogue(ruleSet?: RuleSetId | 'cross'): CatalogueEntry[] {
  const sets = Object.values(ruleSets).filter((s) => s && (!ruleSet || s.id === ruleSet));
  const rows = sets.flatMap((s) => s!.rules.map((r) => fromRule(s!.id, r)));
  if (!ruleSet || ruleSet === 'cross') {
    for (const r of crossRules) {
      rows.push({
        ruleSet: 'cross',
        id: r.id,
        kind: 'cross',
        status: r.status,
        ...(r.statusNote ? { statusNote: r.statusNote } : {}),
        appliesTo: text(
          `nhiều kết quả (${r.severity === 'error' ? 'lỗi' : 'cảnh báo'})`,
          `a set of results (${r.severity})`,
        ),
        citation: r.citation,
        text: r.text,
        switchable: r.status === 'assumed' || r.statusNote !== undefined,
      });
    }
  }
  return rows;
}

/** How a catalogue entry's status prints: C, A, or C/A with its note. */
export function statusMark(e: CatalogueEntry): string {
  return e.statusNote ? 'C/A' : e.status === 'confirmed' ? 'C' : 'A';
}

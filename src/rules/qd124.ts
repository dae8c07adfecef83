import type { InputIssue } from '../core/errors.js';
import { text } from '../core/text.js';
import type { Assessment } from '../schemas/assessment.js';
import type { RulesProfile } from '../schemas/profile.js';
import { QD124_CRITERIA } from './qd124/criteria.js';
import { levels } from './qd124/levels.js';
import { triggers } from './qd124/triggers.js';
import { requireField } from './shared.js';
import type { Rule, RuleSet } from './types.js';

/** QĐ 124-QĐ/TW (04-10-2023) with HD 25-HD/BTCTW (10-11-2023): RULES.md §2, one row per rule. */
const rules: readonly Rule[] = [...triggers, ...levels];

/** Criterion keys outside the rule set's and the profile's lists: located, naming the known ones. */
function unknownCriteria(a: Assessment, profile: RulesProfile): InputIssue[] {
  const known = [...QD124_CRITERIA, ...profile.criteria].map((c) => c.key);
  return Object.keys(a.criteria ?? {})
    .filter((k) => !known.includes(k))
    .map((k) => ({
      path: ['criteria', k],
      code: 'unknown_criterion',
      message: text(
        `Không có tiêu chí "${k}". Các tiêu chí: ${known.join(', ')} (hồ sơ cấu hình có thể thêm tiêu chí).`,
        `No criterion "${k}". The criteria are: ${known.join(', ')} (a profile may add its own).`,
      ),
    }));
}

function requires(a: Assessment, profile: RulesProfile): ReturnType<RuleSet['requires']> {
  return [
    ...unknownCriteria(a, profile),
    ...requireField(!a.tasks, ['tasks'], 'QĐ 124 xét chỉ tiêu, nhiệm vụ', 'QĐ 124 reads the tasks'),
    ...requireField(
      a.criteria?.taskResults === undefined,
      ['criteria', 'taskResults'],
      'QĐ 124 cần tiêu chí kết quả thực hiện nhiệm vụ',
      'QĐ 124 needs the task-results criterion',
    ),
    ...requireField(
      a.role === 'leader' && !a.unit?.tasks,
      ['unit', 'tasks'],
      'QĐ 124 xét chỉ tiêu của đơn vị do người lãnh đạo trực tiếp phụ trách',
      'QĐ 124 reads the targets of the unit a leader directly leads',
    ),
  ];
}

export const qd124: RuleSet = {
  id: 'qd124-2023',
  title: text(
    'Quy định 124-QĐ/TW (04-10-2023), Hướng dẫn 25-HD/BTCTW (10-11-2023)',
    'Regulation 124-QĐ/TW (4 Oct 2023), Guidance 25-HD/BTCTW (10 Nov 2023)',
  ),
  regime: 'party',
  effectiveFrom: '2023-10-04',
  effectiveTo: '2025-08-29',
  years: { from: 2023, to: 2024 },
  scores: false,
  roles: ['leadership', 'party-organization', 'leader', 'member'],
  requires,
  rules,
  criteria: QD124_CRITERIA,
};

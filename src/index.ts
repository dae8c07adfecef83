// kiemdiem — the public surface. Named re-exports only; one concept per file behind each line.

// Core
export { type Level, LEVELS, levelLabel, levelShort, compareLevels, minLevel } from './core/level.js';
export { type Text, type Lang, text } from './core/text.js';
export { AssessmentError, ProfileError, type InputIssue, formatPath } from './core/errors.js';

// Schemas
export {
  AssessmentSchema,
  type Assessment,
  type AssessmentInput,
  type RuleSetId,
  type Regime,
  type SubjectKind,
  type SubjectRole,
  RULE_SET_IDS,
} from './schemas/assessment.js';
export { type Discipline, type TaskCounts, type Grade, type FlagName, FLAG_NAMES } from './schemas/parts.js';
export { RulesProfileSchema, type RulesProfile, type RulesProfileInput } from './schemas/profile.js';
export { ResultRowSchema, type ResultRow, type ResultRowInput } from './schemas/result-row.js';

// Rules
export { classify, type ClassifyOptions } from './rules/classify.js';
export { ruleSets, ruleSetFor, ruleSetIdFor } from './rules/registry.js';
export { ruleCatalogue, type CatalogueEntry } from './rules/catalogue.js';
export { checkRuleSwitches } from './rules/profile-switches.js';
export { checkResults, type CheckOptions } from './rules/cross/check.js';
export { crossRules, type CrossRule, type Severity } from './rules/cross/table.js';
export type { Violation } from './rules/cross/violation.js';
export type {
  Classification,
  ClassificationStatus,
  Effect,
  Reason,
  Rule,
  RuleSet,
  RuleStatus,
} from './rules/types.js';

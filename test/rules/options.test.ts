import { describe, expect, it } from 'vitest';
import { AssessmentError, type ClassifyOptions, classify } from '../../src/index.js';
import { member124, member366 } from '../helpers/builders.js';
import { assessmentErrorOf } from '../helpers/errors.js';

// classify's options are input too: each wrong value is a located AssessmentError, never a TypeError.

describe('classify options', () => {
  it.each([
    [{ ruleSet: 'constructor' }, ['options', 'ruleSet']],
    [{ profile: 5 }, ['options', 'profile']],
    [{ profile: [] }, ['options', 'profile']],
    [{ reviewDate: '2025-13-01' }, ['options', 'reviewDate']],
    [{ colour: 'red' }, ['options', 'colour']],
    [null, ['options']],
  ])('%o → an issue at %o', (options, path) => {
    const run = () => classify(member366(), options as unknown as ClassifyOptions);
    expect(run).toThrow(AssessmentError);
    expect(assessmentErrorOf(run).issues[0]?.path).toEqual(path);
  });

  it('a profile edited between two calls is read afresh (classify stays pure)', () => {
    const profile: { rules: Record<string, boolean> } = { rules: {} };
    const sick = member124({ service: { sickLeaveMonths: 4 } });
    expect(classify(sick, { profile }).level).toBe('COMPLETED');
    profile.rules['Q124-LEAVE'] = false;
    expect(classify(sick, { profile }).level).toBe('EXCELLENT');
    profile.rules['Q124-LEAVE'] = true;
    expect(classify(sick, { profile }).level).toBe('COMPLETED');
  });
});

import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profiles/index.js';
import { hostProfile, profileErrorOf } from './helpers.js';

/** The one issue at `path`, with both languages filled in and different. */
function issueAt(run: () => unknown, path: ReadonlyArray<string | number>) {
  const issues = profileErrorOf(run).issues;
  const found = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(found, `issues: ${JSON.stringify(issues)}`).toBeDefined();
  expect(found?.message.vi).not.toBe(found?.message.en);
  return found!;
}

describe('loadProfile', () => {
  it('accepts a valid host profile, as an object or as JSON text, and fills defaults', () => {
    const p = hostProfile();
    expect(loadProfile(p).id).toBe('host-2024');
    const minimal = { ...p, readings: undefined, process: undefined };
    const loaded = loadProfile(JSON.parse(JSON.stringify(minimal)));
    expect(loaded.readings).toEqual({
      reading: 'before',
      rollForward: false,
      leadWorkingDays: 3,
      cultureDay: false,
    });
    expect(loadProfile(JSON.stringify(p)).deadlines).toHaveLength(3);
  });

  it('refuses a bad date, located, in both languages', () => {
    const p = hostProfile();
    p.deadlines[1]!.date = '2024-11-31';
    const issue = issueAt(() => loadProfile(p), ['deadlines', 1, 'date']);
    expect(issue.code).toBe('invalid_date');
    expect(issue.message.vi).toContain('Ngày không tồn tại');
    expect(issue.message.en).toContain('Not a real date');
  });

  it('refuses an unknown rule set', () => {
    const issue = issueAt(
      () => loadProfile({ ...hostProfile(), ruleSet: 'qd999-2030' }),
      ['ruleSet'],
    );
    expect(issue.code).toBe('invalid_value');
    expect(issue.message.vi).toContain('qd124-2023');
    expect(issue.message.en).toContain('expected one of');
  });

  it('refuses a deadline before the cycle opens', () => {
    const p = hostProfile();
    p.deadlines[0]!.date = '2024-10-01';
    const issue = issueAt(() => loadProfile(p), ['deadlines', 0, 'date']);
    expect(issue.code).toBe('before_opening');
    expect(issue.message.vi).toContain('trước khi đợt kiểm điểm mở ngày 2024-10-23');
    expect(issue.message.en).toContain('before the cycle opens on 2024-10-23');
  });

  it('on the opening day: "before" is refused (due at the opening instant), "by" is accepted', () => {
    const p = hostProfile();
    p.deadlines[0]!.date = '2024-10-23';
    expect(issueAt(() => loadProfile(p), ['deadlines', 0, 'date']).code).toBe('before_opening');
    p.deadlines[0]!.reading = 'by';
    expect(loadProfile(p).deadlines[0]?.date).toBe('2024-10-23');
  });

  it('refuses duplicate deadline ids', () => {
    const p = hostProfile();
    p.deadlines[2]!.id = p.deadlines[0]!.id;
    expect(issueAt(() => loadProfile(p), ['deadlines', 2, 'id']).code).toBe('duplicate_id');
  });

  it('refuses unknown and confirmed rule switches (checkRuleSwitches)', () => {
    const p = { ...hostProfile(), rules: { 'Q999-NOPE': true, 'Q124-NOT-POOR': false } };
    expect(issueAt(() => loadProfile(p), ['rules', 'Q999-NOPE']).code).toBe('unknown_rule');
    expect(issueAt(() => loadProfile(p), ['rules', 'Q124-NOT-POOR']).code).toBe('confirmed_rule');
  });

  it('refuses a reference to a party it does not define', () => {
    const p = hostProfile();
    p.deadlines[0]!.recipient = 'so-tai-chinh';
    expect(issueAt(() => loadProfile(p), ['deadlines', 0, 'recipient']).code).toBe('unknown_party');
    expect(
      issueAt(() => loadProfile({ ...hostProfile(), organizer: 'nobody' }), ['organizer']).code,
    ).toBe('unknown_party');
  });

  it('refuses routing to an unknown category, unknown fields and text that is not JSON', () => {
    const p = hostProfile();
    const routing = [
      { id: 'x', to: 'so-noi-vu', categories: ['nope'], purpose: { vi: 'a', en: 'b' } },
    ];
    expect(
      issueAt(() => loadProfile({ ...p, routing }), ['routing', 0, 'categories', 0]).code,
    ).toBe('unknown_category');
    expect(issueAt(() => loadProfile({ ...p, deadline: [] }), ['deadline']).code).toBe(
      'unrecognized_keys',
    );
    expect(issueAt(() => loadProfile('{ not json'), []).code).toBe('invalid_json');
  });
});

import { type InputIssue, ProfileError } from '../core/errors.js';
import { text } from '../core/text.js';
import { checkRuleSwitches } from '../rules/profile-switches.js';
import { type Profile, ProfileSchema } from '../schemas/cycle-profile.js';
import { toInputIssues } from '../schemas/issues.js';

function isSwitchRecord(value: unknown): value is Record<string, boolean> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'boolean')
  );
}

/**
 * Parses a host's profile (an object, or its JSON text) and returns it with defaults filled in.
 * Throws {@link ProfileError} whose `issues` locate every problem, in Vietnamese and English: schema
 * problems (a bad date, an unknown rule set, a deadline before the cycle opens, duplicate ids, …)
 * and rule switches the rule catalogue refuses (`checkRuleSwitches`: unknown or confirmed rules).
 */
export function loadProfile(input: unknown): Profile {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new ProfileError([
        {
          path: [],
          code: 'invalid_json',
          message: text(
            `Hồ sơ cấu hình không phải JSON hợp lệ: ${why}`,
            `The profile is not valid JSON: ${why}`,
          ),
        },
      ]);
    }
  }
  const parsed = ProfileSchema.safeParse(raw);
  const issues: InputIssue[] = parsed.success ? [] : toInputIssues(parsed.error);
  const rules = parsed.success
    ? parsed.data.rules
    : (raw as { rules?: unknown } | null | undefined)?.rules;
  if (isSwitchRecord(rules)) issues.push(...checkRuleSwitches(rules));
  if (issues.length > 0 || !parsed.success) throw new ProfileError(issues);
  return parsed.data;
}

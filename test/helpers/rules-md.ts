/** One row of a rule table of RULES.md: its id and its status cell (the last column). */
export interface SpecRule {
  readonly id: string;
  readonly status: string;
}

/** One numbered section of RULES.md (`## 1. \`qd366-2025\` — …`) with its rule rows. */
export interface SpecSection {
  readonly number: number;
  /** The rule set id in backticks in the heading, when it names one. */
  readonly ruleSet?: string;
  readonly rules: readonly SpecRule[];
}

/** What a rule id looks like; anything else in a first cell (a header, backticked text) is not. */
export const RULE_ID = /^(?:Q366|Q124|N90|N335|N233|X)(?:-[A-Z0-9]+)+$/;

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

/** Parses the numbered sections of RULES.md and the rule rows of their tables. */
export function parseRulesMd(markdown: string): SpecSection[] {
  const sections: Array<{ number: number; ruleSet?: string; rules: SpecRule[] }> = [];
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^## (\d+)\.\s*(?:`([a-z0-9-]+)`)?/.exec(line);
    if (heading) {
      const ruleSet = heading[2];
      sections.push({ number: Number(heading[1]), ...(ruleSet ? { ruleSet } : {}), rules: [] });
      continue;
    }
    const current = sections.at(-1);
    if (!current || !line.trim().startsWith('|')) continue;
    const row = cells(line);
    const id = row[0] ?? '';
    if (!RULE_ID.test(id)) continue;
    current.rules.push({ id, status: row.at(-1) ?? '' });
  }
  return sections;
}

/** How a status cell reads: C, A, or partly assumed (`C (…) / A (…)`). */
export type StatusReading = 'confirmed' | 'assumed' | 'partly-assumed';

export function readStatus(cell: string): StatusReading | undefined {
  // `C / A`, `C / A (previous unit)`, `C (members) / A (subordinate units)`, …
  if (/^C(?: \([^/]+\))? \/ A(?: \(.+\))?$/.test(cell)) return 'partly-assumed';
  if (cell === 'C' || /^C \([^/]+\)$/.test(cell)) return 'confirmed';
  if (cell === 'A') return 'assumed';
  return undefined;
}

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CatalogueEntry, type RuleSetId, ruleCatalogue, ruleSets } from '../../src/index.js';
import { sharedRulesMd, vendoredRulesMd } from '../helpers/paths.js';
import { parseRulesMd, readStatus, type SpecSection } from '../helpers/rules-md.js';

const spec = readFileSync(vendoredRulesMd, 'utf8');
const sections = parseRulesMd(spec);
const catalogue = ruleCatalogue();
const byId = new Map<string, CatalogueEntry>(catalogue.map((e) => [e.id, e]));

function section(n: number): SpecSection {
  const s = sections.find((x) => x.number === n);
  if (!s) throw new Error(`RULES.md has no section ${n}`);
  return s;
}

const isRuleSetId = (id: string | undefined): id is RuleSetId =>
  id === 'qd124-2023' || id === 'qd366-2025' || id === 'nd90-2020' || id === 'nd335-2025';

/** The ids nd233-2026 gives the rows it mirrors from nd335-2025, plus its own head cap. */
const nd233Ids = () => [
  ...section(4).rules.map((r) => r.id.replace(/^N335-/, 'N233-')),
  'N233-HEAD-CAP',
];

describe('RULES.md parses as expected', () => {
  it('has the rule sets of §1–§4 and the cross rules of §5', () => {
    expect(sections.slice(0, 5).map((s) => [s.number, s.ruleSet])).toEqual([
      [1, 'qd366-2025'],
      [2, 'qd124-2023'],
      [3, 'nd90-2020'],
      [4, 'nd335-2025'],
      [5, undefined],
    ]);
    // Revision 2: 7 rows added to §1, 2 to §2; §3 and §4 filled in.
    expect(section(1).rules.length).toBe(27);
    expect(section(2).rules.length).toBe(19);
    expect(section(3).rules.length).toBe(10);
    expect(section(4).rules.length).toBe(17);
    expect(section(5).rules.map((r) => r.id)).toEqual([
      'X-QUOTA',
      'X-QUOTA-CIVIL',
      'X-ORDER',
      'X-HEAD-CAP',
      'X-DECISION',
    ]);
    // Status cells of partly assumed rows, as revision 2 writes them.
    const status = (n: number, id: string) => section(n).rules.find((r) => r.id === id)?.status;
    expect(readStatus(status(1, 'Q366-EXC-COLL') ?? '')).toBe('partly-assumed');
    expect(readStatus(status(4, 'N335-INPUT') ?? '')).toBe('partly-assumed');
    expect(readStatus(status(2, 'Q124-COMP-COLL') ?? '')).toBe('partly-assumed');
  });

  it('no id appears twice', () => {
    const ids = sections.flatMap((s) => s.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every status cell is one the catalogue can express', () => {
    const odd = sections.flatMap((s) => s.rules).filter((r) => readStatus(r.status) === undefined);
    expect(odd).toEqual([]);
  });
});

describe('catalogue parity with RULES.md', () => {
  const shippedSections = [1, 2, 3, 4, 5].map(section);

  it('every id of §1–§5 (and the nd233-2026 mirror) is in the catalogue, and vice versa', () => {
    const specIds = [...shippedSections.flatMap((s) => s.rules.map((r) => r.id)), ...nd233Ids()];
    expect(catalogue.map((e) => e.id).sort()).toEqual(specIds.sort());
  });

  it('nd233-2026 mirrors nd335-2025 row for row, every row assumed (its text was not available)', () => {
    const rows = ruleCatalogue('nd233-2026');
    expect(rows.map((e) => e.id).sort()).toEqual(nd233Ids().sort());
    expect(rows.filter((e) => e.status !== 'assumed' || e.statusNote)).toEqual([]);
    expect(rows.every((e) => e.switchable)).toBe(true);
  });

  it.each([1, 2, 3, 4])('§%i ids belong to its rule set in the catalogue', (n) => {
    const s = section(n);
    expect(isRuleSetId(s.ruleSet)).toBe(true);
    if (!isRuleSetId(s.ruleSet)) return;
    expect(
      ruleCatalogue(s.ruleSet)
        .map((e) => e.id)
        .sort(),
    ).toEqual(s.rules.map((r) => r.id).sort());
    expect(ruleSets[s.ruleSet]?.rules.map((r) => r.id).sort()).toEqual(
      s.rules.map((r) => r.id).sort(),
    );
  });

  it('§5 ids are the cross rules', () => {
    expect(ruleCatalogue('cross').map((e) => e.id)).toEqual(section(5).rules.map((r) => r.id));
  });

  it('each catalogue status matches the status column of §1–§5', () => {
    const mismatches = shippedSections
      .flatMap((s) => s.rules)
      .flatMap((r) => {
        const e = byId.get(r.id);
        const want = readStatus(r.status);
        if (!e) return [`${r.id}: missing`];
        const got =
          e.statusNote !== undefined
            ? e.status === 'confirmed'
              ? 'partly-assumed'
              : 'note on A'
            : e.status;
        return got === want ? [] : [`${r.id}: RULES.md ${r.status}, catalogue ${got}`];
      });
    expect(mismatches).toEqual([]);
  });

  it('assumed rules, and only they (or partly assumed ones), are switchable', () => {
    for (const e of catalogue) {
      expect(e.switchable, e.id).toBe(e.status === 'assumed' || e.statusNote !== undefined);
      expect(e.text.vi.length * e.text.en.length * e.citation.length, e.id).toBeGreaterThan(0);
    }
  });
});

describe('the vendored spec', () => {
  it.runIf(existsSync(sharedRulesMd))(
    'spec/RULES.md equals the shared RULES.md byte for byte',
    () => {
      expect(readFileSync(vendoredRulesMd).equals(readFileSync(sharedRulesMd))).toBe(true);
    },
  );
});

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

describe('RULES.md parses as expected', () => {
  it('has the rule sets of §1–§4 and the cross rules of §5', () => {
    expect(sections.slice(0, 5).map((s) => [s.number, s.ruleSet])).toEqual([
      [1, 'qd366-2025'],
      [2, 'qd124-2023'],
      [3, 'nd90-2020'],
      [4, 'nd335-2025'],
      [5, undefined],
    ]);
    expect(section(1).rules.length).toBe(20);
    expect(section(2).rules.length).toBe(17);
    expect(section(5).rules.map((r) => r.id)).toContain('X-HEAD-CAP');
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
  const shippedSections = [1, 2, 5].map(section);

  it('every id of §1, §2 and §5 is in the catalogue, and vice versa', () => {
    const specIds = shippedSections.flatMap((s) => s.rules.map((r) => r.id)).sort();
    expect(catalogue.map((e) => e.id).sort()).toEqual(specIds);
  });

  it.each([1, 2])('§%i ids belong to its rule set in the catalogue', (n) => {
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

  it('each catalogue status matches the status column', () => {
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
      expect(e.switchable, e.id).toBe(
        e.status === 'assumed' || (e.statusNote !== undefined && e.ruleSet !== 'cross'),
      );
      expect(e.text.vi.length * e.text.en.length * e.citation.length, e.id).toBeGreaterThan(0);
    }
  });

  it.each([3, 4])('§%i ids are absent only because their rule set is not shipped', (n) => {
    const s = section(n);
    expect(isRuleSetId(s.ruleSet)).toBe(true);
    if (!isRuleSetId(s.ruleSet)) return;
    const ids = s.rules.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    const set = ruleSets[s.ruleSet];
    if (set === undefined) {
      expect(ids.filter((id) => byId.has(id))).toEqual([]);
    } else {
      expect(set.rules.map((r) => r.id).sort()).toEqual([...ids].sort());
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

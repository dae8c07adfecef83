import type { InputIssue } from '../../src/core/errors.js';
import { text } from '../../src/core/text.js';
import { missingItems } from './dossier.js';
import type { CycleIndex } from './index-schema.js';
import { profileOf } from './open-index.js';
import { subjectsOfUnit } from './positions.js';

/**
 * What a unit's dossier lacks (issue 10 item 3), as located issues at `items`: for every subject of
 * the unit under review (not excluded, not found excluded by the engine), the profile's items it
 * needs (its kind; suggestions and the explanation when suggestions were issued; complaint files
 * when it complained; the definition's `dossierItems`), minus the submitted ones. Reading: a unit
 * sends one dossier, each item id covering that document for all its subjects, so one missing item
 * names the subjects that need it. Unknown item ids are refused too.
 */
export function unitDossierIssues(
  index: CycleIndex,
  unitId: string,
  items: readonly string[],
): InputIssue[] {
  const list = profileOf(index).dossier;
  const known = new Set(list.map((x) => x.id));
  const issues: InputIssue[] = [];
  items.forEach((id, i) => {
    if (!known.has(id))
      issues.push({
        path: ['items', i],
        code: 'unknown_item',
        message: text(
          `Hồ sơ không có mục "${id}"; các mục: ${[...known].join(', ')}.`,
          `No dossier item "${id}"; the items are ${[...known].join(', ')}.`,
        ),
      });
  });
  const needers = new Map<string, { label: { vi: string; en: string }; who: string[] }>();
  const subjects = index.definition.subjects;
  for (const i of subjectsOfUnit(subjects, unitId)) {
    const s = subjects[i] as (typeof subjects)[number];
    const e = index.subjects[i];
    if (s.excluded || e?.stage === 'notReviewed') continue;
    const lacking = missingItems(
      list,
      {
        kind: s.kind,
        hadSuggestions: e?.suggestions === true,
        hadComplaint: e?.complaint === true,
        alsoRequired: s.dossierItems ?? [],
      },
      items,
    );
    for (const m of lacking) {
      const n = needers.get(m.id) ?? { label: m.label, who: [] as string[] };
      n.who.push(s.name);
      needers.set(m.id, n);
    }
  }
  for (const [id, n] of needers) {
    const who =
      n.who.length > 3
        ? `${n.who.slice(0, 3).join(', ')} (+${n.who.length - 3})`
        : n.who.join(', ');
    issues.push({
      path: ['items'],
      code: 'missing_item',
      message: text(
        `Thiếu "${n.label.vi}" (${id}) cho: ${who}.`,
        `Missing "${n.label.en}" (${id}) for: ${who}.`,
      ),
    });
  }
  return issues;
}

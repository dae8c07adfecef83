import { slot } from '../../src/core/slot.js';

/**
 * Lookups by id over the index's lists, remembered per list (in a slot, src/core/slot.ts: a list
 * no index holds any more is collected with its map). The definition's lists never change; the
 * index's `units` is copied when a dossier is recorded (`withEntry`), and the copy takes the map
 * along, so no event rebuilds a map over every unit (issue 10: a cycle's cost must grow linearly
 * with its size — a rebuild per SUBMIT_DOSSIER, or a scan of every subject per unit, made it
 * quadratic).
 */
const positions = slot<Map<string, number>>();

/** The position of the entry with `id` in `list`. */
export function positionOf(
  list: ReadonlyArray<{ readonly id: string }>,
  id: string,
): number | undefined {
  let map = positions.get(list);
  if (!map) {
    map = new Map(list.map((x, i) => [x.id, i]));
    positions.set(list, map);
  }
  return map.get(id);
}

/**
 * A copy of `list` with the entry at `i` replaced by `entry`. When `entry` keeps the id it
 * replaces (what recording a dossier does), the copy shares the id → position map of `list`.
 */
export function withEntry<T extends { readonly id: string }>(
  list: readonly T[],
  i: number,
  entry: T,
): T[] {
  const copy = [...list];
  const same = copy[i]?.id === entry.id;
  copy[i] = entry;
  const map = positions.get(list);
  if (map && same) positions.set(copy, map); // another id there: the copy builds its own
  return copy;
}

const members = slot<Map<string, readonly number[]>>();

/** The positions of the subjects of a unit (`unitId`), in definition order. */
export function subjectsOfUnit(
  subjects: ReadonlyArray<{ readonly unitId: string }>,
  unitId: string,
): readonly number[] {
  let map = members.get(subjects);
  if (!map) {
    const built = new Map<string, number[]>();
    subjects.forEach((s, i) => {
      const at = built.get(s.unitId);
      if (at) at.push(i);
      else built.set(s.unitId, [i]);
    });
    map = built;
    members.set(subjects, map);
  }
  return map.get(unitId) ?? [];
}

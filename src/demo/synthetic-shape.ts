import type { CycleName } from '../schemas/cycle-definition.js';
import type { Profile } from '../schemas/cycle-profile.js';
import type { ProvinceOptions } from './province.js';
import { SYNTHETIC_NAMES } from './synthetic-names.js';

const t = (vi: string, en: string) => ({ vi, en });

/** What a synthetic province looks like under a profile's regime (party or civil service). */
export interface SyntheticShape {
  readonly regime: 'party' | 'civil-service';
  readonly persons: ProvinceOptions['persons'];
  readonly groups: ProvinceOptions['groups'];
  readonly scopes: ProvinceOptions['scopes'];
  readonly routes: ProvinceOptions['routes'];
  readonly names: { readonly groups: CycleName[]; readonly scopes: CycleName[] };
  /** Sub-units: the kind of unit, its head's title, its deputy's. */
  readonly subKinds: ReadonlyArray<readonly [string, string, string]>;
  /** The group the demo pushes over X-QUOTA (overridden at FINALIZE), if any. */
  readonly breachGroup?: string;
  /** Q*-EXCLUDE: the rule that excludes a suspended party member, if the regime has one. */
  readonly exclusionRule?: string;
  /** The dossier item the demo's incomplete dossier leaves out first (then sends in full). */
  readonly incompleteItem: string;
  /** How many of the province's units one top unit (a department) stands for, itself included. */
  readonly unitsPerTop: number;
}

/** A province of the party regime (QĐ 124, QĐ 366): leadership collectives, leaders, members. */
export function partyShape(profile: Profile): SyntheticShape {
  return {
    regime: 'party',
    persons: {
      provincial: 'tinh-uy.bi-thu',
      appraiser: 'ban-to-chuc.tham-dinh',
      organizer: ['ban-to-chuc.chuyen-vien'],
    },
    groups: {
      topCollectives: 'tap-the-cap-tinh',
      subCollectives: 'tap-the-truc-thuoc',
      topHeads: 'nguoi-dung-dau',
      topDeputies: 'cap-pho-cap-tinh',
      subLeaders: 'lanh-dao-truc-thuoc',
      members: 'khong-giu-chuc-vu',
    },
    scopes: {
      topHeads: { scope: 'tinh-uy-quan-ly' },
      top: { scope: 'ban-thuong-vu-quan-ly' },
      sub: { scope: 'co-so-quan-ly' },
    },
    routes: profile.parties.some((p) => p.id === 'btctw')
      ? [{ to: 'btctw', scopes: ['tinh-uy-quan-ly'] }]
      : [],
    names: SYNTHETIC_NAMES,
    subKinds: [
      ['Chi cục', 'Chi cục trưởng', 'Phó Chi cục trưởng'],
      ['Trung tâm', 'Giám đốc', 'Phó Giám đốc'],
      ['Ban Quản lý dự án', 'Giám đốc', 'Phó Giám đốc'],
    ],
    breachGroup: 'tap-the-truc-thuoc',
    exclusionRule: profile.ruleSet === 'qd366-2025' ? 'Q366-EXCLUDE' : 'Q124-EXCLUDE',
    incompleteItem: 'minutes',
    unitsPerTop: 20,
  };
}

/**
 * The civil servants (công chức) of a province's agencies under NĐ 335: no collectives; each
 * department is one agency (its offices are not units of the cycle: X-QUOTA counts per agency),
 * its head rated by the provincial chairman, everyone else by the head of the department; the comparable groups by post (Điều 20 khoản 5a also counts X-QUOTA per agency, which
 * the plan keeps to). Reading: no group is pushed over the quota — a planned breach would have to
 * hold both per group and per agency, and NĐ 335's 25% exception (khoản 5b) is cut off in every
 * copy found (RULES.md X-QUOTA-CIVIL) — so FINALIZE needs no override; and NĐ 335 has no
 * exclusion like QĐ 124/366's suspended member.
 */
export function civilShape(): SyntheticShape {
  return {
    regime: 'civil-service',
    persons: {
      provincial: 'ubnd-tinh.chu-tich',
      appraiser: 'so-noi-vu.tham-dinh',
      organizer: ['co-quan.to-chuc-can-bo'],
    },
    groups: {
      topHeads: 'nguoi-dung-dau-co-quan',
      topDeputies: 'cap-pho-co-quan',
      subLeaders: 'lanh-dao-phong',
      members: 'cong-chuc',
    },
    scopes: {
      topHeads: { scope: 'ubnd-tinh-quan-ly' },
      top: { scope: 'ubnd-tinh-quan-ly' },
      sub: { scope: 'co-quan-quan-ly' },
    },
    routes: [],
    names: {
      groups: [
        { id: 'nguoi-dung-dau-co-quan', name: t('Người đứng đầu cơ quan', 'Heads of agencies') },
        {
          id: 'cap-pho-co-quan',
          name: t('Cấp phó của người đứng đầu cơ quan', 'Deputy heads of agencies'),
        },
        {
          id: 'lanh-dao-phong',
          name: t(
            'Lãnh đạo phòng, chi cục thuộc cơ quan',
            'Leaders of the offices and sub-departments of an agency',
          ),
        },
        {
          id: 'cong-chuc',
          name: t(
            'Công chức không giữ chức vụ lãnh đạo, quản lý',
            'Civil servants without a leading post',
          ),
        },
      ],
      scopes: [
        {
          id: 'ubnd-tinh-quan-ly',
          name: t(
            'Diện Ủy ban nhân dân tỉnh quản lý',
            'Managed by the Provincial People’s Committee',
          ),
        },
        { id: 'co-quan-quan-ly', name: t('Diện cơ quan quản lý', 'Managed by the agency') },
      ],
    },
    subKinds: [
      ['Phòng', 'Trưởng phòng', 'Phó Trưởng phòng'],
      ['Chi cục', 'Chi cục trưởng', 'Phó Chi cục trưởng'],
    ],
    incompleteItem: 'period-sheets',
    unitsPerTop: 4,
  };
}

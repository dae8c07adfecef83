import type { CycleName } from '../../schemas/cycle-definition.js';
import { QUOTA_GROUP } from './situations.js';

const t = (vi: string, en: string) => ({ vi, en });

/**
 * The comparable groups of the demo's Kon Tum cycle (ids as the definition names them), each with
 * its name in the words of the seed letter's item 3 ("tập thể lãnh đạo, quản lý các sở, ban,
 * ngành …; … các cơ quan, đơn vị trực thuộc các sở, ban, ngành").
 */
export const KON_TUM_GROUPS = {
  topCollectives: 'tap-the-lanh-dao-so-nganh',
  subCollectives: QUOTA_GROUP,
  topHeads: 'can-bo-dien-btv-tinh-uy',
  topDeputies: 'can-bo-dien-bcsd',
  subLeaders: 'can-bo-don-vi-truc-thuoc',
} as const;

/** The names the summary prints for the groups and the management scopes (diện quản lý). */
export const KON_TUM_NAMES: { readonly groups: CycleName[]; readonly scopes: CycleName[] } = {
  groups: [
    {
      id: KON_TUM_GROUPS.topCollectives,
      name: t(
        'Tập thể lãnh đạo các sở, ban, ngành',
        'Leadership collectives of departments and agencies',
      ),
    },
    {
      id: KON_TUM_GROUPS.topHeads,
      name: t('Người đứng đầu các sở, ban, ngành', 'Heads of departments and agencies'),
    },
    {
      id: KON_TUM_GROUPS.topDeputies,
      name: t(
        'Cấp phó của người đứng đầu các sở, ban, ngành',
        'Deputy heads of departments and agencies',
      ),
    },
    {
      id: KON_TUM_GROUPS.subCollectives,
      name: t(
        'Tập thể lãnh đạo đơn vị trực thuộc sở, ban, ngành',
        'Leadership collectives of units under departments',
      ),
    },
    {
      id: KON_TUM_GROUPS.subLeaders,
      name: t('Lãnh đạo đơn vị trực thuộc sở, ban, ngành', 'Leaders of units under departments'),
    },
  ],
  scopes: [
    {
      id: 'btv-tinh-uy',
      name: t(
        'Diện Ban Thường vụ Tỉnh ủy quản lý',
        'Managed by the Provincial Party Standing Committee',
      ),
    },
    {
      id: 'bcsd-ubnd-tinh',
      name: t(
        'Diện Ban cán sự đảng UBND tỉnh quản lý',
        "Managed by the Party Affairs Committee of the Provincial People's Committee",
      ),
    },
  ],
};

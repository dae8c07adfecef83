import type { CycleName } from '../schemas/cycle-definition.js';

const t = (vi: string, en: string) => ({ vi, en });

/** The names of the synthetic province's groups and management scopes, as the summary prints them. */
export const SYNTHETIC_NAMES: {
  readonly groups: CycleName[];
  readonly scopes: CycleName[];
} = {
  groups: [
    {
      id: 'tap-the-cap-tinh',
      name: t(
        'Tập thể lãnh đạo các sở, ban, ngành',
        'Leadership collectives of departments and agencies',
      ),
    },
    {
      id: 'nguoi-dung-dau',
      name: t('Người đứng đầu các sở, ban, ngành', 'Heads of departments and agencies'),
    },
    {
      id: 'cap-pho-cap-tinh',
      name: t(
        'Cấp phó của người đứng đầu các sở, ban, ngành',
        'Deputy heads of departments and agencies',
      ),
    },
    {
      id: 'tap-the-truc-thuoc',
      name: t(
        'Tập thể lãnh đạo đơn vị trực thuộc sở, ban, ngành',
        'Leadership collectives of units under departments',
      ),
    },
    {
      id: 'lanh-dao-truc-thuoc',
      name: t('Lãnh đạo đơn vị trực thuộc sở, ban, ngành', 'Leaders of units under departments'),
    },
    {
      id: 'khong-giu-chuc-vu',
      name: t(
        'Đảng viên không giữ chức vụ lãnh đạo, quản lý',
        'Party members without a leading post',
      ),
    },
  ],
  scopes: [
    {
      id: 'tinh-uy-quan-ly',
      name: t('Diện Tỉnh ủy quản lý', 'Managed by the Provincial Party Committee'),
    },
    {
      id: 'ban-thuong-vu-quan-ly',
      name: t('Diện Ban Thường vụ Tỉnh ủy quản lý', 'Managed by the Provincial Standing Committee'),
    },
    {
      id: 'co-so-quan-ly',
      name: t('Diện cấp ủy cơ sở quản lý', 'Managed by the grassroots party committee'),
    },
  ],
};

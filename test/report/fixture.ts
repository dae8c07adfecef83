import type { DossierFactInput, Level, SummaryInput, SummaryRowInput } from '../../src/index.js';

const BTV = 'ban-to-chuc-tinh-uy';

/** Collectives of the seed's kinds (Kon Tum, 2024), one leadership collective per unit. */
const UNITS = [
  ['so-noi-vu', 'Sở Nội vụ'],
  ['so-tai-chinh', 'Sở Tài chính'],
  ['so-ke-hoach-dau-tu', 'Sở Kế hoạch và Đầu tư'],
  ['so-giao-duc', 'Sở Giáo dục và Đào tạo'],
  ['so-y-te', 'Sở Y tế'],
  ['hoi-chu-thap-do', 'Hội Chữ thập đỏ tỉnh'],
  ['lien-minh-htx', 'Liên minh Hợp tác xã tỉnh'],
  ['hoi-nha-bao', 'Hội Nhà báo tỉnh'],
] as const;

const LEVELS_OF_UNITS = [
  'EXCELLENT',
  'GOOD',
  'GOOD',
  'GOOD',
  'GOOD',
  'COMPLETED',
  'GOOD',
  'EXCELLENT',
] as const;

function collectives(): SummaryRowInput[] {
  return UNITS.map(([id, name], i) => ({
    id: `${id}/tap-the`,
    name: `Tập thể lãnh đạo ${name}`,
    unitId: id,
    unitName: name,
    kind: 'collective',
    role: 'leadership',
    group: 'Sở, ban, ngành và tổ chức Hội',
    ruleSet: 'qd124-2023',
    status: 'rated',
    level: LEVELS_OF_UNITS[i],
    decidedOn: '2024-11-20',
  }));
}

function heads(): SummaryRowInput[] {
  return UNITS.map(([id, name], i): SummaryRowInput => {
    const base: Omit<SummaryRowInput, 'status'> = {
      id: `${id}/giam-doc`,
      name: `Giám đốc (người đứng đầu) ${name}`,
      unitId: id,
      unitName: name,
      kind: 'individual',
      role: 'leader',
      group: 'Người đứng đầu thuộc diện Ban Thường vụ Tỉnh ủy quản lý',
      headOfUnitId: id,
      ruleSet: 'qd124-2023',
      scope: 'btv-tinh-uy',
      recipients: [BTV],
    };
    if (i === 3)
      return {
        ...base,
        status: 'not-rated',
        statusReason: {
          vi: 'Nghỉ ốm dài ngày (trên 6 tháng) trong năm 2024',
          en: 'Long sick leave (over 6 months) in 2024',
        },
      };
    // The head of Sở Tài chính is rated above its GOOD collective: an X-HEAD-CAP warning.
    return { ...base, status: 'rated', level: i === 1 ? 'EXCELLENT' : 'GOOD' };
  });
}

function deputies(): SummaryRowInput[] {
  const levels: Level[] = [
    'GOOD',
    'GOOD',
    'EXCELLENT',
    'GOOD',
    'COMPLETED',
    'GOOD',
    'NOT_COMPLETED',
  ];
  const rows: SummaryRowInput[] = levels.map((level, i) => {
    const [id, name] = UNITS[i % UNITS.length]!;
    return {
      id: `${id}/pho-giam-doc-${i}`,
      name: `Phó Giám đốc số ${i + 1} ${name}`,
      unitId: id,
      unitName: name,
      kind: 'individual',
      role: 'leader',
      group: 'Cấp phó thuộc diện Ban cán sự đảng quản lý',
      ruleSet: 'qd124-2023',
      scope: 'bcsd-ubnd',
      status: 'rated',
      level,
    };
  });
  rows.push({
    id: 'so-y-te/pho-giam-doc-moi',
    name: 'Phó Giám đốc Sở Y tế (kết nạp Đảng chưa đủ 6 tháng)',
    unitId: 'so-y-te',
    unitName: 'Sở Y tế',
    kind: 'individual',
    role: 'leader',
    group: 'Cấp phó thuộc diện Ban cán sự đảng quản lý',
    ruleSet: 'qd124-2023',
    scope: 'bcsd-ubnd',
    status: 'not-reviewed',
    statusReason: { vi: 'Kết nạp Đảng chưa đủ 6 tháng', en: 'Admitted under 6 months ago' },
  });
  return rows;
}

export const DOSSIERS: DossierFactInput[] = [
  {
    unitId: 'so-noi-vu',
    unitName: 'Sở Nội vụ',
    submittedAt: '2024-11-20T09:00:00+07:00',
    dueAt: '2024-11-25T00:00:00+07:00',
  },
  // 23:59 on 24-11 in Vietnam, written in UTC: on time.
  {
    unitId: 'so-tai-chinh',
    unitName: 'Sở Tài chính',
    submittedAt: '2024-11-24T16:59:00Z',
    dueAt: '2024-11-25T00:00:00+07:00',
  },
  // 00:00 on 25-11 in Vietnam, written in UTC: late (the due instant itself).
  {
    unitId: 'so-y-te',
    unitName: 'Sở Y tế',
    submittedAt: '2024-11-24T17:00:00Z',
    dueAt: '2024-11-25T00:00:00+07:00',
  },
  { unitId: 'hoi-nha-bao', unitName: 'Hội Nhà báo tỉnh', dueAt: '2024-11-25T00:00:00+07:00' },
];

export function seedInput(): SummaryInput {
  return {
    year: 2024,
    asOf: '2024-11-30',
    organizer: 'so-noi-vu',
    parties: [
      { id: 'so-noi-vu', name: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' } },
      { id: BTV, name: { vi: 'Ban Tổ chức Tỉnh ủy', en: 'Provincial Organisation Commission' } },
    ],
    rows: [...collectives(), ...heads(), ...deputies()],
    dossiers: DOSSIERS,
    check: { ruleSet: 'qd124-2023' },
  };
}

export const COLLECTIVES = 'Sở, ban, ngành và tổ chức Hội';
export const HEADS = 'Người đứng đầu thuộc diện Ban Thường vụ Tỉnh ủy quản lý';

/** The seed fixture with names for two groups (the third has none) and one scope, an override. */
export function namedInput(): SummaryInput {
  const input = seedInput();
  return {
    ...input,
    parties: [
      ...(input.parties ?? []),
      { id: 'bcsd-ubnd', name: { vi: 'Ban cán sự đảng UBND tỉnh', en: 'Party Affairs Committee' } },
    ],
    groups: [
      {
        id: COLLECTIVES,
        name: { vi: 'Tập thể lãnh đạo các sở, ban, ngành, tổ chức Hội', en: 'Departments' },
      },
      {
        id: HEADS,
        name: { vi: 'Người đứng đầu các sở, ban, ngành: diện BTV', en: 'Heads of departments' },
      },
    ],
    scopes: [
      { id: 'btv-tinh-uy', name: { vi: 'Diện Ban Thường vụ Tỉnh ủy quản lý', en: 'BTV cadres' } },
    ],
    persons: [{ id: 'bcsd-ubnd.bi-thu', name: 'Bí thư Ban cán sự đảng UBND tỉnh' }],
    rows: input.rows.map((r) =>
      r.id === 'hoi-nha-bao/tap-the'
        ? { ...r, override: { by: 'bcsd-ubnd.bi-thu', reason: 'Thành tích nổi bật' } }
        : r,
    ),
  };
}

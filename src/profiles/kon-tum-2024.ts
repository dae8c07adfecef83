import type { ProfileInput } from '../schemas/cycle-profile.js';
import { STANDARD_DOSSIER } from './dossier.js';
import { KON_TUM_2024_STEPS } from './kon-tum-2024-steps.js';

const t = (vi: string, en: string) => ({ vi, en });

const LETTER = 'Công văn …-CV/BCSD (Ban cán sự đảng UBND tỉnh Kon Tum, 2024)';

/**
 * The seed's cycle (shared/seed/cong-van-kiem-diem-2024.md; PROCESS.md §4): the Ban cán sự đảng of
 * the Kon Tum provincial People's Committee asks its units to review 2024 under QĐ 124-QĐ/TW.
 *
 * The letter's own number and date are blank in the seed. It answers Sở Nội vụ's Công văn
 * 3314/SNV-CCVC of 23-10-2024, so it cannot be older: the cycle opens on 2024-10-23, the earliest
 * date the seed supports. Deadlines keep the letter's wording "trước ngày X" (reading `before`,
 * no roll-forward); 10-11-2024 and 01-12-2024 are Sundays (see docs/deadlines.md).
 */
export const KON_TUM_2024: ProfileInput = {
  id: 'kon-tum-2024',
  title: t(
    'Kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân lãnh đạo, quản lý năm 2024 (Ban cán sự đảng UBND tỉnh Kon Tum)',
    "2024 review and quality rating of leading collectives and leaders (Party Affairs Committee of Kon Tum's Provincial People's Committee)",
  ),
  reviewYear: 2024,
  ruleSet: 'qd124-2023',
  parties: [
    {
      id: 'bcsd-ubnd-tinh',
      name: t(
        'Ban cán sự đảng Ủy ban nhân dân tỉnh',
        "Party Affairs Committee of the Provincial People's Committee",
      ),
    },
    { id: 'so-noi-vu', name: t('Sở Nội vụ', 'Department of Home Affairs') },
    {
      id: 'ban-to-chuc-tinh-uy',
      name: t('Ban Tổ chức Tỉnh ủy', 'Organisation Commission of the Provincial Party Committee'),
    },
    {
      id: 'btv-tinh-uy',
      name: t('Ban Thường vụ Tỉnh ủy', 'Standing Committee of the Provincial Party Committee'),
    },
  ],
  organizer: 'so-noi-vu',
  issuer: 'bcsd-ubnd-tinh',
  letter: {
    reference: '…-CV/BCSD',
    title: t(
      'V/v triển khai công tác kiểm điểm và đánh giá, xếp loại chất lượng tập thể, cá nhân lãnh đạo, quản lý năm 2024',
      'On carrying out the 2024 review and quality rating of leading collectives and leaders',
    ),
  },
  opensOn: '2024-10-23',
  basis: [
    {
      id: 'qd124',
      reference: '124-QĐ/TW',
      date: '2023-10-04',
      title: t(
        'Quy định về việc kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
        'Regulation on the annual review and quality rating of collectives and individuals in the political system',
      ),
    },
    {
      id: 'hd25',
      reference: '25-HD/BTCTW',
      date: '2023-11-10',
      title: t(
        'Hướng dẫn một số nội dung về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm',
        'Guidance on the annual review and quality rating',
      ),
    },
    {
      id: 'hd01-tu',
      reference: '01-HD/TU',
      date: '2023-11-23',
      title: t(
        'Hướng dẫn của Tỉnh ủy về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm từ tỉnh đến cơ sở (kèm các mẫu báo cáo)',
        "The Provincial Party Committee's guidance on the annual review and rating from province to grassroots (with the report forms)",
      ),
    },
    {
      id: 'kh173-tu',
      reference: '173-KH/TU',
      date: '2024-10-11',
      title: t(
        'Kế hoạch của Ban Thường vụ Tỉnh ủy về kiểm điểm và đánh giá, xếp loại chất lượng năm 2024',
        "The Standing Committee's plan for the 2024 review and rating",
      ),
    },
    {
      id: 'cv3314-snv',
      reference: '3314/SNV-CCVC',
      date: '2024-10-23',
      title: t(
        'Đề nghị của Sở Nội vụ về việc tham mưu chỉ đạo triển khai công tác kiểm điểm năm 2024',
        "The Department of Home Affairs' proposal to launch the 2024 review",
      ),
    },
    {
      id: 'qd746-tu',
      reference: '746-QĐ/TU',
      date: '2022-12-01',
      title: t(
        'Quy định về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử',
        'Regulation on the delegation of cadre management, appointment and nomination',
      ),
    },
    {
      id: 'qd799-bcsd',
      reference: '799-QĐ/BCSD',
      date: '2023-10-30',
      title: t(
        'Quy định về phân cấp quản lý và bổ nhiệm cán bộ',
        'Regulation on the delegation of cadre management and appointment',
      ),
    },
  ],
  readings: { reading: 'before', rollForward: false, leadWorkingDays: 3, cultureDay: false },
  deadlines: [
    {
      id: 'bcsd-members-plan',
      label: t(
        'Tham mưu Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng tập thể và cá nhân các thành viên Ban cán sự đảng UBND tỉnh năm 2024',
        "Draft the plan for reviewing the Party Affairs Committee's own collective and members for 2024",
      ),
      date: '2024-11-10',
      guards: 'plan',
      actor: { role: 'organizer', party: 'so-noi-vu' },
      recipient: 'bcsd-ubnd-tinh',
      citation: `${LETTER}, mục 4`,
    },
    {
      id: 'unit-results',
      label: t(
        'Gửi kết quả tự kiểm điểm, đánh giá, xếp loại và hồ sơ, tài liệu liên quan về Sở Nội vụ',
        'Send the self-review results, ratings and dossiers to the Department of Home Affairs',
      ),
      date: '2024-11-25',
      guards: 'dossierSubmission',
      actor: { role: 'unitHead' },
      recipient: 'so-noi-vu',
      citation: `${LETTER}, mục 3`,
    },
    {
      id: 'summary-report',
      label: t(
        'Tổng hợp kết quả kiểm điểm của các cơ quan, đơn vị, báo cáo Ban cán sự đảng UBND tỉnh',
        "Compile the units' results and report to the Party Affairs Committee",
      ),
      date: '2024-12-01',
      guards: 'summary',
      actor: { role: 'organizer', party: 'so-noi-vu' },
      recipient: 'bcsd-ubnd-tinh',
      citation: `${LETTER}, mục 4`,
    },
  ],
  reviewDeadlines: KON_TUM_2024_STEPS,
  addressees: [
    {
      id: 'so-ban-nganh',
      label: t(
        'Thủ trưởng các sở, ban ngành, đơn vị thuộc UBND tỉnh',
        "Heads of the departments, agencies and units under the Provincial People's Committee",
      ),
    },
    {
      id: 'to-chuc-hoi',
      label: t('Lãnh đạo các tổ chức Hội', 'Leaders of the associations'),
      members: [
        t('Hội Chữ thập đỏ tỉnh', 'Provincial Red Cross'),
        t('Liên minh Hợp tác xã tỉnh', 'Provincial Cooperative Alliance'),
        t('Hội Văn học - Nghệ thuật tỉnh', 'Provincial Literature and Arts Association'),
        t('Hội Nhà báo tỉnh', 'Provincial Journalists Association'),
        t('Hội Luật gia tỉnh', 'Provincial Lawyers Association'),
      ],
    },
    {
      id: 'cong-ty-tnhh-mtv',
      label: t(
        'Công ty TNHH MTV do Nhà nước nắm giữ 100% vốn điều lệ',
        'Single-member limited companies 100% owned by the State',
      ),
    },
    {
      id: 'cong-ty-co-von-nha-nuoc',
      label: t(
        'Doanh nghiệp có vốn nhà nước (chú thích 1)',
        'Companies with state capital (footnote 1)',
      ),
      via: t(
        'Người đại diện phần vốn nhà nước tại doanh nghiệp',
        'The state capital representative in the company',
      ),
      members: [
        t('Công ty cổ phần Cấp nước Kon Tum', 'Kon Tum Water Supply JSC'),
        t('Công ty cổ phần Môi trường đô thị Kon Tum', 'Kon Tum Urban Environment JSC'),
      ],
    },
  ],
  collectives: [
    {
      id: 'lanh-dao-so-nganh',
      label: t(
        'Tập thể lãnh đạo, quản lý các sở, ban, ngành, cơ quan, tổ chức, đơn vị thuộc Ủy ban nhân dân tỉnh',
        "Leadership collectives of the departments, agencies, organisations and units under the Provincial People's Committee",
      ),
      includes: [
        t('Tập thể lãnh đạo Hội Chữ thập đỏ tỉnh', 'The Provincial Red Cross'),
        t('Liên minh Hợp tác xã tỉnh', 'The Provincial Cooperative Alliance'),
        t('Hội Văn học - Nghệ thuật tỉnh', 'The Provincial Literature and Arts Association'),
        t('Hội Luật gia tỉnh', 'The Provincial Lawyers Association'),
        t('Hội Nhà báo tỉnh', 'The Provincial Journalists Association'),
        t('Các ban quản lý', 'Management boards'),
        t('Các đơn vị sự nghiệp', 'Public service units'),
        t('Các quỹ tài chính nhà nước', 'State financial funds'),
        t(
          'Các doanh nghiệp nhà nước nắm giữ 100% vốn trực thuộc Ủy ban nhân dân tỉnh',
          "Enterprises 100% state-owned under the Provincial People's Committee",
        ),
      ],
    },
    {
      id: 'lanh-dao-don-vi-truc-thuoc',
      label: t(
        'Tập thể lãnh đạo, quản lý các cơ quan, đơn vị trực thuộc các sở, ban, ngành',
        'Leadership collectives of the agencies and units under those departments',
      ),
    },
  ],
  individuals: [
    {
      id: 'dien-bcsd-quan-ly',
      label: t(
        'Cán bộ lãnh đạo, quản lý thuộc diện Ban cán sự đảng UBND tỉnh quản lý',
        "Leaders and managers under the Party Affairs Committee's management",
      ),
      managedBy: 'bcsd-ubnd-tinh',
      basis: '799-QĐ/BCSD',
    },
    {
      id: 'dien-btv-tinh-uy-quan-ly',
      label: t(
        'Cán bộ lãnh đạo, quản lý thuộc diện Ban Thường vụ Tỉnh ủy quản lý',
        "Leaders and managers under the Provincial Standing Committee's management",
      ),
      managedBy: 'btv-tinh-uy',
      basis: '746-QĐ/TU',
    },
  ],
  routing: [
    {
      id: 'ban-to-chuc-theo-doi',
      to: 'ban-to-chuc-tinh-uy',
      categories: ['dien-btv-tinh-uy-quan-ly'],
      purpose: t(
        'Đồng thời gửi Ban Tổ chức Tỉnh ủy và Sở Nội vụ để theo dõi (mục 3)',
        'Also sent to the Organisation Commission, besides the Department of Home Affairs, to follow (item 3)',
      ),
    },
  ],
  forms: ['02-A', '02-B', '02-C', '02-D'].map((id) => ({
    id,
    title: t(
      `Mẫu ${id}: bản kiểm điểm cá nhân (Hướng dẫn 01-HD/TU)`,
      `Form ${id}: individual self-review (Guidance 01-HD/TU)`,
    ),
    subject: 'individual' as const,
    source: '01-HD/TU',
  })),
  reviewTopics: [
    {
      id: 'qd124-dieu-6',
      reference: '124-QĐ/TW, Điều 6',
      date: '2023-10-04',
      title: t(
        'Nội dung kiểm điểm theo Điều 6 Quy định 124-QĐ/TW',
        'Review content of Article 6, Regulation 124-QĐ/TW',
      ),
    },
    {
      id: 'qd144',
      reference: '144-QĐ/TW',
      date: '2024-05-09',
      title: t(
        'Chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới',
        'Standards of revolutionary ethics for cadres and party members in the new period',
      ),
    },
    // The seed writes "Nghị định số 09-NQ/TU"; the number (NQ, a Ban Thường vụ act) is a resolution.
    {
      id: 'nq09-tu',
      reference: '09-NQ/TU',
      date: '2022-02-18',
      title: t(
        'Về chuyển đổi số tỉnh Kon Tum đến năm 2025, định hướng đến năm 2030',
        'On the digital transformation of Kon Tum province to 2025, with a vision to 2030',
      ),
    },
  ],
  dossier: STANDARD_DOSSIER,
  process: { explanationBeforeMeeting: true, selfReviewsPerIndividual: 1, quarterlyReviews: false },
};

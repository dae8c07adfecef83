import type { ProfileInput } from '../schemas/cycle-profile.js';
import { STANDARD_DOSSIER } from './dossier.js';

const t = (vi: string, en: string) => ({ vi, en });

/** The first review year under QĐ 366-QĐ/TW (in force 30-08-2025; DOMAIN.md § Regimes). */
export const QD366_FIRST_YEAR = 2025;

const HD43 = 'Hướng dẫn 43-HD/BTCTW (31-10-2025)';

/**
 * The current party regime as a profile for review year `year` (PROCESS.md §4): QĐ 366-QĐ/TW with
 * HD 43-HD/BTCTW mục 4 — reviews finished before 31-12, units with a special work year before
 * 15-01 of the next year, dossiers to the Ban Tổ chức Trung ương before 01-02, its report to the
 * Bộ Chính trị before 01-03; quarterly reviews feed the annual one (QĐ 366 Điều 15).
 *
 * The year is a parameter, not data, because every date follows from it; `profiles` holds the
 * 2025 cycle and `getProfile('generic-qd366', { year })` builds another. No central text gives an
 * opening date: HD 43 (31-10-2025) launched the first cycle and the reviews are held "vào dịp cuối
 * năm" (HD 43 4.1), so the cycle opens on 1 November of the review year.
 */
export function genericQd366(year: number): ProfileInput {
  const next = year + 1;
  return {
    id: 'generic-qd366',
    title: t(
      `Kiểm điểm, đánh giá, xếp loại chất lượng năm ${year} theo Quy định 366-QĐ/TW`,
      `${year} review and quality rating under Regulation 366-QĐ/TW`,
    ),
    reviewYear: year,
    ruleSet: 'qd366-2025',
    parties: [
      { id: 'cap-uy', name: t('Cấp ủy có thẩm quyền', 'The competent party committee') },
      { id: 'btctw', name: t('Ban Tổ chức Trung ương', 'Central Organisation Commission') },
      { id: 'bct', name: t('Bộ Chính trị', 'Politburo') },
    ],
    organizer: 'cap-uy',
    issuer: 'btctw',
    letter: {
      reference: '43-HD/BTCTW',
      date: '2025-10-31',
      title: t(
        'Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân',
        'Guidance on the annual review and quality rating of collectives and individuals',
      ),
    },
    opensOn: `${year}-11-01`,
    basis: [
      {
        id: 'qd366',
        reference: '366-QĐ/TW',
        date: '2025-08-30',
        title: t(
          'Quy định về kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân trong hệ thống chính trị',
          'Regulation on the review and quality rating of collectives and individuals in the political system',
        ),
      },
      {
        id: 'hd43',
        reference: '43-HD/BTCTW',
        date: '2025-10-31',
        title: t(
          'Hướng dẫn thực hiện Quy định 366-QĐ/TW',
          'Guidance implementing Regulation 366-QĐ/TW',
        ),
      },
    ],
    deadlines: [
      {
        id: 'reviews-finished',
        label: t('Hoàn thành kiểm điểm, đánh giá, xếp loại', 'Finish the reviews and ratings'),
        date: `${year}-12-31`,
        guards: 'decision',
        actor: { role: 'authority' },
        citation: `${HD43}, mục 4.1`,
      },
      {
        id: 'special-units-finished',
        label: t(
          'Hoàn thành kiểm điểm ở đơn vị có năm công tác đặc thù',
          'Finish the reviews in units whose work year does not end in December',
        ),
        date: `${next}-01-15`,
        guards: 'decision',
        actor: { role: 'authority' },
        citation: `${HD43}, mục 4.1`,
        note: t(
          'Chỉ áp dụng cho đơn vị có thời điểm kết thúc năm công tác không trùng cuối năm dương lịch.',
          'Only for units whose work year does not end at the calendar year end.',
        ),
      },
      {
        id: 'dossiers-to-btctw',
        label: t(
          'Gửi hồ sơ về Ban Tổ chức Trung ương (Mẫu 04)',
          'Send the dossiers to the Central Organisation Commission (Form 04)',
        ),
        date: `${next}-02-01`,
        guards: 'dossierSubmission',
        actor: { role: 'organizer', party: 'cap-uy' },
        recipient: 'btctw',
        citation: `${HD43}, mục 4.2`,
      },
      {
        id: 'report-to-politburo',
        label: t('Báo cáo Bộ Chính trị', 'Report to the Politburo'),
        date: `${next}-03-01`,
        guards: 'report',
        actor: { role: 'organizer', party: 'btctw' },
        recipient: 'bct',
        citation: `${HD43}, mục 4.3`,
      },
    ],
    collectives: [
      { id: 'to-chuc-dang', label: t('Tổ chức đảng', 'Party organisations') },
      { id: 'tap-the-lanh-dao', label: t('Tập thể lãnh đạo, quản lý', 'Leadership collectives') },
    ],
    individuals: [
      {
        id: 'lanh-dao-quan-ly',
        label: t(
          'Cá nhân giữ chức vụ lãnh đạo, quản lý (Mẫu 2A)',
          'Leaders and managers (Form 2A)',
        ),
      },
      {
        id: 'khong-giu-chuc-vu',
        label: t(
          'Cá nhân không giữ chức vụ lãnh đạo, quản lý (Mẫu 2B)',
          'Individuals without a leading post (Form 2B)',
        ),
      },
      {
        id: 'ngoai-he-thong',
        label: t(
          'Đảng viên không làm việc trong hệ thống chính trị (Mẫu 2C)',
          'Party members outside the political system (Form 2C)',
        ),
      },
    ],
    // HD 43 4.2 sends the dossiers (listed on Mẫu 04) to the BTCTW; we route every subject there.
    // A host whose reading limits this to some categories narrows `categories`.
    routing: [
      {
        id: 'ho-so-btctw',
        to: 'btctw',
        categories: [],
        purpose: t(
          'Hồ sơ gửi Ban Tổ chức Trung ương theo Mẫu 04',
          'Dossiers to the Central Organisation Commission on Form 04',
        ),
      },
    ],
    // Mẫu 03 (re-rating decision) and 04 (dossier list) are not self-review forms: not listed here.
    forms: [
      {
        id: '01',
        subject: 'collective',
        title: t(
          'Mẫu 01-HD KĐ.ĐG 2025: báo cáo kiểm điểm, tự đánh giá, xếp loại của tập thể',
          "Form 01: the collective's review and self-rating report",
        ),
      },
      {
        id: '2A',
        subject: 'individual',
        title: t(
          'Mẫu 2A: cá nhân giữ chức vụ lãnh đạo, quản lý',
          'Form 2A: individuals holding a leading post',
        ),
      },
      {
        id: '2B',
        subject: 'individual',
        title: t(
          'Mẫu 2B: cá nhân không giữ chức vụ lãnh đạo, quản lý',
          'Form 2B: individuals without a leading post',
        ),
      },
      {
        id: '2C',
        subject: 'individual',
        title: t(
          'Mẫu 2C: đảng viên không làm việc trong hệ thống chính trị',
          'Form 2C: party members outside the political system',
        ),
      },
      {
        id: '05',
        subject: 'individual',
        title: t(
          'Mẫu 05: bản tự đánh giá, xếp loại của cá nhân quý, năm',
          'Form 05: quarterly and annual individual self-rating',
        ),
      },
    ].map((f) => ({
      ...f,
      subject: f.subject as 'collective' | 'individual',
      source: '43-HD/BTCTW',
    })),
    dossier: STANDARD_DOSSIER,
    process: { explanationBeforeMeeting: true, draftReportWorkingDays: 3, quarterlyReviews: true },
  };
}

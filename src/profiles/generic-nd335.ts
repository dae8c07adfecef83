import type { ProfileInput } from '../schemas/cycle-profile.js';

const t = (vi: string, en: string) => ({ vi, en });

/** The first review year under NĐ 335/2025/NĐ-CP (in force 01-01-2026). */
export const ND335_FIRST_YEAR = 2026;

const N335 = 'Nghị định 335/2025/NĐ-CP';

/**
 * Civil servants (công chức) under NĐ 335/2025/NĐ-CP as a profile for review year `year`:
 * monthly or quarterly monitoring (phiếu theo dõi, đánh giá công chức) feeds the annual rating,
 * which must be finished **before 15-12** ("trước ngày 15 tháng 12 hằng năm"), units with a special
 * work year before 15-01 of the next year, and in every case **before the party-member rating**
 * of the same person ("trước khi thực hiện việc đánh giá, xếp loại chất lượng đảng viên", Điều 19;
 * X-ORDER, enforced by the cycle).
 *
 * Reading where the decree is silent (research/civil-regimes.md A11–A12): the rating is run by the
 * head of the agency that employs the civil servant (Luật 80/2025), who is both organizer and
 * authority here; the cycle opens on 1 November; the forms are the "Mẫu số 01 Phụ lục II" that agency
 * apps print (its official text was not available).
 */
export function genericNd335(year: number): ProfileInput {
  const next = year + 1;
  return {
    id: 'generic-nd335',
    title: t(
      `Đánh giá, xếp loại chất lượng công chức năm ${year} theo ${N335}`,
      `${year} evaluation and rating of civil servants under Decree 335/2025/NĐ-CP`,
    ),
    reviewYear: year,
    ruleSet: 'nd335-2025',
    parties: [
      {
        id: 'co-quan',
        name: t('Người đứng đầu cơ quan sử dụng công chức', 'The head of the employing agency'),
      },
      { id: 'bo-noi-vu', name: t('Bộ Nội vụ', 'Ministry of Home Affairs') },
    ],
    organizer: 'co-quan',
    issuer: 'bo-noi-vu',
    letter: {
      reference: '335/2025/NĐ-CP',
      date: '2025-12-21',
      title: t(
        'Nghị định quy định về đánh giá, xếp loại chất lượng đối với cơ quan hành chính nhà nước và công chức',
        'Decree on the evaluation and quality rating of state administrative agencies and civil servants',
      ),
    },
    opensOn: `${year}-11-01`,
    basis: [
      {
        id: 'nd335',
        reference: '335/2025/NĐ-CP',
        date: '2025-12-21',
        title: t(
          'Nghị định về đánh giá, xếp loại chất lượng cơ quan hành chính nhà nước và công chức',
          'Decree on the evaluation of state administrative agencies and civil servants',
        ),
      },
    ],
    deadlines: [
      {
        id: 'civil-rating-finished',
        label: t(
          'Hoàn thành đánh giá, xếp loại công chức (trước khi xếp loại đảng viên)',
          'Finish rating the civil servants (before the party-member rating)',
        ),
        date: `${year}-12-15`,
        guards: 'decision',
        actor: { role: 'authority', party: 'co-quan' },
        citation: `${N335}, Điều 19`,
      },
      {
        id: 'special-units-finished',
        label: t(
          'Hoàn thành đánh giá ở đơn vị có năm công tác đặc thù',
          'Finish the ratings in units whose work year does not end in December',
        ),
        date: `${next}-01-15`,
        guards: 'decision',
        actor: { role: 'authority', party: 'co-quan' },
        citation: `${N335}, Điều 19`,
        note: t(
          'Chỉ áp dụng cho đơn vị có năm công tác không trùng năm dương lịch.',
          'Only for units whose work year is not the calendar year.',
        ),
      },
    ],
    individuals: [
      {
        id: 'cong-chuc-lanh-dao',
        label: t('Công chức lãnh đạo, quản lý', 'Civil servants in leading posts'),
      },
      { id: 'cong-chuc', label: t('Công chức không giữ chức vụ', 'Civil servants') },
    ],
    forms: [
      {
        id: 'phieu-theo-doi',
        subject: 'individual',
        source: `${N335}, Mẫu số 01 Phụ lục II (giả định / assumed)`,
        title: t(
          'Phiếu theo dõi, đánh giá công chức (kỳ theo dõi, đánh giá: tháng/quý)',
          'Civil-servant monitoring and evaluation sheet (period: month or quarter)',
        ),
      },
    ],
    dossier: [
      {
        id: 'period-sheets',
        label: t('Các phiếu theo dõi, đánh giá của các kỳ trong năm', "The year's period sheets"),
        subject: 'individual',
        required: 'always',
      },
      {
        id: 'previous-unit',
        label: t(
          'Kết quả theo dõi, đánh giá do đơn vị cũ gửi (khi điều động)',
          'The results the previous unit sent (after a transfer)',
        ),
        subject: 'individual',
        required: 'if-required',
      },
      {
        id: 'decision',
        label: t('Kết luận, quyết định xếp loại', 'The conclusion and decided level'),
        subject: 'individual',
        required: 'always',
      },
    ],
    process: {
      explanationBeforeMeeting: false,
      draftReportWorkingDays: 0,
      quarterlyReviews: true,
    },
  };
}

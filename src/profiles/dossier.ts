import type { ProfileInput } from '../schemas/cycle-profile.js';

type DossierInput = NonNullable<ProfileInput['dossier']>;

/**
 * The dossier (hồ sơ) of one review, as PROCESS.md §4 lists it from QĐ 366 Điều 17 (the seed's
 * "Phụ lục" is not reproduced in the seed, so the Kon Tum profile uses the same list): the report,
 * the residence party committee's comments where required, the minutes, the appraisal summary, the
 * conclusion and level, the suggestions and the explanation report when suggestions were issued
 * (seed item 2), comments of related bodies, and complaint files if any.
 */
export const STANDARD_DOSSIER: DossierInput = [
  {
    id: 'self-review',
    label: {
      vi: 'Bản kiểm điểm cá nhân hoặc báo cáo kiểm điểm của tập thể',
      en: "The individual's self-review or the collective's review report",
    },
    subject: 'both',
    required: 'always',
  },
  {
    id: 'residence-comments',
    label: {
      vi: 'Nhận xét của cấp ủy nơi cư trú',
      en: 'Comments of the party committee where the person resides',
    },
    subject: 'individual',
    required: 'if-required',
  },
  {
    id: 'minutes',
    label: { vi: 'Biên bản hội nghị kiểm điểm', en: 'Minutes of the review meeting' },
    subject: 'both',
    required: 'always',
  },
  {
    id: 'appraisal',
    label: { vi: 'Tổng hợp kết quả thẩm định', en: 'Summary of the appraisal' },
    subject: 'both',
    required: 'always',
  },
  {
    id: 'decision',
    label: {
      vi: 'Kết luận và mức xếp loại chất lượng được quyết định',
      en: 'The conclusion and the decided quality level',
    },
    subject: 'both',
    required: 'always',
  },
  {
    id: 'suggestions',
    label: { vi: 'Văn bản gợi ý kiểm điểm', en: 'The review suggestions' },
    subject: 'both',
    required: 'if-suggestions',
  },
  {
    id: 'explanation',
    label: {
      vi: 'Báo cáo giải trình nội dung gợi ý kiểm điểm',
      en: 'The explanation report on the review suggestions',
    },
    subject: 'both',
    required: 'if-suggestions',
  },
  {
    id: 'related-comments',
    label: { vi: 'Ý kiến của các cơ quan liên quan', en: 'Comments of related bodies' },
    subject: 'both',
    required: 'if-required',
  },
  {
    id: 'complaints',
    label: {
      vi: 'Hồ sơ giải quyết khiếu nại, kiến nghị về kết quả đánh giá, xếp loại',
      en: 'Files on complaints and petitions about the rating',
    },
    subject: 'both',
    required: 'if-complaint',
  },
];

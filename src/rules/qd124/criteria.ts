import { type Text, text } from '../../core/text.js';

/**
 * The criteria a QĐ 124 review grades (Điều 6, the contents of the review; Điều 11, four grades).
 * `taskResults` is the one the levels name; the others are the contents Điều 6 lists for
 * collectives, leaders and other members (research/domain.md §1.2). A profile may add its own
 * (`profile.criteria`); any other key in an assessment is a located error naming these.
 */
export const QD124_CRITERIA: ReadonlyArray<{ readonly key: string; readonly label: Text }> = [
  {
    key: 'taskResults',
    label: text(
      'Kết quả thực hiện chức trách, nhiệm vụ được giao',
      'Results of the assigned duties and tasks',
    ),
  },
  { key: 'politics', label: text('Phẩm chất chính trị', 'Political quality') },
  { key: 'ethics', label: text('Đạo đức, lối sống', 'Ethics and lifestyle') },
  {
    key: 'discipline',
    label: text('Ý thức tổ chức kỷ luật', 'Sense of organisation and discipline'),
  },
  { key: 'unity', label: text('Đoàn kết nội bộ', 'Internal unity') },
  { key: 'exemplarity', label: text('Trách nhiệm nêu gương', 'Duty to set an example') },
  { key: 'workingStyle', label: text('Tác phong, lề lối làm việc', 'Working style') },
  {
    key: 'democraticCentralism',
    label: text(
      'Thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc',
      'Democratic centralism and working rules',
    ),
  },
  {
    key: 'partyBuilding',
    label: text('Công tác xây dựng, chỉnh đốn Đảng', 'Party building and rectification'),
  },
  {
    key: 'leadership',
    label: text('Kết quả lãnh đạo, chỉ đạo, điều hành', 'Results of leading and directing'),
  },
  { key: 'accountability', label: text('Trách nhiệm giải trình', 'Accountability') },
  {
    key: 'antiCorruption',
    label: text(
      'Phòng, chống tham nhũng, lãng phí, tiêu cực',
      'Fighting corruption, waste and negative conduct',
    ),
  },
];

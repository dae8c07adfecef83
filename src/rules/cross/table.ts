import { type Text, text } from '../../core/text.js';
import type { RuleStatus } from '../types.js';

export type Severity = 'error' | 'warning';

/** A cross-subject rule: checked over a set of results, never inside one classification. */
export interface CrossRule {
  readonly id: 'X-QUOTA' | 'X-QUOTA-CIVIL' | 'X-ORDER' | 'X-HEAD-CAP' | 'X-DECISION';
  readonly status: RuleStatus;
  /** What part is assumed, when only part is (e.g. the rounding of the quota). */
  readonly statusNote?: Text;
  readonly severity: Severity;
  readonly citation: string;
  readonly text: Text;
  /** Implemented by `checkResults` in this version (X-ORDER is enforced by the cycle). */
  readonly checked: boolean;
}

/** RULES.md §5, one row per rule. */
export const crossRules: readonly CrossRule[] = [
  {
    id: 'X-QUOTA',
    status: 'confirmed',
    severity: 'error',
    checked: true,
    statusNote: text(
      'xác nhận với QĐ 366, NĐ 335 và tập thể theo QĐ 124; giả định với cá nhân theo QĐ 124',
      'confirmed for qd366, nd335 and qd124 collectives; assumed for qd124 individuals',
    ),
    citation: 'QĐ 366-QĐ/TW Điều 11; QĐ 124-QĐ/TW Điều 12; NĐ 335/2025/NĐ-CP Điều 20 khoản 5',
    text: text(
      'Trong một nhóm đối tượng tương đồng, số "Hoàn thành xuất sắc" không vượt quá 20% số "Hoàn thành tốt", so sánh chính xác, không làm tròn (25% với nhóm được cấp có thẩm quyền xác định nổi trội); NĐ 335: tính cả trong từng cơ quan và từng nhóm; nhóm trộn bộ quy tắc hoặc mã trùng là dữ liệu sai',
      'Within one comparable group, EXCELLENT may not exceed 20% of GOOD, compared exactly, nothing rounded (25% for a group the authority marks outstanding); nd335: per agency and per group; a group mixing rule sets, or a duplicate id, is invalid input',
    ),
  },
  {
    id: 'X-QUOTA-CIVIL',
    status: 'confirmed',
    severity: 'error',
    checked: true,
    statusNote: text(
      'xác nhận với NĐ 90 và mức 20% của NĐ 335; giả định với mức 25% của NĐ 335',
      'confirmed for nd90 and the nd335 20%; assumed for the nd335 25%',
    ),
    citation: 'NĐ 48/2023/NĐ-CP; NĐ 335/2025/NĐ-CP Điều 20 khoản 5',
    text: text(
      'NĐ 90: số "Hoàn thành xuất sắc" không quá tỷ lệ đảng viên được xếp loại "Hoàn thành xuất sắc" theo quy định của Đảng (20% số "Hoàn thành tốt"); cấp có thẩm quyền có thể quyết định tỷ lệ khác, ghi nhận kèm lý do. NĐ 335: tỷ lệ 25% cho tổ chức có thành tích nổi trội là giả định',
      "nd90: EXCELLENT may not exceed the Party's EXCELLENT rate (20% of GOOD); the authority may set another rate, recorded with a reason. nd335: the 25% rate for an outstanding organisation is assumed",
    ),
  },
  {
    id: 'X-ORDER',
    status: 'confirmed',
    severity: 'error',
    checked: false,
    citation: 'QĐ 366-QĐ/TW Điều 12 khoản 2; QĐ 124-QĐ/TW Điều 11; NĐ 335/2025/NĐ-CP Điều 19',
    text: text(
      'Đánh giá tập thể lãnh đạo trước thành viên và người đứng đầu; cơ quan trước tổ chức đảng; cấp dưới trước cấp trên; xếp loại công chức theo NĐ 335 trước khi xếp loại đảng viên của cùng người đó',
      "The leadership collective is rated before its members and its head; units before their party organisation; lower levels before upper; a civil servant's nd335 rating before the same person's party rating",
    ),
  },
  {
    id: 'X-HEAD-CAP',
    status: 'assumed',
    severity: 'warning',
    checked: true,
    citation: 'HD 21-HD/BTCTW (2019) tiết 3–4; QĐ 366-QĐ/TW Điều 3 khoản 2',
    text: text(
      'Mức của người đứng đầu không cao hơn mức của tập thể lãnh đạo, quản lý, tổ chức, cơ quan, đơn vị do mình đứng đầu (mỗi đối tượng có kết quả), và tập thể không cao hơn đơn vị',
      "The head's level is not above that of the leadership collective, the party organisation or the unit the person heads (each that has a row), nor that collective above its unit",
    ),
  },
  {
    id: 'X-DECISION',
    status: 'confirmed',
    severity: 'error',
    checked: true,
    citation: 'QĐ 366-QĐ/TW Điều 13',
    text: text(
      'Mức quyết định cao hơn mức tính toán phải có ý kiến của cấp có thẩm quyền kèm lý do; thấp hơn thì được phép và được ghi nhận',
      'A decided level above the computed one needs an authority override with a reason; a lower one is allowed and recorded',
    ),
  },
];

export function crossRule(id: CrossRule['id']): CrossRule {
  return crossRules.find((r) => r.id === id)!;
}

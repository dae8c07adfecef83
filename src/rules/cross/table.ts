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
  /** Implemented by `checkResults` in this version (the others come with the cycle). */
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
      'tỷ lệ đã xác nhận; cách làm tròn là giả định (mặc định làm tròn xuống)',
      'rate confirmed; rounding assumed (default floor)',
    ),
    citation: 'QĐ 366-QĐ/TW Điều 11; QĐ 124-QĐ/TW Điều 12; NĐ 335/2025/NĐ-CP Điều 20',
    text: text(
      'Trong một nhóm đối tượng tương đồng, số "Hoàn thành xuất sắc" không quá 20% số "Hoàn thành tốt" (25% với nhóm được cấp có thẩm quyền xác định nổi trội, chỉ QĐ 366)',
      'Within one comparable group, EXCELLENT may not exceed 20% of GOOD (25% for a group the authority marks outstanding, QĐ 366 only)',
    ),
  },
  {
    id: 'X-QUOTA-CIVIL',
    status: 'confirmed',
    severity: 'error',
    checked: false,
    statusNote: text(
      'xác nhận với NĐ 90; giả định với NĐ 335',
      'confirmed for NĐ 90; assumed for NĐ 335',
    ),
    citation: 'NĐ 48/2023/NĐ-CP',
    text: text(
      'Tỷ lệ công chức "Hoàn thành xuất sắc" không vượt tỷ lệ đảng viên "Hoàn thành xuất sắc" trong đơn vị',
      'The share of EXCELLENT civil servants in a unit may not exceed the share of EXCELLENT party members there',
    ),
  },
  {
    id: 'X-ORDER',
    status: 'confirmed',
    severity: 'error',
    checked: false,
    citation: 'QĐ 366-QĐ/TW Điều 12 khoản 2; QĐ 124-QĐ/TW Điều 11',
    text: text(
      'Đánh giá tập thể lãnh đạo trước thành viên và người đứng đầu; cơ quan trước tổ chức đảng; cấp dưới trước cấp trên',
      'The leadership collective is rated before its members and its head; units before their party organisation; lower levels before upper',
    ),
  },
  {
    id: 'X-HEAD-CAP',
    status: 'assumed',
    severity: 'warning',
    checked: true,
    citation: 'HD 21-HD/BTCTW (2019) tiết 3–4; QĐ 366-QĐ/TW Điều 3 khoản 2',
    text: text(
      'Mức của người đứng đầu không cao hơn mức của tập thể lãnh đạo (và tập thể không cao hơn đơn vị)',
      "The head's level is not above the leadership collective's (nor that collective above its unit)",
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

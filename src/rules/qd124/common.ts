// Citations and subject filters shared by the rows of this rule set.

export const Đ12 = 'QĐ 124-QĐ/TW Điều 12';
export const HD21 = 'HD 21-HD/BTCTW (2019), quy định tiền nhiệm / predecessor guidance';
export const COLLECTIVE = { kinds: ['collective'] } as const;
export const INDIVIDUAL = { kinds: ['individual'] } as const;
export const LEADER = { roles: ['leader'] } as const;

// Citations and subject filters shared by the rows of this rule set.

export const Đ11 = 'QĐ 366-QĐ/TW Điều 11';
export const K1 = `${Đ11} khoản 1`;
export const K2 = `${Đ11} khoản 2`;
export const K3 = `${Đ11} khoản 3`;
export const K4 = `${Đ11} khoản 4`;
export const LEADERSHIP = { kinds: ['collective'], roles: ['leadership'] } as const;
export const COLLECTIVE = { kinds: ['collective'] } as const;
export const INDIVIDUAL = { kinds: ['individual'] } as const;
export const LEADER = { roles: ['leader'] } as const;

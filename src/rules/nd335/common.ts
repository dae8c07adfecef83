// Citations and subject filters shared by the rows of nd335-2025 (and its nd233-2026 mirror).

export const N335 = 'NĐ 335/2025/NĐ-CP';
export const Đ14 = `${N335} Điều 14`;
export const Đ15 = `${N335} Điều 15`;
export const Đ19 = `${N335} Điều 19`;
export const Đ20 = `${N335} Điều 20`;
export const INDIVIDUAL = { kinds: ['individual'] } as const;
export const LEADER = { roles: ['leader'] } as const;

/** Every date and instant of the library is read in Vietnam's time zone (UTC+7, no daylight saving). */
export const ZONE = 'Asia/Ho_Chi_Minh';

import type { HolidayYearInput } from '../schedule.js';
import { YEAR_2023 } from './2023.js';
import { YEAR_2024 } from './2024.js';
import { YEAR_2025 } from './2025.js';
import { YEAR_2026 } from './2026.js';

/** The official schedules shipped with the library, verified against the notices cited in each file. */
export const SHIPPED_YEARS: readonly HolidayYearInput[] = [
  YEAR_2023,
  YEAR_2024,
  YEAR_2025,
  YEAR_2026,
];

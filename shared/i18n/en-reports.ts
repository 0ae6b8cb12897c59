import type { frReports } from './fr-reports';

/** The synthesis report (issue 7). */
export const enReports: Record<keyof typeof frReports, string> = {};

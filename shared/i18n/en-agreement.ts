import type { frAgreement } from './fr-agreement';

/** Inter-coder agreement (issue 8). */
export const enAgreement: Record<keyof typeof frAgreement, string> = {};

import type { frCases } from './fr-cases';

export const enCases: Record<keyof typeof frCases, string> = {
};

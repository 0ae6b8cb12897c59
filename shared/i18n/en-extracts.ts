import type { frExtracts } from './fr-extracts';

export const enExtracts: Record<keyof typeof frExtracts, string> = {
};

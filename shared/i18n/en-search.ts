import type { frSearch } from './fr-search';

export const enSearch: Record<keyof typeof frSearch, string> = {
};

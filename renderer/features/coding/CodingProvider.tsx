import type { ReactNode } from 'react';
import { CodingFiltersProvider } from './CodingFilters';
import { CodingTargetContext, useCodingTargetSlot } from './codingTarget';

/** What the coding view shares with the rest of an open project: highlight filters, and its selection. */
export function CodingProvider({ children }: { children: ReactNode }) {
  const slot = useCodingTargetSlot();
  return (
    <CodingFiltersProvider>
      <CodingTargetContext.Provider value={slot}>{children}</CodingTargetContext.Provider>
    </CodingFiltersProvider>
  );
}

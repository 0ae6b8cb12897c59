import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DocumentCoding } from '../../../shared/domain/document';

/** Whose codings the document shows: everyone's, the current coder's, or one coder's. */
export type CoderFilter = { kind: 'all' } | { kind: 'coder'; coderId: number };
/** What the coding stripes' colour says: the code (default) or the coder. */
export type StripeColouring = 'code' | 'coder';

export interface CodingFilters {
  hidden: ReadonlySet<number>;
  /** Hides the codes if all are shown, shows them otherwise (a family's eye toggles its codes). */
  toggle: (codeIds: readonly number[]) => void;
  coder: CoderFilter;
  setCoder: (filter: CoderFilter) => void;
  stripes: StripeColouring;
  setStripes: (colouring: StripeColouring) => void;
  visible: (coding: DocumentCoding) => boolean;
}

const Context = createContext<CodingFilters | null>(null);

/** Highlight filters shared by the codebook (eyes) and the coding view; they last while the project is open. */
export function CodingFiltersProvider({ children }: { children: ReactNode }) {
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  const [coder, setCoder] = useState<CoderFilter>({ kind: 'all' });
  const [stripes, setStripes] = useState<StripeColouring>('code');
  const value = useMemo<CodingFilters>(
    () => ({
      hidden,
      coder,
      setCoder,
      stripes,
      setStripes,
      toggle: (codeIds) =>
        setHidden((previous) => {
          const next = new Set(previous);
          const allHidden = codeIds.every((id) => previous.has(id));
          for (const id of codeIds) {
            if (allHidden) next.delete(id);
            else next.add(id);
          }
          return next;
        }),
      visible: (coding) => !hidden.has(coding.codeId) && (coder.kind === 'all' || coding.coderId === coder.coderId),
    }),
    [hidden, coder, stripes],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useCodingFilters(): CodingFilters {
  const value = useContext(Context);
  if (!value) throw new Error('useCodingFilters outside CodingFiltersProvider');
  return value;
}

import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** What the open document offers to the rest of the screen: apply a code to its selected passage. */
export interface CodingTarget {
  applyCode: (codeId: number) => void;
  /** Whether a passage is selected and waiting for a code. */
  hasSelection: () => boolean;
}

/** Where the coding view of the open document registers itself while it is shown. */
export interface CodingTargetSlot {
  current: () => CodingTarget | null;
  register: (target: CodingTarget) => () => void;
}

function createSlot(): CodingTargetSlot {
  let target: CodingTarget | null = null;
  return {
    current: () => target,
    register(next) {
      target = next;
      return () => {
        if (target === next) target = null;
      };
    },
  };
}

export const CodingTargetContext = createContext<CodingTargetSlot | null>(null);

export function useCodingTargetSlot(): CodingTargetSlot {
  const [slot] = useState(createSlot);
  return slot;
}

/** The coding view registers itself while it is shown. */
export function useRegisterCodingTarget(target: CodingTarget): void {
  const slot = useContext(CodingTargetContext);
  const latest = useRef(target);
  useLayoutEffect(() => {
    latest.current = target;
  });
  useEffect(() => {
    if (!slot) return;
    return slot.register({ applyCode: (id) => latest.current.applyCode(id), hasSelection: () => latest.current.hasSelection() });
  }, [slot]);
}

/** Read by the codebook: the open document's coding view, if any. */
export function useCodingTarget(): CodingTargetSlot | null {
  return useContext(CodingTargetContext);
}

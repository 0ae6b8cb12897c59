import { createContext, useContext, useEffect, useState, type RefObject } from 'react';

type Watch = (element: Element, onChange: (visible: boolean) => void) => () => void;

/**
 * One IntersectionObserver for every block of a document: a block learns when it comes within a
 * screen of the viewport, and only then measures its stripes.
 */
export function createViewportWatcher(root: Element | null): { watch: Watch; disconnect: () => void } {
  const listeners = new Map<Element, (visible: boolean) => void>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { root, rootMargin: '100% 0px' },
  );
  return {
    watch(element, onChange) {
      listeners.set(element, onChange);
      observer.observe(element);
      return () => {
        listeners.delete(element);
        observer.unobserve(element);
      };
    },
    disconnect: () => observer.disconnect(),
  };
}

export const ViewportContext = createContext<Watch | null>(null);

/** Whether the element is near the visible part of the document (true when nothing watches). */
export function useInView(ref: RefObject<Element | null>): boolean {
  const watch = useContext(ViewportContext);
  const [visible, setVisible] = useState(watch === null);
  useEffect(() => {
    if (!watch || !ref.current) return;
    return watch(ref.current, setVisible);
  }, [watch, ref]);
  return visible;
}

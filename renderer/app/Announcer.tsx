import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

/**
 * One polite live region for the whole app, present from the start (screen readers announce changes
 * of a region they already know, not regions inserted with their text). `announce` says a sentence
 * once; saying the same sentence twice in a row is announced twice too.
 */
interface AnnouncerApi {
  announce(text: string): void;
}

const AnnouncerContext = createContext<AnnouncerApi>({ announce: () => undefined });

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<number | null>(null);

  const announce = useCallback((text: string) => {
    setMessage('');
    if (timer.current !== null) window.clearTimeout(timer.current);
    // Emptied first, then filled on the next tick: the same text is announced again.
    timer.current = window.setTimeout(() => setMessage(text), 60);
  }, []);
  const value = useMemo(() => ({ announce }), [announce]);

  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): (text: string) => void {
  return useContext(AnnouncerContext).announce;
}

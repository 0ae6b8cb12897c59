import { useEffect, useState, type RefObject } from 'react';

/**
 * The project's data key while the element is on screen; while it is hidden (another view of the
 * workspace is shown), the key it last had on screen, or null if it never was: a hidden view does
 * not reload at every coding made elsewhere, and catches up as soon as it is shown again.
 */
export function useLiveKey(ref: RefObject<HTMLElement | null>, dataKey: string): string | null {
  const [visible, setVisible] = useState(false);
  const [seen, setSeen] = useState<string | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((entry) => entry.isIntersecting)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);

  if (visible && seen !== dataKey) setSeen(dataKey);
  return visible ? dataKey : seen;
}

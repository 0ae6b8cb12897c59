import { useEffect, useEffectEvent, type RefObject } from 'react';

/**
 * Puts the element full screen while it is mounted, and leaves full screen after. A refusal (a
 * headless browser, no user gesture) is tolerated: the overlay still covers the window. When the
 * researcher leaves full screen by the browser's own means, `onLeft` is called.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>, onLeft: () => void): void {
  const left = useEffectEvent(onLeft);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === element) entered = true;
      else if (entered) {
        entered = false;
        left();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    if (typeof element.requestFullscreen === 'function' && document.fullscreenEnabled !== false) {
      element.requestFullscreen().catch(() => {
        // Refused: stay a full-window overlay.
      });
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === element) void document.exitFullscreen().catch(() => {});
    };
  }, [ref]);
}

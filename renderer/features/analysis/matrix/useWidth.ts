import { useCallback, useState } from 'react';

/** The inner width (without padding) of an element, followed as it resizes; 0 until it is laid out. */
export function useWidth<E extends HTMLElement>(): [(element: E | null) => void | (() => void), number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: E | null) => {
    if (!element) return;
    const read = () => {
      const style = getComputedStyle(element);
      setWidth(Math.max(0, element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)));
    };
    const observer = new ResizeObserver(read);
    observer.observe(element);
    read();
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

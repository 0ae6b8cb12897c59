import { useCallback, useState } from 'react';

/** Inner size of an element, without its padding, in whole pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The inner size (without padding) of an element, followed as it resizes; 0 × 0 until it is laid out. */
export function useSize<E extends HTMLElement>(): [(element: E | null) => void | (() => void), Size] {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const ref = useCallback((element: E | null) => {
    if (!element) return;
    const read = () => {
      const style = getComputedStyle(element);
      const width = Math.max(0, Math.floor(element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)));
      const height = Math.max(0, Math.floor(element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)));
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    const observer = new ResizeObserver(read);
    observer.observe(element);
    read();
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}

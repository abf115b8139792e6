import { useCallback, useState } from 'react';

/**
 * The width of an element, followed as it resizes. Until it is measured the chart draws at
 * `initial` inside a scaling viewBox, so the first paint already shows it.
 */
export function useWidth(initial: number): [number, (element: HTMLElement | null) => void] {
  const [width, setWidth] = useState(initial);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [width, ref];
}

import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export interface ChartSize {
  width: number;
  height: number;
}

/**
 * The size of a chart's box, read before the first paint and followed as it resizes. Until it
 * is known the chart draws nothing (one render pass, at the right size, instead of a draw at a
 * guessed size and a redraw): the box already has its height, so the page does not jump. With a
 * fixed height only the width is read; with `fill` the box takes the space its parent leaves
 * (a slide), and the chart is drawn to that height.
 */
export function useChartSize(height: number | 'fill'): [ChartSize | null, (element: HTMLDivElement | null) => void] {
  const [size, setSize] = useState<ChartSize | null>(null);
  const element = useRef<HTMLDivElement | null>(null);
  const ref = useCallback((node: HTMLDivElement | null) => {
    element.current = node;
  }, []);
  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    const read = (box: { width: number; height: number }) => {
      const width = Math.floor(box.width);
      const h = height === 'fill' ? Math.floor(box.height) : height;
      if (width > 0 && h > 0) setSize((old) => (old && old.width === width && old.height === h ? old : { width, height: h }));
    };
    read(node.getBoundingClientRect());
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) read(box);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [height]);
  return [size, ref];
}

/** Whether a chart's drawing is on screen (its series are drawn, not only the frame). */
export function chartDrawn(root: ParentNode): boolean {
  return root.querySelector('[data-drawn] .recharts-line-curve[d^="M"], [data-drawn] .recharts-bar-rectangle path') !== null;
}

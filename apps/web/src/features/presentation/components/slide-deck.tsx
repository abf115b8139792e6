import { useEffect, useRef } from 'react';
import { chartDrawn } from '../../../shared/charts/use-chart-size.ts';
import type { Slide } from '../lib/slide-sequence.ts';
import { SlideView } from './slide-view.tsx';

const TIMEOUT_MS = 30_000;

/** Whether a rendered slide has its answers in and, if it has a chart, has drawn it. */
function slideDone(section: HTMLElement): boolean {
  if (section.dataset.ready !== 'true') return false;
  const plot = section.querySelector('.chart-figure__plot');
  return !plot || chartDrawn(plot);
}

/**
 * Every chosen slide rendered off screen, at a size made for an A4 page, so the PDF can be
 * written from them; tells when all have drawn.
 */
export function SlideDeck({
  slides,
  onReady,
  onError,
}: {
  slides: readonly Slide[];
  onReady: (sections: HTMLElement[]) => void;
  onError: (error: Error) => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onReady, onError });
  useEffect(() => {
    callbacks.current = { onReady, onError };
  });

  useEffect(() => {
    let cancelled = false;
    let timer = 0;
    const started = performance.now();
    const check = () => {
      if (cancelled) return;
      const sections = [...(root.current?.querySelectorAll<HTMLElement>(':scope > [data-slide]') ?? [])];
      if (sections.length === slides.length && sections.every(slideDone)) {
        // Charts redraw once at their measured width: give that a frame or two.
        requestAnimationFrame(() => requestAnimationFrame(() => window.setTimeout(() => !cancelled && callbacks.current.onReady(sections), 50)));
        return;
      }
      if (performance.now() - started > TIMEOUT_MS) {
        callbacks.current.onError(new Error('the slides took too long to load'));
        return;
      }
      timer = window.setTimeout(check, 100);
    };
    check();
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [slides.length]);

  return (
    <div ref={root} className="presentation-deck" aria-hidden="true" inert>
      {slides.map((slide, i) => (
        <SlideView key={slide.token} slide={slide} index={i} total={slides.length} mode="deck" />
      ))}
    </div>
  );
}

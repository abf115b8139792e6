import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { takeHeadingFocusRequest } from '../../../shared/url-state/use-view.ts';
import { presentationMessages } from '../messages.ts';
import type { Slide } from '../lib/slide-sequence.ts';

/** Live on screen, or rendered off screen to be written into a PDF. */
export type SlideMode = 'live' | 'deck';

export interface SlideFrameProps {
  slide: Slide;
  index: number;
  total: number;
  mode: SlideMode;
  kicker: string;
  title: string;
  /** Whether every answer the slide waits for is in (the PDF waits for it). */
  ready: boolean;
  /** The slide's goal and facts in plain lines, for its page in the PDF. */
  statement: readonly string[];
  /** Data date, filters and measure under the slide. */
  context: string;
  facts: ReactNode;
  chart: ReactNode;
}

/** One slide: kicker and title, the goal in words beside the chart, its context at the foot. */
export function SlideFrame({ slide, index, total, mode, kicker, title, ready, statement, context, facts, chart }: SlideFrameProps) {
  const { locale } = useI18n();
  const p = presentationMessages(locale);
  const Heading = mode === 'live' ? 'h1' : 'h2';
  const heading = useRef<HTMLHeadingElement>(null);
  // Entering presentation mode from a page moves focus to the first slide's title, as a page change does.
  useEffect(() => {
    if (mode === 'live' && takeHeadingFocusRequest()) heading.current?.focus({ preventScroll: true });
  }, [mode]);
  return (
    <section
      className={`slide slide--${mode}`}
      aria-label={`${p.slideOf(index + 1, total)}: ${title}`}
      data-slide={slide.token}
      data-slide-index={index + 1}
      data-ready={ready ? 'true' : 'false'}
      data-statement={JSON.stringify(statement)}
    >
      <header className="slide__header">
        <p className="slide__kicker" data-slide-kicker>
          {kicker}
        </p>
        <Heading ref={heading} tabIndex={-1} className="slide__title" data-slide-title>
          {title}
        </Heading>
      </header>
      <div className="slide__body">
        <div className="slide__facts">{facts}</div>
        <div className="slide__chart">{chart}</div>
      </div>
      <p className="slide__context" data-slide-context>
        {context}
      </p>
    </section>
  );
}

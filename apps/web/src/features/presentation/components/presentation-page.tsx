import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { figureTitle, sourceOfFigure } from '../../../shared/export/figure-report.ts';
import type { ReportPage } from '../../../shared/export/report-types.ts';
import { useExportTools } from '../../../shared/export/use-export-tools.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { Icon } from '../../../shared/ui/icons.tsx';
import { navigate, navigateTo, useView } from '../../../shared/url-state/use-view.ts';
import { parseView } from '../../../shared/url-state/view-state.ts';
import { takeOrigin } from '../lib/presentation-origin.ts';
import { slideLabel } from '../lib/slide-label.ts';
import { pageOfSlide, slideIndex, slidesOf } from '../lib/slide-sequence.ts';
import { presentationMessages } from '../messages.ts';
import { SlideChooser } from './slide-chooser.tsx';
import { SlideDeck } from './slide-deck.tsx';
import { SlideView } from './slide-view.tsx';
import '../presentation.css';

function useFullscreen(): [boolean, (element: HTMLElement | null) => void] {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback((element: HTMLElement | null) => {
    // Refused without a user gesture or in a kiosk: the slides work the same in the window.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void element?.requestFullscreen?.().catch(() => undefined);
  }, []);
  return [active, toggle];
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The slide's goal and facts in plain lines, as the slide wrote them for its PDF page. */
function readStatement(section: HTMLElement): string[] {
  try {
    const lines: unknown = JSON.parse(section.dataset.statement ?? '[]');
    return Array.isArray(lines) ? lines.filter((line): line is string => typeof line === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Presentation mode: the chosen slides one at a time, filling the screen, in large type. The
 * sequence and the slide shown live in the link (`/present?slides=overview,theme:5,entity:AWV&slide=2`);
 * the keyboard steps through them; Escape returns to the page the presentation started from.
 */
export default function PresentationPage() {
  const view = useView();
  const { locale } = useI18n();
  const p = presentationMessages(locale);
  const registry = useRegistry();
  const tools = useExportTools();
  const themes = useMemo(() => registry.meta.themes.map((th) => th.id), [registry]);
  const slides = useMemo(() => slidesOf(view, themes), [view, themes]);
  const index = slideIndex(view, slides.length);
  const current = slides[index];
  const [chooser, setChooser] = useState(false);
  const [building, setBuilding] = useState(false);
  const [pdfError, setPdfError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const [fullscreen, toggleFullscreen] = useFullscreen();
  const label = current ? slideLabel(current.ref, registry, p) : '';

  // The link always names its slides and the slide shown, so it can be copied as it is.
  const pinned = view.slides !== undefined && view.slide === index + 1;
  useEffect(() => {
    if (!pinned && slides.length > 0) navigate({ slides: slides.map((s) => s.token), slide: index + 1 }, { replace: true });
  }, [pinned, slides, index]);

  useEffect(() => {
    document.title = `${label} · ${p.title} · Koers`;
  }, [label, p.title]);

  const go = useCallback(
    (target: number) => {
      const bounded = Math.min(Math.max(target, 0), slides.length - 1);
      if (bounded !== index) navigate({ slide: bounded + 1 }, { replace: true });
    },
    [index, slides.length],
  );

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    const origin = takeOrigin();
    if (origin) {
      const url = new URL(origin, window.location.origin);
      navigateTo(parseView(url.pathname, url.search));
    } else {
      navigate(current ? pageOfSlide(current.ref) : { page: 'overview' });
    }
  }, [current]);

  // The keyboard drives the slides; a remote clicker sends PageDown/PageUp.
  const state = useRef({ chooser, building, go, leave, index, count: slides.length });
  useEffect(() => {
    state.current = { chooser, building, go, leave, index, count: slides.length };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const s = state.current;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || s.chooser) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, select, textarea, dialog, details, [contenteditable="true"]')) return;
      const onControl = target?.closest('button, a, summary') != null;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
          s.go(s.index + 1);
          break;
        case ' ':
          // Space on a focused button presses that button.
          if (onControl) return;
          s.go(s.index + 1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          s.go(s.index - 1);
          break;
        case 'Home':
          s.go(0);
          break;
        case 'End':
          s.go(s.count - 1);
          break;
        case 'Escape':
          if (s.building) return;
          s.leave();
          break;
        case 'f':
        case 'F':
          toggleFullscreen(root.current);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggleFullscreen]);

  const onDeckReady = useCallback(
    async (sections: HTMLElement[]) => {
      try {
        if (!tools) throw new Error('the registry is not loaded');
        const engine = await import('../../../shared/export/engine/index.ts');
        const pages: ReportPage[] = sections.map((section, i) => {
          const figure = section.querySelector<HTMLElement>('figure[data-chart]');
          const description = tools.describe(figure ? sourceOfFigure(figure) : null);
          const statement = readStatement(section);
          return {
            kicker: `${p.slideOf(i + 1, sections.length)} · ${text(section.querySelector('[data-slide-kicker]'))}`,
            heading: text(section.querySelector('[data-slide-title]')) || (figure ? figureTitle(figure) : ''),
            statement,
            context: [description.filters, `${description.measure} · ${description.dataDate}`],
            notice: description.demo,
            definition: description.definition,
            figure,
          };
        });
        await engine.exportPdfReport(pages, tools.frame(`${p.title}: ${pages.map((page) => page.heading).join(', ')}`), tools.fileStem('presentation'));
      } catch (error) {
        setPdfError(p.pdfFailed(error instanceof Error ? error.message : String(error)));
      } finally {
        setBuilding(false);
      }
    },
    [tools, p],
  );

  return (
    <div ref={root} className="presentation" data-presentation data-fullscreen={fullscreen ? 'true' : 'false'}>
      {current ? (
        <SlideView key={current.token} slide={current} index={index} total={slides.length} mode="live" />
      ) : (
        <p className="slide-goal__detail">{p.empty}</p>
      )}
      <nav className="presentation__bar" aria-label={p.controls}>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => go(index - 1)}
          disabled={index === 0}
          aria-label={p.previous}
          title={p.previous}
          data-present-control="previous"
        >
          <Icon name="chevron-left" />
        </button>
        <span className="presentation__counter" data-slide-counter>
          {p.counter(index + 1, slides.length)}
        </span>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => go(index + 1)}
          disabled={index >= slides.length - 1}
          aria-label={p.next}
          title={p.next}
          data-present-control="next"
        >
          <Icon name="chevron-right" />
        </button>
        <span className="presentation__keys">{p.keys}</span>
        <span className="presentation__spacer" />
        <button type="button" className="button button--quiet" onClick={() => setChooser(true)} data-present-control="choose">
          {p.choose}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={building || !tools}
          onClick={() => {
            setPdfError(null);
            setBuilding(true);
          }}
          data-present-control="pdf"
        >
          {building ? p.pdfWorking(slides.length) : p.pdf}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={fullscreen}
          onClick={() => toggleFullscreen(root.current)}
          data-present-control="fullscreen"
        >
          {fullscreen ? p.exitFullscreen : p.fullscreen}
        </button>
        <button type="button" className="button" onClick={leave} data-present-control="leave">
          {p.leave}
        </button>
      </nav>
      <p className="sr-only" aria-live="polite" data-slide-announcement>
        {p.slideOf(index + 1, slides.length)}: {label}
      </p>
      {pdfError && (
        <p className="presentation__error" role="alert">
          {pdfError}
        </p>
      )}
      {chooser && (
        <SlideChooser
          slides={slides}
          index={index}
          onChange={(tokens, shown) => navigate({ slides: tokens, slide: shown + 1 }, { replace: true })}
          onShow={(i) => {
            go(i);
            setChooser(false);
          }}
          onClose={() => setChooser(false)}
        />
      )}
      {building && (
        <SlideDeck
          slides={slides}
          onReady={(sections) => void onDeckReady(sections)}
          onError={(error) => {
            setPdfError(p.pdfFailed(error.message));
            setBuilding(false);
          }}
        />
      )}
    </div>
  );
}

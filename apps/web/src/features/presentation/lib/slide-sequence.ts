/**
 * The order of a presentation and the slide shown, as the link holds them, and the edits the
 * slide chooser makes to them. Pure: the page turns the results into a new link.
 */
import { defaultSlides, MAX_SLIDES, parseSlideToken, slideToken, type SlideRef } from '../../../shared/url-state/slides.ts';
import type { ViewState } from '../../../shared/url-state/view-state.ts';

export interface Slide {
  token: string;
  ref: SlideRef;
}

/** The slides of a view: those in its link, else the overview and every theme. */
export function slidesOf(view: Pick<ViewState, 'slides'>, themes: readonly number[]): Slide[] {
  const tokens = view.slides ?? defaultSlides(themes);
  return tokens.flatMap((token) => {
    const ref = parseSlideToken(token);
    return ref ? [{ token, ref }] : [];
  });
}

/** The slide shown, counted from 0, within the sequence (a link past the end shows the last). */
export function slideIndex(view: Pick<ViewState, 'slide'>, count: number): number {
  if (count === 0) return 0;
  return Math.min(Math.max((view.slide ?? 1) - 1, 0), count - 1);
}

export function moveSlide(tokens: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= tokens.length || target < 0 || target >= tokens.length) return [...tokens];
  const next = [...tokens];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function removeSlide(tokens: readonly string[], index: number): string[] {
  return tokens.filter((_, i) => i !== index);
}

/** Adds a slide at the end; a slide already in the sequence is not repeated. */
export function addSlide(tokens: readonly string[], ref: SlideRef): string[] {
  const token = slideToken(ref);
  if (tokens.includes(token) || tokens.length >= MAX_SLIDES) return [...tokens];
  return [...tokens, token];
}

/** Where the slide that was shown sits after an edit (or the nearest one, when it was removed). */
export function followSlide(before: readonly string[], index: number, after: readonly string[]): number {
  if (after.length === 0) return 0;
  const shown = before[index];
  const found = shown === undefined ? -1 : after.indexOf(shown);
  return found >= 0 ? found : Math.min(index, after.length - 1);
}

/**
 * A presentation started from a page: the default order (plus the entity whose scorecard is
 * open), starting at the slide of that page.
 */
export function startFrom(view: ViewState, themes: readonly number[]): { slides: string[]; slide: number } {
  const slides = defaultSlides(themes);
  if (view.page === 'entity' && view.entity) {
    slides.push(slideToken({ kind: 'entity', entity: view.entity }));
    return { slides, slide: slides.length };
  }
  if (view.page === 'themes') {
    const theme = view.theme !== undefined && themes.includes(view.theme) ? view.theme : themes.includes(5) ? 5 : themes[0];
    const at = slides.indexOf(`theme:${theme}`);
    return { slides, slide: at >= 0 ? at + 1 : 1 };
  }
  return { slides, slide: 1 };
}

/** The page a slide shows in the dashboard: where Escape goes when the presentation was opened from a link. */
export function pageOfSlide(ref: SlideRef): Partial<ViewState> {
  switch (ref.kind) {
    case 'overview':
      return { page: 'overview' };
    case 'theme':
      return { page: 'themes', theme: ref.theme };
    case 'entity':
      return { page: 'entity', entity: ref.entity };
    case 'map':
      return { page: 'overview', tier: 'local' };
  }
}

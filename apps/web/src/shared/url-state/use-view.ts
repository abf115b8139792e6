/**
 * The URL as the single store of view state: components read it with `useView` and change it
 * with `navigate`, which pushes a history entry (so back works) and notifies every reader.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { hrefFor, nextView, parseView, type ViewState } from './view-state.ts';

const CHANGE = 'koers:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export function useView(): ViewState {
  const location = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useMemo(() => {
    const url = new URL(location, 'http://localhost');
    return parseView(url.pathname, url.search);
  }, [location]);
}

function currentView(): ViewState {
  return parseView(window.location.pathname, window.location.search);
}

let headingFocusRequested = false;

/** Whether the next page heading should take focus (after an in-app change of page), once. */
export function takeHeadingFocusRequest(): boolean {
  const requested = headingFocusRequested;
  headingFocusRequested = false;
  return requested;
}

/** Goes to a view. `replace` rewrites the current entry instead (for normalising a URL). */
export function navigateTo(view: ViewState, options: { replace?: boolean } = {}): void {
  const href = hrefFor(view);
  if (href === snapshot()) return;
  const pageChanged = view.page !== currentView().page;
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  if (pageChanged && !options.replace) {
    window.scrollTo({ top: 0 });
    headingFocusRequested = true;
  }
  window.dispatchEvent(new Event(CHANGE));
}

/** Applies a change to the current view (see `nextView`) and goes there. */
export function navigate(patch: Partial<ViewState>, options: { replace?: boolean } = {}): void {
  navigateTo(nextView(currentView(), patch), options);
}

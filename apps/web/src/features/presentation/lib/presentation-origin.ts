/**
 * The view a presentation was started from, so Escape returns there. Kept for the tab
 * (sessionStorage), not in the link: a shared link to a presentation should not carry where
 * its sender happened to be.
 */
const KEY = 'koers:presentation-origin';
let fallback: string | null = null;

export function rememberOrigin(href: string): void {
  fallback = href;
  try {
    window.sessionStorage.setItem(KEY, href);
  } catch {
    // Storage refused (private mode): the module variable still serves this page load.
  }
}

/** The remembered view (a local link, never the presentation itself), forgotten once read. */
export function takeOrigin(): string | null {
  let href = fallback;
  try {
    href = window.sessionStorage.getItem(KEY) ?? href;
    window.sessionStorage.removeItem(KEY);
  } catch {
    // See above.
  }
  fallback = null;
  return href && href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/present') ? href : null;
}

/**
 * The slides of a presentation as its link writes them: `overview`, `theme:5`, `entity:AWV`,
 * comma-separated, in the order they are shown. Kept apart from view-state.ts so the URL module
 * only gains a parameter, and the presentation feature can reason about slides without it.
 *
 * @example
 *   parseSlides('overview,theme:5,entity:awv,bogus'); // ['overview', 'theme:5', 'entity:AWV']
 *   parseSlideToken('theme:6');                        // { kind: 'theme', theme: 6 }
 */

export type SlideRef = { kind: 'overview' } | { kind: 'theme'; theme: number } | { kind: 'entity'; entity: string } | { kind: 'map' };

/** More slides than a board meeting sits through; also bounds the length of a link. */
export const MAX_SLIDES = 60;

const TOKEN = /^(?:overview|map|theme:[1-9]|entity:[A-Za-z0-9_\-.]{1,64})$/;

export function slideToken(ref: SlideRef): string {
  switch (ref.kind) {
    case 'overview':
      return 'overview';
    case 'theme':
      return `theme:${ref.theme}`;
    case 'entity':
      return `entity:${ref.entity}`;
    case 'map':
      return 'map';
  }
}

/** A token read back into a slide, or null when it is not one. */
export function parseSlideToken(token: string): SlideRef | null {
  if (!TOKEN.test(token)) return null;
  if (token === 'overview') return { kind: 'overview' };
  // The map of Flanders: the local tier's chosen indicator and year, by municipality.
  if (token === 'map') return { kind: 'map' };
  const [kind, value = ''] = token.split(':') as [string, string?];
  if (kind === 'theme') return { kind: 'theme', theme: Number(value) };
  return { kind: 'entity', entity: value.toUpperCase() };
}

/**
 * The `slides` parameter: unknown tokens and repeats are dropped, entity codes upper-cased.
 * Undefined when nothing usable is left, so the presentation falls back to its default order.
 */
export function parseSlides(text: string | null | undefined): string[] | undefined {
  if (!text) return undefined;
  const tokens: string[] = [];
  for (const raw of text.split(',')) {
    const ref = parseSlideToken(raw.trim());
    if (!ref) continue;
    const token = slideToken(ref);
    if (!tokens.includes(token)) tokens.push(token);
    if (tokens.length === MAX_SLIDES) break;
  }
  return tokens.length ? tokens : undefined;
}

/** The default order: the overview, then each theme of the plan. */
export function defaultSlides(themes: readonly number[]): string[] {
  return ['overview', ...themes.map((theme) => `theme:${theme}`)];
}

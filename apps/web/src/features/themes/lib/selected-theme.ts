import type { ViewState } from '../../../shared/url-state/view-state.ts';

/** The theme a view shows: the one in the URL, else the plan's headline theme (5). */
export function selectedTheme(view: ViewState, themes: readonly number[]): number {
  return view.theme !== undefined && themes.includes(view.theme) ? view.theme : themes.includes(5) ? 5 : (themes[0] ?? 5);
}

import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigateTo, useView } from './use-view.ts';
import { hrefFor, nextView, type ViewState } from './view-state.ts';

interface ViewLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** The change to the current view this link leads to. */
  to: Partial<ViewState>;
}

/**
 * A real link (it can be opened in a new tab, copied or bookmarked) that navigates in place on
 * a plain click.
 */
export function ViewLink({ to, onClick, ...rest }: ViewLinkProps) {
  const view = useView();
  const target = nextView(view, to);
  const href = hrefFor(target);
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigateTo(target);
  };
  return <a {...rest} href={href} onClick={handle} />;
}

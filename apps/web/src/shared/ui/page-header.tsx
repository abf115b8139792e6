import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import { takeHeadingFocusRequest } from '../url-state/use-view.ts';

interface PageHeaderProps {
  title: string;
  lead?: ReactNode;
  /** Extra controls to the right of the title. */
  children?: ReactNode;
}

/**
 * A page's heading. It names the browser tab, and after an in-app change of page it takes focus
 * so keyboard and screen-reader users land on the new content.
 */
export function PageHeader({ title, lead, children }: PageHeaderProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t.app.documentTitle(title);
  }, [t, title]);
  useEffect(() => {
    if (takeHeadingFocusRequest()) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="page-header">
      <div>
        <h1 ref={heading} tabIndex={-1} data-page-heading>
          {title}
        </h1>
        {lead && <div className="page-header__lead">{lead}</div>}
      </div>
      {children && <div className="page-header__controls">{children}</div>}
    </header>
  );
}

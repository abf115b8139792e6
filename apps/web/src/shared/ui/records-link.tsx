import type { IndicatorId } from '@koers/domain';
import type { ReactNode } from 'react';
import { ViewLink } from '../url-state/link.tsx';
import type { EvidencePart, ViewState } from '../url-state/view-state.ts';

interface RecordsLinkProps {
  indicator: IndicatorId;
  part?: EvidencePart;
  /** Undefined keeps the current view's value; null clears it. */
  entity?: string | null;
  year?: number | null;
  children: ReactNode;
  label?: string;
  className?: string;
}

/**
 * Opens the records behind a number: same indicator, same filters, the chosen part. The link is
 * named by what it shows ("85,8%") followed by where it leads, said to screen readers only, so the
 * name a voice user speaks and a screen reader announces is the number on the screen.
 */
export function RecordsLink({ indicator, part = 'numerator', entity, year, children, label, className }: RecordsLinkProps) {
  const to: Partial<ViewState> = { page: 'evidence', indicator, part };
  if (entity !== undefined) to.entity = entity ?? undefined;
  if (year !== undefined) to.year = year ?? undefined;
  return (
    <ViewLink to={to} className={className ?? 'records-link'} data-records-link={indicator}>
      {children}
      {label && <span className="sr-only"> ({label})</span>}
    </ViewLink>
  );
}

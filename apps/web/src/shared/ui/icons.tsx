/** Small inline icons; always next to words, never the only carrier of meaning. */
import type { SVGProps } from 'react';

type IconName =
  | 'check'
  | 'arrow-up-right'
  | 'gauge'
  | 'minus'
  | 'arrow-down-right'
  | 'cross'
  | 'question'
  | 'eye'
  | 'warning'
  | 'info'
  | 'arrow-right'
  | 'table'
  | 'chevron-left'
  | 'chevron-right'
  | 'sort-asc'
  | 'sort-desc'
  | 'sort'
  | 'download'
  | 'present';

const PATHS: Record<IconName, string> = {
  check: 'M4 12.5l5 5L20 6.5',
  'arrow-up-right': 'M6 18L18 6M9 6h9v9',
  gauge: 'M4 16a8 8 0 1 1 16 0M12 16l4-5',
  minus: 'M5 12h14',
  'arrow-down-right': 'M6 6l12 12M18 9v9H9',
  cross: 'M6 6l12 12M18 6L6 18',
  question: 'M9 9a3 3 0 1 1 4.5 2.6c-.9.5-1.5 1.2-1.5 2.4M12 18h.01',
  eye: 'M2 12s3.5-6 10-6 10 6 10 6-3.5 6-10 6S2 12 2 12zM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
  warning: 'M12 3l10 18H2L12 3zM12 10v5M12 18h.01',
  info: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM12 11v6M12 7h.01',
  'arrow-right': 'M4 12h15M13 6l6 6-6 6',
  table: 'M3 5h18v14H3zM3 10h18M3 15h18M9 5v14',
  'chevron-left': 'M15 5l-7 7 7 7',
  'chevron-right': 'M9 5l7 7-7 7',
  'sort-asc': 'M12 5l-5 6h10zM7 15h10',
  'sort-desc': 'M12 19l-5-6h10zM7 9h10',
  sort: 'M12 4l-4 5h8zM12 20l-4-5h8z',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  present: 'M3 4h18v12H3zM12 16v4M8 20h8M10 8l4 2-4 2z',
};

export function Icon({ name, ...rest }: { name: IconName } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className="icon"
      {...rest}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}

export type { IconName };

/**
 * Policy events on a trend: a dashed vertical line at the event's date with a numbered badge
 * above the plot; the words are in the chart's legend under the same number. Badges that would
 * touch move up a row, so a chart with many events keeps every number legible.
 */

export interface ChartEvent {
  key: string;
  /** Position on the year axis: the year plus the fraction of it passed at the date. */
  at: number;
  /** ISO date, for tests and the tooltip. */
  date: string;
  /** The badge's number, also in the legend. */
  number: number;
  /** Date and words, for the badge's native tooltip. */
  label: string;
}

const BADGE_RADIUS = 9;
const MIN_GAP_PX = BADGE_RADIUS * 2 + 4;

/**
 * The badge row of each event (0 = just above the plot), for events sorted by date: an event
 * goes in the lowest row where it keeps clear of the badges already placed.
 */
export function eventRows(events: readonly Pick<ChartEvent, 'at'>[], start: number, end: number, plotWidth: number): number[] {
  const span = end - start || 1;
  const lastInRow: number[] = [];
  return events.map((event) => {
    const x = ((event.at - start) / span) * plotWidth;
    let row = lastInRow.findIndex((placed) => x - placed >= MIN_GAP_PX);
    if (row === -1) row = lastInRow.length;
    lastInRow[row] = x;
    return row;
  });
}

interface EventBadgeProps {
  number: number;
  row: number;
  title: string;
  date: string;
  /** Set by Recharts: the reference line's box. */
  viewBox?: { x?: number; y?: number };
}

export function EventBadge({ number, row, title, date, viewBox }: EventBadgeProps) {
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) - BADGE_RADIUS - 3 - row * 22;
  return (
    <g className="chart-event__badge" data-event-badge={date}>
      <title>{title}</title>
      <line x1={x} x2={x} y1={y + BADGE_RADIUS} y2={viewBox?.y ?? 0} stroke="#4d4d4d" strokeWidth={1} />
      <circle cx={x} cy={y} r={BADGE_RADIUS} fill="#ffffff" stroke="#1a1a1a" strokeWidth={1.5} />
      <text x={x} y={y} dy="0.35em" textAnchor="middle" className="rchart__event-number">
        {number}
      </text>
    </g>
  );
}

import type { MarkerShape, SeriesStyle } from '../palette.ts';

/** One marker shape centred on (cx, cy): the second encoding of a series besides its colour. */
export function Marker({
  shape,
  cx,
  cy,
  r = 5,
  color,
  hollow = false,
}: {
  shape: MarkerShape;
  cx: number;
  cy: number;
  r?: number;
  color: string;
  hollow?: boolean;
}) {
  const fill = hollow ? '#fff' : color;
  const common = { fill, stroke: color, strokeWidth: 2 };
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} {...common} />;
    case 'square':
      return <rect x={cx - r} y={cy - r} width={r * 2} height={r * 2} {...common} />;
    case 'triangle':
      return <path d={`M${cx},${cy - r * 1.2}L${cx + r * 1.1},${cy + r * 0.8}L${cx - r * 1.1},${cy + r * 0.8}Z`} {...common} />;
    case 'diamond':
      return <path d={`M${cx},${cy - r * 1.3}L${cx + r * 1.1},${cy}L${cx},${cy + r * 1.3}L${cx - r * 1.1},${cy}Z`} {...common} />;
    case 'star': {
      const points: string[] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.6 : r * 0.7;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        points.push(`${cx + radius * Math.cos(angle)},${cy + radius * Math.sin(angle)}`);
      }
      return <polygon points={points.join(' ')} {...common} />;
    }
    default:
      return null;
  }
}

type LegendKind = 'line' | 'band' | 'point' | 'hollow' | 'bar' | 'bar-highlight' | 'reference' | 'event';

export interface LegendItem {
  key: string;
  label: string;
  style: SeriesStyle;
  kind: LegendKind;
  /** An event's number, drawn in its badge. */
  number?: number;
}

/** A legend in HTML (legible at a distance, wraps on narrow screens), with the same dash and marker as the chart. */
export function ChartLegend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} data-legend={item.kind}>
          <svg width="36" height="16" aria-hidden="true" focusable="false">
            {item.kind === 'band' && <rect x="1" y="2" width="34" height="12" fill="url(#koers-hatch)" stroke={item.style.color} strokeWidth="1" />}
            {(item.kind === 'bar' || item.kind === 'bar-highlight') && (
              <rect
                x="1"
                y="2"
                width="34"
                height="12"
                fill={item.kind === 'bar-highlight' ? 'url(#koers-hatch-highlight)' : item.style.color}
                stroke={item.style.color}
              />
            )}
            {(item.kind === 'line' || item.kind === 'reference') && (
              <line x1="1" x2="35" y1="8" y2="8" stroke={item.style.color} strokeWidth="3" strokeDasharray={item.style.dash} />
            )}
            {(item.kind === 'line' || item.kind === 'point') && <Marker shape={item.style.marker} cx={18} cy={8} r={4} color={item.style.color} />}
            {item.kind === 'hollow' && <Marker shape={item.style.marker} cx={18} cy={8} r={4.5} color={item.style.color} hollow />}
            {item.kind === 'event' && (
              <>
                <line x1="18" x2="18" y1="0" y2="16" stroke="#4d4d4d" strokeWidth="1.5" strokeDasharray="4 3" />
                <circle cx="18" cy="8" r="7.5" fill="#ffffff" stroke="#1a1a1a" strokeWidth="1.5" />
                <text x="18" y="8" dy="0.35em" textAnchor="middle" className="rchart__event-number">
                  {item.number}
                </text>
              </>
            )}
          </svg>
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Shared SVG patterns: hatching for the unknown band and for highlighted bars. Rendered once in
 * the page so every chart and legend can refer to them.
 */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs>
        <pattern id="koers-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#56B4E9" fillOpacity="0.1" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#56B4E9" strokeWidth="2.5" strokeOpacity="0.5" />
        </pattern>
        <pattern id="koers-hatch-highlight" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#E69F00" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#000" strokeWidth="2" strokeOpacity="0.55" />
        </pattern>
      </defs>
    </svg>
  );
}

/**
 * The map of Flanders: the 300 municipalities coloured by one share, provinces outlined. Projection
 * and TopoJSON decoding are d3-geo's and topojson-client's; this module (and the boundaries it
 * carries) is loaded only when a page shows the map, so no other page pays for it.
 *
 * Every municipality is a link: a click or Enter opens its page; hover and keyboard focus show its
 * name, value, n and coverage.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { useMemo, useState, type MouseEvent } from 'react';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topologyJson from '@koers/domain/reference/flanders-municipalities.topo.json';
import { INSUFFICIENT_FILL, type ShadedArea } from './map-scale.ts';
import './map.css';

const WIDTH = 960;
const HEIGHT = 440;

type Boundaries = Topology<{ municipalities: GeometryCollection<{ name_nl: string; name_fr: string }>; provinces: GeometryCollection }>;
const topology = topologyJson as unknown as Boundaries;

/** The drawn shapes, computed once: they do not change with the data. */
function drawShapes() {
  const municipalities = feature(topology, topology.objects.municipalities);
  const projection = geoMercator().fitExtent(
    [
      [4, 4],
      [WIDTH - 4, HEIGHT - 4],
    ],
    municipalities,
  );
  const path = geoPath(projection);
  return {
    municipalities: municipalities.features.map((f) => ({ code: String(f.id), name: f.properties.name_nl, d: path(f) ?? '' })),
    provinceBorders: path(mesh(topology, topology.objects.provinces)) ?? '',
  };
}
let shapes: ReturnType<typeof drawShapes> | undefined;

export interface FlandersMapProps {
  areas: readonly ShadedArea[];
  /** The words shown on hover and focus, and the accessible name of each municipality. */
  describe(area: ShadedArea | undefined, code: string, name: string): { title: string; lines: string[] };
  hrefOf(code: string): string;
  onOpen(code: string): void;
}

export default function FlandersMap({ areas, describe, hrefOf, onOpen }: FlandersMapProps) {
  shapes ??= drawShapes();
  const byCode = useMemo(() => new Map(areas.map((a) => [a.code, a])), [areas]);
  const [active, setActive] = useState<{ code: string; x: number; y: number } | null>(null);
  const activeShape = active ? shapes.municipalities.find((m) => m.code === active.code) : undefined;
  const tip = active && activeShape ? describe(byCode.get(active.code), active.code, activeShape.name) : null;

  // React types an <a> as an HTML anchor even inside SVG: find the drawing by its element.
  const pointAt = (event: MouseEvent<Element>, code: string) => {
    const box = event.currentTarget.closest('svg')?.getBoundingClientRect();
    if (box) setActive({ code, x: event.clientX - box.left, y: event.clientY - box.top });
  };
  const focusAt = (element: Element, code: string) => {
    const svg = element.closest('svg');
    if (!svg) return;
    const own = element.getBoundingClientRect();
    const box = svg.getBoundingClientRect();
    setActive({ code, x: own.left - box.left + own.width / 2, y: own.top - box.top + own.height / 2 });
  };

  return (
    <div className="flanders-map" onMouseLeave={() => setActive(null)}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="group" data-map="flanders" data-export-drawing xmlns="http://www.w3.org/2000/svg">
        <defs>
          <pattern id="koers-map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={INSUFFICIENT_FILL} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#737373" strokeWidth="1.5" />
          </pattern>
        </defs>
        <rect width={WIDTH} height={HEIGHT} fill="#fff" />
        {shapes.municipalities.map(({ code, name, d }) => {
          const area = byCode.get(code);
          const words = describe(area, code, name);
          return (
            <a
              key={code}
              href={hrefOf(code)}
              aria-label={[words.title, ...words.lines].join(', ')}
              data-nis={code}
              data-value={area?.fill ? String(area.value) : ''}
              data-insufficient={area?.fill ? undefined : 'true'}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                onOpen(code);
              }}
              onMouseMove={(event) => pointAt(event, code)}
              onFocus={(event) => focusAt(event.currentTarget, code)}
              onBlur={() => setActive(null)}
            >
              <path className="flanders-map__area" d={d} fill={area?.fill ?? 'url(#koers-map-hatch)'} stroke="#fff" strokeWidth="0.6" />
            </a>
          );
        })}
        <path className="flanders-map__provinces" d={shapes.provinceBorders} fill="none" stroke="#1a1a1a" strokeWidth="1.6" pointerEvents="none" />
        {activeShape && <path d={activeShape.d} fill="none" stroke="#000" strokeWidth="2.5" pointerEvents="none" />}
      </svg>
      {tip && active && (
        <div className="chart-tooltip flanders-map__tip" role="status" style={{ left: `min(${active.x + 14}px, calc(100% - 15rem))`, top: active.y + 14 }}>
          <div className="chart-tooltip__title">{tip.title}</div>
          <ul>
            {tip.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Plain geometry for the SVG charts: scales and paths, pure and tested. */

export type Scale = (value: number) => number;

/** Maps [d0, d1] linearly onto [r0, r1]. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const span = d1 - d0;
  return (value) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}

export interface Point {
  x: number;
  y: number;
}

const fixed = (n: number) => Math.round(n * 10) / 10;

/** A polyline through the points that exist, bridging gaps (a missing year does not break a trend). */
export function linePath(points: readonly (Point | null)[]): string {
  const present = points.filter((p): p is Point => p !== null);
  return present.map((p, i) => `${i === 0 ? 'M' : 'L'}${fixed(p.x)},${fixed(p.y)}`).join('');
}

export interface BandPoint {
  x: number;
  /** Lower and upper edge, in pixels. */
  y0: number;
  y1: number;
}

/** Closed areas between the lower and upper edge, one per run of consecutive points (gaps stay open). */
export function bandPath(points: readonly (BandPoint | null)[]): string {
  const runs: BandPoint[][] = [];
  let run: BandPoint[] = [];
  for (const p of points) {
    if (p) run.push(p);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs
    .map((r) => {
      const top = r.map((p, i) => `${i === 0 ? 'M' : 'L'}${fixed(p.x)},${fixed(p.y1)}`).join('');
      const bottom = [...r].reverse().map((p) => `L${fixed(p.x)},${fixed(p.y0)}`).join('');
      // A single year is drawn as a short vertical bar so it stays visible.
      const widen = r.length === 1 ? `M${fixed(r[0]!.x - 4)},${fixed(r[0]!.y1)}L${fixed(r[0]!.x + 4)},${fixed(r[0]!.y1)}L${fixed(r[0]!.x + 4)},${fixed(r[0]!.y0)}L${fixed(r[0]!.x - 4)},${fixed(r[0]!.y0)}Z` : '';
      return widen || `${top}${bottom}Z`;
    })
    .join('');
}

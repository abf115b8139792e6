/** Axis ends and ticks for shares: the whole 0-100 % when shares are large, a readable step when small. */
const SCALES: readonly { max: number; step: number }[] = [
  { max: 0.02, step: 0.005 },
  { max: 0.05, step: 0.01 },
  { max: 0.1, step: 0.02 },
  { max: 0.2, step: 0.05 },
  { max: 0.3, step: 0.05 },
  { max: 0.4, step: 0.1 },
  { max: 0.5, step: 0.1 },
  { max: 1, step: 0.25 },
];

export function shareAxisMax(values: Iterable<number | null | undefined>): number {
  let max = 0;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v) && v > max) max = v;
  if (max >= 0.45) return 1;
  return SCALES.find((s) => s.max >= max * 1.1)?.max ?? 1;
}

/** Round ticks from 0 to `max` (0, 25, 50, 75, 100 % or 0, 5, 10 … %). */
export function shareTicks(max: number): number[] {
  const step = SCALES.find((s) => s.max >= max - 1e-12)?.step ?? max / 4;
  const ticks: number[] = [];
  for (let i = 0; i * step <= max + 1e-12; i++) ticks.push(Math.round(i * step * 1e6) / 1e6);
  return ticks;
}

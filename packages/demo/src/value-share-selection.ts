/**
 * Steering a value share. A handful of multi-million works contracts decide a pooled value share,
 * so flags drawn independently per record would land anywhere near a target. Instead each record
 * gets a priority (its product group's propensity, its size, noise), and records are taken in
 * order of priority until their value reaches the target share: which records get the flag still
 * follows the priorities, while the share is hit.
 */

/**
 * - `threshold`: take records until the running value crosses the target (the crossing record
 *   only if that lands closer, and overshoots by no more than `maxOvershoot` euro), then fill what
 *   is left of the gap with smaller records further down. Everything above a priority cut-off is
 *   selected, so small and large contracts are treated alike.
 * - `exact`: from the start, skip any record that would overshoot and let smaller ones further
 *   down fill the rest. Hits the share as closely; favours small contracts.
 *
 * Both stop once within `tolerance` (a fraction of the total value) of the target.
 */
export type SelectionMode = 'threshold' | 'exact';

/** Positions of the records with a finite priority, highest priority first, ties by position. */
export function rankByPriority(priority: Float64Array): Uint32Array {
  const eligible: number[] = [];
  for (let i = 0; i < priority.length; i++) if (Number.isFinite(priority[i]!)) eligible.push(i);
  eligible.sort((a, b) => priority[b]! - priority[a]! || a - b);
  return Uint32Array.from(eligible);
}

/**
 * Flags (1 = selected) for the ranked records so that the selected value is about `share` of
 * their total value; positions not in `ranked` are never selected.
 */
export function selectValueShare(
  ranked: Uint32Array,
  value: Float64Array,
  share: number,
  mode: SelectionMode,
  maxOvershoot = Number.POSITIVE_INFINITY,
  tolerance = 2e-5,
): Uint8Array {
  const selected = new Uint8Array(value.length);
  let total = 0;
  for (const i of ranked) total += value[i]!;
  if (total <= 0 || share <= 0) return selected;
  const target = share * total;
  const slack = tolerance * total;
  let sum = 0;
  let crossed = mode === 'exact';
  for (const i of ranked) {
    if (sum >= target - slack) break;
    const v = value[i]!;
    if (!crossed && (sum + v / 2 > target || sum + v - target > maxOvershoot)) crossed = true;
    if (crossed && sum + v > target + slack) continue;
    selected[i] = 1;
    sum += v;
  }
  return selected;
}

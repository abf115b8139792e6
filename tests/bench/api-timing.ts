/**
 * Times the dashboard's calls against the running server: the first call (the server has just
 * started and has not seen that call), warm calls (p50, p95) and a conditional revalidation
 * (If-None-Match → 304); and the records list followed by cursor deep into its pages.
 */
import type { DashboardCall, RecordsChain } from './calls.ts';
import { percentile, time, type Timing } from './stats.ts';

export interface CallTiming extends Timing {
  status: number;
  bytes: number;
  /** p50 of a revalidation with the ETag the server gave (a 304 without a body). */
  revalidateP50: number | null;
}

async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; etag: string | null }> {
  const res = await fetch(url, { headers });
  const body = await res.text();
  return { status: res.status, body, etag: res.headers.get('etag') };
}

/**
 * The first call of every dashboard call right after the server started (in the dashboard's
 * order), then each call warm: `repeat` times for p50/p95 and a few revalidations. Warm runs start
 * only after every call has been made once, so the first call timed warm is not paying for the
 * server's own warm-up.
 */
export async function timeCalls(base: string, calls: readonly DashboardCall[], repeat: number): Promise<CallTiming[]> {
  const firsts: number[] = [];
  for (const call of calls) {
    const t = performance.now();
    const res = await get(base + call.path);
    firsts.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`${call.path} answered ${res.status}: ${res.body.slice(0, 300)}`);
  }
  const timings: CallTiming[] = [];
  for (const [i, call] of calls.entries()) {
    let last = { status: 0, body: '', etag: null as string | null };
    const warm: number[] = [];
    for (let k = 0; k < repeat; k++) {
      const t = performance.now();
      last = await get(base + call.path);
      warm.push(performance.now() - t);
      if (last.status !== 200) throw new Error(`${call.path} answered ${last.status}: ${last.body.slice(0, 300)}`);
    }
    let revalidateP50: number | null = null;
    if (last.etag) {
      const etag = last.etag;
      const runs: number[] = [];
      for (let k = 0; k < Math.min(repeat, 10); k++) {
        const t = performance.now();
        const res = await get(base + call.path, { 'If-None-Match': etag });
        runs.push(performance.now() - t);
        if (res.status !== 304) throw new Error(`${call.path} with If-None-Match answered ${res.status}`);
      }
      revalidateP50 = percentile(runs, 50);
    }
    timings.push({
      first: firsts[i]!,
      p50: percentile(warm, 50),
      p95: percentile(warm, 95),
      runs: repeat,
      status: last.status,
      bytes: Buffer.byteLength(last.body),
      revalidateP50,
    });
  }
  return timings;
}

export interface ChainTiming {
  label: string;
  pages: number;
  total: number;
  firstPage: number;
  /** The deepest page reached (page `pages`), first time. */
  deepPage: number;
  /** Every page followed, p50 and p95. */
  pagesP50: number;
  pagesP95: number;
  /** The deepest page requested again, warm. */
  deepWarm: Timing;
}

export async function timeRecordsChain(base: string, chain: RecordsChain, depth: number, repeat: number): Promise<ChainTiming> {
  const times: number[] = [];
  let cursor: string | null = null;
  let deepUrl = base + chain.path;
  let total = 0;
  for (let page = 1; page <= depth; page++) {
    const url: string = base + chain.path + (cursor ? `&cursor=${encodeURIComponent(cursor)}` : '');
    const t = performance.now();
    const res = await get(url);
    times.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${res.body.slice(0, 300)}`);
    const parsed = JSON.parse(res.body) as { nextCursor: string | null; total: number; items: unknown[] };
    total = parsed.total;
    deepUrl = url;
    cursor = parsed.nextCursor;
    if (!cursor) break;
  }
  const deepWarm = await time(async () => {
    const res = await get(deepUrl);
    if (res.status !== 200) throw new Error(`${deepUrl} answered ${res.status}`);
  }, repeat);
  return {
    label: chain.label,
    pages: times.length,
    total,
    firstPage: times[0]!,
    deepPage: times[times.length - 1]!,
    pagesP50: percentile(times, 50),
    pagesP95: percentile(times, 95),
    deepWarm,
  };
}

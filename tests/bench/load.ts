/**
 * The load test: autocannon, on loopback, with 50 connections cycling through the overview's
 * calls for a fixed time. Two kinds of traffic: full answers (no If-None-Match), from a server
 * that computes every answer (the worst case: every request aggregates and serialises) or one that
 * keeps answers per data version (the default), and revalidations (If-None-Match with the ETag the
 * server gave, as a browser reloading the dashboard sends: 304 without a body).
 */
import autocannon from 'autocannon';

export interface LoadResult {
  kind: 'full' | 'revalidate';
  /** The server kept answers per data version (the default) or computed every answer. */
  answersKept: boolean;
  instances: number;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Transport errors, timeouts and answers other than 200 (full) or 304 (revalidate). */
  errors: number;
}

export async function loadTest(
  base: string,
  paths: readonly string[],
  options: { connections: number; seconds: number; kind: 'full' | 'revalidate'; instances: number; answersKept: boolean },
): Promise<LoadResult> {
  const requests = [];
  for (const path of paths) {
    if (options.kind === 'full') {
      requests.push({ method: 'GET', path });
      continue;
    }
    const res = await fetch(base + path);
    await res.arrayBuffer();
    const etag = res.headers.get('etag');
    if (!etag) throw new Error(`${path} answered without an ETag`);
    requests.push({ method: 'GET', path, headers: { 'if-none-match': etag } });
  }
  const result = await autocannon({ url: base, connections: options.connections, duration: options.seconds, timeout: 10, requests });
  const expected = options.kind === 'full' ? result['2xx'] : (result.statusCodeStats?.['304']?.count ?? 0);
  return {
    kind: options.kind,
    answersKept: options.answersKept,
    instances: options.instances,
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + (result.requests.total - expected),
  };
}

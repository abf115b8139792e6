/**
 * Imports the benchmark file with the real CLI (`koers import --json`) in a child process and
 * measures its wall time and peak RSS: the kernel's high-water mark (VmHWM, polled) and the
 * process's own getrusage maximum written at exit; the larger is reported.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export interface ImportRun {
  records: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  cpuSeconds: number | null;
  report: { accepted: number; updated: number; unchanged: number; rejected: number; applied: boolean; summary: string };
}

function vmHwmKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export async function importWithCli(file: string, env: Record<string, string>, records: number, args: string[] = []): Promise<ImportRun> {
  const usageFile = join(tmpdir(), `koers-bench-usage-${process.pid}-${Date.now()}.json`);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', './tests/bench/rss-hook.ts', 'apps/cli/src/main.ts', 'import', '--json', ...args, file],
    { cwd: ROOT, env: { ...process.env, ...env, KOERS_BENCH_USAGE_FILE: usageFile }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let hwm = 0;
  const poll = setInterval(() => {
    if (child.pid) hwm = Math.max(hwm, vmHwmKb(child.pid));
  }, 50);
  const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  let usage: { maxRssKb: number; userCpuUs: number; systemCpuUs: number } | null;
  try {
    usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    rmSync(usageFile, { force: true });
  } catch {
    usage = null;
  }
  if (code !== 0) throw new Error(`koers import exited ${code}:\n${stderr}\n${stdout.slice(0, 2000)}`);
  const report = JSON.parse(stdout) as ImportRun['report'];
  const peakKb = Math.max(hwm, usage?.maxRssKb ?? 0);
  return {
    records,
    seconds,
    rowsPerSecond: records / seconds,
    peakRssMb: peakKb / 1024,
    cpuSeconds: usage ? (usage.userCpuUs + usage.systemCpuUs) / 1e6 : null,
    report,
  };
}

/**
 * Preloaded into the CLI process the benchmark starts (`node --import tsx --import this-file`):
 * writes the process's peak resident set size when it exits. The CLI itself is unchanged.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.KOERS_BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const memory = process.memoryUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, heapUsed: memory.heapUsed, userCpuUs: usage.userCPUTime, systemCpuUs: usage.systemCPUTime }));
  });
}

/**
 * Starts the real server (`apps/api/src/main.ts`, as `pnpm start` runs it, without building the
 * dashboard) in a child process on a free port, on the benchmark's database; with `instances` > 1,
 * that many API processes on one port (cluster-server.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface ServerProcess {
  url: string;
  startSeconds: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>, instances = 1): Promise<ServerProcess> {
  const started = performance.now();
  const entry = instances > 1 ? 'tests/bench/cluster-server.ts' : 'apps/api/src/main.ts';
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: '0', KOERS_DEMO: 'off', KOERS_BENCH_INSTANCES: String(instances) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      const match = /on https?:\/\/[^:\s]+:(\d+)/.exec(output);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before it listened:\n${output}`)));
  });
  return {
    url,
    startSeconds: (performance.now() - started) / 1000,
    child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

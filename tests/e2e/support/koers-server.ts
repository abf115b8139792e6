/**
 * The real Koers server on a seeded, throw-away SQLite database: the CLI seeds the demo dataset,
 * then the API starts on a free port and serves the built dashboard (apps/web/dist). Used by the
 * browser journeys and by the web benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../support/koers-process.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const WEB_DIST = join(REPO_ROOT, 'apps/web/dist');

export interface KoersServer {
  baseUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--disable-proto=throw', '--import', 'tsx', ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} before it was healthy:\n${log()}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not become healthy within ${timeoutMs} ms:\n${log()}`);
}

/** Seeds a temporary database with the demo dataset and starts the real server on it (extra environment: `options.env`). */
export async function startKoersServer(options: { env?: Record<string, string> } = {}): Promise<KoersServer> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error('apps/web/dist is missing: build the dashboard first (pnpm --filter @koers/web build)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'koers-e2e-'));
  const databaseUrl = join(dir, 'koers.sqlite');
  const env = { ...process.env, DATABASE_URL: databaseUrl, KOERS_DEMO: 'off', NODE_ENV: 'production' };
  await run(['apps/cli/src/main.ts', 'seed', '--demo'], env);

  const port = await freePort();
  const child = spawn(process.execPath, ['--disable-proto=throw', '--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: REPO_ROOT,
    // A small upload limit, so a journey can choose a file over it without building a huge one.
    env: { ...env, PORT: String(port), KOERS_MAX_UPLOAD_MB: '2', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  return {
    baseUrl,
    databaseUrl,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

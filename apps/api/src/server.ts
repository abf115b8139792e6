import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AppDeps } from './context.ts';
import { createApp } from './app.ts';

export interface RunningServer {
  port: number;
  url: string;
  /** Requests being answered right now. */
  inFlight(): number;
  /**
   * Graceful stop: stops accepting connections, lets the requests in flight finish (up to
   * `graceMs`, default 30 s; then their connections are cut) and resolves when the server is closed.
   */
  close(graceMs?: number): Promise<void>;
}

/** Serves the app; `close` stops accepting connections and waits for requests in flight. */
export function startServer(deps: AppDeps, port: number, hostname = '127.0.0.1'): Promise<RunningServer> {
  const app = createApp(deps);
  let active = 0;
  let stopping = false;
  const fetch = async (request: Request, env: unknown) => {
    active++;
    try {
      const response = await app.fetch(request, env);
      // While stopping, a kept-alive connection is closed after its last answer.
      if (stopping) {
        try {
          response.headers.set('Connection', 'close');
        } catch {
          // Immutable headers: the connection is closed by the sweep once idle.
        }
      }
      return response;
    } finally {
      active--;
    }
  };
  return new Promise((resolve, reject) => {
    const server: ServerType = serve({ fetch, port, hostname }, (info) => {
      const http = server as Server;
      let closing: Promise<void> | null = null;
      resolve({
        port: info.port,
        url: `http://${hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname.includes(':') ? `[${hostname}]` : hostname}:${info.port}`,
        inFlight: () => active,
        close: (graceMs = 30_000) => {
          closing ??= new Promise<void>((done) => {
            stopping = true;
            http.close(() => {
              clearInterval(sweep);
              clearTimeout(deadline);
              done();
            });
            // Idle kept-alive connections would hold the server open; busy ones close after their answer.
            http.closeIdleConnections();
            const sweep = setInterval(() => http.closeIdleConnections(), 100);
            const deadline = setTimeout(() => http.closeAllConnections(), graceMs);
          });
          return closing;
        },
      });
    });
    // A port in use (or not ours to take) is the caller's to report, not an unhandled crash.
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} is already in use on ${hostname}: stop what runs there, or set PORT to another port`)
          : error.code === 'EACCES'
            ? new Error(`port ${port} may not be opened by this user: set PORT to a port above 1023`)
            : error,
      );
    });
  });
}

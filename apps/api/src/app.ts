/**
 * The HTTP application: the API under /api/v1 (documented at /api/v1/openapi.json) and, in
 * production, the built dashboard. Built by a factory so tests run it on any database.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { getSetting, SETTING } from '@koers/db';
import { exportTemplateCsv } from '@koers/services';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AppDeps } from './context.ts';
import { validationHook } from './http-errors.ts';
import { exportRoutes } from './routes/exports.ts';
import { importRoutes } from './routes/imports.ts';
import { indicatorRoutes } from './routes/indicators.ts';
import { metaRoutes } from './routes/meta.ts';
import { recordRoutes } from './routes/records.ts';

export const API_VERSION = '1.0.0';

function apiRoutes(deps: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .route('/', metaRoutes(deps))
    .route('/', indicatorRoutes(deps))
    .route('/', exportRoutes(deps))
    .route('/', recordRoutes(deps))
    .route('/', importRoutes(deps));
}

/** The API's route types, for the dashboard's typed client. */
export type ApiRoutes = ReturnType<typeof apiRoutes>;

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono({ defaultHook: validationHook });

  app.onError((error, c) => {
    // Never a stack trace to the client; the operator sees it in the log.
    console.error(error);
    const unavailable = /ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|the database system is/i.test(String(error?.message));
    if (unavailable) return c.json({ error: 'unavailable', message: 'the database is not reachable; try again shortly' }, 503);
    return c.json({ error: 'internal', message: 'an unexpected error occurred; it has been logged' }, 500);
  });

  // Conditional requests: data only changes on import, so a data version makes a strong ETag
  // and an unchanged dashboard reload costs one tiny query instead of an aggregation.
  app.use('/api/v1/*', async (c, next) => {
    if (c.req.method !== 'GET' || c.req.path.startsWith('/api/v1/imports') || c.req.path === '/api/v1/health') return next();
    const version = (await getSetting(deps.db.kysely, SETTING.dataVersion)) ?? '0';
    const etag = `"v${version}"`;
    const match = c.req.header('if-none-match');
    if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      return c.body(null, 304, { ETag: etag, 'Cache-Control': 'no-cache' });
    }
    await next();
    if (c.res.status === 200) {
      c.res.headers.set('ETag', etag);
      c.res.headers.set('Cache-Control', 'no-cache');
    }
  });

  const api = apiRoutes(deps);
  app.route('/api/v1', api);

  app.get('/api/v1/export.csv', (c) => {
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const encoder = new TextEncoder();
        for await (const text of exportTemplateCsv(deps.db)) controller.enqueue(encoder.encode(text));
        controller.close();
      },
    });
    return c.body(stream, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="koers-records.csv"',
    });
  });

  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Koers API',
      version: API_VERSION,
      description: 'Indicators of the Flemish public-procurement plan 2016-2020, per entity and theme, against its targets.',
    },
    servers: [{ url: '/' }],
  });

  app.all('/api/*', (c) => c.json({ error: 'not_found', message: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404));

  if (deps.webRoot) {
    const root = relative(process.cwd(), deps.webRoot) || '.';
    const index = readFileSync(join(deps.webRoot, 'index.html'), 'utf8');
    app.use('/assets/*', serveStatic({ root, onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }));
    app.use('*', serveStatic({ root }));
    // Every other path is a dashboard route: the client router reads it from the URL.
    app.get('*', (c) => c.html(index));
  }
  return app;
}

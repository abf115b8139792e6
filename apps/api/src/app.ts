/**
 * The HTTP application: the API under /api/v1 (documented at /api/v1/openapi.json) and, in
 * production, the built dashboard. Built by a factory so tests run it on any database.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { DEFAULT_MAX_IMPORT_BYTES, exportTemplateCsv, readDataVersion } from '@koers/services';
import type { Handler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { AnswerCache } from './answer-cache.ts';
import type { AppDeps, AppEnv } from './context.ts';
import { toErrorAnswer, validationHook } from './http-errors.ts';
import { auditRoutes } from './routes/audit.ts';
import { eventRoutes } from './routes/events.ts';
import { exportRoutes } from './routes/exports.ts';
import { importRoutes } from './routes/imports.ts';
import { indicatorRoutes } from './routes/indicators.ts';
import { metaRoutes } from './routes/meta.ts';
import { recordRoutes } from './routes/records.ts';
import { sessionRoutes } from './routes/session.ts';
import { statusThresholdRoutes } from './routes/status-thresholds.ts';
import { targetRoutes } from './routes/targets.ts';
import { authenticate, isWrite, limitWrites, RateLimiter } from './security.ts';

export const API_VERSION = '1.0.0';

/** Memory for answers kept per data version (see answer-cache.ts). */
const DEFAULT_ANSWER_CACHE_BYTES = 32 * 1024 * 1024;

/** Largest JSON body of any write other than an upload. */
const MAX_JSON_BYTES = 64 * 1024;
/** Room for the multipart envelope around an uploaded file. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * The dashboard's content security policy: scripts and styles only from the server itself (Vite
 * emits no inline script; React and Recharts set styles through the DOM, which CSP allows), images
 * also from data: and blob: URLs (the favicon and chart exports), no plugins, no framing by others.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
};

function apiRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .route('/', metaRoutes(deps))
    .route('/', sessionRoutes(deps))
    .route('/', indicatorRoutes(deps))
    .route('/', exportRoutes(deps))
    .route('/', recordRoutes(deps))
    .route('/', importRoutes(deps))
    .route('/', targetRoutes(deps))
    .route('/', statusThresholdRoutes(deps))
    .route('/', eventRoutes(deps))
    .route('/', auditRoutes(deps));
}

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const maxUpload = deps.maxUploadBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const writeLimit = deps.writeRateLimit ?? { limit: 60, windowMs: 60_000 };
  const failureLimit = deps.authFailureLimit ?? { limit: 20, windowMs: 60_000 };

  app.onError((error, c) => {
    // Never a stack trace to the client; the operator sees it in the log.
    const answer = toErrorAnswer(error);
    if (answer.status === 503)
      console.error(`${c.req.method} ${c.req.path}: 503, database unavailable: ${error instanceof Error ? error.message : String(error)}`);
    else if (answer.log) console.error(error);
    for (const [name, value] of Object.entries(answer.headers ?? {})) c.header(name, value);
    return c.json(answer.body, answer.status);
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: 'same-origin',
      xFrameOptions: 'SAMEORIGIN',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
    }),
  );

  // Who is calling; writes need a token (reads too when reads are private); then the write rate
  // limit; then the body size limit, so that no body is read for a caller without a token.
  app.use('/api/*', authenticate(deps, new RateLimiter(failureLimit.limit, failureLimit.windowMs)));
  app.use('/api/*', limitWrites(new RateLimiter(writeLimit.limit, writeLimit.windowMs)));
  const uploadLimit = bodyLimit({
    maxSize: maxUpload + MULTIPART_OVERHEAD,
    onError: (c) => c.json({ error: 'payload_too_large', message: `the upload is larger than the limit of ${Math.floor(maxUpload / 1024 / 1024)} MB` }, 413),
  });
  const jsonLimit = bodyLimit({
    maxSize: MAX_JSON_BYTES,
    onError: (c) => c.json({ error: 'payload_too_large', message: `the request body is larger than ${MAX_JSON_BYTES / 1024} KB` }, 413),
  });
  app.use('/api/*', async (c, next) => {
    if (!isWrite(c.req.method)) return next();
    return c.req.path === '/api/v1/imports' ? uploadLimit(c, next) : jsonLimit(c, next);
  });

  // Conditional requests: data only changes on import, so a data version makes a strong ETag
  // and an unchanged dashboard reload costs one tiny query instead of an aggregation.
  // Answers are also kept in memory for the data version they were computed for, so that the
  // same question asked again costs that version lookup instead of an aggregation.
  const uncached = new Set(['/api/v1/health', '/api/v1/session', '/api/v1/audit']);
  const answers = new AnswerCache(deps.answerCacheBytes ?? DEFAULT_ANSWER_CACHE_BYTES);
  app.use('/api/v1/*', async (c, next) => {
    if (c.req.method !== 'GET' || c.req.path.startsWith('/api/v1/imports') || uncached.has(c.req.path)) return next();
    const version = await readDataVersion(deps.db);
    const etag = `"v${version}"`;
    const match = c.req.header('if-none-match');
    // With private reads a shared cache must not keep answers for the next caller.
    const cacheControl = deps.readsPrivate ? 'private, no-cache' : 'no-cache';
    if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      return c.body(null, 304, { ETag: etag, 'Cache-Control': cacheControl });
    }
    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    const kept = answers.get(version, key);
    if (kept) {
      return c.body(kept.body, 200, { 'Content-Type': kept.contentType, ETag: etag, 'Cache-Control': cacheControl });
    }
    await next();
    if (c.res.status === 200) {
      c.res.headers.set('ETag', etag);
      c.res.headers.set('Cache-Control', cacheControl);
      // Only JSON answers are kept: exports stream and may be large.
      const contentType = c.res.headers.get('content-type') ?? '';
      if (answers.enabled && contentType.startsWith('application/json')) {
        answers.set(version, key, { body: new Uint8Array(await c.res.clone().arrayBuffer()), contentType });
      }
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

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description:
      'A token made with `pnpm koers token create --role admin|editor|viewer [--entity CODE]`. Writes need one; reads too when the server runs with KOERS_READS=private.',
  });
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Koers API',
      version: API_VERSION,
      description: 'Indicators of the Flemish public-procurement plan 2016-2020, per entity and theme, against its targets.',
      // No licence is granted yet (every package is private): said, rather than left out. OpenAPI
      // 3.1 names it by SPDX `identifier`, a field the 3.0-shaped type here does not know yet.
      license: { name: 'UNLICENSED', ...{ identifier: 'LicenseRef-UNLICENSED' } },
    },
    servers: [{ url: '/' }],
    // Reads take an optional token (required when the server runs with KOERS_READS=private);
    // operations that need one say so themselves.
    security: deps.readsPrivate ? [{ bearer: [] }] : [{}, { bearer: [] }],
  });

  app.all('/api/*', (c) => c.json({ error: 'not_found', message: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404));

  if (deps.webRoot) {
    const root = relative(process.cwd(), deps.webRoot) || '.';
    const indexPath = join(deps.webRoot, 'index.html');
    app.use('/assets/*', serveStatic({ root, onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }));
    // A missing hashed asset (an old page asking for a file a rebuild replaced) is a 404, not the page.
    app.get('/assets/*', (c) => c.text('Not found', 404));
    // Every path that is not a file is a dashboard route: the client router reads it from the URL.
    // The page is read per request, so a rebuilt dashboard is served without restarting, and is
    // revalidated by browsers because it names the current hashed assets.
    const dashboardPage: Handler<AppEnv> = async (c) => {
      const index = await readIndex(indexPath);
      if (index === null) return c.text('The dashboard is not built: run pnpm build', 503);
      c.header('Cache-Control', 'no-cache');
      return c.html(index);
    };
    app.get('/', dashboardPage);
    app.use('*', serveStatic({ root }));
    app.get('*', dashboardPage);
  }
  return app;
}

async function readIndex(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

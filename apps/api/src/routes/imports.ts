import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { getImport, listImports } from '@koers/db';
import { DEFAULT_MAX_IMPORT_BYTES, importFile } from '@koers/services';
import type { AppDeps } from '../context.ts';
import { notFound, validationHook } from '../http-errors.ts';
import { ErrorBody, ImportEntrySchema, ImportQuery, ImportReportSchema } from '../schemas.ts';

const postImport = createRoute({
  method: 'post',
  path: '/imports',
  summary: 'Import a file (template CSV or any supported format); answers the import report',
  request: {
    query: ImportQuery,
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary', description: 'The file to import.' }) }),
        },
      },
    },
  },
  responses: {
    200: { description: 'The file was imported (or validated, for a dry run)', content: { 'application/json': { schema: ImportReportSchema } } },
    400: { description: 'No file sent, or a parameter is invalid', content: { 'application/json': { schema: ErrorBody } } },
    413: { description: 'The file is larger than the limit', content: { 'application/json': { schema: ErrorBody } } },
    422: { description: 'The file was rejected; the report says why and nothing was written', content: { 'application/json': { schema: ImportReportSchema } } },
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/imports',
  summary: 'The import history, newest first',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }) },
  responses: { 200: { description: 'Imports', content: { 'application/json': { schema: z.object({ items: z.array(ImportEntrySchema) }) } } } },
});

const getRoute = createRoute({
  method: 'get',
  path: '/imports/{id}',
  summary: 'One import with its full report',
  request: { params: z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: { description: 'The import', content: { 'application/json': { schema: ImportEntrySchema.extend({ report: ImportReportSchema }) } } },
    404: { description: 'No such import', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function importRoutes({ db, maxUploadBytes }: AppDeps) {
  const limit = maxUploadBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(postImport, async (c) => {
      const query = c.req.valid('query');
      const length = Number(c.req.header('content-length') ?? '0');
      if (length > limit + 64 * 1024) {
        return c.json({ error: 'payload_too_large', message: `the upload is larger than the limit of ${Math.floor(limit / 1024 / 1024)} MB` }, 413);
      }
      const body = await c.req.parseBody();
      const file = body['file'];
      if (!(file instanceof File)) {
        return c.json(
          { error: 'bad_request', message: 'file: send the file as the multipart form field "file"', issues: [{ parameter: 'file', message: 'missing' }] },
          400,
        );
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const report = await importFile(
        db,
        { name: file.name || 'upload', open: async function* () { yield bytes; } },
        {
          mode: query.mode,
          dryRun: query.dryRun === 'true',
          addEntities: query.addEntities === 'true',
          actor: 'api',
          maxBytes: limit,
        },
      );
      const rejectedWhole = !report.applied && !report.dryRun;
      return c.json(report, rejectedWhole ? 422 : 200);
    })
    .openapi(listRoute, async (c) => {
      const { limit: max } = c.req.valid('query');
      const items = (await listImports(db.kysely, max)).map(({ report: _report, ...entry }) => entry);
      return c.json({ items }, 200);
    })
    .openapi(getRoute, async (c) => {
      const { id } = c.req.valid('param');
      const entry = await getImport(db.kysely, id);
      if (!entry) return c.json(notFound(`no import ${id}`), 404);
      return c.json(entry as never, 200);
    });
}

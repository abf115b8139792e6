import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { isIndicatorId } from '@koers/domain';
import { indicatorCsv, indicatorXlsx, queryIndicator, readExportContext } from '@koers/services';
import type { AppDeps } from '../context.ts';
import { notFound, validationHook } from '../http-errors.ts';
import { CsvFile, ErrorBody, ExportQuery, IndicatorParams, XlsxFile } from '@koers/contract';
import { toFilters, toGroupBy } from '../query-filters.ts';

const exportRoute = createRoute({
  method: 'get',
  path: '/indicators/{id}/export',
  operationId: 'exportIndicator',
  summary: 'The rows of an indicator query as CSV, or as XLSX with a second sheet of definitions, filters and data date',
  request: { params: IndicatorParams, query: ExportQuery },
  responses: {
    200: {
      description: 'The file',
      content: {
        'text/csv': { schema: CsvFile },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: XlsxFile },
      },
    },
    400: { description: 'A parameter is invalid', content: { 'application/json': { schema: ErrorBody } } },
    404: { description: 'No such indicator', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function exportRoutes({ db }: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(exportRoute, async (c) => {
    const { id } = c.req.valid('param');
    if (!isIndicatorId(id)) return c.json(notFound(`unknown indicator "${id}"; GET /api/v1/meta lists them`), 404);
    const query = c.req.valid('query');
    const filters = toFilters(query);
    const [result, { dataDate, dataset, events }] = await Promise.all([
      queryIndicator(db, id, { groupBy: toGroupBy(query.groupBy), filters }),
      readExportContext(db, filters),
    ]);
    const context = { locale: query.lang, dataDate, dataset, source: `Koers ${c.req.path}${new URL(c.req.url).search}`, events };
    const stamp = (dataDate ?? '').slice(0, 10) || 'undated';
    const name = `koers-${id}-${stamp}`;
    if (query.format === 'xlsx') {
      const body = await indicatorXlsx(result, context);
      return c.body(body as never, 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}.xlsx"`,
      });
    }
    return c.body(indicatorCsv(result, context), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.csv"`,
    });
  });
}

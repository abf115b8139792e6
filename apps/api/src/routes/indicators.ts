import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { isIndicatorId } from '@koers/domain';
import { queryIndicator, readDataLabels } from '@koers/services';
import type { AppDeps } from '../context.ts';
import { notFound, validationHook } from '../http-errors.ts';
import { ErrorBody, IndicatorParams, IndicatorQuery, IndicatorResponse } from '@koers/contract';
import { toFilters, toGroupBy } from '../query-filters.ts';

const indicatorRoute = createRoute({
  method: 'get',
  path: '/indicators/{id}',
  operationId: 'getIndicator',
  summary: 'One indicator grouped and filtered, with target, glide path and status where a target exists',
  request: { params: IndicatorParams, query: IndicatorQuery },
  responses: {
    200: { description: 'Rows with group keys, numerator, denominator, value, n and coverage', content: { 'application/json': { schema: IndicatorResponse } } },
    400: { description: 'A parameter is invalid', content: { 'application/json': { schema: ErrorBody } } },
    404: { description: 'No such indicator', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function indicatorRoutes({ db }: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(indicatorRoute, async (c) => {
    const { id } = c.req.valid('param');
    if (!isIndicatorId(id)) return c.json(notFound(`unknown indicator "${id}"; GET /api/v1/meta lists them`), 404);
    const query = c.req.valid('query');
    const filters = toFilters(query);
    if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
      return c.json({ error: 'bad_request', message: 'from: must not be after to', issues: [{ parameter: 'from', message: 'must not be after to' }] }, 400);
    }
    const [result, { dataDate, dataset }] = await Promise.all([queryIndicator(db, id, { groupBy: toGroupBy(query.groupBy), filters }), readDataLabels(db)]);
    return c.json(
      {
        ...result,
        filters: {
          ...result.filters,
          entity: result.filters.entity ? [...result.filters.entity] : undefined,
          policyDomain: result.filters.policyDomain ? [...result.filters.policyDomain] : undefined,
          productGroup: result.filters.productGroup ? [...result.filters.productGroup] : undefined,
          tier: result.filters.tier ? [...result.filters.tier] : undefined,
          province: result.filters.province ? [...result.filters.province] : undefined,
          populationClass: result.filters.populationClass ? [...result.filters.populationClass] : undefined,
        },
        dataDate,
        dataset,
      },
      200,
    );
  });
}

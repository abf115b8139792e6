/**
 * Koers' API contract: the zod schemas of every request the API accepts and every answer it
 * gives. The API validates with them and generates its OpenAPI document from them; the services
 * and the dashboard take their types from them. Imports only zod and the domain's lists.
 *
 * @example
 *   import { TargetBody, type TargetInput } from '@koers/contract';
 *   TargetBody.safeParse({ indicator: 'sustainable_value_share', scope: 'all', year: 2020, value: 1 }).success; // true
 */
export * from './limits.ts';
export * from './common.ts';
export * from './indicators.ts';
export * from './records.ts';
export * from './meta.ts';
export * from './thresholds.ts';
export * from './targets.ts';
export * from './events.ts';
export * from './audit.ts';
export * from './imports.ts';

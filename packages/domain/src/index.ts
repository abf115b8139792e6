/**
 * Koers' domain: the registry (themes, indicators, targets, policy domains, entities, product
 * groups), the canonical procurement record and the parsers of its template fields.
 *
 * @example
 *   import { INDICATORS, parseDecimal } from '@koers/domain';
 *   parseDecimal('1.234.567,89'); // { ok: true, value: 1234567.89 }
 */
export * from './registry-types.ts';
export * from './themes.ts';
export * from './indicators.ts';
export * from './targets.ts';
export * from './policy-domains.ts';
export * from './entities.ts';
export * from './local-governments.ts';
export * from './local-government-csv.ts';
export * from './product-groups.ts';
export * from './record.ts';
export * from './template.ts';
export * from './field-parsers.ts';
export * from './spreadsheet-text.ts';
export * from './problems.ts';
export * from './cpv.ts';
export * from './query.ts';
export * from './access.ts';

/**
 * Koers' demo dataset: deterministic, fictitious procurement records for every registry entity
 * and year, shaped on the real reference figures (sustainable share climbing from the high
 * fifties toward 2020, the 0.33 % and 3.38 % innovation shares of 2019 and 2020). The numbers are
 * the demo's own and never the Flemish government's results.
 *
 * @example
 *   import { DEMO_LABEL, demoRecords, generateDemoRecords } from '@koers/demo';
 *   const records = generateDemoRecords();              // ≈ 40,000 records, 2016–2020
 *   const local = [...localDemoRecords()];               // ≈ 30,000 records of municipalities and provinces
 *   for (const record of demoRecords({ total: 1_000_000, seed: 7 })) {
 *     // streamed: import in batches under the label DEMO_LABEL
 *   }
 */
export { DEMO_DEFAULT_TOTAL, DEMO_DEFAULT_YEARS, DEMO_LABEL, DEMO_SEED, type DemoOptions } from './demo-plan.ts';
export { demoRecords, generateDemoRecords, localDemoRecords } from './demo-records.ts';
export { LOCAL_DEMO_DEFAULT_TOTAL, LOCAL_INNOVATION_VALUE_SHARE, LOCAL_SUSTAINABLE_VALUE_SHARE } from './local-tier.ts';

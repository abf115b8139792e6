/**
 * The options of a demo dataset and what follows from them before any record is drawn: entity
 * profiles, suppliers and the number of records per entity and year.
 */
import { MIN_RECORDS_PER_ENTITY_YEAR, YEAR_VOLUME, onCurve } from './calibration.ts';
import { buildEntityProfiles, type EntityProfile } from './entity-profiles.ts';
import { SeededRandom } from './seeded-random.ts';
import { buildSupplierPools, type SupplierPool } from './supplier-names.ts';

/** The default seed: the day the procurement plan was approved (29 January 2016). */
export const DEMO_SEED = 20160129;

/** The dataset label stored with an import of demo data. */
export const DEMO_LABEL = 'demo';

export const DEMO_DEFAULT_TOTAL = 40_000;
export const DEMO_DEFAULT_YEARS: readonly number[] = [2016, 2017, 2018, 2019, 2020];

export interface DemoOptions {
  seed?: number;
  /** Approximate total records; default ≈ 40_000 (every entity still gets at least 15 a year). */
  total?: number;
  /** Award years; default 2016..2020. */
  years?: readonly number[];
}

export interface DemoPlan {
  seed: number;
  years: readonly number[];
  profiles: readonly EntityProfile[];
  /** Records per entity (in profile order), per year. */
  counts: ReadonlyMap<number, Uint32Array>;
  suppliers: ReadonlyMap<string, SupplierPool>;
}

export function planDemo(options: DemoOptions): DemoPlan {
  const seed = options.seed ?? DEMO_SEED;
  const total = options.total ?? DEMO_DEFAULT_TOTAL;
  if (!Number.isFinite(seed)) throw new RangeError(`demo seed must be a number, got ${seed}`);
  if (!Number.isFinite(total) || total < 1) throw new RangeError(`demo total must be at least 1, got ${total}`);
  const years = [...new Set(options.years ?? DEMO_DEFAULT_YEARS)].sort((a, b) => a - b);
  if (years.length === 0 || !years.every((y) => Number.isInteger(y) && y >= 1990 && y <= 2100)) {
    throw new RangeError(`demo years must be whole years between 1990 and 2100, got ${JSON.stringify(options.years)}`);
  }

  const profiles = buildEntityProfiles(seed);
  const sizeTotal = profiles.reduce((sum, p) => sum + p.size, 0);
  const volumeTotal = years.reduce((sum, y) => sum + onCurve(YEAR_VOLUME, y), 0);
  const counts = new Map<number, Uint32Array>();
  for (const year of years) {
    const perYear = (total * onCurve(YEAR_VOLUME, year)) / volumeTotal;
    counts.set(
      year,
      Uint32Array.from(profiles, (profile) => {
        const jitter = Math.exp(0.08 * SeededRandom.of(seed, 'volume', profile.entity.code, year).normal());
        return Math.max(MIN_RECORDS_PER_ENTITY_YEAR, Math.round((perYear * profile.size * jitter) / sizeTotal));
      }),
    );
  }
  return { seed, years, profiles, counts, suppliers: buildSupplierPools(seed) };
}

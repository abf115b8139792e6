/**
 * The options of a demo dataset and what follows from them before any record is drawn: entity
 * profiles, suppliers and the number of records per entity and year.
 */
import { ENTITIES, type Entity } from '@koers/domain';
import { INNOVATION_VALUE_SHARE, MIN_RECORDS_PER_ENTITY_YEAR, SUSTAINABLE_VALUE_SHARE, YEAR_VOLUME, onCurve, type YearCurve } from './calibration.ts';
import { buildEntityProfiles, flemishTraits, type EntityProfile, type EntityTraits } from './entity-profiles.ts';
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

/** Who a demo dataset is drawn for and the curves its pooled shares follow. */
export interface DemoTier {
  entities: readonly Entity[];
  traitsOf: (entity: Entity) => EntityTraits;
  sustainableValueShare: YearCurve;
  innovationValueShare: YearCurve;
  defaultTotal: number;
  minRecordsPerYear: number;
  /** Whether an organisation awards contracts in a year (merged municipalities do not after 2018). */
  activeIn: (entity: Entity, year: number) => boolean;
}

const FLEMISH_GOVERNMENT_TIER: DemoTier = {
  entities: ENTITIES,
  traitsOf: flemishTraits,
  sustainableValueShare: SUSTAINABLE_VALUE_SHARE,
  innovationValueShare: INNOVATION_VALUE_SHARE,
  defaultTotal: DEMO_DEFAULT_TOTAL,
  minRecordsPerYear: MIN_RECORDS_PER_ENTITY_YEAR,
  activeIn: () => true,
};

export interface DemoPlan {
  seed: number;
  tier: DemoTier;
  years: readonly number[];
  profiles: readonly EntityProfile[];
  /** Records per entity (in profile order), per year. */
  counts: ReadonlyMap<number, Uint32Array>;
  suppliers: ReadonlyMap<string, SupplierPool>;
}

export function planDemo(options: DemoOptions, tier: DemoTier = FLEMISH_GOVERNMENT_TIER): DemoPlan {
  const seed = options.seed ?? DEMO_SEED;
  const total = options.total ?? tier.defaultTotal;
  if (!Number.isFinite(seed)) throw new RangeError(`demo seed must be a number, got ${seed}`);
  if (!Number.isFinite(total) || total < 1) throw new RangeError(`demo total must be at least 1, got ${total}`);
  const years = [...new Set(options.years ?? DEMO_DEFAULT_YEARS)].sort((a, b) => a - b);
  if (years.length === 0 || !years.every((y) => Number.isInteger(y) && y >= 1990 && y <= 2100)) {
    throw new RangeError(`demo years must be whole years between 1990 and 2100, got ${JSON.stringify(options.years)}`);
  }

  const profiles = buildEntityProfiles(seed, tier.entities, tier.traitsOf);
  const volumeTotal = years.reduce((sum, y) => sum + onCurve(YEAR_VOLUME, y), 0);
  const counts = new Map<number, Uint32Array>();
  for (const year of years) {
    const perYear = (total * onCurve(YEAR_VOLUME, year)) / volumeTotal;
    const sizeTotal = profiles.reduce((sum, p) => sum + (tier.activeIn(p.entity, year) ? p.size : 0), 0);
    counts.set(
      year,
      Uint32Array.from(profiles, (profile) => {
        if (!tier.activeIn(profile.entity, year)) return 0;
        const jitter = Math.exp(0.08 * SeededRandom.of(seed, 'volume', profile.entity.code, year).normal());
        return Math.max(tier.minRecordsPerYear, Math.round((perYear * profile.size * jitter) / sizeTotal));
      }),
    );
  }
  return { seed, tier, years, profiles, counts, suppliers: buildSupplierPools(seed) };
}

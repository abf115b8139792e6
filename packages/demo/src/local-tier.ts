/**
 * The local tier of the demo: the municipalities and provinces of the registry, each buying in
 * proportion to its size (a village of 5,000 inhabitants awards a handful of contracts of €30,000
 * or more a year, a city hundreds), so every population class is there and the smallest have
 * years with too few records to judge. Merged municipalities award until 2018 under their own
 * codes, their successors from 2019. No figures for local governments were published: the curves
 * are the demo's own assumptions (behind the Flemish government, rising), labelled demo like the
 * rest and never presented as results.
 */
import { LOCAL_GOVERNMENTS, existsOn, type Entity } from '@koers/domain';
import type { YearCurve } from './calibration.ts';
import type { DemoTier } from './demo-plan.ts';
import type { EntityTraits } from './entity-profiles.ts';

export const LOCAL_DEMO_DEFAULT_TOTAL = 30_000;

/** Pooled sustainable value share of the local tier: well behind the Flemish government, rising. */
export const LOCAL_SUSTAINABLE_VALUE_SHARE: YearCurve = { 2016: 0.36, 2017: 0.4, 2018: 0.45, 2019: 0.51, 2020: 0.56 };
/** Pooled innovation value share of the local tier: small, with a modest rise. */
export const LOCAL_INNOVATION_VALUE_SHARE: YearCurve = { 2016: 0.002, 2017: 0.0025, 2018: 0.003, 2019: 0.004, 2020: 0.006 };

/** Logit offsets of the sustainable share per province (the demo's own). */
const PROVINCE_SUSTAINABILITY: Readonly<Record<string, number>> = { '10000': 0.25, '20001': 0.15, '30000': -0.25, '40000': 0.1, '70000': -0.15 };

function localTraits(entity: Entity): EntityTraits {
  const inhabitants = entity.inhabitants ?? 10_000;
  const province = PROVINCE_SUSTAINABILITY[entity.province ?? ''] ?? 0;
  if (entity.type === 'provincie') {
    return { size: 9, mix: { bouw: 2.5, voertuigen: 1.5 }, sustainability: 0.3 + province, coverage: 0.3, valueScale: 1.1 };
  }
  // Larger cities buy more, bigger, and have purchasing staff who register and apply criteria.
  const scale = Math.log10(inhabitants / 20_000);
  return {
    size: (inhabitants / 10_000) ** 0.9,
    mix: { bouw: 2.5, schoonmaak: 1.3, catering: 1.2 },
    sustainability: province + 0.45 * scale,
    coverage: 0.1 + 0.4 * scale,
    innovation: 0.4 * scale,
    valueScale: Math.exp(0.2 * scale) * 0.8,
    tags: inhabitants >= 50_000 ? ['road'] : [],
  };
}

export const LOCAL_TIER: DemoTier = {
  entities: LOCAL_GOVERNMENTS,
  traitsOf: localTraits,
  sustainableValueShare: LOCAL_SUSTAINABLE_VALUE_SHARE,
  innovationValueShare: LOCAL_INNOVATION_VALUE_SHARE,
  defaultTotal: LOCAL_DEMO_DEFAULT_TOTAL,
  minRecordsPerYear: 2,
  activeIn: (entity, year) => existsOn(entity, `${year}-07-01`),
};

/**
 * The local tier (SPEC §8): the Flemish municipalities (300 from 2019, 308 before the mergers of
 * 1 January 2019) and the 5 provinces, keyed by NIS code. Source: reference/local-governments.csv.
 */
import { LOCAL_GOVERNMENT_ROWS } from './local-governments-data.ts';
import type { Entity, PopulationClass, Tier } from './registry-types.ts';

/** The population class of a municipality with this many inhabitants. */
export function populationClassOf(inhabitants: number): PopulationClass {
  if (inhabitants < 10_000) return 'lt10k';
  if (inhabitants < 25_000) return '10k-25k';
  if (inhabitants < 50_000) return '25k-50k';
  if (inhabitants < 100_000) return '50k-100k';
  return 'ge100k';
}

export const LOCAL_GOVERNMENTS: readonly Entity[] = /* @__PURE__ */ LOCAL_GOVERNMENT_ROWS.map(
  ([nisCode, nameNl, nameFr, kind, province, , inhabitants, validFrom, validTo, succeededBy]) => ({
    code: nisCode,
    name: nameNl,
    type: kind,
    policyDomain: null,
    flemishGovernment: false,
    tier: 'local',
    nameFr,
    nisCode,
    province,
    inhabitants,
    populationClass: kind === 'gemeente' ? populationClassOf(inhabitants) : null,
    validFrom,
    validTo,
    succeededBy,
  }),
);

/** An organisation's tier, for entries that predate the field. */
export function tierOf(entity: Pick<Entity, 'tier' | 'flemishGovernment'>): Tier {
  return entity.tier ?? (entity.flemishGovernment ? 'flemish_government' : 'other');
}

/** Whether the organisation existed on this ISO date (validity bounds are inclusive). */
export function existsOn(entity: Pick<Entity, 'validFrom' | 'validTo'>, isoDate: string): boolean {
  return (!entity.validFrom || isoDate >= entity.validFrom) && (!entity.validTo || isoDate <= entity.validTo);
}

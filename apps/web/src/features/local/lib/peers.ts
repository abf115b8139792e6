/**
 * A municipality's peers: its province and its population class, each pooled over all its
 * municipalities (never an average of their percentages), in the same boundaries.
 */
import type { EntityMeta } from '../../../shared/api/types.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';

export interface PeerScopes {
  own: ViewFilters;
  province: ViewFilters | null;
  populationClass: ViewFilters | null;
}

export function peerScopes(
  organisation: Pick<EntityMeta, 'code' | 'province' | 'populationClass' | 'kind'>,
  period: Pick<ViewFilters, 'from' | 'to' | 'boundaries'>,
): PeerScopes {
  const base: ViewFilters = { ...period };
  const own: ViewFilters = { ...base, entity: organisation.code };
  const municipality = organisation.kind === 'gemeente';
  return {
    own,
    province: municipality && organisation.province ? { ...base, tier: 'local', province: organisation.province } : null,
    populationClass: organisation.populationClass ? { ...base, tier: 'local', populationClass: organisation.populationClass } : null,
  };
}

/** The municipalities merged into this one on 1 January 2019 (counted under it in today's boundaries). */
export function predecessorsOf(code: string, organisations: readonly Pick<EntityMeta, 'code' | 'succeededBy'>[]): string[] {
  return organisations.filter((o) => o.succeededBy === code).map((o) => o.code);
}

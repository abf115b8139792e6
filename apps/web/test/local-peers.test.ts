import { describe, expect, it } from 'vitest';
import { peerScopes, predecessorsOf } from '../src/features/local/lib/peers.ts';

describe('a municipality’s peers', () => {
  it('are its province and population class, pooled in the same period and boundaries', () => {
    const scopes = peerScopes({ code: '44085', province: '40000', populationClass: '25k-50k', kind: 'gemeente' }, { from: 2016, to: 2020 });
    expect(scopes.own).toEqual({ entity: '44085', from: 2016, to: 2020 });
    expect(scopes.province).toEqual({ tier: 'local', province: '40000', from: 2016, to: 2020 });
    expect(scopes.populationClass).toEqual({ tier: 'local', populationClass: '25k-50k', from: 2016, to: 2020 });
  });

  it('of a province are none: it is compared with nothing it contains', () => {
    const scopes = peerScopes({ code: '40000', province: '40000', populationClass: null, kind: 'provincie' }, {});
    expect(scopes.province).toBeNull();
    expect(scopes.populationClass).toBeNull();
  });

  it('lists the municipalities merged into one', () => {
    const registry = [
      { code: '44036', succeededBy: '44085' },
      { code: '44072', succeededBy: '44085' },
      { code: '44085', succeededBy: null },
      { code: '44011', succeededBy: '44083' },
    ];
    expect(predecessorsOf('44085', registry)).toEqual(['44036', '44072']);
    expect(predecessorsOf('11002', registry)).toEqual([]);
  });
});

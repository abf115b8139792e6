import { describe, expect, it } from 'vitest';
import { apiUrl } from '../src/shared/api/client.ts';
import { normalizeIndicatorParams } from '../src/shared/api/get-indicator.ts';

describe('the API requests the dashboard makes', () => {
  it('fill in path parameters and keep the query in a stable order', () => {
    expect(
      apiUrl('/indicators/:id', { id: 'sustainable_value_share' }, normalizeIndicatorParams({ to: 2020, groupBy: ['year', 'entity'], policyDomain: 'MOW' })),
    ).toBe('/api/v1/indicators/sustainable_value_share?groupBy=year%2Centity&policyDomain=MOW&to=2020');
  });

  it('ask for the registry at the URL index.html preloads', () => {
    expect(apiUrl('/meta')).toBe('/api/v1/meta');
  });

  it('leave empty filters out, so equal questions share one cache entry', () => {
    expect(normalizeIndicatorParams({ groupBy: [], entity: '', from: undefined })).toEqual({});
  });
});

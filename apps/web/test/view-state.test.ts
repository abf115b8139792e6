import { describe, expect, it } from 'vitest';
import { crossEntityFilters, hrefFor, nextView, parseView, type ViewState } from '../src/shared/url-state/view-state.ts';

const parse = (href: string) => {
  const url = new URL(href, 'http://koers.test');
  return parseView(url.pathname, url.search);
};

describe('the URL holds the whole view', () => {
  it('reads page, entity, filters, measure, period and language from a copied link', () => {
    expect(parse('/entities/awv?lang=fr&measure=count&from=2017&to=2020&year=2019&productGroup=ict')).toEqual({
      page: 'entity',
      entity: 'AWV',
      lang: 'fr',
      measure: 'count',
      from: 2017,
      to: 2020,
      year: 2019,
      productGroup: 'ict',
    });
  });

  it('reproduces the same link from the view it read, so a copied link round-trips exactly', () => {
    const links = [
      '/',
      '/?lang=en&measure=count&year=2018',
      '/themes/6?year=2020&indicator=innovation_value_share',
      '/entities/AWV?year=2019&from=2016&to=2020',
      '/compare?year=2020&policyDomain=MOW&entity=AWV&indicator=sustainable_count_share',
      '/evidence?year=2019&entity=AWV&indicator=sustainable_value_share&part=unknown&sort=value_eur&direction=asc&limit=100&cursors=abc,def',
      '/methodology?lang=fr',
    ];
    for (const link of links) expect(hrefFor(parse(link))).toBe(link);
  });

  it('leaves defaults out of the link: Dutch, by value, overview', () => {
    expect(hrefFor({ page: 'overview', lang: 'nl', measure: 'value' })).toBe('/');
  });

  it('drops what it cannot understand instead of failing', () => {
    const view = parse('/nowhere?lang=de&measure=weight&year=20x9&from=1200&indicator=nope&part=all&limit=7&entity=%3Cscript%3E&cursors=ok,not%20ok');
    expect(view).toEqual({ page: 'overview', lang: 'nl', measure: 'value', cursors: ['ok'] });
  });

  it('reads a reversed period as the period it obviously means', () => {
    const view = parse('/?from=2020&to=2017');
    expect([view.from, view.to]).toEqual([2017, 2020]);
  });
});

describe('changing the view', () => {
  const evidence: ViewState = {
    page: 'evidence',
    lang: 'fr',
    measure: 'count',
    year: 2019,
    policyDomain: 'MOW',
    entity: 'AWV',
    indicator: 'sustainable_value_share',
    part: 'numerator',
    sort: 'value_eur',
    cursors: ['a', 'b'],
  };

  it('keeps language, measure, year and shared filters when the page changes, and drops the old page’s own state', () => {
    expect(nextView(evidence, { page: 'overview' })).toEqual({ page: 'overview', lang: 'fr', measure: 'count', year: 2019, policyDomain: 'MOW' });
  });

  it('starts the records from the first page when a filter or the sort changes', () => {
    expect(nextView(evidence, { sort: 'award_date' }).cursors).toBeUndefined();
    expect(nextView(evidence, { year: 2020 }).cursors).toBeUndefined();
  });

  it('keeps the page of records when only the language changes', () => {
    expect(nextView(evidence, { lang: 'en' }).cursors).toEqual(['a', 'b']);
  });

  it('clears a value patched to undefined', () => {
    expect('policyDomain' in nextView(evidence, { policyDomain: undefined })).toBe(false);
  });
});

describe('the API filters of a view', () => {
  it('reads cross-entity pages without the entity', () => {
    expect(crossEntityFilters({ page: 'compare', lang: 'nl', measure: 'value', entity: 'AWV', policyDomain: 'MOW', to: 2019 })).toEqual({
      tier: 'flemish_government',
      policyDomain: 'MOW',
      to: 2019,
    });
  });

  it('reads the local tier by province, population class and boundaries instead of policy domain', () => {
    const view = parseView('/compare', '?tier=local&province=40000&populationClass=lt10k&boundaries=historical&policyDomain=MOW');
    expect(crossEntityFilters(view)).toEqual({ tier: 'local', province: '40000', populationClass: 'lt10k', boundaries: 'historical' });
    expect(hrefFor(view)).toBe('/compare?policyDomain=MOW&tier=local&province=40000&populationClass=lt10k&boundaries=historical');
    expect(parseView('/municipalities/44085', '?entity=AWV')).toMatchObject({ page: 'municipality', entity: '44085' });
    expect(parseView('/', '?tier=gemeenten&province=Gent').tier).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { chartFilters, dataExportHref } from '../src/shared/export/chart-source.ts';
import { describeExport, exportFileStem } from '../src/shared/export/export-context.ts';
import { exportMessages } from '../src/shared/export/messages.ts';
import { pdfText } from '../src/shared/export/pdf-text.ts';
import type { MetaResponse } from '../src/shared/api/types.ts';
import { formatterFor } from '../src/shared/format/format.ts';
import { messagesFor } from '../src/shared/i18n/messages.ts';
import { createRegistry } from '../src/shared/lib/registry.ts';
import { parseView } from '../src/shared/url-state/view-state.ts';

const view = (href: string) => {
  const url = new URL(href, 'http://koers.test');
  return parseView(url.pathname, url.search);
};

const meta = {
  themes: [{ id: 5, name: { nl: 'Duurzame overheidsopdrachten', fr: 'Marchés durables', en: 'Sustainable procurement' } }],
  indicators: [
    {
      id: 'sustainable_value_share',
      theme: 5,
      measure: 'value',
      polarity: 'up',
      unit: 'share',
      label: { nl: 'Aandeel duurzaam (waarde)', fr: 'Part durable (valeur)', en: 'Sustainable share (value)' },
      definition: { nl: 'Waarde duurzaam ÷ waarde gekend.', fr: 'Valeur durable ÷ valeur connue.', en: 'Sustainable value ÷ known value.' },
      targets: [],
    },
  ],
  entities: [{ code: 'AWV', name: 'Agentschap Wegen en Verkeer', type: 'agentschap', policyDomain: 'MOW', flemishGovernment: true }],
  policyDomains: [
    {
      code: 'MOW',
      name: { nl: 'Mobiliteit en Openbare Werken', fr: 'Mobilité et Travaux publics', en: 'Mobility and Public Works' },
      validFrom: '2017-01-01',
      validTo: null,
    },
  ],
  productGroups: [{ code: 'ict', name: { nl: 'ICT', fr: 'TIC', en: 'ICT' }, cpvPrefixes: [], essentialCriteria: true }],
  years: [2016, 2017, 2018, 2019, 2020],
  dataDate: '2026-11-28T09:40:08.031Z',
  dataset: 'demo',
} as unknown as MetaResponse;

describe('a chart’s question, for its data exports', () => {
  it('follows the view as the pages ask: across entities, or one entity with the period and product group', () => {
    const v = view('/entities/AWV?policyDomain=MOW&productGroup=ict&from=2017&year=2019');
    expect(chartFilters(v, { indicator: 'sustainable_value_share', groupBy: ['year'] })).toEqual({
      tier: 'flemish_government',
      policyDomain: 'MOW',
      productGroup: 'ict',
      from: 2017,
    });
    expect(chartFilters(v, { indicator: 'sustainable_value_share', groupBy: ['year'], entity: 'AWV' })).toEqual({
      entity: 'AWV',
      productGroup: 'ict',
      from: 2017,
    });
    // A ranking shows one year: its export holds that year only, whatever the view's period.
    expect(chartFilters(v, { indicator: 'sustainable_value_share', groupBy: ['year', 'entity'], year: 2020 })).toMatchObject({
      policyDomain: 'MOW',
      productGroup: 'ict',
      from: 2020,
      to: 2020,
    });
  });

  it('links the server-side export with the chart’s grouping and filters, in the view’s language', () => {
    expect(dataExportHref({ indicator: 'sustainable_value_share', groupBy: ['year', 'entity'] }, { policyDomain: 'MOW', to: 2019 }, 'xlsx', 'fr')).toBe(
      '/api/v1/indicators/sustainable_value_share/export?format=xlsx&lang=fr&groupBy=year,entity&policyDomain=MOW&to=2019',
    );
  });
});

describe('what an export says about itself', () => {
  const describeIn = (href: string, locale: 'nl' | 'fr' | 'en', source = { indicator: 'sustainable_value_share' as const, groupBy: ['year'] as const }) => {
    const v = view(href);
    return describeExport({
      view: v,
      meta,
      registry: createRegistry(meta, locale),
      t: messagesFor(locale),
      f: formatterFor(locale),
      x: exportMessages(locale),
      link: `http://koers.test${href}`,
      source: { ...source, groupBy: [...source.groupBy] },
      filters: chartFilters(v, { ...source, groupBy: [...source.groupBy] }),
    });
  };

  it('states every filter, the measure, the data date, the demo label, the definition and the source', () => {
    expect(describeIn('/?policyDomain=MOW&year=2019', 'nl')).toEqual({
      filters: 'Filters: Bestuurslaag: Vlaamse overheid · Beleidsdomein: Mobiliteit en Openbare Werken (MOW) · Alle productgroepen · Periode 2016–2020',
      measure: 'Gemeten op: waarde (aandeel in euro)',
      dataDate: 'Gegevens van 28 november 2026',
      demo: 'DEMODATA: fictieve gegevens, geen resultaten van de Vlaamse overheid',
      definition: 'Definitie: Waarde duurzaam ÷ waarde gekend.',
      source:
        'Bron: Koers, http://koers.test/?policyDomain=MOW&year=2019 · GET /api/v1/indicators/sustainable_value_share?groupBy=year&policyDomain=MOW&tier=flemish_government',
    });
  });

  it('says which year a ranking reads, and the entity of an entity’s chart, in the view’s language', () => {
    expect(describeIn('/compare?year=2019&lang=en', 'en', { indicator: 'sustainable_value_share', groupBy: ['year', 'entity'] as never }).filters).toBe(
      'Filters: Tier: Flemish government · All policy domains · All product groups · Period 2016–2020 · Year 2019',
    );
    const v = view('/entities/AWV?from=2018');
    const entity = describeExport({
      view: v,
      meta,
      registry: createRegistry(meta, 'fr'),
      t: messagesFor('fr'),
      f: formatterFor('fr'),
      x: exportMessages('fr'),
      link: 'http://koers.test/entities/AWV',
      source: { indicator: 'sustainable_value_share', groupBy: ['year'], entity: 'AWV' },
      filters: chartFilters(v, { indicator: 'sustainable_value_share', groupBy: ['year'], entity: 'AWV' }),
    });
    expect(entity.filters).toBe('Filtres\u00a0: Entité\u00a0: Agentschap Wegen en Verkeer (AWV) · Tous les groupes de produits · Période 2018–2020');
  });

  it('names files for what they hold and the data date', () => {
    expect(exportFileStem('theme-innovation_value_share', '2026-11-28T09:40:08Z')).toBe('koers-theme-innovation_value_share-2026-11-28');
    expect(exportFileStem('Slide 3/7', null)).toBe('koers-slide-3-7-undated');
  });

  it('has the same export words in Dutch, French and English', () => {
    const keys = (locale: 'nl' | 'fr' | 'en') => Object.keys(exportMessages(locale)).sort();
    expect(keys('fr')).toEqual(keys('nl'));
    expect(keys('en')).toEqual(keys('nl'));
  });
});

describe('text for the PDF’s built-in fonts', () => {
  it('keeps Windows-1252 text as it is and replaces what those fonts cannot show', () => {
    expect(pdfText('Thema’s – € 1.234 · ÷ é « »')).toBe('Thema’s – € 1.234 · ÷ é « »');
    expect(pdfText('12,3\u202f%')).toBe('12,3\u00a0%');
    expect(pdfText('≥ 3 % \u2212 2 ⚠')).toBe('>= 3 % - 2 !');
    expect(pdfText('中')).toBe('?');
  });

  it('leaves every French number the formatter writes printable', () => {
    const f = formatterFor('fr');
    for (const text of [f.percent(0.123), f.euro(1234567), f.points(-2.5, { signed: true }), f.integer(12345)]) {
      expect(
        [...pdfText(text)].every((c) => c.codePointAt(0)! <= 0xff || '€’–—'.includes(c)),
        text,
      ).toBe(true);
    }
  });
});

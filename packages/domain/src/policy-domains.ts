/** The eleven policy domains of the Flemish government 2017-2020 (`validTo` marks later mergers). */
import type { PolicyDomain } from './registry-types.ts';

export const POLICY_DOMAINS: readonly PolicyDomain[] = [
  {
    code: 'KB',
    name: { nl: 'Kanselarij en Bestuur', en: 'Chancellery and Public Governance', fr: 'Chancellerie et Gouvernance publique' },
    validFrom: '2017-04-01',
    validTo: '2020-08-31',
  },
  {
    code: 'iV',
    name: { nl: 'Internationaal Vlaanderen', en: 'International Flanders', fr: 'Flandre internationale' },
    validFrom: '2017-04-01',
    validTo: '2020-08-31',
  },
  { code: 'FB', name: { nl: 'Financiën en Begroting', en: 'Finance and Budget', fr: 'Finances et Budget' }, validFrom: '2017-04-01', validTo: null },
  {
    code: 'EWI',
    name: { nl: 'Economie, Wetenschap en Innovatie', en: 'Economy, Science and Innovation', fr: 'Économie, Sciences et Innovation' },
    validFrom: '2017-04-01',
    validTo: '2023-12-31',
  },
  { code: 'OV', name: { nl: 'Onderwijs en Vorming', en: 'Education and Training', fr: 'Enseignement et Formation' }, validFrom: '2017-04-01', validTo: null },
  {
    code: 'WVG',
    name: { nl: 'Welzijn, Volksgezondheid en Gezin', en: 'Welfare, Public Health and Family', fr: 'Bien-être, Santé publique et Famille' },
    validFrom: '2017-04-01',
    validTo: null,
  },
  {
    code: 'CJSM',
    name: { nl: 'Cultuur, Jeugd, Sport en Media', en: 'Culture, Youth, Sport and Media', fr: 'Culture, Jeunesse, Sport et Médias' },
    validFrom: '2017-04-01',
    validTo: null,
  },
  {
    code: 'WSE',
    name: { nl: 'Werk en Sociale Economie', en: 'Work and Social Economy', fr: 'Emploi et Économie sociale' },
    validFrom: '2017-04-01',
    validTo: '2023-12-31',
  },
  {
    code: 'LV',
    name: { nl: 'Landbouw en Visserij', en: 'Agriculture and Fisheries', fr: 'Agriculture et Pêche' },
    validFrom: '2017-04-01',
    validTo: '2023-12-31',
  },
  {
    code: 'Omgeving',
    name: { nl: 'Omgeving', en: 'Environment and Spatial Development', fr: 'Environnement et Aménagement du territoire' },
    validFrom: '2017-04-01',
    validTo: null,
  },
  {
    code: 'MOW',
    name: { nl: 'Mobiliteit en Openbare Werken', en: 'Mobility and Public Works', fr: 'Mobilité et Travaux publics' },
    validFrom: '2017-04-01',
    validTo: null,
  },
];

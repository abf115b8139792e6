/**
 * Product groups for which essential sustainability criteria were in use, with indicative CPV
 * prefixes. A CPV code belongs to the group whose prefix (digits as text, trailing zeros dropped)
 * matches it longest; see `productGroupForCpv`.
 */
import type { ProductGroup } from './registry-types.ts';

export const PRODUCT_GROUPS: readonly ProductGroup[] = [
  {
    code: 'papier',
    name: { nl: 'Kantoorpapier en papierproducten', en: 'Office paper and paper products', fr: 'Papier de bureau et produits en papier' },
    cpvPrefixes: ['30197600', '30197630', '30199000', '33760000'],
    essentialCriteria: true,
  },
  {
    code: 'drukwerk',
    name: { nl: 'Drukwerk', en: 'Printing services', fr: "Services d'impression" },
    cpvPrefixes: ['79800000', '79810000', '22000000'],
    essentialCriteria: true,
  },
  {
    code: 'ict',
    name: { nl: 'ICT-hardware', en: 'ICT hardware', fr: 'Matériel informatique' },
    cpvPrefixes: ['30200000', '30213000', '30231000'],
    essentialCriteria: true,
  },
  {
    code: 'printers',
    name: {
      nl: 'Printers, kopieer- en multifunctionele toestellen',
      en: 'Imaging equipment and consumables',
      fr: 'Imprimantes, copieurs et appareils multifonctions',
    },
    cpvPrefixes: ['30120000', '30125100', '30232100'],
    essentialCriteria: true,
  },
  {
    code: 'voertuigen',
    name: { nl: 'Voertuigen', en: 'Vehicles', fr: 'Véhicules' },
    cpvPrefixes: ['34100000', '34110000', '34130000', '34144900'],
    essentialCriteria: true,
  },
  { code: 'fietsen', name: { nl: 'Dienstfietsen', en: 'Service bicycles', fr: 'Vélos de service' }, cpvPrefixes: ['34430000'], essentialCriteria: true },
  {
    code: 'schoonmaak',
    name: { nl: 'Schoonmaakdiensten en -producten', en: 'Cleaning services and products', fr: 'Services et produits de nettoyage' },
    cpvPrefixes: ['90910000', '90911000', '90911200', '90919200', '39830000'],
    essentialCriteria: true,
  },
  {
    code: 'catering',
    name: { nl: 'Catering en voeding', en: 'Catering and food', fr: 'Restauration et alimentation' },
    cpvPrefixes: ['55520000', '55300000', '15000000'],
    essentialCriteria: true,
  },
  {
    code: 'meubilair',
    name: { nl: 'Kantoormeubilair', en: 'Office furniture', fr: 'Mobilier de bureau' },
    cpvPrefixes: ['39100000', '39130000'],
    essentialCriteria: true,
  },
  {
    code: 'textiel',
    name: { nl: 'Textiel en werkkledij', en: 'Textiles and workwear', fr: 'Textiles et vêtements de travail' },
    cpvPrefixes: ['18000000', '18100000', '18110000'],
    essentialCriteria: true,
  },
  {
    code: 'bouw',
    name: { nl: 'Bouw en gebouwen', en: 'Construction and buildings', fr: 'Construction et bâtiments' },
    cpvPrefixes: ['45000000', '71000000'],
    essentialCriteria: true,
  },
  {
    code: 'energie',
    name: { nl: 'Energie en elektriciteit', en: 'Energy and electricity', fr: 'Énergie et électricité' },
    cpvPrefixes: ['09300000', '09310000', '65300000'],
    essentialCriteria: true,
  },
  { code: 'overig', name: { nl: 'Overige', en: 'Other', fr: 'Autres' }, cpvPrefixes: [], essentialCriteria: false },
];

/**
 * Words of the exports (chart images, PDF reports, data files, print), in Dutch, French and
 * English. Kept beside the export code rather than in the shared message files: only the
 * exports and the features that start them read them.
 */
import type { Locale } from '@koers/domain';

const nl = {
  /** Between a label and its value (French puts a no-break space before the colon). */
  colon: ': ',
  menu: 'Exporteren',
  menuLabel: (title: string) => `Exporteer ${title}`,
  png: 'Afbeelding (PNG)',
  svg: 'Vectorafbeelding (SVG)',
  pdf: 'Rapport (PDF)',
  csv: 'Gegevens (CSV)',
  xlsx: 'Gegevens (Excel)',
  working: 'Bezig met exporteren…',
  failed: (reason: string) => `Exporteren mislukt: ${reason}`,
  filters: 'Filters',
  measure: 'Gemeten op',
  period: 'Periode',
  yearRead: 'Jaar',
  entity: 'Entiteit',
  demo: 'DEMODATA: fictieve gegevens, geen resultaten van de Vlaamse overheid',
  definition: 'Definitie',
  source: 'Bron',
  sourceText: (link: string) => `Koers, ${link}`,
  noDataDate: 'datum gegevens onbekend',
  continued: '(vervolg)',
  pageNumber: (n: number, total: number) => `${n} / ${total}`,
  pageReport: 'PDF van deze pagina',
  pageReportHint: 'Elke grafiek op deze pagina op een eigen A4-pagina, met tabel en samenvatting',
  noCharts: 'Deze pagina heeft geen grafieken om te exporteren.',
  print: 'Afdrukken',
  printedFrom: 'Afgedrukt uit Koers',
  link: 'Link',
};

export type ExportMessages = typeof nl;

const fr: ExportMessages = {
  colon: '\u00a0: ',
  menu: 'Exporter',
  menuLabel: (title) => `Exporter ${title}`,
  png: 'Image (PNG)',
  svg: 'Image vectorielle (SVG)',
  pdf: 'Rapport (PDF)',
  csv: 'Données (CSV)',
  xlsx: 'Données (Excel)',
  working: 'Exportation en cours…',
  failed: (reason) => `L’exportation a échoué : ${reason}`,
  filters: 'Filtres',
  measure: 'Mesuré en',
  period: 'Période',
  yearRead: 'Année',
  entity: 'Entité',
  demo: 'DONNÉES DE DÉMONSTRATION : fictives, pas des résultats du gouvernement flamand',
  definition: 'Définition',
  source: 'Source',
  sourceText: (link) => `Koers, ${link}`,
  noDataDate: 'date des données inconnue',
  continued: '(suite)',
  pageNumber: (n, total) => `${n} / ${total}`,
  pageReport: 'PDF de cette page',
  pageReportHint: 'Chaque graphique de cette page sur sa propre page A4, avec tableau et résumé',
  noCharts: 'Cette page n’a pas de graphiques à exporter.',
  print: 'Imprimer',
  printedFrom: 'Imprimé depuis Koers',
  link: 'Lien',
};

const en: ExportMessages = {
  colon: ': ',
  menu: 'Export',
  menuLabel: (title) => `Export ${title}`,
  png: 'Image (PNG)',
  svg: 'Vector image (SVG)',
  pdf: 'Report (PDF)',
  csv: 'Data (CSV)',
  xlsx: 'Data (Excel)',
  working: 'Exporting…',
  failed: (reason) => `The export failed: ${reason}`,
  filters: 'Filters',
  measure: 'Measured by',
  period: 'Period',
  yearRead: 'Year',
  entity: 'Entity',
  demo: 'DEMO DATA: fictitious, not results of the Flemish government',
  definition: 'Definition',
  source: 'Source',
  sourceText: (link) => `Koers, ${link}`,
  noDataDate: 'data date unknown',
  continued: '(continued)',
  pageNumber: (n, total) => `${n} / ${total}`,
  pageReport: 'PDF of this page',
  pageReportHint: 'Every chart on this page on its own A4 page, with its table and summary',
  noCharts: 'This page has no charts to export.',
  print: 'Print',
  printedFrom: 'Printed from Koers',
  link: 'Link',
};

const MESSAGES: Record<Locale, ExportMessages> = { nl, fr, en };

export function exportMessages(locale: Locale): ExportMessages {
  return MESSAGES[locale];
}

/** Words the charts add beyond the shared dictionary (events, thin years, rankings' status), in nl, fr and en. */
import type { Locale } from '@koers/domain';

const nl = {
  insufficientYear: 'Jaar met te weinig gegevens (open markering)',
  events: 'Beleidsgebeurtenissen',
  eventsColumn: 'Gebeurtenissen',
  event: (number: number, date: string, label: string) => `${number} · ${date}: ${label}`,
  targetLine: (value: string, year: string) => `Doel ${value} (${year})`,
  statusLegend: 'Kleur van de balk: status ten opzichte van het doel',
  noStatus: 'Zonder doel (enkel opvolging)',
  highlight: 'Eigen entiteit uitlichten',
  highlightNone: 'Geen',
};

type ChartMessages = typeof nl;

const fr: ChartMessages = {
  insufficientYear: 'Année avec trop peu de données (marqueur creux)',
  events: 'Événements politiques',
  eventsColumn: 'Événements',
  event: (number, date, label) => `${number} · ${date} : ${label}`,
  targetLine: (value, year) => `Objectif ${value} (${year})`,
  statusLegend: 'Couleur de la barre : statut par rapport à l’objectif',
  noStatus: 'Sans objectif (suivi uniquement)',
  highlight: 'Mettre en évidence sa propre entité',
  highlightNone: 'Aucune',
};

const en: ChartMessages = {
  insufficientYear: 'Year with too little data (hollow marker)',
  events: 'Policy events',
  eventsColumn: 'Events',
  event: (number, date, label) => `${number} · ${date}: ${label}`,
  targetLine: (value, year) => `Target ${value} (${year})`,
  statusLegend: 'Bar colour: status against the target',
  noStatus: 'No target (monitoring only)',
  highlight: 'Highlight your own entity',
  highlightNone: 'None',
};

const MESSAGES: Record<Locale, ChartMessages> = { nl, fr, en };

export function chartMessages(locale: Locale): ChartMessages {
  return MESSAGES[locale];
}

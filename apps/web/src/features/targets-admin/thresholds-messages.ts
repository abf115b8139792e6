/** The status thresholds section's words in Dutch (the shape), French and English; numbers arrive formatted. */
import type { Locale } from '@koers/domain';
import { useI18n } from '../../shared/i18n/use-i18n.ts';

const nl = {
  title: 'Drempels voor een oordeel',
  lead: 'Wanneer een jaar genoeg gegevens heeft om te beoordelen, en vanaf welke verhouding tussen waargenomen en vereist tempo een reeks op koers is. Elke pagina en elke export gebruikt deze waarden; elke wijziging komt in het auditlogboek.',
  fields: {
    minN: 'Minimum aantal opdrachten (n)',
    minCoverage: 'Minimale dekking (%)',
    onTrack: 'Op koers vanaf (% van het vereiste tempo)',
    needsAcceleration: 'Versnelling nodig vanaf (% van het vereiste tempo)',
  },
  current: (minN: string, coverage: string, onTrack: string, accel: string) =>
    `Nu: een jaar is bruikbaar met n ≥ ${minN} en dekking ≥ ${coverage}; op koers vanaf ${onTrack}, versnelling nodig vanaf ${accel} van het vereiste tempo.`,
  invalid: (fields: string) => `Geef een getal in ${fields}, bv. 5 of 80.`,
  save: 'Drempels opslaan',
  saving: 'Bezig met opslaan…',
  saved: 'Opgeslagen: alle statussen volgen de nieuwe drempels.',
  unchanged: 'Niets gewijzigd: de drempels hadden die waarden al.',
  saveFailed: (reason: string) => `Niet opgeslagen: ${reason}`,
};

export type ThresholdMessages = typeof nl;

const fr: ThresholdMessages = {
  title: 'Seuils d’appréciation',
  lead: 'Quand une année a assez de données pour être appréciée, et à partir de quel rapport entre rythme observé et rythme requis une série est en bonne voie. Chaque page et chaque export utilisent ces valeurs ; chaque modification est inscrite au journal d’audit.',
  fields: {
    minN: 'Nombre minimal de marchés (n)',
    minCoverage: 'Couverture minimale (%)',
    onTrack: 'En bonne voie à partir de (% du rythme requis)',
    needsAcceleration: 'Accélération nécessaire à partir de (% du rythme requis)',
  },
  current: (minN: string, coverage: string, onTrack: string, accel: string) =>
    `Actuellement : une année est exploitable avec n ≥ ${minN} et une couverture ≥ ${coverage} ; en bonne voie à partir de ${onTrack}, accélération nécessaire à partir de ${accel} du rythme requis.`,
  invalid: (fields: string) => `Indiquez un nombre dans ${fields}, p. ex. 5 ou 80.`,
  save: 'Enregistrer les seuils',
  saving: 'Enregistrement…',
  saved: 'Enregistré : tous les statuts suivent les nouveaux seuils.',
  unchanged: 'Rien n’a changé : les seuils avaient déjà ces valeurs.',
  saveFailed: (reason: string) => `Non enregistré : ${reason}`,
};

const en: ThresholdMessages = {
  title: 'Thresholds for a judgement',
  lead: 'When a year has enough data to be judged, and from which ratio of observed to required pace a series is on track. Every page and every export uses these values; every change goes into the audit trail.',
  fields: {
    minN: 'Minimum number of contracts (n)',
    minCoverage: 'Minimum coverage (%)',
    onTrack: 'On track from (% of the required pace)',
    needsAcceleration: 'Needs acceleration from (% of the required pace)',
  },
  current: (minN: string, coverage: string, onTrack: string, accel: string) =>
    `Now: a year is usable with n ≥ ${minN} and coverage ≥ ${coverage}; on track from ${onTrack}, needs acceleration from ${accel} of the required pace.`,
  invalid: (fields: string) => `Give a number in ${fields}, e.g. 5 or 80.`,
  save: 'Save thresholds',
  saving: 'Saving…',
  saved: 'Saved: every status follows the new thresholds.',
  unchanged: 'Nothing changed: the thresholds already had these values.',
  saveFailed: (reason: string) => `Not saved: ${reason}`,
};

const THRESHOLD_MESSAGES: Record<Locale, ThresholdMessages> = { nl, fr, en };

export function useThresholdMessages(): ThresholdMessages {
  return THRESHOLD_MESSAGES[useI18n().locale];
}

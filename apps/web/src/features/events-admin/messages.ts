/** Words of the policy-events page, in Dutch, French and English. */
import type { Locale } from '@koers/domain';
import { useI18n } from '../../shared/i18n/use-i18n.ts';

const nl = {
  title: 'Beleidsgebeurtenissen',
  lead: 'Gebeurtenissen die een reeks verklaren (een plan goedgekeurd, een wet in werking). Ze staan als genummerde lijn op elke trend binnen hun bereik, in de legende, de tabel en de export.',
  adminOnly: 'Enkel een beheerder kan gebeurtenissen toevoegen, wijzigen of verwijderen.',
  date: 'Datum',
  label: (language: string) => `Omschrijving (${language})`,
  scope: 'Bereik',
  scopes: { all: 'Alle entiteiten', policy_domain: 'Beleidsdomein', entity: 'Entiteit' },
  scopeCode: 'Voor',
  source: 'Bron (optioneel)',
  add: 'Gebeurtenis toevoegen',
  save: 'Wijziging bewaren',
  cancel: 'Annuleren',
  edit: (date: string) => `Gebeurtenis van ${date} wijzigen`,
  remove: (date: string) => `Gebeurtenis van ${date} verwijderen`,
  confirmRemove: (date: string) => `De gebeurtenis van ${date} verwijderen? De verwijdering komt in het auditlogboek.`,
  saved: 'Bewaard. De wijziging staat in het auditlogboek.',
  unchanged: 'Niets gewijzigd.',
  removed: 'Verwijderd. De verwijdering staat in het auditlogboek.',
  failed: (reason: string) => `Niet bewaard: ${reason}`,
  list: 'Gebeurtenissen',
  none: 'Er zijn nog geen gebeurtenissen.',
  actions: 'Acties',
  editShort: 'Wijzigen',
  removeShort: 'Verwijderen',
};

type EventMessages = typeof nl;

const fr: EventMessages = {
  title: 'Événements politiques',
  lead: 'Des événements qui expliquent une série (un plan approuvé, une loi en vigueur). Ils figurent comme une ligne numérotée sur chaque tendance de leur portée, dans la légende, le tableau et l’export.',
  adminOnly: 'Seul un administrateur peut ajouter, modifier ou supprimer des événements.',
  date: 'Date',
  label: (language) => `Libellé (${language})`,
  scope: 'Portée',
  scopes: { all: 'Toutes les entités', policy_domain: 'Domaine politique', entity: 'Entité' },
  scopeCode: 'Pour',
  source: 'Source (facultatif)',
  add: 'Ajouter l’événement',
  save: 'Enregistrer la modification',
  cancel: 'Annuler',
  edit: (date) => `Modifier l’événement du ${date}`,
  remove: (date) => `Supprimer l’événement du ${date}`,
  confirmRemove: (date) => `Supprimer l’événement du ${date} ? La suppression est inscrite au journal d’audit.`,
  saved: 'Enregistré. La modification est inscrite au journal d’audit.',
  unchanged: 'Rien n’a changé.',
  removed: 'Supprimé. La suppression est inscrite au journal d’audit.',
  failed: (reason) => `Non enregistré : ${reason}`,
  list: 'Événements',
  none: 'Il n’y a pas encore d’événements.',
  actions: 'Actions',
  editShort: 'Modifier',
  removeShort: 'Supprimer',
};

const en: EventMessages = {
  title: 'Policy events',
  lead: 'Events that explain a series (a plan approved, a law in force). Each is a numbered line on every trend in its scope, in the legend, the table and the exports.',
  adminOnly: 'Only an administrator can add, change or remove events.',
  date: 'Date',
  label: (language) => `Words (${language})`,
  scope: 'Scope',
  scopes: { all: 'All entities', policy_domain: 'Policy domain', entity: 'Entity' },
  scopeCode: 'For',
  source: 'Source (optional)',
  add: 'Add event',
  save: 'Save change',
  cancel: 'Cancel',
  edit: (date) => `Change the event of ${date}`,
  remove: (date) => `Remove the event of ${date}`,
  confirmRemove: (date) => `Remove the event of ${date}? The removal is written to the audit trail.`,
  saved: 'Saved. The change is in the audit trail.',
  unchanged: 'Nothing changed.',
  removed: 'Removed. The removal is in the audit trail.',
  failed: (reason) => `Not saved: ${reason}`,
  list: 'Events',
  none: 'There are no events yet.',
  actions: 'Actions',
  editShort: 'Change',
  removeShort: 'Remove',
};

const MESSAGES: Record<Locale, EventMessages> = { nl, fr, en };

export function useEventMessages(): EventMessages {
  return MESSAGES[useI18n().locale];
}

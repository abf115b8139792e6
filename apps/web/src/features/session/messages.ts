/**
 * The sign-in's words in Dutch (the shape), French and English. Kept with the feature: the
 * shared messages hold only what every page needs (here: nothing but the page names).
 */
import type { Locale } from '@koers/domain';
import { useI18n } from '../../shared/i18n/use-i18n.ts';

const nl = {
  signIn: 'Aanmelden',
  signOut: 'Afmelden',
  dialogTitle: 'Aanmelden met een token',
  dialogLead:
    'Plak het token dat je van een beheerder van Koers kreeg (het begint met koers_). Het wordt enkel in dit tabblad bewaard en is weg zodra je het sluit.',
  tokenLabel: 'Token',
  tokenHint: 'Wie het token heeft, handelt in jouw naam: plak het nooit in een e-mail of chat.',
  submit: 'Aanmelden',
  checking: 'Token controleren…',
  cancel: 'Annuleren',
  emptyToken: 'Plak eerst een token.',
  rejected: 'Dit token wordt niet aanvaard: het is onbekend, ingetrokken of onvolledig gekopieerd.',
  failed: (reason: string) => `Aanmelden lukte niet: ${reason}`,
  signedInAs: (role: string) => `Aangemeld als ${role}`,
  signedOut: 'Je bent afgemeld.',
  expired: 'Je token wordt niet meer aanvaard (ingetrokken?); je bent afgemeld.',
  sessionLabel: 'Aanmelding',
  unknownRole: 'Aangemeld (rol niet gekend)',
  roles: { admin: 'Beheerder', editor: 'Redacteur', viewer: 'Lezer' },
  forEntities: (list: string) => `voor ${list}`,
  tokenName: (label: string) => `Token: ${label}`,
};

export type SessionMessages = typeof nl;

const fr: SessionMessages = {
  signIn: 'Se connecter',
  signOut: 'Se déconnecter',
  dialogTitle: 'Se connecter avec un jeton',
  dialogLead:
    'Collez le jeton reçu d’un administrateur de Koers (il commence par koers_). Il n’est conservé que dans cet onglet et disparaît dès que vous le fermez.',
  tokenLabel: 'Jeton',
  tokenHint: 'Qui détient le jeton agit en votre nom : ne le collez jamais dans un e-mail ou un chat.',
  submit: 'Se connecter',
  checking: 'Vérification du jeton…',
  cancel: 'Annuler',
  emptyToken: 'Collez d’abord un jeton.',
  rejected: 'Ce jeton n’est pas accepté : il est inconnu, révoqué ou copié de façon incomplète.',
  failed: (reason: string) => `La connexion a échoué : ${reason}`,
  signedInAs: (role: string) => `Connecté en tant que ${role}`,
  signedOut: 'Vous êtes déconnecté.',
  expired: 'Votre jeton n’est plus accepté (révoqué ?) ; vous êtes déconnecté.',
  sessionLabel: 'Connexion',
  unknownRole: 'Connecté (rôle inconnu)',
  roles: { admin: 'Administrateur', editor: 'Éditeur', viewer: 'Lecteur' },
  forEntities: (list: string) => `pour ${list}`,
  tokenName: (label: string) => `Jeton : ${label}`,
};

const en: SessionMessages = {
  signIn: 'Sign in',
  signOut: 'Sign out',
  dialogTitle: 'Sign in with a token',
  dialogLead: 'Paste the token a Koers administrator gave you (it starts with koers_). It is kept in this tab only and forgotten as soon as you close it.',
  tokenLabel: 'Token',
  tokenHint: 'Whoever holds the token acts in your name: never paste it into an e-mail or chat.',
  submit: 'Sign in',
  checking: 'Checking the token…',
  cancel: 'Cancel',
  emptyToken: 'Paste a token first.',
  rejected: 'This token is not accepted: it is unknown, revoked or not copied in full.',
  failed: (reason: string) => `Signing in failed: ${reason}`,
  signedInAs: (role: string) => `Signed in as ${role}`,
  signedOut: 'You are signed out.',
  expired: 'Your token is no longer accepted (revoked?); you are signed out.',
  sessionLabel: 'Sign-in',
  unknownRole: 'Signed in (role unknown)',
  roles: { admin: 'Administrator', editor: 'Editor', viewer: 'Viewer' },
  forEntities: (list: string) => `for ${list}`,
  tokenName: (label: string) => `Token: ${label}`,
};

export const SESSION_MESSAGES: Record<Locale, SessionMessages> = { nl, fr, en };

export function useSessionMessages(): SessionMessages {
  return SESSION_MESSAGES[useI18n().locale];
}

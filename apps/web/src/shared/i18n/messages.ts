import type { Locale } from '@koers/domain';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl, type Messages } from './nl.ts';

export type { Messages };

const MESSAGES: Record<Locale, Messages> = { nl, fr, en };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

import type { Locale } from '@koers/domain';
import { formatterFor, type Formatter } from '../format/format.ts';
import { useView } from '../url-state/use-view.ts';
import { messagesFor, type Messages } from './messages.ts';

export interface I18n {
  locale: Locale;
  t: Messages;
  f: Formatter;
}

/** The language of the current view (it lives in the URL), its messages and its formatters. */
export function useI18n(): I18n {
  const { lang } = useView();
  return { locale: lang, t: messagesFor(lang), f: formatterFor(lang) };
}

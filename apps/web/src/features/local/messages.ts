/** The local tier's pages' words in Dutch (the shape), French and English. */
import type { Locale } from '@koers/domain';
import { useI18n } from '../../shared/i18n/use-i18n.ts';

const nl = {
  overviewTitle: 'Lokale besturen',
  overviewLead: 'De 300 Vlaamse gemeenten en 5 provincies als tweede bestuurslaag, in de huidige grenzen tenzij anders gekozen.',
  pooledTrend: (indicator: string, years: string) => `${indicator}, alle lokale besturen samen, ${years}`,
  rankingLink: 'Gemeenten rangschikken',
  municipalityTitle: (name: string) => name,
  kinds: { gemeente: 'Gemeente', provincie: 'Provincie' },
  facts: (kind: string, province: string, inhabitants: string, nis: string) => `${kind} in ${province} · ${inhabitants} inwoners · NIS ${nis}`,
  provinceFacts: (inhabitants: string, nis: string) => `Provincie · ${inhabitants} inwoners · NIS ${nis}`,
  merged: (names: string) => `Sinds 1 januari 2019. In de huidige grenzen tellen de opdrachten van ${names} van vóór 2019 hier mee.`,
  ended: (until: string) => `Bestond tot ${until}; opgegaan in `,
  trendTitle: (indicator: string) => `${indicator}: de gemeente naast haar provincie en inwonersklasse`,
  scorecardTitle: (year: string) => `Scorekaart ${year}`,
  scorecardCaption: (name: string, year: string) => `Indicatoren van ${name} in ${year}, naast provincie en inwonersklasse (samengeteld)`,
  columns: { indicator: 'Indicator', own: 'Dit bestuur', province: 'Provincie', populationClass: 'Inwonersklasse', n: 'n' },
  insufficient: 'onvoldoende gegevens',
  compareInProvince: 'Rangschikking binnen de provincie',
  compareInClass: 'Rangschikking binnen de inwonersklasse',
  chooseTitle: 'Gemeenten en provincies',
  choose: 'Kies een gemeente of provincie',
  unknown: (code: string) => `Geen gemeente of provincie met NIS-code ${code}`,
  historicalNote: 'Getoond zoals de gemeenten toen waren: fusiegemeenten tellen pas vanaf 2019.',
};

export type LocalMessages = typeof nl;

const fr: LocalMessages = {
  overviewTitle: 'Pouvoirs locaux',
  overviewLead: 'Les 300 communes et 5 provinces flamandes comme second niveau de pouvoir, dans les limites actuelles sauf autre choix.',
  pooledTrend: (indicator, years) => `${indicator}, tous les pouvoirs locaux cumulés, ${years}`,
  rankingLink: 'Classer les communes',
  municipalityTitle: (name) => name,
  kinds: { gemeente: 'Commune', provincie: 'Province' },
  facts: (kind, province, inhabitants, nis) => `${kind} en ${province} · ${inhabitants} habitants · INS ${nis}`,
  provinceFacts: (inhabitants, nis) => `Province · ${inhabitants} habitants · INS ${nis}`,
  merged: (names) => `Depuis le 1er janvier 2019. Dans les limites actuelles, les marchés de ${names} d’avant 2019 comptent ici.`,
  ended: (until) => `A existé jusqu’au ${until} ; fusionnée dans `,
  trendTitle: (indicator) => `${indicator} : la commune à côté de sa province et de sa classe de population`,
  scorecardTitle: (year) => `Tableau de bord ${year}`,
  scorecardCaption: (name, year) => `Indicateurs de ${name} en ${year}, à côté de la province et de la classe de population (cumulées)`,
  columns: { indicator: 'Indicateur', own: 'Ce pouvoir', province: 'Province', populationClass: 'Classe de population', n: 'n' },
  insufficient: 'données insuffisantes',
  compareInProvince: 'Classement dans la province',
  compareInClass: 'Classement dans la classe de population',
  chooseTitle: 'Communes et provinces',
  choose: 'Choisissez une commune ou une province',
  unknown: (code) => `Aucune commune ou province avec le code INS ${code}`,
  historicalNote: 'Affiché tel que les communes étaient : les communes fusionnées ne comptent qu’à partir de 2019.',
};

const en: LocalMessages = {
  overviewTitle: 'Local governments',
  overviewLead: 'The 300 Flemish municipalities and 5 provinces as a second tier, in today’s boundaries unless chosen otherwise.',
  pooledTrend: (indicator, years) => `${indicator}, all local governments pooled, ${years}`,
  rankingLink: 'Rank the municipalities',
  municipalityTitle: (name) => name,
  kinds: { gemeente: 'Municipality', provincie: 'Province' },
  facts: (kind, province, inhabitants, nis) => `${kind} in ${province} · ${inhabitants} inhabitants · NIS ${nis}`,
  provinceFacts: (inhabitants, nis) => `Province · ${inhabitants} inhabitants · NIS ${nis}`,
  merged: (names) => `Since 1 January 2019. In today’s boundaries the contracts of ${names} from before 2019 count here.`,
  ended: (until) => `Existed until ${until}; merged into `,
  trendTitle: (indicator) => `${indicator}: the municipality beside its province and population class`,
  scorecardTitle: (year) => `Scorecard ${year}`,
  scorecardCaption: (name, year) => `Indicators of ${name} in ${year}, beside its province and population class (pooled)`,
  columns: { indicator: 'Indicator', own: 'This government', province: 'Province', populationClass: 'Population class', n: 'n' },
  insufficient: 'insufficient data',
  compareInProvince: 'Ranking within the province',
  compareInClass: 'Ranking within the population class',
  chooseTitle: 'Municipalities and provinces',
  choose: 'Choose a municipality or province',
  unknown: (code) => `No municipality or province with NIS code ${code}`,
  historicalNote: 'Shown as the municipalities were: merged municipalities count from 2019 only.',
};

const MESSAGES: Record<Locale, LocalMessages> = { nl, fr, en };

export function useLocalMessages(): LocalMessages {
  return MESSAGES[useI18n().locale];
}

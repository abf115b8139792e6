/** Words of the map of Flanders, in Dutch, French and English; kept beside the map. */
import type { Locale } from '@koers/domain';
import { useView } from '../url-state/use-view.ts';

const nl = {
  title: (indicator: string, year: string) => `${indicator} per gemeente, ${year}`,
  summary: (shown: number, low: string, high: string, insufficient: number) =>
    `${shown} gemeenten gekleurd, van ${low} tot ${high}; ${insufficient} met onvoldoende gegevens (grijs gearceerd).`,
  summaryNone: (insufficient: number) => `Geen enkele gemeente heeft genoeg gegevens; ${insufficient} zijn grijs gearceerd.`,
  legend: 'Legende van de kaart',
  insufficient: 'Onvoldoende gegevens',
  range: (from: string, to: string) => `${from} – ${to}`,
  hint: 'Beweeg over een gemeente of ga er met Tab naartoe voor haar cijfers; klik of druk Enter om haar pagina te openen.',
  tableCaption: (indicator: string, year: string) => `${indicator} per gemeente in ${year}`,
  columns: { municipality: 'Gemeente', province: 'Provincie', value: 'Aandeel', n: 'n', coverage: 'Dekking' },
  value: (v: string) => `Waarde: ${v}`,
  n: (n: string) => `n = ${n} opdrachten`,
  coverage: (c: string) => `Dekking: ${c}`,
  noData: 'geen gegevens',
  notEnough: 'onvoldoende gegevens',
};

export type MapMessages = typeof nl;

const fr: MapMessages = {
  title: (indicator, year) => `${indicator} par commune, ${year}`,
  summary: (shown, low, high, insufficient) =>
    `${shown} communes colorées, de ${low} à ${high} ; ${insufficient} avec des données insuffisantes (hachurées en gris).`,
  summaryNone: (insufficient) => `Aucune commune n’a assez de données ; ${insufficient} sont hachurées en gris.`,
  legend: 'Légende de la carte',
  insufficient: 'Données insuffisantes',
  range: (from, to) => `${from} – ${to}`,
  hint: 'Survolez une commune ou atteignez-la avec Tab pour voir ses chiffres ; cliquez ou appuyez sur Entrée pour ouvrir sa page.',
  tableCaption: (indicator, year) => `${indicator} par commune en ${year}`,
  columns: { municipality: 'Commune', province: 'Province', value: 'Part', n: 'n', coverage: 'Couverture' },
  value: (v) => `Valeur : ${v}`,
  n: (n) => `n = ${n} marchés`,
  coverage: (c) => `Couverture : ${c}`,
  noData: 'pas de données',
  notEnough: 'données insuffisantes',
};

const en: MapMessages = {
  title: (indicator, year) => `${indicator} by municipality, ${year}`,
  summary: (shown, low, high, insufficient) =>
    `${shown} municipalities coloured, from ${low} to ${high}; ${insufficient} with insufficient data (grey, hatched).`,
  summaryNone: (insufficient) => `No municipality has enough data; ${insufficient} are grey and hatched.`,
  legend: 'Map legend',
  insufficient: 'Insufficient data',
  range: (from, to) => `${from} – ${to}`,
  hint: 'Hover over a municipality or reach it with Tab to see its figures; click or press Enter to open its page.',
  tableCaption: (indicator, year) => `${indicator} by municipality in ${year}`,
  columns: { municipality: 'Municipality', province: 'Province', value: 'Share', n: 'n', coverage: 'Coverage' },
  value: (v) => `Value: ${v}`,
  n: (n) => `n = ${n} contracts`,
  coverage: (c) => `Coverage: ${c}`,
  noData: 'no data',
  notEnough: 'insufficient data',
};

const MESSAGES: Record<Locale, MapMessages> = { nl, fr, en };

export function useMapMessages(): MapMessages {
  return MESSAGES[useView().lang];
}

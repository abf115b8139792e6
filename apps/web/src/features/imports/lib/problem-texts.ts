/**
 * The import report's row messages in Dutch and French, from the code and values the API sends
 * with each (PROBLEM_CODES in @koers/domain). English is the API's own sentence. A message without
 * a code (most notice-level and whole-file messages) is shown as the API wrote it, in English.
 */
import type { Locale, ProblemCode, ProblemParams } from '@koers/domain';

type Texts = Record<ProblemCode, (p: ProblemParams) => string>;

const v = (p: ProblemParams, key: string) => String(p[key] ?? '');

const nl: Texts = {
  not_a_date: (p) => `"${v(p, 'value')}" is geen datum; schrijf 2018-03-31 of 31/03/2018`,
  date_does_not_exist: (p) => `"${v(p, 'value')}" is een datum die niet bestaat`,
  implausible_year: (p) => `"${v(p, 'value')}" heeft een onwaarschijnlijk jaar (${v(p, 'year')})`,
  empty: () => 'is leeg',
  not_an_amount: (p) => `"${v(p, 'value')}" is geen bedrag; schrijf 1234567,89 of 1234567.89`,
  too_large: (p) => `"${v(p, 'value')}" is te groot`,
  text_too_long: (p) => `de tekst is ${v(p, 'length')} tekens lang; ten hoogste ${v(p, 'max')} tekens zijn toegelaten`,
  negative_amount: (p) => `"${v(p, 'value')}" is negatief; een gegund bedrag kan niet onder nul liggen`,
  not_yes_no: (p) => `"${v(p, 'value')}" is geen ja/nee-antwoord; schrijf ja of nee (of yes/no, true/false, 1/0)`,
  not_a_criteria_answer: (p) => `"${v(p, 'value')}" is geen geldige keuze; schrijf volledig, niet_of_gedeeltelijk of geen_productgroep`,
  not_a_procedure: (p) => `"${v(p, 'value')}" is geen geldige procedure; schrijf een van: ${v(p, 'choices')}`,
  not_a_whole_number: (p) => `"${v(p, 'value')}" is geen geheel getal van nul of meer`,
  not_a_cpv_code: (p) => `"${v(p, 'value')}" is geen CPV-code; schrijf 8 cijfers, eventueel met controlecijfer (45233162-2)`,
  excel_error: (p) => `de cel toont de Excel-fout ${v(p, 'value')}`,
  key_part_empty: (p) => `${v(p, 'column')} is leeg: het hoort bij de sleutel van de registratie`,
  required_empty: (p) => `${v(p, 'column')} is verplicht`,
  unknown_column: (p) => `onbekende kolom "${v(p, 'column')}" wordt genegeerd`,
  totals_row_skipped: (p) => `rij "${v(p, 'label')}" is een totaalrij aan het einde van het bestand, geen registratie; ze is overgeslagen`,
  unknown_entity: (p) =>
    `onbekende entiteit ${v(p, 'value')}: geen code of naam uit het register${p.addEntities ? ' (importeer met ‘onbekende aankopers toevoegen’ om ze toe te voegen als aankoper buiten de Vlaamse overheid)' : ''}`,
  entity_not_in_year: (p) => `${v(p, 'value')} bestond niet op ${v(p, 'date')} (fusie van gemeenten); registreer onder ${v(p, 'belongsTo')}`,
  unknown_product_group: (p) => `onbekende productgroep "${v(p, 'value')}"; gebruik een code uit het register (${v(p, 'choices')})`,
  entity_not_allowed: (p) => `voor entiteit ${v(p, 'entity')} mag je niet importeren (wel voor ${v(p, 'allowed')})`,
  duplicate_key: (p) =>
    `dubbele sleutel: ${v(p, 'entity')} ${v(p, 'dossierId')} staat al ${p.row !== undefined ? `op rij ${v(p, 'row')}` : `bij ${v(p, 'place')}`}`,
};

const fr: Texts = {
  not_a_date: (p) => `« ${v(p, 'value')} » n’est pas une date ; écrivez 2018-03-31 ou 31/03/2018`,
  date_does_not_exist: (p) => `« ${v(p, 'value')} » est une date qui n’existe pas`,
  implausible_year: (p) => `« ${v(p, 'value')} » a une année invraisemblable (${v(p, 'year')})`,
  empty: () => 'est vide',
  not_an_amount: (p) => `« ${v(p, 'value')} » n’est pas un montant ; écrivez 1234567,89 ou 1234567.89`,
  too_large: (p) => `« ${v(p, 'value')} » est trop grand`,
  text_too_long: (p) => `le texte compte ${v(p, 'length')} caractères ; ${v(p, 'max')} caractères au plus sont admis`,
  negative_amount: (p) => `« ${v(p, 'value')} » est négatif ; un montant attribué ne peut pas être inférieur à zéro`,
  not_yes_no: (p) => `« ${v(p, 'value')} » n’est pas une réponse oui/non ; écrivez ja ou nee (ou yes/no, true/false, 1/0)`,
  not_a_criteria_answer: (p) => `« ${v(p, 'value')} » n’est pas un choix valable ; écrivez volledig, niet_of_gedeeltelijk ou geen_productgroep`,
  not_a_procedure: (p) => `« ${v(p, 'value')} » n’est pas une procédure valable ; écrivez l’une de : ${v(p, 'choices')}`,
  not_a_whole_number: (p) => `« ${v(p, 'value')} » n’est pas un nombre entier positif ou nul`,
  not_a_cpv_code: (p) => `« ${v(p, 'value')} » n’est pas un code CPV ; écrivez 8 chiffres, éventuellement avec un chiffre de contrôle (45233162-2)`,
  excel_error: (p) => `la cellule affiche l’erreur Excel ${v(p, 'value')}`,
  key_part_empty: (p) => `${v(p, 'column')} est vide : elle fait partie de la clé de l’enregistrement`,
  required_empty: (p) => `${v(p, 'column')} est obligatoire`,
  unknown_column: (p) => `la colonne inconnue « ${v(p, 'column')} » est ignorée`,
  totals_row_skipped: (p) => `la ligne « ${v(p, 'label')} » est une ligne de totaux en fin de fichier, pas un enregistrement ; elle a été ignorée`,
  unknown_entity: (p) =>
    `entité inconnue ${v(p, 'value')} : ni un code ni un nom du registre${p.addEntities ? ' (importez avec « ajouter les acheteurs inconnus » pour l’ajouter comme acheteur hors de l’Autorité flamande)' : ''}`,
  entity_not_in_year: (p) => `${v(p, 'value')} n’existait pas le ${v(p, 'date')} (fusion de communes) ; enregistrez sous ${v(p, 'belongsTo')}`,
  unknown_product_group: (p) => `groupe de produits inconnu « ${v(p, 'value')} » ; utilisez un code du registre (${v(p, 'choices')})`,
  entity_not_allowed: (p) => `vous ne pouvez pas importer pour l’entité ${v(p, 'entity')} (seulement pour ${v(p, 'allowed')})`,
  duplicate_key: (p) =>
    `clé en double : ${v(p, 'entity')} ${v(p, 'dossierId')} figure déjà ${p.row !== undefined ? `à la ligne ${v(p, 'row')}` : `dans ${v(p, 'place')}`}`,
};

const TEXTS: Record<Locale, Texts | null> = { nl, fr, en: null };

/** A message in the reader's language, or null when it is to be shown as the API wrote it (English). */
export function problemText(message: { code?: ProblemCode | undefined; params?: ProblemParams | undefined }, locale: Locale): string | null {
  const texts = TEXTS[locale];
  if (!texts || !message.code || !(message.code in texts)) return null;
  return texts[message.code](message.params ?? {});
}

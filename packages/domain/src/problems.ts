/**
 * What can be wrong with a row a data steward delivered, as codes with their values. Every
 * report message keeps its English sentence (the API's stable text); the code and its values let
 * the dashboard say the same in the reader's language.
 */
export const PROBLEM_CODES = [
  'not_a_date',
  'date_does_not_exist',
  'implausible_year',
  'empty',
  'not_an_amount',
  'too_large',
  'text_too_long',
  'negative_amount',
  'not_yes_no',
  'not_a_criteria_answer',
  'not_a_procedure',
  'not_a_whole_number',
  'not_a_cpv_code',
  'excel_error',
  'key_part_empty',
  'required_empty',
  'unknown_column',
  'totals_row_skipped',
  'unknown_entity',
  'entity_not_in_year',
  'unknown_product_group',
  'entity_not_allowed',
  'duplicate_key',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The values a message names: the cell as written, a year, an entity code, a place in the file. */
export type ProblemParams = Readonly<Record<string, string | number>>;

export interface Problem {
  code: ProblemCode;
  params: ProblemParams;
}

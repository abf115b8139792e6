/** Pieces every part of the contract uses: code lists in queries, years, localized words, ids, the error answer. */
import type { Locale } from '@koers/domain';
import { z } from 'zod';
import { MAX_ID, QUERY_YEAR_MAX, QUERY_YEAR_MIN } from './limits.ts';

const CODE_LIST = /^[A-Za-z0-9_\-.]+(,[A-Za-z0-9_\-.]+)*$/;

/** A registry code as a request names it. */
export const Code = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9_\-.]+$/, 'must be a registry code');

/** An optional query parameter holding comma-separated registry codes. */
export const codeList = (what: string) =>
  z
    .string()
    .max(2_000)
    .regex(CODE_LIST, `a comma-separated list of ${what} codes`)
    .optional()
    .meta({ description: `Comma-separated ${what} codes.` });

/** An optional query parameter holding comma-separated choices from a fixed list. */
export const choiceList = (choices: readonly string[], what: string) =>
  z
    .string()
    .max(500)
    .refine((v) => v.split(',').every((c) => choices.includes(c)), { message: `must be a comma-separated list of ${choices.join(', ')}` })
    .optional()
    .meta({ description: `Comma-separated ${what}: ${choices.join(', ')}.` });

/** An optional year in a query. */
export const queryYear = (what: string) =>
  z.coerce
    .number({ error: 'must be a year such as 2018' })
    .int('must be a whole year')
    .min(QUERY_YEAR_MIN, `must be ${QUERY_YEAR_MIN} or later`)
    .max(QUERY_YEAR_MAX, `must be ${QUERY_YEAR_MAX} or earlier`)
    .optional()
    .meta({ description: what, example: 2016 });

/** `limit` of a paged list: 1 to `max`, by default `fallback`. */
export const pageLimit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/** `beforeId` of a list paged by id: the `nextBeforeId` of the previous page. */
export const BeforeId = z.coerce.number().int().positive().max(MAX_ID).optional().meta({ description: 'The `nextBeforeId` of the previous page.' });

/** A text in the three languages of the dashboard. */
export const Localized = z.object({ nl: z.string(), fr: z.string(), en: z.string() }) satisfies z.ZodType<Record<Locale, string>>;

/**
 * A named schema or null. Written as a union rather than `.nullable()`: the OpenAPI generator keeps
 * a union's `$ref` and says `null`, where it drops the null of a nullable reference.
 */
export const orNull = <T extends z.ZodType>(schema: T, description: string) => z.union([schema, z.null()]).meta({ description });

/** A database id in a path: a positive whole number that fits the id columns. */
export const IdParam = (description: string) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .positive('must be positive')
    .max(MAX_ID, 'is too large')
    .meta({ param: { name: 'id', in: 'path' }, description });

/** What a 400 says of each parameter that is wrong. */
export const IssueSchema = z.object({ parameter: z.string(), message: z.string() });

/** Every answer that is not a success: a code (`bad_request`, `not_found`, …), a sentence, and for a 400 the parameters. */
export const ErrorBody = z
  .object({
    error: z.string(),
    message: z.string(),
    issues: z.array(IssueSchema).optional(),
  })
  .meta({ id: 'Error' });

export type ErrorAnswer = z.infer<typeof ErrorBody>;
export type Issue = z.infer<typeof IssueSchema>;

/** Imports: the question of an upload, the report, the history entry with its progress, and the answer of an undo. */
import { IMPORT_MODES, PROBLEM_CODES } from '@koers/domain';
import { z } from 'zod';
import { IdParam, pageLimit } from './common.ts';
import { HISTORY_PAGE_MAX, MAX_ID } from './limits.ts';

const ReportMessage = z.object({
  row: z.number().int().nullable(),
  notice: z.string().optional(),
  lot: z.string().optional(),
  column: z.string().nullable(),
  message: z.string().meta({ description: 'What is wrong, in English.' }),
  code: z.enum(PROBLEM_CODES).optional().meta({ description: 'The message as a code, where one is defined: for saying it in another language.' }),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .meta({ description: 'The values the message names (the cell as written, a column, an entity…).' }),
});

export const ImportReportSchema = z
  .object({
    file: z.string(),
    format: z.string().nullable(),
    mode: z.enum(IMPORT_MODES),
    dryRun: z.boolean(),
    applied: z.boolean(),
    accepted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    skipped: z.number().int(),
    errors: z.array(ReportMessage),
    warnings: z.array(ReportMessage),
    skips: z.array(z.object({ row: z.number().optional(), notice: z.string().optional(), lot: z.string().optional(), reason: z.string() })),
    addedEntities: z.array(z.string()),
    importId: z.number().int().nullable(),
    summary: z.string(),
    messageTotals: z
      .object({ errors: z.number().int(), warnings: z.number().int(), skips: z.number().int() })
      .optional()
      .meta({ description: 'Present when `messages` cut the lists: how many errors, warnings and skips the report holds in all.' }),
  })
  .meta({ id: 'ImportReport' });

/** `messages=N`: at most N errors, warnings and skips each in the answer (the stored report keeps them all). */
export const MessagesParam = z.coerce
  .number()
  .int()
  .min(0)
  .max(1_000_000)
  .optional()
  .meta({ description: 'At most this many errors, warnings and skips each in the answer, with `messageTotals`; by default all of them.' });

export const ImportQuery = z.strictObject({
  mode: z.enum(IMPORT_MODES).default('all_or_nothing'),
  dryRun: z.enum(['true', 'false']).default('false'),
  addEntities: z.enum(['true', 'false']).default('false'),
  messages: MessagesParam,
  wait: z
    .enum(['true', 'false'])
    .default('true')
    .meta({ description: "`false`: answer 202 with the import's id once the file is received, and import meanwhile." }),
});

export const ImportProgressSchema = z
  .object({
    bytesRead: z.number().int(),
    bytesTotal: z.number().int(),
    rowsRead: z.number().int().meta({ description: 'Rows (or notices and lots) read so far, valid or not.' }),
  })
  .meta({ id: 'ImportProgress' });

export const ImportStartedSchema = z.object({ importId: z.number().int(), status: z.literal('running') }).meta({ id: 'ImportStarted' });

export const ImportEntrySchema = z
  .object({
    id: z.number().int(),
    createdAt: z.string(),
    actor: z.string(),
    fileName: z.string(),
    checksum: z.string(),
    format: z.string().nullable(),
    mode: z.string(),
    dryRun: z.boolean(),
    applied: z.boolean(),
    accepted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    skipped: z.number().int(),
    status: z.string().meta({
      description:
        '`running` while it runs, `done` after; `failed` when it was stopped (it needed more memory than an import may use, failed for a reason other than its file, or its process died: such an entry is marked when a server or command next starts): nothing was written and the report says why.',
    }),
    finishedAt: z.string().nullable(),
    undoneAt: z.string().nullable().meta({ description: 'When an administrator undid the import; null while it stands.' }),
    undoneBy: z.string().nullable(),
  })
  .meta({ id: 'ImportEntry' });

export const ImportListQuery = z.strictObject({
  limit: pageLimit(HISTORY_PAGE_MAX, 100),
  beforeId: z.coerce.number().int().positive().max(MAX_ID).optional().meta({ description: 'The `nextBeforeId` of the previous page.' }),
});

export const ImportPage = z.object({ items: z.array(ImportEntrySchema), nextBeforeId: z.number().int().nullable() });

export const ImportIdParams = z.object({ id: IdParam('Import id') });

export const ImportDetailQuery = z.strictObject({ messages: MessagesParam });

/** One import with its report; while it runs, how far it has read. */
export const ImportWithReportSchema = z.intersection(ImportEntrySchema, z.object({ report: ImportReportSchema, progress: ImportProgressSchema.optional() }));

export const UndoResultSchema = z
  .object({
    importId: z.number().int(),
    restored: z.number().int().meta({ description: 'Records written back exactly as they were before the import.' }),
    deleted: z.number().int().meta({ description: 'Records the import had created, now deleted.' }),
    entities: z.array(z.string()),
    undoneAt: z.string(),
    undoneBy: z.string(),
  })
  .meta({ id: 'UndoResult' });

export type ImportReport = z.infer<typeof ImportReportSchema>;
export type ImportEntry = z.infer<typeof ImportEntrySchema>;
export type ImportWithReport = z.infer<typeof ImportWithReportSchema>;
export type ImportProgress = z.infer<typeof ImportProgressSchema>;
export type ImportStarted = z.infer<typeof ImportStartedSchema>;
export type ImportPageAnswer = z.infer<typeof ImportPage>;
export type UndoResult = z.infer<typeof UndoResultSchema>;
export type ImportListQueryInput = z.input<typeof ImportListQuery>;
export type ImportDetailQueryInput = z.input<typeof ImportDetailQuery>;

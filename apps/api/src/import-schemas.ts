/** Schemas of imports: the report, its history entry and progress, and the answer of an undo. */
import { z } from '@hono/zod-openapi';
import { PROBLEM_CODES } from '@koers/domain';

const ReportMessage = z.object({
  row: z.number().int().nullable(),
  notice: z.string().optional(),
  lot: z.string().optional(),
  column: z.string().nullable(),
  message: z.string().openapi({ description: 'What is wrong, in English.' }),
  code: z.enum(PROBLEM_CODES).optional().openapi({ description: 'The message as a code, where one is defined: for saying it in another language.' }),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional().openapi({ description: 'The values the message names (the cell as written, a column, an entity…).' }),
});

export const ImportReportSchema = z
  .object({
    file: z.string(),
    format: z.string().nullable(),
    mode: z.enum(['all_or_nothing', 'partial']),
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
      .openapi({ description: 'Present when `messages` cut the lists: how many errors, warnings and skips the report holds in all.' }),
  })
  .openapi('ImportReport');

/** `messages=N`: at most N errors, warnings and skips each in the answer (the stored report keeps them all). */
export const MessagesParam = z.coerce
  .number()
  .int()
  .min(0)
  .max(1_000_000)
  .optional()
  .openapi({ description: 'At most this many errors, warnings and skips each in the answer, with `messageTotals`; by default all of them.' });

export const ImportQuery = z.strictObject({
  mode: z.enum(['all_or_nothing', 'partial']).default('all_or_nothing'),
  dryRun: z.enum(['true', 'false']).default('false'),
  addEntities: z.enum(['true', 'false']).default('false'),
  messages: MessagesParam,
  wait: z.enum(['true', 'false']).default('true').openapi({ description: '`false`: answer 202 with the import\'s id once the file is received, and import meanwhile.' }),
});

export const ImportProgressSchema = z
  .object({
    bytesRead: z.number().int(),
    bytesTotal: z.number().int(),
    rowsRead: z.number().int().openapi({ description: 'Rows (or notices and lots) read so far, valid or not.' }),
  })
  .openapi('ImportProgress');

export const ImportStartedSchema = z
  .object({ importId: z.number().int(), status: z.literal('running') })
  .openapi('ImportStarted');

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
    status: z.string().openapi({
      description: '`running` while it runs, `done` after; `failed` when it was stopped (it needed more memory than an import may use, failed for a reason other than its file, or its process died: such an entry is marked when a server or command next starts): nothing was written and the report says why.',
    }),
    finishedAt: z.string().nullable(),
    undoneAt: z.string().nullable().openapi({ description: 'When an administrator undid the import; null while it stands.' }),
    undoneBy: z.string().nullable(),
  })
  .openapi('ImportEntry');

export const UndoResultSchema = z
  .object({
    importId: z.number().int(),
    restored: z.number().int().openapi({ description: 'Records written back exactly as they were before the import.' }),
    deleted: z.number().int().openapi({ description: 'Records the import had created, now deleted.' }),
    entities: z.array(z.string()),
    undoneAt: z.string(),
    undoneBy: z.string(),
  })
  .openapi('UndoResult');

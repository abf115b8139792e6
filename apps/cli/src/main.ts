/**
 * The `koers` command line: `pnpm koers <command>`. Every command brings the database schema up
 * to date first. DATABASE_URL chooses the database (default: data/koers.sqlite).
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import {
  createToken,
  disableProtoAccessor,
  exportTemplateCsv,
  importFile,
  listTokens,
  localAdmin,
  openReadyDatabase,
  revokeToken,
  seedDemo,
  InvalidInputError,
  undoImport,
  type ImportReport,
} from '@koers/services';
import { formatReport } from './format-report.ts';
import { exitAfterOutput, toleratePipeClosed } from './output.ts';
import { progressBar } from './progress-bar.ts';

disableProtoAccessor();

const USAGE = `usage: pnpm koers <command>

  import [--partial] [--dry-run] [--json] [--all] [--add-entities] <file…>
      Import files (template CSV, Excel, OCDS, eForms, TED XML; the format is read from the
      content). All or nothing per file unless --partial. Exits 1 when anything was rejected.
      On a terminal a progress bar (on stderr) shows how far each file is; never with --json.
      The report lists the first 50 errors, warnings and skips and counts the rest by column;
      --all lists every one, --json prints the whole report as JSON.
  seed --demo [--replace]
      Load the demo dataset (only into an empty database unless --replace).
  export [--out FILE]
      Write every record in the registration template (UTF-8, comma, Dutch headers).
  migrate
      Bring the database schema up to date and exit.
  token create --role admin|editor|viewer [--entity CODE …] [--label TEXT] [--json]
      Make an API token (sent as Authorization: Bearer …). It is shown once; Koers keeps only
      its hash. An editor token needs one or more --entity: it may import and correct only those.
  token list [--json]
      Every token with its role, entities and when it was created, last used and revoked.
  token revoke <id>
      Revoke a token at once, on every server using this database.
  undo <import-id>
      Undo an import: restore the records it changed exactly as they were, delete the ones it
      created. Refused when a later import changed the same records.

  The command line acts as a local administrator (it has direct database access); the history
  records it as cli:$USER.

  DATABASE_URL=postgres://user@host/db selects PostgreSQL; default is data/koers.sqlite.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  switch (command) {
    case 'import':
      return runImport(rest);
    case 'seed':
      return runSeed(rest);
    case 'export':
      return runExport(rest);
    case 'token':
      return runToken(rest);
    case 'undo':
      return runUndo(rest);
    case 'migrate': {
      const db = await openReadyDatabase();
      console.log(`schema of ${db.description} is up to date`);
      await db.close();
      return 0;
    }
    default:
      console.error(`unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      partial: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      'add-entities': { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) {
    console.error('import needs at least one file\n\n' + USAGE);
    return 2;
  }
  const missing = positionals.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`no such file: ${missing.join(', ')}`);
    return 2;
  }
  const db = await openReadyDatabase();
  const reports: ImportReport[] = [];
  try {
    for (const file of positionals) {
      // The bar goes to stderr on a terminal only, and never with --json.
      const bar = values.json ? null : progressBar(process.stderr, basename(file));
      try {
        reports.push(
          await importFile(
            db,
            { name: basename(file), path: file, open: () => createReadStream(file, { highWaterMark: 1 << 20 }) },
            {
              mode: values.partial ? 'partial' : 'all_or_nothing',
              dryRun: values['dry-run'],
              addEntities: values['add-entities'],
              actor: localAdmin(process.env.USER).actor,
              ...(bar ? { onProgress: (progress) => bar.update(progress) } : {}),
            },
          ),
        );
      } finally {
        bar?.done();
      }
    }
  } finally {
    await db.close();
  }
  if (values.json) console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  else for (const report of reports) console.log(formatReport(report, { all: values.all }));
  return reports.some((r) => r.rejected > 0 || r.errors.length > 0) ? 1 : 0;
}

async function runSeed(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false }, replace: { type: 'boolean', default: false } } });
  if (!values.demo) {
    console.error('seed needs --demo (the only dataset Koers ships)');
    return 2;
  }
  const db = await openReadyDatabase();
  try {
    const { records } = await seedDemo(db, { replace: values.replace });
    console.log(`loaded the demo dataset: ${records} records into ${db.description}`);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  } finally {
    await db.close();
  }
}

async function runExport(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const db = await openReadyDatabase();
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  try {
    for await (const text of exportTemplateCsv(db)) {
      if (!out.write(text)) await once(out, 'drain');
    }
  } finally {
    await db.close();
    if (values.out) await new Promise<void>((done) => (out as ReturnType<typeof createWriteStream>).end(done));
  }
  if (values.out) console.error(`wrote ${values.out}`);
  return 0;
}

async function runToken(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const actor = localAdmin(process.env.USER).actor;
  switch (sub) {
    case 'create': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          role: { type: 'string' },
          entity: { type: 'string', multiple: true },
          label: { type: 'string' },
          json: { type: 'boolean', default: false },
        },
      });
      if (!values.role || positionals.length) {
        console.error('token create needs --role admin|editor|viewer (and --entity CODE for an editor)\n\n' + USAGE);
        return 2;
      }
      const entities = (values.entity ?? [])
        .flatMap((e) => e.split(','))
        .map((e) => e.trim())
        .filter(Boolean);
      const db = await openReadyDatabase();
      try {
        const created = await createToken(db, { role: values.role, entities, ...(values.label !== undefined ? { label: values.label } : {}), actor });
        if (values.json) {
          console.log(JSON.stringify({ token: created.token, id: created.id, role: created.role, entities: created.entities, label: created.label }));
        } else {
          console.log(created.token);
          console.error(
            `token ${created.id} (${created.label}): ${created.role}${created.entities.length ? ` for ${created.entities.join(', ')}` : ''}.\n` +
              'Shown once: store it now. Koers keeps only its hash. Send it as: Authorization: Bearer <token>',
          );
        }
        return 0;
      } finally {
        await db.close();
      }
    }
    case 'list': {
      const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } } });
      const db = await openReadyDatabase();
      try {
        const tokens = await listTokens(db);
        if (values.json) {
          console.log(JSON.stringify(tokens, null, 2));
        } else if (tokens.length === 0) {
          console.log('no tokens; make one with: pnpm koers token create --role admin');
        } else {
          for (const t of tokens) {
            const state = t.revokedAt ? `revoked ${t.revokedAt}` : `last used ${t.lastUsedAt ?? 'never'}`;
            console.log(
              `${String(t.id).padStart(4)}  ${t.role.padEnd(6)}  ${(t.entities.join(',') || '-').padEnd(12)}  ${t.label}  (created ${t.createdAt} by ${t.createdBy}; ${state})`,
            );
          }
        }
        return 0;
      } finally {
        await db.close();
      }
    }
    case 'revoke': {
      const id = Number(rest[0]);
      if (rest.length !== 1 || !Number.isSafeInteger(id) || id <= 0) {
        console.error('token revoke needs the id of one token (see token list)');
        return 2;
      }
      const db = await openReadyDatabase();
      try {
        const outcome = await revokeToken(db, id, actor);
        console.log(outcome === 'revoked' ? `token ${id} revoked` : `token ${id} was already revoked`);
        return 0;
      } finally {
        await db.close();
      }
    }
    default:
      console.error(`token needs create, list or revoke\n\n${USAGE}`);
      return 2;
  }
}

async function runUndo(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const id = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isSafeInteger(id) || id <= 0) {
    console.error('undo needs the id of one import (see GET /api/v1/imports)');
    return 2;
  }
  const db = await openReadyDatabase();
  try {
    const result = await undoImport(db, id, localAdmin(process.env.USER).actor);
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else console.log(`import ${id} undone: ${result.restored} records restored, ${result.deleted} deleted (${result.entities.join(', ') || 'no entities'})`);
    return 0;
  } finally {
    await db.close();
  }
}

toleratePipeClosed();
main(process.argv.slice(2)).then(
  (code) => exitAfterOutput(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    // Invalid input is a usage error (2), like a bad option; anything else (a refusal, a failure) is 1.
    return exitAfterOutput(error instanceof InvalidInputError ? 2 : 1);
  },
);

/**
 * The `koers` command line: `pnpm koers <command>`. Every command brings the database schema up
 * to date first. DATABASE_URL chooses the database (default: data/koers.sqlite).
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { exportTemplateCsv, importFile, openReadyDatabase, seedDemo, type ImportReport } from '@koers/services';
import { formatReport } from './format-report.ts';

const USAGE = `usage: pnpm koers <command>

  import [--partial] [--dry-run] [--json] [--add-entities] <file…>
      Import files (template CSV, Excel, OCDS, eForms, TED XML; the format is read from the
      content). All or nothing per file unless --partial. Exits 1 when anything was rejected.
  seed --demo [--replace]
      Load the demo dataset (only into an empty database unless --replace).
  export [--out FILE]
      Write every record in the registration template (UTF-8, comma, Dutch headers).
  migrate
      Bring the database schema up to date and exit.

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
      reports.push(
        await importFile(
          db,
          { name: basename(file), open: () => createReadStream(file, { highWaterMark: 1 << 20 }) },
          {
            mode: values.partial ? 'partial' : 'all_or_nothing',
            dryRun: values['dry-run'],
            addEntities: values['add-entities'],
            actor: `cli:${process.env.USER ?? 'unknown'}`,
          },
        ),
      );
    }
  } finally {
    await db.close();
  }
  if (values.json) console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  else for (const report of reports) console.log(formatReport(report));
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

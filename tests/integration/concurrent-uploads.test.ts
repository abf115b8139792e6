/**
 * Imports under pressure and imports that cannot finish, on both engines: 50 concurrent uploads of
 * the same file never answer 500 and leave no entry `running`; an import failing for a reason
 * other than its file is marked failed with a sentence a steward understands; entries left
 * `running` by a process that died are marked failed when the server next starts, while those of
 * a live process are left alone.
 */
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startImport } from '@koers/db';
import { createToken, INTERRUPTED_MESSAGE } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { upload } from '../support/http.ts';
import { spawnKoers, stopKoers, type KoersProcess } from '../support/koers-process.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

const UPLOADS = 50;

/** The pid of a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe.each(ENGINES)('%s: imports under pressure and imports that cannot finish', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  let admin: string;

  /** Statements the application never runs, straight to the test database. */
  const ddl = async (statements: string[]) => {
    if (engine === 'sqlite') {
      for (const statement of statements) db.sqlite!.exec(statement);
      return;
    }
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      for (const statement of statements) await client.query(statement);
    } finally {
      await client.end();
    }
  };
  const entries = () => db.kysely.selectFrom('imports').select(['id', 'status', 'report']).orderBy('id').execute();

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    admin = (await createToken(db, { role: 'admin', label: 'Beheerder', actor: 'setup' })).token;
    server = await startServer(db, { writeRateLimit: { limit: 10_000, windowMs: 60_000 } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it(`answers ${UPLOADS} concurrent uploads of the same file without a 500, and leaves no entry running`, async () => {
    const csv = templateCsv(makeRecords(40, 4_242));
    const answers = await Promise.all(
      Array.from({ length: UPLOADS }, (_, i) => upload<{ accepted: number; unchanged: number }>(server.url, `same-${i}.csv`, csv, { token: admin })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // One upload added the records; every other found them unchanged (some serial order).
    expect(answers.filter((a) => a.body.accepted === 40)).toHaveLength(1);
    expect(answers.filter((a) => a.body.unchanged === 40)).toHaveLength(UPLOADS - 1);
    expect((await entries()).filter((e) => e.status === 'running')).toEqual([]);
    expect(
      await db.kysely
        .selectFrom('records')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ).toEqual({ n: 40 });
  });

  it('marks an import that fails for a reason other than its file as failed, in words a steward understands', async () => {
    // The database refuses the write (as a full disk or a broken constraint would).
    await ddl(
      engine === 'postgres'
        ? [
            `create function refuse_records() returns trigger language plpgsql as $$ begin raise exception 'internal: cannot read col'; end $$`,
            'create trigger refuse_records before insert on records for each row execute function refuse_records()',
          ]
        : [`create trigger refuse_records before insert on records begin select raise(abort, 'internal: cannot read col'); end`],
    );
    try {
      const res = await upload<{ message: string }>(server.url, 'refused.csv', templateCsv(makeRecords(5, 4_343)), { token: admin });
      expect(res.status).toBe(500);
      expect(JSON.stringify(res.body)).not.toMatch(/cannot read/);
      const entry = (await entries()).at(-1)!;
      expect(entry.status).toBe('failed');
      const report = JSON.parse(entry.report) as { applied: boolean; errors: { message: string }[] };
      expect(report.applied).toBe(false);
      expect(report.errors[0]!.message).toMatch(/^the import could not be completed because of a problem on the server, not in the file; nothing was written/);
      expect(entry.report).not.toMatch(/cannot read/);
    } finally {
      await ddl(engine === 'postgres' ? ['drop trigger refuse_records on records', 'drop function refuse_records()'] : ['drop trigger refuse_records']);
    }
  });

  it('marks the entries of a process that died as failed when the server starts, and leaves a live one running', async () => {
    const start = (runner: string | undefined, fileName: string) =>
      startImport(db.kysely, {
        createdAt: new Date().toISOString(),
        actor: 'steward',
        fileName,
        checksum: '',
        mode: 'all_or_nothing',
        dryRun: false,
        ...(runner ? { runner } : {}),
      });
    const dead = await start(`${hostname()}:${await deadPid()}`, 'killed.csv');
    const old = await start(undefined, 'before-runners.csv');
    const live = await start(`${hostname()}:${process.pid}`, 'still-running.csv');
    const elsewhere = await start('another-host:12345', 'other-host.csv');
    let koers: KoersProcess | undefined;
    try {
      koers = await spawnKoers(db.env);
      const byId = new Map((await entries()).map((e) => [e.id, e]));
      for (const id of [dead, old]) {
        expect(byId.get(id)!.status).toBe('failed');
        expect((JSON.parse(byId.get(id)!.report) as { errors: { message: string }[] }).errors[0]!.message).toBe(INTERRUPTED_MESSAGE);
      }
      expect(byId.get(live)!.status).toBe('running');
      expect(byId.get(elsewhere)!.status).toBe('running');
      expect(koers.output()).toMatch(new RegExp(`marked 2 interrupted imports as failed \\(${dead}, ${old}\\)`));
    } finally {
      await stopKoers(koers);
    }
  });
});

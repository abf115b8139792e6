// Frozen: a migration never changes once released and never imports application code.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Policy events: dated happenings that explain a series (a plan approved, a law in force), with
 * words in nl, fr and en, an optional scope (all, a policy domain, an entity) and a source.
 * Seeded with the plan's own milestones; an administrator edits them like targets.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const autoId = isPostgres ? sql`id serial primary key` : sql`id integer primary key autoincrement`;
  await sql`create table policy_events (
    ${autoId},
    event_date text not null,
    label_nl text not null,
    label_fr text not null,
    label_en text not null,
    scope text not null,
    scope_code text not null,
    source text,
    updated_at text not null
  )`.execute(db);
  await db.schema.createIndex('policy_events_date').on('policy_events').columns(['event_date']).execute();

  const at = '2026-12-06T00:00:00.000Z';
  const plan = 'Vlaams plan overheidsopdrachten 2016-2020 (VR 2016 2901 DOC.0061/2TER)';
  await db
    .insertInto('policy_events')
    .values([
      {
        event_date: '2016-01-29',
        label_nl: 'De Vlaamse Regering keurt het plan overheidsopdrachten goed',
        label_fr: 'Le Gouvernement flamand approuve le plan marchés publics',
        label_en: 'The Flemish Government approves the public-procurement plan',
        scope: 'all',
        scope_code: '',
        source: plan,
        updated_at: at,
      },
      {
        event_date: '2017-06-30',
        label_nl: 'De nieuwe wet overheidsopdrachten (wet van 17 juni 2016) treedt in werking',
        label_fr: 'La nouvelle loi marchés publics (loi du 17 juin 2016) entre en vigueur',
        label_en: 'The new public-procurement law (law of 17 June 2016) enters into force',
        scope: 'all',
        scope_code: '',
        source: 'Wet van 17 juni 2016 inzake overheidsopdrachten',
        updated_at: at,
      },
      {
        event_date: '2018-01-01',
        label_nl: 'Registratie van de duurzaamheidsvragen verplicht vanaf € 30.000',
        label_fr: 'Enregistrement des questions de durabilité obligatoire à partir de 30 000 €',
        label_en: 'Registering the sustainability questions mandatory from €30,000',
        scope: 'all',
        scope_code: '',
        source: plan,
        updated_at: at,
      },
    ])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('policy_events').ifExists().execute();
}

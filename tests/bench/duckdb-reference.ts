/**
 * The reference: DuckDB, in memory, loads the same CSV into the same columns as Koers' records
 * table and answers the same group-bys over the raw records (no pre-aggregation).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ENTITIES } from '@koers/domain';
import { time, type Timing } from './stats.ts';

const BOOL = (column: string, name: string) => `case lower(${column}) when 'ja' then 1 when 'nee' then 0 end as ${name}`;

export interface DuckReference {
  loadSeconds: number;
  rows: number;
  threads: number;
  connection: DuckDBConnection;
  /** Times one query (or a group of queries answering one call): first run and warm runs. */
  time(sql: string | readonly string[], repeat: number): Promise<Timing>;
  close(): void;
}

export async function loadDuckDb(csvPath: string): Promise<DuckReference> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const threads = Number((await connection.runAndReadAll(`select current_setting('threads') as t`)).getRowObjectsJS()[0]!.t);
  const started = performance.now();
  await connection.run(`create table records as select
      entiteit as entity,
      dossier_id,
      gunningsdatum as award_date,
      cast(substr(gunningsdatum, 1, 4) as integer) as year,
      nullif(omschrijving, '') as title,
      nullif(cpv, '') as cpv,
      nullif(productgroep, '') as product_group,
      cast(round(cast(bedrag_excl_btw as double) * 100) as bigint) as value_cents,
      cast(bedrag_excl_btw as double) as amount,
      'EUR' as currency,
      case duurzaamheidscriteria when 'volledig' then 'full' when 'niet_of_gedeeltelijk' then 'none_or_partial' when 'geen_productgroep' then 'not_applicable' end as criteria,
      ${BOOL('innovatief', 'innovative')},
      ${BOOL('sociale_clausule', 'social_clause')},
      ${BOOL('circulair', 'circular')},
      ${BOOL('kmo_winnaar', 'sme_winner')},
      ${BOOL('raamcontract', 'framework')},
      ${BOOL('elektronisch', 'e_submission')},
      nullif(procedure, '') as procedure,
      cast(nullif(aantal_offertes, '') as integer) as tenders_received,
      nullif(leverancier, '') as supplier
    from read_csv('${csvPath.replace(/'/g, "''")}', header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)`);
  const loadSeconds = (performance.now() - started) / 1000;
  await connection.run('create table entities (code varchar primary key, policy_domain varchar)');
  const values = ENTITIES.map((e) => `('${e.code}', ${e.policyDomain ? `'${e.policyDomain}'` : 'null'})`).join(', ');
  await connection.run(`insert into entities values ${values}`);
  const rows = Number((await connection.runAndReadAll('select count(*) as n from records')).getRowObjectsJS()[0]!.n);
  return {
    loadSeconds,
    rows,
    threads,
    connection,
    time: (sql, repeat) =>
      time(async () => {
        for (const q of typeof sql === 'string' ? [sql] : sql) (await connection.runAndReadAll(q)).getRowObjectsJS();
      }, repeat),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

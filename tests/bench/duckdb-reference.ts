/**
 * The reference: DuckDB, in memory, loads the same CSV into the same columns as Koers' records
 * table and answers the same group-bys over the raw records (no pre-aggregation). The load does
 * the conversions the import does (dates parsed and checked, Belgian or plain amounts, yes/no
 * answers) and builds the unique key on (entity, dossier_id), all within the timed load.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { DEFAULT_TARGETS, ENTITIES, LOCAL_GOVERNMENTS, POLICY_DOMAINS, PRODUCT_GROUPS, tierOf } from '@koers/domain';
import { time, type Timing } from './stats.ts';

/** `1.234.567,89` (Belgian) or `1234567.89`, as parseDecimal reads both. */
const AMOUNT = `(case when bedrag_excl_btw like '%,%' then cast(replace(replace(bedrag_excl_btw, '.', ''), ',', '.') as double) else cast(bedrag_excl_btw as double) end)`;
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
      cast(gunningsdatum as date) as award_date,
      year(cast(gunningsdatum as date)) as year,
      nullif(omschrijving, '') as title,
      nullif(cpv, '') as cpv,
      nullif(productgroep, '') as product_group,
      cast(round(${AMOUNT} * 100) as bigint) as value_cents,
      ${AMOUNT} as amount,
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
  // The import refuses a second row with the same key: the reference builds the same unique key.
  await connection.run('create unique index records_key on records (entity, dossier_id)');
  const loadSeconds = (performance.now() - started) / 1000;
  // The registry, as Koers holds it: the meta call reads it next to the years with records.
  const text = (v: string | null | undefined) => (v === null || v === undefined ? 'null' : `'${v.replace(/'/g, "''")}'`);
  await connection.run(
    'create table entities (code varchar primary key, name varchar, type varchar, policy_domain varchar, flemish_government boolean, enterprise_number varchar, tier varchar, name_fr varchar, nis_code varchar, province varchar, inhabitants integer, population_class varchar, valid_from varchar, valid_to varchar, succeeded_by varchar)',
  );
  await connection.run(
    `insert into entities values ${[...ENTITIES, ...LOCAL_GOVERNMENTS]
      .map(
        (e) =>
          `(${text(e.code)}, ${text(e.name)}, ${text(e.type)}, ${text(e.policyDomain)}, ${e.flemishGovernment}, ${text(e.enterpriseNumber)}, ${text(tierOf(e))}, ${text(e.nameFr)}, ${text(e.nisCode)}, ${text(e.province)}, ${e.inhabitants ?? 'null'}, ${text(e.populationClass)}, ${text(e.validFrom)}, ${text(e.validTo)}, ${text(e.succeededBy)})`,
      )
      .join(', ')}`,
  );
  await connection.run(
    'create table policy_domains (code varchar primary key, name_nl varchar, name_fr varchar, name_en varchar, valid_from varchar, valid_to varchar)',
  );
  await connection.run(
    `insert into policy_domains values ${POLICY_DOMAINS.map((d) => `(${text(d.code)}, ${text(d.name.nl)}, ${text(d.name.fr)}, ${text(d.name.en)}, ${text(d.validFrom)}, ${text(d.validTo)})`).join(', ')}`,
  );
  await connection.run(
    'create table product_groups (code varchar primary key, name_nl varchar, name_fr varchar, name_en varchar, cpv_prefixes varchar, essential_criteria boolean)',
  );
  await connection.run(
    `insert into product_groups values ${PRODUCT_GROUPS.map((g) => `(${text(g.code)}, ${text(g.name.nl)}, ${text(g.name.fr)}, ${text(g.name.en)}, ${text(g.cpvPrefixes.join(' '))}, ${g.essentialCriteria})`).join(', ')}`,
  );
  await connection.run('create table targets (indicator varchar, scope varchar, scope_code varchar, year integer, value double, source varchar)');
  await connection.run(
    `insert into targets values ${DEFAULT_TARGETS.map((t) => `(${text(t.indicator)}, ${text(t.scope)}, ${text(t.scopeCode ?? '')}, ${t.year}, ${t.value}, ${text(t.source)})`).join(', ')}`,
  );
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

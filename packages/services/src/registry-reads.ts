/**
 * What the API reads about the registry and the data: the registry the dashboard loads first
 * (/meta), whether the database answers, and the data's date and label that go with every answer.
 * Reads go through the services like writes, so a rule about what may be read lives here.
 */
import type { Meta } from '@koers/contract';
import {
  getSetting,
  listEntities,
  listPolicyDomains,
  listPolicyEvents,
  listProductGroups,
  listTargets,
  SETTING,
  yearsWithRecords,
  type Db,
  type PolicyEvent,
} from '@koers/db';
import { INDICATORS, THEMES, tierOf, type RecordFilters } from '@koers/domain';
import { eventsInScope } from './indicator-export.ts';
import { loadStatusThresholds } from './status-thresholds.ts';

/** When the records last changed, and `demo` while the demo dataset is loaded. */
export interface DataLabels {
  dataDate: string | null;
  dataset: string | null;
}

export async function readDataLabels(db: Db): Promise<DataLabels> {
  const [dataDate, dataset] = await Promise.all([getSetting(db.kysely, SETTING.dataDate), getSetting(db.kysely, SETTING.datasetLabel)]);
  return { dataDate, dataset };
}

/** The current data version: it changes with every write to records, targets, thresholds or events. */
export async function readDataVersion(db: Db): Promise<string> {
  return (await getSetting(db.kysely, SETTING.dataVersion)) ?? '0';
}

/** Asks the database one small question; throws when it cannot answer. */
export async function checkDatabase(db: Db): Promise<void> {
  await listPolicyDomains(db.kysely);
}

/** The registry: themes, indicators with their targets, entities and local governments, policy domains, product groups, years, data date and label, thresholds. */
export async function readMeta(db: Db): Promise<Meta> {
  const [entities, policyDomains, productGroups, targets, years, dataDate, dataset, statusThresholds] = await Promise.all([
    listEntities(db.kysely),
    listPolicyDomains(db.kysely),
    listProductGroups(db.kysely),
    listTargets(db.kysely),
    yearsWithRecords(db.kysely),
    getSetting(db.kysely, SETTING.dataDate),
    getSetting(db.kysely, SETTING.datasetLabel),
    loadStatusThresholds(db.kysely),
  ]);
  return {
    themes: [...THEMES],
    indicators: INDICATORS.map((i) => ({
      ...i,
      targets: targets
        .filter((t) => t.indicator === i.id)
        .map((t) => ({ scope: t.scope, scopeCode: t.scopeCode, year: t.year, value: t.value, source: t.source })),
    })),
    entities: entities.map((e) => ({
      ...e,
      tier: tierOf(e),
      kind: e.type,
      nameFr: e.nameFr ?? null,
      nisCode: e.nisCode ?? null,
      province: e.province ?? null,
      inhabitants: e.inhabitants ?? null,
      populationClass: e.populationClass ?? null,
      validFrom: e.validFrom ?? null,
      validTo: e.validTo ?? null,
      succeededBy: e.succeededBy ?? null,
    })),
    policyDomains,
    productGroups: productGroups.map((g) => ({ ...g, cpvPrefixes: [...g.cpvPrefixes] })),
    years,
    dataDate,
    dataset,
    statusThresholds,
  };
}

/** What an indicator export names beside its rows: the data's date and label, and the policy events in its scope. */
export async function readExportContext(db: Db, filters: RecordFilters): Promise<DataLabels & { events: PolicyEvent[] }> {
  const [labels, events, entities] = await Promise.all([readDataLabels(db), listPolicyEvents(db.kysely), listEntities(db.kysely)]);
  const domains = new Map(entities.map((e) => [e.code, e.policyDomain]));
  return { ...labels, events: eventsInScope(events, filters, (entity) => domains.get(entity) ?? null) };
}

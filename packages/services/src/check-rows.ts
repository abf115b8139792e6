/**
 * The checks every row of an import passes before it may be written, without the database:
 * its buyer resolved to a registry entity (or added as one, when asked), its product group and
 * criteria, the importer's rights, text lengths and the file's own duplicate keys. What fails is
 * kept as the report will say it; what passes comes out as a record ready to classify and write.
 */
import { MAX_TEXT_LENGTH, productGroupForCpv, type Entity, type Problem, type ProcurementRecord } from '@koers/domain';
import { recordKey } from '@koers/db';
import type { ImportFormat, ImportItem, ReadResult } from '@koers/ingest';
import { EntityResolver } from './entity-resolver.ts';
import { KeySet } from './key-set.ts';
import { toMessage, type ReportMessage, type ReportSkip } from './import-report.ts';

/** What the checks need to know of the registry and the importer (plain data: it crosses threads). */
export interface CheckContext {
  entities: Entity[];
  productGroups: { code: string; essentialCriteria: boolean }[];
  /** Add buyers that are not in the registry as entities outside the Flemish government. */
  addEntities: boolean;
  /** Entities the importer may write, upper case; null for every entity. */
  allowedEntities: string[] | null;
}

/** What the checks found, in the order the report lists it. */
export interface CheckOutcome {
  format: ImportFormat | null;
  errors: ReportMessage[];
  warnings: ReportMessage[];
  skips: ReportSkip[];
  /** Codes of the entities added for unknown buyers. */
  addedEntities: string[];
  /** Rows (or notices and lots) with at least one error. */
  rejected: number;
  /** Rows of entities the importer may not write: any makes the whole file rejected. */
  forbidden: number;
}

export const emptyOutcome = (): CheckOutcome => ({ format: null, errors: [], warnings: [], skips: [], addedEntities: [], rejected: 0, forbidden: 0 });

export class RowChecker {
  readonly outcome: CheckOutcome;
  private readonly resolver: EntityResolver;
  private readonly productGroups: Set<string>;
  private readonly withoutCriteria: Set<string>;
  private readonly allowed: Set<string> | null;
  /** Where each key was first seen, for the duplicate check: a row number, or the notice and lot. */
  private readonly seen = new KeySet();
  private readonly groupOfCpv = new Map<string, string>();
  private readonly rejectedRows = new Set<string>();
  /** Entities made for unknown buyers since the last `takeNewEntities`. */
  private newEntities: Entity[] = [];
  private readonly tabular: boolean;
  private readonly fieldColumns: ReadResult['fieldColumns'];
  /** Reader warnings already reported: a streaming reader can add some at the end of the file. */
  private fileWarningsSeen: number;

  constructor(
    private readonly context: CheckContext,
    private readonly read: Pick<ReadResult, 'format' | 'warnings' | 'fieldColumns'>,
    outcome: CheckOutcome = emptyOutcome(),
  ) {
    this.outcome = outcome;
    outcome.format = read.format;
    this.resolver = new EntityResolver(context.entities);
    this.productGroups = new Set(context.productGroups.map((g) => g.code));
    this.withoutCriteria = new Set(context.productGroups.filter((g) => !g.essentialCriteria).map((g) => g.code));
    this.allowed = context.allowedEntities ? new Set(context.allowedEntities) : null;
    this.tabular = read.format === 'csv' || read.format === 'xlsx';
    this.fieldColumns = read.fieldColumns;
    outcome.warnings.push(...read.warnings.map((w) => toMessage(w.location, w.column, w.message, w.problem)));
    this.fileWarningsSeen = read.warnings.length;
  }

  /** Entities made for unknown buyers since the last call: they must be written before the records that name them. */
  takeNewEntities(): Entity[] {
    const taken = this.newEntities;
    this.newEntities = [];
    return taken;
  }

  /** After the last item: the warnings the reader learnt at the end of the file. */
  finish(): void {
    for (const w of this.read.warnings.slice(this.fileWarningsSeen)) this.outcome.warnings.push(toMessage(w.location, w.column, w.message, w.problem));
    this.fileWarningsSeen = this.read.warnings.length;
  }

  private columnOf(field: string, fallback: string): string {
    return this.fieldColumns?.[field as 'entity'] ?? fallback;
  }

  private reject(loc: { row?: number; notice?: string; lot?: string }, column: string | null, message: string, problem?: Problem): void {
    this.outcome.errors.push(toMessage(loc, column, message, problem));
    const key = `${loc.row ?? ''}|${loc.notice ?? ''}|${loc.lot ?? ''}`;
    if (!this.rejectedRows.has(key)) {
      this.rejectedRows.add(key);
      this.outcome.rejected++;
    }
  }

  /** Checks one item of the file: the record to write, or null when it is an error or a skip (kept in the outcome). */
  check(item: ImportItem): ProcurementRecord | null {
    const { outcome, resolver } = this;
    if (item.kind === 'error') {
      this.reject(item.location, item.column, item.message, item.problem);
      return null;
    }
    if (item.kind === 'skip') {
      outcome.skips.push({ ...item.location, reason: item.reason });
      if (item.warning) outcome.warnings.push(toMessage(item.warning.location, item.warning.column, item.warning.message, item.warning.problem));
      return null;
    }
    const { draft, location } = item;
    for (const w of item.warnings ?? []) outcome.warnings.push(toMessage(w.location, w.column, w.message, w.problem));
    let entity = resolver.resolve(draft.buyer, draft.awardDate);
    const entityColumn = this.columnOf('entity', 'buyer');
    const outOfPeriod = entity ? null : resolver.explainMiss(draft.buyer, draft.awardDate);
    if (outOfPeriod) {
      // The organisation exists in the registry, only not on this date (a merged municipality).
      this.reject(location, entityColumn, `${resolver.describe(draft.buyer)} did not exist ${outOfPeriod.detail}`, {
        code: 'entity_not_in_year',
        params: { value: resolver.describe(draft.buyer), date: draft.awardDate, belongsTo: outOfPeriod.belongsTo },
      });
      return null;
    }
    if (!entity && this.context.addEntities) {
      const created = resolver.newEntityFor(draft.buyer);
      if (created) {
        this.newEntities.push(created);
        resolver.add(created);
        outcome.addedEntities.push(created.code);
        entity = created;
      }
    }
    if (!entity) {
      this.reject(
        location,
        entityColumn,
        `unknown entity ${resolver.describe(draft.buyer)}: not a code or name in the registry${
          this.tabular ? '' : ' (import with addEntities to add it as a buyer outside the Flemish government)'
        }`,
        { code: 'unknown_entity', params: { value: resolver.describe(draft.buyer), ...(this.tabular ? {} : { addEntities: 1 }) } },
      );
      return null;
    }
    let productGroup = draft.productGroup;
    if (productGroup !== null && !this.productGroups.has(productGroup)) {
      this.reject(
        location,
        this.columnOf('productGroup', 'productgroep'),
        `unknown product group "${productGroup}"; use a code from the registry (${[...this.productGroups].join(', ')})`,
        { code: 'unknown_product_group', params: { value: productGroup, choices: [...this.productGroups].join(', ') } },
      );
      return null;
    }
    if (productGroup === null && draft.cpv) {
      let derived = this.groupOfCpv.get(draft.cpv);
      if (derived === undefined) this.groupOfCpv.set(draft.cpv, (derived = productGroupForCpv(draft.cpv) ?? 'overig'));
      productGroup = derived;
    }
    let criteria = draft.criteria;
    // Notices can say criteria were not used; outside a product group with essential criteria
    // that is "not applicable", not "not sustainable".
    if (criteria === 'none_or_partial' && productGroup !== null && this.withoutCriteria.has(productGroup) && !this.tabular) {
      criteria = 'not_applicable';
    }
    // An editor bound to a municipality also writes the records of the ones merged into it.
    const allowed = this.allowed;
    if (allowed && !allowed.has(entity.code.toUpperCase()) && !(entity.succeededBy && allowed.has(entity.succeededBy.toUpperCase()))) {
      outcome.forbidden++;
      this.reject(location, entityColumn, `entity ${entity.code} is not one you may import for (${[...allowed].join(', ')})`, {
        code: 'entity_not_allowed',
        params: { entity: entity.code, allowed: [...allowed].join(', ') },
      });
      return null;
    }
    const tooLong = overlongText(draft);
    if (tooLong) {
      const column = this.columnOf(tooLong.field, tooLong.field === 'dossierId' ? 'lot' : tooLong.field);
      this.reject(location, column, `the text is ${tooLong.length} characters long; at most ${MAX_TEXT_LENGTH} are allowed`, {
        code: 'text_too_long',
        params: { column, length: tooLong.length, max: MAX_TEXT_LENGTH },
      });
      return null;
    }
    const earlier = this.seen.add(
      recordKey(entity.code, draft.dossierId),
      location.row !== undefined ? location.row : [location.notice, location.lot].filter(Boolean).join(' '),
    );
    if (earlier !== undefined) {
      const where = typeof earlier === 'number' ? `row ${earlier}` : earlier;
      this.reject(location, this.columnOf('dossierId', 'lot'), `duplicate key: ${entity.code} ${draft.dossierId} already appears at ${where}`, {
        code: 'duplicate_key',
        params:
          typeof earlier === 'number'
            ? { entity: entity.code, dossierId: draft.dossierId, row: earlier }
            : { entity: entity.code, dossierId: draft.dossierId, place: earlier },
      });
      return null;
    }
    return {
      entity: entity.code,
      dossierId: draft.dossierId,
      awardDate: draft.awardDate,
      title: draft.title,
      cpv: draft.cpv,
      productGroup,
      valueEur: draft.valueEur,
      amount: draft.amount,
      currency: draft.currency,
      criteria,
      innovative: draft.innovative,
      socialClause: draft.socialClause,
      circular: draft.circular,
      smeWinner: draft.smeWinner,
      framework: draft.framework,
      eSubmission: draft.eSubmission,
      procedure: draft.procedure,
      tendersReceived: draft.tendersReceived,
      supplier: draft.supplier,
    };
  }
}

/** The first text field of a row longer than a correction may write (the same cap), with its length. */
function overlongText(draft: {
  dossierId: string;
  title: string | null;
  supplier: string | null;
  cpv: string | null;
}): { field: 'dossierId' | 'title' | 'supplier' | 'cpv'; length: number } | null {
  for (const field of ['dossierId', 'title', 'supplier', 'cpv'] as const) {
    const value = draft[field];
    if (value !== null && value.length > MAX_TEXT_LENGTH) return { field, length: value.length };
  }
  return null;
}

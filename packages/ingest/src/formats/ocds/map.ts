/**
 * Mapping a compiled OCDS release to import items: one record per award that is not cancelled
 * or unsuccessful, an error or a skip with its reason otherwise. The decisions are listed in
 * ocds.ts.
 */
import type { Procedure } from '@koers/domain';
import type { DraftRecord, ImportItem, SourceLocation } from '../../types.ts';
import { ownValue } from '../untrusted-keys.ts';
import type { ReaderOptions } from '../reader-options.ts';
import { KeyDeduplicator, combineSme, cpvText, moneyFields, warningCollector, writtenDate } from '../award-fields.ts';
import { resolveMapping, signalsFromOcds, sustainabilityAnswers } from '../sustainability-mapping.ts';
import { isObject, objects, text, type JsonObject } from './json.ts';

const SME_SCALES: Readonly<Record<string, boolean>> = {
  micro: true,
  sme: true,
  small: true,
  medium: true,
  selfEmployed: true,
  large: false,
};

const NOT_AWARDED = new Set(['cancelled', 'unsuccessful']);

/** The Belgian enterprise register (Crossroads Bank for Enterprises) in org-id.guide. */
const BELGIAN_SCHEME = 'BE-BCE_KBO';

function procedureOf(tender: JsonObject | null): Procedure | null {
  const method = text(tender?.procurementMethod)?.toLowerCase();
  const details = (text(tender?.procurementMethodDetails) ?? '').toLowerCase();
  if (method === 'open') return 'open';
  if (method === 'limited' || method === 'direct') return 'negotiated_without_publication';
  if (method === 'selective') {
    if (details.includes('innovation partnership')) return 'innovation_partnership';
    if (details.includes('competitive dialogue')) return 'competitive_dialogue';
    if (details.includes('negotiat')) {
      return /without (prior )?(publication|call)/.test(details) ? 'negotiated_without_publication' : 'negotiated_with_publication';
    }
    if (details.includes('restricted')) return 'restricted';
    return 'other';
  }
  if (!method) return null;
  return 'other';
}

function eSubmissionOf(tender: JsonObject | null): boolean | null {
  const methods = Array.isArray(tender?.submissionMethod) ? tender.submissionMethod.filter((m): m is string => typeof m === 'string') : [];
  if (methods.length === 0) return null;
  if (methods.every((m) => m === 'electronicSubmission')) return true;
  if (!methods.includes('electronicSubmission')) return false;
  return null;
}

function cpvOf(items: unknown): string | null {
  for (const item of objects(items)) {
    const classification = isObject(item.classification) ? item.classification : null;
    if (classification && text(classification.scheme)?.toUpperCase() === 'CPV') return text(classification.id);
  }
  return null;
}

function enterpriseNumberOf(party: JsonObject | undefined): string | null {
  if (!party) return null;
  const identifiers = [party.identifier, ...(Array.isArray(party.additionalIdentifiers) ? party.additionalIdentifiers : [])];
  for (const identifier of identifiers) {
    if (isObject(identifier) && text(identifier.scheme) === BELGIAN_SCHEME) return text(identifier.id);
  }
  return null;
}

function amountOf(value: unknown): { amount: number | null; currency: string | null; present: boolean } {
  if (!isObject(value)) return { amount: null, currency: null, present: false };
  const raw = value.amount;
  const amount = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : null;
  return { amount, currency: text(value.currency), present: raw !== undefined && raw !== null };
}

export class OcdsMapper {
  readonly queue: ImportItem[] = [];
  private readonly keys = new KeyDeduplicator();

  constructor(private readonly options: ReaderOptions) {}

  compiled(release: JsonObject, where: string): void {
    const ocid = text(release.ocid);
    if (!ocid) {
      this.queue.push({
        kind: 'error',
        location: { notice: where },
        column: 'ocid',
        message: 'the release has no ocid, so its contracting process cannot be identified',
      });
      return;
    }
    const awards = objects(release.awards);
    if (awards.length === 0) {
      this.queue.push({
        kind: 'skip',
        location: { notice: ocid },
        reason: 'no award in this contracting process yet (planning or tender stage): awards nothing',
      });
      return;
    }
    const parties = new Map(objects(release.parties).flatMap((party) => (text(party.id) ? [[text(party.id)!, party] as const] : [])));
    for (const award of awards) this.award(release, ocid, award, parties);
  }

  private award(release: JsonObject, ocid: string, award: JsonObject, parties: ReadonlyMap<string, JsonObject>): void {
    const awardId = text(award.id);
    const location: SourceLocation = { notice: ocid, ...(awardId ? { lot: awardId } : {}) };
    if (!awardId) {
      this.queue.push({ kind: 'error', location, column: 'awards.id', message: 'an award without an id cannot be kept apart from the other awards' });
      return;
    }
    const status = text(award.status);
    if (status && NOT_AWARDED.has(status)) {
      this.queue.push({ kind: 'skip', location, reason: `award ${awardId} has status "${status}": no contract was awarded` });
      return;
    }
    const { warnings, warn } = warningCollector(location);
    const tender = isObject(release.tender) ? release.tender : null;
    const contracts = objects(release.contracts).filter((contract) => text(contract.awardID) === awardId);

    const signed = contracts
      .map((contract) => writtenDate(text(contract.dateSigned)))
      .filter((d): d is string => !!d)
      .sort();
    let awardDate = signed[0] ?? writtenDate(text(award.date));
    if (!awardDate) {
      awardDate = writtenDate(text(release.date));
      if (!awardDate) {
        this.queue.push({
          kind: 'error',
          location,
          column: 'contracts.dateSigned',
          message: 'no award date: neither a contract signature date, an award date nor a release date is given',
        });
        return;
      }
      warn('contracts.dateSigned', `no contract signature date or award date: the release date ${awardDate} is used as award date`);
    }

    let value = amountOf(award.value);
    if (!value.present) {
      const contractValues = contracts.map((contract) => amountOf(contract.value)).filter((v) => v.present);
      if (contractValues.length === 1) {
        value = contractValues[0]!;
        warn('awards.value', 'the award has no value: the value of its contract is used');
      }
    } else if (value.amount === null) {
      warn('awards.value', `"${String((award.value as JsonObject).amount)}" is not an amount`);
    }
    const money = moneyFields(value.amount, value.currency, this.options.eurRates, warn, 'awards.value');

    const rawCpv = cpvOf(award.items) ?? cpvOf(tender?.items);
    const cpv = cpvText(rawCpv);
    if (rawCpv && !cpv) warn('items.classification', `"${rawCpv}" is not a CPV code; left empty`);

    const suppliers = objects(award.suppliers);
    const supplierParties = suppliers.map((supplier) => parties.get(text(supplier.id) ?? '') ?? supplier);
    const smeWinner = combineSme(
      supplierParties.map((party) => {
        const scale = isObject(party.details) ? text(party.details.scale) : null;
        return scale ? (ownValue(SME_SCALES, scale) ?? null) : null;
      }),
    );
    const supplierNames = supplierParties.map((party) => text(party.name)).filter((name): name is string => !!name);

    const numberOfTenderers = tender?.numberOfTenderers;
    const tendersReceived =
      typeof numberOfTenderers === 'number' && Number.isSafeInteger(numberOfTenderers) && numberOfTenderers >= 0 ? numberOfTenderers : null;

    const techniques = isObject(tender?.techniques) ? tender.techniques : null;
    const framework = typeof techniques?.hasFrameworkAgreement === 'boolean' ? techniques.hasFrameworkAgreement : null;

    const relatedLots = Array.isArray(award.relatedLots) ? award.relatedLots.map(text).filter(Boolean) : [];
    const lot = objects(tender?.lots).find((candidate) => relatedLots.includes(text(candidate.id)));
    const lotStates = lot && (lot.sustainability !== undefined || lot.hasSustainability !== undefined);
    const signals = lotStates ? signalsFromOcds(lot.sustainability, lot.hasSustainability) : signalsFromOcds(tender?.sustainability, tender?.hasSustainability);
    const answers = sustainabilityAnswers(signals, resolveMapping(this.options.sustainabilityMapping));

    const buyerRef = isObject(release.buyer) ? release.buyer : null;
    const buyerParty =
      parties.get(text(buyerRef?.id) ?? '') ?? [...parties.values()].find((party) => Array.isArray(party.roles) && party.roles.includes('buyer'));
    const buyerName = text(buyerParty?.name) ?? text(buyerRef?.name);
    const enterpriseNumber = enterpriseNumberOf(buyerParty);

    const draft: DraftRecord = {
      dossierId: this.keys.unique(`${ocid}:${awardId}`),
      awardDate,
      title: text(award.title) ?? text(tender?.title),
      cpv,
      productGroup: null,
      ...money,
      ...answers,
      smeWinner,
      framework,
      eSubmission: eSubmissionOf(tender),
      procedure: procedureOf(tender),
      tendersReceived,
      supplier: supplierNames.length > 0 ? supplierNames.join('; ') : null,
      buyer: { ...(buyerName ? { name: buyerName } : {}), ...(enterpriseNumber ? { enterpriseNumber } : {}) },
    };
    this.queue.push({ kind: 'record', location, draft, ...(warnings.length > 0 ? { warnings } : {}) });
  }
}

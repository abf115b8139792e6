/**
 * Mapping a collected eForms notice (eforms/collect.ts) to import items: one record per lot
 * result with a winner chosen (BT-142 `selec-w`), once per settled contract it references; skips
 * with a reason for notices and lot results that award nothing. The decisions are listed in
 * eforms.ts.
 */
import type { Procedure } from '@koers/domain';
import type { DraftRecord, ImportItem, SourceLocation } from '../../types.ts';
import type { ReaderOptions } from '../reader-options.ts';
import {
  KeyDeduplicator,
  combineSme,
  cpvText,
  eSubmissionFromCounts,
  moneyFields,
  noticeCount,
  noticeNumber,
  warningCollector,
  writtenDate,
} from '../award-fields.ts';
import { resolveMapping, sustainabilityAnswers } from '../sustainability-mapping.ts';
import { ownValue } from '../untrusted-keys.ts';
import type { EformsNotice, LotResult, LotTender, Organization, SettledContract, TenderingParty, Texts } from './collect.ts';
import { noticeKind } from './notice-kind.ts';

const PROCEDURES: Readonly<Record<string, Procedure>> = {
  open: 'open',
  restricted: 'restricted',
  'neg-w-call': 'negotiated_with_publication',
  'neg-wo-call': 'negotiated_without_publication',
  'comp-dial': 'competitive_dialogue',
  innovation: 'innovation_partnership',
  'comp-tend': 'other',
  'oth-single': 'other',
  'oth-mult': 'other',
  'exp-int-rail': 'other',
};

const SME_SIZES: Readonly<Record<string, boolean>> = { micro: true, small: true, medium: true, sme: true, large: false };

const FRAMEWORK_CODES: Readonly<Record<string, boolean>> = { none: false, 'fa-wo-rc': true, 'fa-w-rc': true, 'fa-mix': true };

function pick(texts: Texts, language: string | null): string | null {
  if (language && texts.has(language)) return texts.get(language)!;
  for (const text of texts.values()) return text;
  return null;
}

/** The import items of one notice, in the order of its lot results. */
export function mapEformsNotice(notice: EformsNotice, options: ReaderOptions): ImportItem[] {
  return new EformsMapper(notice, options).items();
}

class EformsMapper {
  private readonly queue: ImportItem[] = [];
  private readonly keys = new KeyDeduplicator();

  constructor(
    private readonly notice: EformsNotice,
    private readonly options: ReaderOptions,
  ) {}

  private location(lot?: string): SourceLocation {
    return { ...(this.notice.noticeId ? { notice: this.notice.noticeId } : {}), ...(lot ? { lot } : {}) };
  }

  items(): ImportItem[] {
    const { root, subtype, noticeType, lotResults, contracts } = this.notice;
    const kind = noticeKind(root, subtype, noticeType);
    if (!kind.award) {
      this.queue.push({ kind: 'skip', location: this.location(), reason: kind.reason });
      return this.queue;
    }
    if (lotResults.length === 0) {
      this.queue.push({ kind: 'skip', location: this.location(), reason: 'contract award notice without any lot result (efac:LotResult): nothing awarded' });
      return this.queue;
    }
    // A lot with several records (several contracts, or several results) gets the contract or
    // result id in its key; a lot with one record is keyed by the lot alone.
    const perLot = new Map<string, number>();
    for (const result of lotResults) {
      if (result.code !== 'selec-w') continue;
      const lotId = result.lotId ?? result.id ?? '?';
      const settled = result.contractRefs.filter((id) => contracts.has(id)).length;
      perLot.set(lotId, (perLot.get(lotId) ?? 0) + Math.max(1, settled));
    }
    for (const result of lotResults) this.emitResult(result, perLot);
    return this.queue;
  }

  private emitResult(result: LotResult, perLot: ReadonlyMap<string, number>): void {
    const lotId = result.lotId ?? result.id ?? '?';
    if (result.code !== 'selec-w') {
      const why =
        result.code === 'clos-nw'
          ? `no winner was chosen and the competition is closed (BT-142 clos-nw${result.decisionReason ? `, reason ${result.decisionReason}` : ''})`
          : result.code === 'open-nw'
            ? 'no winner has been chosen yet; the competition is still open (BT-142 open-nw)'
            : `no winner chosen (BT-142 ${result.code ? `"${result.code}"` : 'missing'})`;
      this.queue.push({ kind: 'skip', location: this.location(lotId), reason: `lot ${lotId}: ${why}` });
      return;
    }
    const contracts = result.contractRefs.map((id) => this.notice.contracts.get(id)).filter((c): c is SettledContract => !!c);
    const targets: (SettledContract | null)[] = contracts.length > 0 ? contracts : [null];
    const several = (perLot.get(lotId) ?? 0) > 1;
    for (const contract of targets) {
      const part = several ? (contract?.id ?? result.id) : null;
      this.emitRecord(result, lotId, contract, part);
    }
  }

  /** `part`: the contract (or lot result) id that tells this record apart from others of its lot. */
  private emitRecord(result: LotResult, lotId: string, contract: SettledContract | null, part: string | null): void {
    const notice = this.notice;
    const lotLabel = part ? `${lotId}, ${contract ? 'contract' : 'result'} ${part}` : lotId;
    const location = this.location(lotLabel);
    const { warnings, warn } = warningCollector(location);
    const lot = result.lotId ? notice.lots.get(result.lotId) : undefined;

    // The winning tender(s): the contract's tender for this lot, else the lot result's. A tender
    // for another lot is ignored (one contract can cover several lots); a tender for a group of
    // lots (BT-330) is not a lot of its own and is kept.
    const ofLot = (ids: readonly string[]) =>
      ids
        .map((id) => notice.tenders.get(id))
        .filter((t): t is LotTender => !!t && (!t.lotId || !result.lotId || t.lotId === result.lotId || !notice.lots.has(t.lotId)));
    let tenders = contract ? ofLot(contract.tenderRefs) : [];
    if (tenders.length === 0) {
      tenders = ofLot(result.tenderRefs);
      if (tenders.length > 1) {
        const ranked = tenders.filter((t) => t.rank === '1');
        if (ranked.length === 1) tenders = ranked;
        else {
          warn('BT-720', `the lot result lists ${tenders.length} tenders and no contract tells which one won: the awarded value and winner are left unknown`);
          tenders = [];
        }
      }
    }

    // Award date.
    let awardDate = writtenDate(contract?.issueDate);
    if (!awardDate) {
      const decision = writtenDate(contract?.awardDate);
      const dispatch = writtenDate(notice.issueDate);
      if (decision) {
        awardDate = decision;
        warn('BT-145', `no contract conclusion date (BT-145): the winner decision date ${decision} (BT-1451) is used as award date`);
      } else if (dispatch) {
        awardDate = dispatch;
        warn('BT-145', `no contract conclusion date (BT-145): the notice dispatch date ${dispatch} (BT-05) is used as award date`);
      } else {
        this.queue.push({
          kind: 'error',
          location,
          column: 'BT-145',
          message: 'no award date: the notice gives neither a contract conclusion date (BT-145) nor a dispatch date (BT-05)',
        });
        return;
      }
    }

    // Value: the winning tender's value (BT-720); several tenders of one contract are added up.
    let amount: number | null = null;
    let currency: string | null = null;
    const priced = tenders.filter((t) => t.amount !== null);
    const currencies = new Set(priced.map((t) => t.currency ?? ''));
    if (priced.length > 0 && currencies.size === 1) {
      const values = priced.map((t) => noticeNumber(t.amount));
      if (values.every((v) => v !== null)) {
        amount = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
        currency = priced[0]!.currency;
      } else {
        warn('BT-720', `"${priced.find((t) => noticeNumber(t.amount) === null)?.amount}" is not an amount`);
      }
    } else if (currencies.size > 1) {
      warn('BT-720', `the contract's tenders are in several currencies (${[...currencies].join(', ')}); their value cannot be added up`);
    }
    const money = moneyFields(amount, currency, this.options.eurRates, warn, 'BT-720');

    // Winners: the tenderers of the winning tenders' tendering parties.
    const partyList = tenders.map((t) => (t.partyId ? notice.parties.get(t.partyId) : undefined)).filter((p): p is TenderingParty => !!p);
    const smeWinner = combineSme(
      partyList
        .flatMap((p) => p.tenderers)
        .map((id) => {
          const size = notice.organizations.get(id)?.size;
          return size ? (ownValue(SME_SIZES, size) ?? null) : null;
        }),
    );
    const supplierNames = partyList
      .map(
        (p) =>
          p.name ??
          p.tenderers
            .map((id) => this.orgName(notice.organizations.get(id)))
            .filter(Boolean)
            .join('; '),
      )
      .filter(Boolean);

    const tendersReceived = noticeCount(result.stats.get('tenders'));
    const eSubmission = eSubmissionFromCounts(tendersReceived, noticeCount(result.stats.get('t-esubm')), warn, 'BT-759');

    const rawCpv = lot?.cpv ?? notice.procedureCpv;
    const cpv = cpvText(rawCpv);
    if (rawCpv && !cpv) warn('BT-262', `"${rawCpv}" is not a CPV code; left empty`);

    let framework: boolean | null = null;
    if (contract?.framework === 'true') framework = true;
    else if (contract?.framework === 'false') framework = false;
    else if (lot?.framework) framework = ownValue(FRAMEWORK_CODES, lot.framework) ?? null;

    const signals = { ...notice.procedureSignals, ...(lot?.signals ?? {}) };
    const answers = sustainabilityAnswers(signals, resolveMapping(this.options.sustainabilityMapping));

    const buyer = notice.buyerRefs.map((id) => notice.organizations.get(id)).find((o) => !!o);
    const buyerName = this.orgName(buyer);
    const procedureId = notice.folderId ?? notice.noticeId ?? 'unidentified-procedure';
    const dossierId = this.keys.unique(`${procedureId}:${lotId}${part ? `:${part}` : ''}`);

    const draft: DraftRecord = {
      dossierId,
      awardDate,
      title: (lot && pick(lot.names, notice.language)) ?? pick(notice.procedureNames, notice.language),
      cpv,
      productGroup: null,
      ...money,
      ...answers,
      smeWinner,
      framework,
      eSubmission,
      procedure: notice.procedureCode ? (ownValue(PROCEDURES, notice.procedureCode) ?? 'other') : null,
      tendersReceived,
      supplier: supplierNames.length > 0 ? supplierNames.join('; ') : null,
      buyer: {
        ...(buyerName ? { name: buyerName } : {}),
        ...(buyer?.companyId ? { enterpriseNumber: buyer.companyId } : {}),
      },
    };
    this.queue.push({ kind: 'record', location, draft, ...(warnings.length > 0 ? { warnings } : {}) });
  }

  private orgName(organization: Organization | undefined): string | null {
    if (!organization) return null;
    return pick(organization.names, this.notice.language) ?? organization.registrationName;
  }
}

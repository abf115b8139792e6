/**
 * EU eForms notices (UBL XML, SDK 1.x): one record per lot result with a winner chosen
 * (BT-142 `selec-w`), once per settled contract it references (once if it references none).
 *
 * Streaming: the notice is parsed with saxes into small tables (lot results, tenders, contracts,
 * tendering parties, organisations, lots) that are joined when the notice ends. No DOM is built;
 * a notice is at most a few MB, and the tables are capped.
 *
 * Decisions:
 * - Record key: `<ContractFolderID>:<lot id>`, plus `:<contract id>` when a lot result settles
 *   several contracts (a framework with several winners). BT-04 (ContractFolderID) identifies the
 *   procedure across all of its notices, so a change notice (BT-140) or a later award notice of
 *   the same procedure updates the same records.
 * - The tender behind a record is the settled contract's tender for this lot (BT-3202); a contract
 *   may cover several lots, so tenders of other lots are ignored. Without one, the lot result's
 *   tender (OPT-320) is used.
 * - Award date: BT-145 contract conclusion date; else BT-1451 winner decision date; else the
 *   notice dispatch date (BT-05), each fallback with a warning.
 * - Voluntary ex-ante transparency notices (subtypes 25–28, notice type `veat`) are skipped with
 *   a reason: they announce the intention to award directly and are not award notices; the award
 *   appears in the contract award notice that follows (importing both would count it twice).
 *   Contract notices, prior information notices, design contest results and modification notices
 *   are skipped likewise.
 * - SME (BT-165): micro/small/medium/sme → true, large → false, absent → unknown; several winners
 *   in one tendering party: see combineSme. Subcontractors do not count.
 * - Electronic submission from BT-759/BT-760 counts (`t-esubm` vs `tenders`), see
 *   eSubmissionFromCounts. BT-17 (SubmissionMethodCode) says what the procedure allowed, not how
 *   tenders came in, and notices converted from TED XML fill it with a default (`not-allowed`)
 *   that contradicts their own counts; it is not used.
 * - Sustainability flags per lot from BT-06/774/775/776/805 via the configurable mapping
 *   (sustainability-mapping.ts).
 */
import type { Procedure } from '@koers/domain';
import type { DraftRecord, ImportItem, ReadResult, SourceLocation } from '../types.ts';
import { FileRejectedError } from '../types.ts';
import { ByteSource, type ByteInput } from './byte-source.ts';
import { EFORMS_NAMESPACES } from './detect.ts';
import { XmlStream, type XmlElement, type XmlSink } from './xml-stream.ts';
import { maxBytesOf, type ReaderOptions } from './reader-options.ts';
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
} from './award-fields.ts';
import {
  addSignal,
  isSustainabilityList,
  resolveMapping,
  sustainabilityAnswers,
  type SustainabilityList,
} from './sustainability-mapping.ts';
import { ownValue } from './untrusted-keys.ts';

const PREFIXES: Readonly<Record<string, string>> = {
  'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2': 'cac',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2': 'cbc',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2': 'ext',
  'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1': 'efac',
  'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1': 'efbc',
  'http://data.europa.eu/p27/eforms-ubl-extensions/1': 'efext',
};

const EXT = 'ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension';
const RESULT = `${EXT}/efac:NoticeResult`;
const ORGANIZATION = `${EXT}/efac:Organizations/efac:Organization`;
const LOT = 'cac:ProcurementProjectLot';

/** More entries than this in one table is not a notice; refusing keeps memory bounded. */
const MAX_TABLE = 100_000;

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

type Texts = Map<string, string>;

interface LotResult {
  id: string | null;
  code: string | null;
  lotId: string | null;
  tenderRefs: string[];
  contractRefs: string[];
  stats: Map<string, string | null>;
  statCode: string | null;
  statNumber: string | null;
  decisionReason: string | null;
}

interface LotTender {
  id: string | null;
  rank: string | null;
  amount: string | null;
  currency: string | null;
  partyId: string | null;
  lotId: string | null;
}

interface SettledContract {
  id: string | null;
  issueDate: string | null;
  awardDate: string | null;
  framework: string | null;
  tenderRefs: string[];
}

interface TenderingParty {
  id: string | null;
  name: string | null;
  tenderers: string[];
}

interface Organization {
  id: string | null;
  names: Texts;
  registrationName: string | null;
  companyId: string | null;
  size: string | null;
}

interface Lot {
  id: string | null;
  scheme: string | null;
  names: Texts;
  cpv: string | null;
  signals: Partial<Record<SustainabilityList, Set<string>>>;
  framework: string | null;
}

type NoticeKind = { award: true } | { award: false; reason: string };

function subtypeKind(subtype: string, label: string): NoticeKind | null {
  const n = /^\d+$/.test(subtype) ? Number(subtype) : null;
  const named = `${label} (eForms subtype ${subtype})`;
  if ((n !== null && n >= 29 && n <= 35) || subtype === 'E4' || subtype === 'T02') return { award: true };
  if (n !== null && n >= 25 && n <= 28) return { award: false, reason: veatReason(subtype) };
  if (n === 36 || n === 37) return { award: false, reason: `design contest result notice (eForms subtype ${subtype}): awards prizes, not contracts` };
  if ((n !== null && n >= 38 && n <= 40) || subtype === 'E6') {
    return { award: false, reason: `contract modification notice (eForms subtype ${subtype}): changes a contract awarded earlier; that contract comes from its contract award notice` };
  }
  if ((n !== null && n >= 1 && n <= 9) || subtype === 'E2' || subtype === 'T01') {
    return { award: false, reason: `prior information notice (eForms subtype ${subtype}): announces planned procurement, awards nothing` };
  }
  if (n !== null && n >= 10 && n <= 14) {
    return { award: false, reason: `prior information notice used as a call for competition (eForms subtype ${subtype}): announces a procurement, awards nothing` };
  }
  if (n === 15) return { award: false, reason: `qualification system notice (eForms subtype 15): awards nothing` };
  if ((n !== null && n >= 16 && n <= 24) || subtype === 'E3' || subtype === 'CEI') {
    return { award: false, reason: `contract notice (eForms subtype ${subtype}): announces a procurement, awards nothing` };
  }
  if (subtype === 'E1') return { award: false, reason: 'pre-market consultation notice (eForms subtype E1): awards nothing' };
  if (subtype === 'E5') {
    return { award: false, reason: 'contract completion notice (eForms subtype E5): reports on a contract awarded earlier; that contract comes from its contract award notice' };
  }
  if (subtype === 'X01' || subtype === 'X02') return { award: false, reason: `${named}: a company registration, not a procurement notice` };
  return null;
}

function veatReason(subtype: string | null): string {
  return `voluntary ex-ante transparency notice${subtype ? ` (eForms subtype ${subtype})` : ''}: announces the intention to award a contract directly and is not an award notice; the award will appear in its contract award notice`;
}

function noticeTypeKind(noticeType: string): NoticeKind | null {
  if (noticeType === 'veat') return { award: false, reason: veatReason(null) };
  if (noticeType === 'can-modif') return { award: false, reason: `contract modification notice (${noticeType}): changes a contract awarded earlier; that contract comes from its contract award notice` };
  if (noticeType === 'can-desg') return { award: false, reason: `design contest result notice (${noticeType}): awards prizes, not contracts` };
  if (noticeType.startsWith('can-')) return { award: true };
  if (noticeType.startsWith('pin-')) return { award: false, reason: `prior information notice (${noticeType}): announces planned procurement, awards nothing` };
  if (noticeType.startsWith('cn-')) return { award: false, reason: `contract notice (${noticeType}): announces a procurement, awards nothing` };
  return null;
}

function pick(texts: Texts, language: string | null): string | null {
  if (language && texts.has(language)) return texts.get(language)!;
  for (const text of texts.values()) return text;
  return null;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

class EformsSink implements XmlSink {
  root: string | null = null;
  readonly queue: ImportItem[] = [];

  private noticeId: string | null = null;
  private folderId: string | null = null;
  private issueDate: string | null = null;
  private noticeType: string | null = null;
  private language: string | null = null;
  private subtype: string | null = null;
  private procedureCode: string | null = null;
  private readonly procedureNames: Texts = new Map();
  private procedureCpv: string | null = null;
  private readonly procedureSignals: Partial<Record<SustainabilityList, Set<string>>> = {};
  private readonly buyerRefs: string[] = [];

  private readonly lotResults: LotResult[] = [];
  private readonly tenders = new Map<string, LotTender>();
  private readonly contracts = new Map<string, SettledContract>();
  private readonly parties = new Map<string, TenderingParty>();
  private readonly organizations = new Map<string, Organization>();
  private readonly lots = new Map<string, Lot>();

  private lotResult: LotResult | null = null;
  private tender: LotTender | null = null;
  private contract: SettledContract | null = null;
  private party: TenderingParty | null = null;
  private organization: Organization | null = null;
  private lot: Lot | null = null;
  private readonly keys = new KeyDeduplicator();

  constructor(private readonly options: ReaderOptions) {}

  open(element: XmlElement, path: readonly string[]): void {
    if (path.length === 1) {
      const expected = ownValue(EFORMS_NAMESPACES, element.local);
      if (!expected || element.uri !== expected) {
        throw new FileRejectedError(
          expected
            ? `this is not an eForms notice: its root <${element.local}> is not in the eForms UBL namespace ${expected}`
            : `this is not an eForms notice: its root element is <${element.local}>, not <ContractAwardNotice>, <ContractNotice> or <PriorInformationNotice>`,
        );
      }
      this.root = element.local;
      return;
    }
    const rel = path.slice(1).join('/');
    switch (rel) {
      case `${RESULT}/efac:LotResult`:
        this.lotResult = { id: null, code: null, lotId: null, tenderRefs: [], contractRefs: [], stats: new Map(), statCode: null, statNumber: null, decisionReason: null };
        break;
      case `${RESULT}/efac:LotTender`:
        this.tender = { id: null, rank: null, amount: null, currency: null, partyId: null, lotId: null };
        break;
      case `${RESULT}/efac:SettledContract`:
        this.contract = { id: null, issueDate: null, awardDate: null, framework: null, tenderRefs: [] };
        break;
      case `${RESULT}/efac:TenderingParty`:
        this.party = { id: null, name: null, tenderers: [] };
        break;
      case ORGANIZATION:
        this.organization = { id: null, names: new Map(), registrationName: null, companyId: null, size: null };
        break;
      case LOT:
        this.lot = { id: null, scheme: null, names: new Map(), cpv: null, signals: {}, framework: null };
        break;
    }
  }

  private static store<T>(table: Map<string, T>, id: string | null, value: T): void {
    if (!id || table.has(id)) return;
    if (table.size >= MAX_TABLE) throw new FileRejectedError(`the eForms notice lists more than ${MAX_TABLE} entries of one kind; it is not a notice this importer can read`);
    table.set(id, value);
  }

  close(element: XmlElement, raw: string, path: readonly string[]): void {
    if (path.length === 1) {
      this.finish();
      return;
    }
    const rel = path.slice(1).join('/');
    const text = clean(raw);
    const attrs = element.attributes;

    if (this.lotResult && rel.startsWith(`${RESULT}/efac:LotResult`)) {
      const r = this.lotResult;
      const sub = rel.slice(`${RESULT}/efac:LotResult`.length + 1);
      if (sub === '') {
        if (this.lotResults.length >= MAX_TABLE) throw new FileRejectedError(`the eForms notice lists more than ${MAX_TABLE} lot results`);
        this.lotResults.push(r);
        this.lotResult = null;
      } else if (sub === 'cbc:ID') r.id = text || null;
      else if (sub === 'cbc:TenderResultCode') r.code = text || null;
      else if (sub === 'efac:TenderLot/cbc:ID') r.lotId = text || null;
      else if (sub === 'efac:LotTender/cbc:ID' && text) r.tenderRefs.push(text);
      else if (sub === 'efac:SettledContract/cbc:ID' && text) r.contractRefs.push(text);
      else if (sub === 'efac:ReceivedSubmissionsStatistics/efbc:StatisticsCode') r.statCode = text || null;
      else if (sub === 'efac:ReceivedSubmissionsStatistics/efbc:StatisticsNumeric') r.statNumber = text || null;
      else if (sub === 'efac:ReceivedSubmissionsStatistics') {
        if (r.statCode && !r.stats.has(r.statCode)) r.stats.set(r.statCode, r.statNumber);
        r.statCode = null;
        r.statNumber = null;
      } else if (sub === 'efac:DecisionReason/efbc:DecisionReasonCode') r.decisionReason = text || null;
      return;
    }
    if (this.tender && rel.startsWith(`${RESULT}/efac:LotTender`)) {
      const t = this.tender;
      const sub = rel.slice(`${RESULT}/efac:LotTender`.length + 1);
      if (sub === '') {
        EformsSink.store(this.tenders, t.id, t);
        this.tender = null;
      } else if (sub === 'cbc:ID') t.id = text || null;
      else if (sub === 'cbc:RankCode') t.rank = text || null;
      else if (sub === 'cac:LegalMonetaryTotal/cbc:PayableAmount') {
        t.amount = text || null;
        t.currency = attrs.currencyID ?? null;
      } else if (sub === 'efac:TenderingParty/cbc:ID') t.partyId = text || null;
      else if (sub === 'efac:TenderLot/cbc:ID') t.lotId = text || null;
      return;
    }
    if (this.contract && rel.startsWith(`${RESULT}/efac:SettledContract`)) {
      const c = this.contract;
      const sub = rel.slice(`${RESULT}/efac:SettledContract`.length + 1);
      if (sub === '') {
        EformsSink.store(this.contracts, c.id, c);
        this.contract = null;
      } else if (sub === 'cbc:ID') c.id = text || null;
      else if (sub === 'cbc:IssueDate') c.issueDate = text || null;
      else if (sub === 'cbc:AwardDate') c.awardDate = text || null;
      else if (sub === 'efbc:ContractFrameworkIndicator') c.framework = text || null;
      else if (sub === 'efac:LotTender/cbc:ID' && text) c.tenderRefs.push(text);
      return;
    }
    if (this.party && rel.startsWith(`${RESULT}/efac:TenderingParty`)) {
      const p = this.party;
      const sub = rel.slice(`${RESULT}/efac:TenderingParty`.length + 1);
      if (sub === '') {
        EformsSink.store(this.parties, p.id, p);
        this.party = null;
      } else if (sub === 'cbc:ID') p.id = text || null;
      else if (sub === 'cbc:Name') p.name ??= text || null;
      else if (sub === 'efac:Tenderer/cbc:ID' && text) p.tenderers.push(text);
      return;
    }
    if (this.organization && rel.startsWith(ORGANIZATION)) {
      const o = this.organization;
      const sub = rel.slice(ORGANIZATION.length + 1);
      if (sub === '') {
        EformsSink.store(this.organizations, o.id, o);
        this.organization = null;
      } else if (sub === 'efac:Company/cac:PartyIdentification/cbc:ID') o.id = text || null;
      else if (sub === 'efac:Company/cac:PartyName/cbc:Name' && text) o.names.set(attrs.languageID ?? '', text);
      else if (sub === 'efac:Company/cac:PartyLegalEntity/cbc:RegistrationName') o.registrationName ??= text || null;
      else if (sub === 'efac:Company/cac:PartyLegalEntity/cbc:CompanyID') o.companyId ??= text || null;
      else if (sub === 'efac:Company/efbc:CompanySizeCode') o.size = text || null;
      return;
    }
    if (this.lot && rel.startsWith(LOT)) {
      const l = this.lot;
      const sub = rel.slice(LOT.length + 1);
      if (sub === '') {
        if (l.scheme !== 'LotsGroup' && l.scheme !== 'Part') EformsSink.store(this.lots, l.id, l);
        this.lot = null;
      } else if (sub === 'cbc:ID') {
        l.id = text || null;
        l.scheme = attrs.schemeName ?? null;
      } else if (sub === 'cac:ProcurementProject/cbc:Name' && text) l.names.set(attrs.languageID ?? '', text);
      else if (sub === 'cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode') {
        if (!attrs.listName || attrs.listName === 'cpv') l.cpv ??= text || null;
      } else if (sub === 'cac:ProcurementProject/cac:ProcurementAdditionalType/cbc:ProcurementTypeCode') {
        if (text && isSustainabilityList(attrs.listName)) addSignal(l.signals, attrs.listName, text);
      } else if (sub === 'cac:TenderingProcess/cac:ContractingSystem/cbc:ContractingSystemTypeCode') {
        if (attrs.listName === 'framework-agreement') l.framework = text || null;
      }
      return;
    }
    switch (rel) {
      case 'cbc:ID':
        this.noticeId = text || null;
        break;
      case 'cbc:ContractFolderID':
        this.folderId = text || null;
        break;
      case 'cbc:IssueDate':
        this.issueDate = text || null;
        break;
      case 'cbc:NoticeTypeCode':
        this.noticeType = text || null;
        break;
      case 'cbc:NoticeLanguageCode':
        this.language ??= text || null;
        break;
      case `${EXT}/efac:NoticeSubType/cbc:SubTypeCode`:
        this.subtype = text || null;
        break;
      case 'cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID':
        if (text && this.buyerRefs.length < 100) this.buyerRefs.push(text);
        break;
      case 'cac:TenderingProcess/cbc:ProcedureCode':
        this.procedureCode = text || null;
        break;
      case 'cac:ProcurementProject/cbc:Name':
        if (text) this.procedureNames.set(attrs.languageID ?? '', text);
        break;
      case 'cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode':
        if (!attrs.listName || attrs.listName === 'cpv') this.procedureCpv ??= text || null;
        break;
      case 'cac:ProcurementProject/cac:ProcurementAdditionalType/cbc:ProcurementTypeCode':
        if (text && isSustainabilityList(attrs.listName)) addSignal(this.procedureSignals, attrs.listName, text);
        break;
    }
  }

  private location(lot?: string): SourceLocation {
    return { ...(this.noticeId ? { notice: this.noticeId } : {}), ...(lot ? { lot } : {}) };
  }

  private kind(): NoticeKind {
    const bySubtype = this.subtype ? subtypeKind(this.subtype, 'eForms notice') : null;
    if (bySubtype) return bySubtype;
    const byType = this.noticeType ? noticeTypeKind(this.noticeType) : null;
    if (byType) return byType;
    if (this.root === 'ContractNotice') return { award: false, reason: 'contract notice: announces a procurement, awards nothing' };
    if (this.root === 'PriorInformationNotice') return { award: false, reason: 'prior information notice: announces planned procurement, awards nothing' };
    return { award: true };
  }

  private finish(): void {
    const kind = this.kind();
    if (!kind.award) {
      this.queue.push({ kind: 'skip', location: this.location(), reason: kind.reason });
      return;
    }
    if (this.lotResults.length === 0) {
      this.queue.push({ kind: 'skip', location: this.location(), reason: 'contract award notice without any lot result (efac:LotResult): nothing awarded' });
      return;
    }
    // A lot with several records (several contracts, or several results) gets the contract or
    // result id in its key; a lot with one record is keyed by the lot alone.
    const perLot = new Map<string, number>();
    for (const result of this.lotResults) {
      if (result.code !== 'selec-w') continue;
      const lotId = result.lotId ?? result.id ?? '?';
      const contracts = result.contractRefs.filter((id) => this.contracts.has(id)).length;
      perLot.set(lotId, (perLot.get(lotId) ?? 0) + Math.max(1, contracts));
    }
    for (const result of this.lotResults) this.emitResult(result, perLot);
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
    const contracts = result.contractRefs.map((id) => this.contracts.get(id)).filter((c): c is SettledContract => !!c);
    const targets: (SettledContract | null)[] = contracts.length > 0 ? contracts : [null];
    const several = (perLot.get(lotId) ?? 0) > 1;
    for (const contract of targets) {
      const part = several ? (contract?.id ?? result.id) : null;
      this.emitRecord(result, lotId, contract, part);
    }
  }

  /** `part`: the contract (or lot result) id that tells this record apart from others of its lot. */
  private emitRecord(result: LotResult, lotId: string, contract: SettledContract | null, part: string | null): void {
    const lotLabel = part ? `${lotId}, ${contract ? 'contract' : 'result'} ${part}` : lotId;
    const location = this.location(lotLabel);
    const { warnings, warn } = warningCollector(location);
    const lot = result.lotId ? this.lots.get(result.lotId) : undefined;

    // The winning tender(s): the contract's tender for this lot, else the lot result's. A tender
    // for another lot is ignored (one contract can cover several lots); a tender for a group of
    // lots (BT-330) is not a lot of its own and is kept.
    const ofLot = (ids: readonly string[]) =>
      ids
        .map((id) => this.tenders.get(id))
        .filter((t): t is LotTender => !!t && (!t.lotId || !result.lotId || t.lotId === result.lotId || !this.lots.has(t.lotId)));
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
      const dispatch = writtenDate(this.issueDate);
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
    const partyList = tenders.map((t) => (t.partyId ? this.parties.get(t.partyId) : undefined)).filter((p): p is TenderingParty => !!p);
    const smeWinner = combineSme(
      partyList.flatMap((p) => p.tenderers).map((id) => {
        const size = this.organizations.get(id)?.size;
        return size ? (ownValue(SME_SIZES, size) ?? null) : null;
      }),
    );
    const supplierNames = partyList.map((p) => p.name ?? p.tenderers.map((id) => this.orgName(this.organizations.get(id))).filter(Boolean).join('; ')).filter(Boolean);

    const tendersReceived = noticeCount(result.stats.get('tenders'));
    const eSubmission = eSubmissionFromCounts(tendersReceived, noticeCount(result.stats.get('t-esubm')), warn, 'BT-759');

    const rawCpv = lot?.cpv ?? this.procedureCpv;
    const cpv = cpvText(rawCpv);
    if (rawCpv && !cpv) warn('BT-262', `"${rawCpv}" is not a CPV code; left empty`);

    let framework: boolean | null = null;
    if (contract?.framework === 'true') framework = true;
    else if (contract?.framework === 'false') framework = false;
    else if (lot?.framework) framework = ownValue(FRAMEWORK_CODES, lot.framework) ?? null;

    const signals = { ...this.procedureSignals, ...(lot?.signals ?? {}) };
    const answers = sustainabilityAnswers(signals, resolveMapping(this.options.sustainabilityMapping));

    const buyer = this.buyerRefs.map((id) => this.organizations.get(id)).find((o) => !!o);
    const buyerName = this.orgName(buyer);
    const procedureId = this.folderId ?? this.noticeId ?? 'unidentified-procedure';
    const dossierId = this.keys.unique(`${procedureId}:${lotId}${part ? `:${part}` : ''}`);

    const draft: DraftRecord = {
      dossierId,
      awardDate,
      title: (lot && pick(lot.names, this.language)) ?? pick(this.procedureNames, this.language),
      cpv,
      productGroup: null,
      ...money,
      ...answers,
      smeWinner,
      framework,
      eSubmission,
      procedure: this.procedureCode ? (ownValue(PROCEDURES, this.procedureCode) ?? 'other') : null,
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
    return pick(organization.names, this.language) ?? organization.registrationName;
  }
}

/**
 * Reads an eForms notice. Resolves once the root element is known (a file that is not an eForms
 * notice, or declares XML entities, is rejected then); a malformed or truncated notice makes the
 * iteration throw FileRejectedError. Items come when the notice has been read to its end.
 */
export async function readEforms(input: ByteInput, options: ReaderOptions = {}): Promise<ReadResult> {
  const source = new ByteSource(input, maxBytesOf(options));
  const sink = new EformsSink(options);
  const xml = new XmlStream(source, sink, { what: 'the eForms notice', prefixes: PREFIXES });
  let more = true;
  try {
    while (more && !sink.root) more = await xml.pump();
    if (!sink.root) throw new FileRejectedError('the eForms notice has no root element');
  } catch (error) {
    await source.close();
    throw error;
  }
  async function* items(): AsyncGenerator<ImportItem> {
    try {
      while (more) {
        more = await xml.pump();
        yield* sink.queue.splice(0);
      }
      yield* sink.queue.splice(0);
    } finally {
      await source.close();
    }
  }
  return { format: 'eforms', warnings: [], items: items() };
}

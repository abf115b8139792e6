/**
 * Collecting an eForms notice: a saxes sink that reads the UBL elements into small tables (lot
 * results, tenders, settled contracts, tendering parties, organisations, lots) and the
 * notice-level facts, and hands the whole notice over when its root element closes. Nothing is
 * interpreted here; eforms/map.ts joins the tables into records. The tables are capped, so a
 * hostile file cannot grow memory without bound.
 */
import { FileRejectedError } from '../../types.ts';
import { EFORMS_NAMESPACES } from '../detect.ts';
import type { XmlElement, XmlSink } from '../xml-stream.ts';
import { addSignal, isSustainabilityList, type SustainabilityList } from '../sustainability-mapping.ts';
import { ownValue } from '../untrusted-keys.ts';

export const PREFIXES: Readonly<Record<string, string>> = {
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

export type Texts = Map<string, string>;

type Signals = Partial<Record<SustainabilityList, Set<string>>>;

export interface LotResult {
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

export interface LotTender {
  id: string | null;
  rank: string | null;
  amount: string | null;
  currency: string | null;
  partyId: string | null;
  lotId: string | null;
}

export interface SettledContract {
  id: string | null;
  issueDate: string | null;
  awardDate: string | null;
  framework: string | null;
  tenderRefs: string[];
}

export interface TenderingParty {
  id: string | null;
  name: string | null;
  tenderers: string[];
}

export interface Organization {
  id: string | null;
  names: Texts;
  registrationName: string | null;
  companyId: string | null;
  size: string | null;
}

export interface Lot {
  id: string | null;
  scheme: string | null;
  names: Texts;
  cpv: string | null;
  signals: Signals;
  framework: string | null;
}

/** One notice as collected: its facts and tables, in the words of the eForms schema. */
export interface EformsNotice {
  root: string | null;
  noticeId: string | null;
  folderId: string | null;
  issueDate: string | null;
  noticeType: string | null;
  language: string | null;
  subtype: string | null;
  procedureCode: string | null;
  readonly procedureNames: Texts;
  procedureCpv: string | null;
  readonly procedureSignals: Signals;
  readonly buyerRefs: string[];
  readonly lotResults: LotResult[];
  readonly tenders: Map<string, LotTender>;
  readonly contracts: Map<string, SettledContract>;
  readonly parties: Map<string, TenderingParty>;
  readonly organizations: Map<string, Organization>;
  readonly lots: Map<string, Lot>;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export class EformsCollector implements XmlSink {
  root: string | null = null;

  private readonly notice: EformsNotice = {
    root: null,
    noticeId: null,
    folderId: null,
    issueDate: null,
    noticeType: null,
    language: null,
    subtype: null,
    procedureCode: null,
    procedureNames: new Map(),
    procedureCpv: null,
    procedureSignals: {},
    buyerRefs: [],
    lotResults: [],
    tenders: new Map(),
    contracts: new Map(),
    parties: new Map(),
    organizations: new Map(),
    lots: new Map(),
  };

  private lotResult: LotResult | null = null;
  private tender: LotTender | null = null;
  private contract: SettledContract | null = null;
  private party: TenderingParty | null = null;
  private organization: Organization | null = null;
  private lot: Lot | null = null;

  /** `onNotice` receives the notice once its root element has closed. */
  constructor(private readonly onNotice: (notice: EformsNotice) => void) {}

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
      this.notice.root = element.local;
      return;
    }
    const rel = path.slice(1).join('/');
    switch (rel) {
      case `${RESULT}/efac:LotResult`:
        this.lotResult = {
          id: null,
          code: null,
          lotId: null,
          tenderRefs: [],
          contractRefs: [],
          stats: new Map(),
          statCode: null,
          statNumber: null,
          decisionReason: null,
        };
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
    if (table.size >= MAX_TABLE)
      throw new FileRejectedError(`the eForms notice lists more than ${MAX_TABLE} entries of one kind; it is not a notice this importer can read`);
    table.set(id, value);
  }

  close(element: XmlElement, raw: string, path: readonly string[]): void {
    if (path.length === 1) {
      this.onNotice(this.notice);
      return;
    }
    const rel = path.slice(1).join('/');
    const text = clean(raw);
    const attrs = element.attributes;
    const n = this.notice;

    if (this.lotResult && rel.startsWith(`${RESULT}/efac:LotResult`)) {
      const r = this.lotResult;
      const sub = rel.slice(`${RESULT}/efac:LotResult`.length + 1);
      if (sub === '') {
        if (n.lotResults.length >= MAX_TABLE) throw new FileRejectedError(`the eForms notice lists more than ${MAX_TABLE} lot results`);
        n.lotResults.push(r);
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
        EformsCollector.store(n.tenders, t.id, t);
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
        EformsCollector.store(n.contracts, c.id, c);
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
        EformsCollector.store(n.parties, p.id, p);
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
        EformsCollector.store(n.organizations, o.id, o);
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
        if (l.scheme !== 'LotsGroup' && l.scheme !== 'Part') EformsCollector.store(n.lots, l.id, l);
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
        n.noticeId = text || null;
        break;
      case 'cbc:ContractFolderID':
        n.folderId = text || null;
        break;
      case 'cbc:IssueDate':
        n.issueDate = text || null;
        break;
      case 'cbc:NoticeTypeCode':
        n.noticeType = text || null;
        break;
      case 'cbc:NoticeLanguageCode':
        n.language ??= text || null;
        break;
      case `${EXT}/efac:NoticeSubType/cbc:SubTypeCode`:
        n.subtype = text || null;
        break;
      case 'cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID':
        if (text && n.buyerRefs.length < 100) n.buyerRefs.push(text);
        break;
      case 'cac:TenderingProcess/cbc:ProcedureCode':
        n.procedureCode = text || null;
        break;
      case 'cac:ProcurementProject/cbc:Name':
        if (text) n.procedureNames.set(attrs.languageID ?? '', text);
        break;
      case 'cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode':
        if (!attrs.listName || attrs.listName === 'cpv') n.procedureCpv ??= text || null;
        break;
      case 'cac:ProcurementProject/cac:ProcurementAdditionalType/cbc:ProcurementTypeCode':
        if (text && isSustainabilityList(attrs.listName)) addSignal(n.procedureSignals, attrs.listName, text);
        break;
    }
  }
}

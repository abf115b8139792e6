/**
 * Small hand-written notices for cases the real fixtures do not cover (a missing date, several
 * contractors with mixed SME flags, particular sustainability codes). Structure follows the
 * fixtures; only the elements the readers use are present.
 */

export interface TedNoticeOptions {
  procedure?: string;
  form?: string;
  extraProcedure?: string;
}

/** A minimal legacy F03 (or another form) around the given AWARD_CONTRACT sections. */
export function tedNotice(awards: string, options: TedNoticeOptions = {}): string {
  const form = options.form ?? 'F03';
  return `<?xml version="1.0" encoding="UTF-8"?>
<TED_EXPORT xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication">
  <CODED_DATA_SECTION>
    <NOTICE_DATA><NO_DOC_OJS>2019/S 001-000001</NO_DOC_OJS><LG_ORIG>NL</LG_ORIG></NOTICE_DATA>
    <CODIF_DATA><DS_DATE_DISPATCH>20190506</DS_DATE_DISPATCH></CODIF_DATA>
  </CODED_DATA_SECTION>
  <FORM_SECTION>
    <${form}_2014 CATEGORY="TRANSLATION" FORM="${form}" LG="FR">
      <OBJECT_CONTRACT><TITLE><P>Entretien</P></TITLE><CPV_MAIN><CPV_CODE CODE="45000000"/></CPV_MAIN></OBJECT_CONTRACT>
      <AWARD_CONTRACT ITEM="1"><AWARDED_CONTRACT><DATE_CONCLUSION_CONTRACT>2000-01-01</DATE_CONCLUSION_CONTRACT></AWARDED_CONTRACT></AWARD_CONTRACT>
    </${form}_2014>
    <${form}_2014 CATEGORY="ORIGINAL" FORM="${form}" LG="NL">
      <CONTRACTING_BODY><ADDRESS_CONTRACTING_BODY><OFFICIALNAME>Agentschap Wegen en Verkeer</OFFICIALNAME><NATIONALID>0316.381.039</NATIONALID></ADDRESS_CONTRACTING_BODY></CONTRACTING_BODY>
      <OBJECT_CONTRACT><TITLE><P>Onderhoud</P></TITLE><CPV_MAIN><CPV_CODE CODE="09310000"/></CPV_MAIN></OBJECT_CONTRACT>
      <PROCEDURE><${options.procedure ?? 'PT_AWARD_CONTRACT_WITHOUT_CALL'}/>${options.extraProcedure ?? ''}</PROCEDURE>
      ${awards}
    </${form}_2014>
  </FORM_SECTION>
</TED_EXPORT>`;
}

/** One AWARD_CONTRACT with an awarded contract to contractors with the given SME flags. */
export function tedAward(item: number, smeFlags: ('SME' | 'NO_SME' | null)[], value = '1000.00'): string {
  const contractors = smeFlags
    .map(
      (flag, i) =>
        `<CONTRACTOR><ADDRESS_CONTRACTOR><OFFICIALNAME>Contractor ${i + 1}</OFFICIALNAME></ADDRESS_CONTRACTOR>${flag ? `<${flag}/>` : ''}</CONTRACTOR>`,
    )
    .join('');
  return `<AWARD_CONTRACT ITEM="${item}"><AWARDED_CONTRACT>
    <DATE_CONCLUSION_CONTRACT>2019-04-30</DATE_CONCLUSION_CONTRACT>
    <TENDERS><NB_TENDERS_RECEIVED>2</NB_TENDERS_RECEIVED><NB_TENDERS_RECEIVED_EMEANS>0</NB_TENDERS_RECEIVED_EMEANS></TENDERS>
    <CONTRACTORS>${contractors}</CONTRACTORS>
    <VALUES><VAL_TOTAL CURRENCY="EUR">${value}</VAL_TOTAL></VALUES>
  </AWARDED_CONTRACT></AWARD_CONTRACT>`;
}

const UBL = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  ext: 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
  efac: 'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1',
  efbc: 'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1',
  efext: 'http://data.europa.eu/p27/eforms-ubl-extensions/1',
};

export interface EformsAwardOptions {
  /** Sustainability codes of the lot, per eForms list name. */
  codes?: Partial<Record<string, string[]>>;
  sizes?: (string | null)[];
  subtype?: string;
  amount?: string;
  currency?: string;
}

/** A one-lot eForms contract award notice. */
export function eformsAward(options: EformsAwardOptions = {}): string {
  const sizes = options.sizes ?? ['small'];
  const organizations = sizes
    .map(
      (size, i) => `<efac:Organization><efac:Company>${size ? `<efbc:CompanySizeCode listName="economic-operator-size">${size}</efbc:CompanySizeCode>` : ''}
        <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-01${i}</cbc:ID></cac:PartyIdentification>
        <cac:PartyName><cbc:Name languageID="NLD">Winnaar ${i + 1}</cbc:Name></cac:PartyName></efac:Company></efac:Organization>`,
    )
    .join('');
  const tenderers = sizes.map((_, i) => `<efac:Tenderer><cbc:ID schemeName="organization">ORG-01${i}</cbc:ID></efac:Tenderer>`).join('');
  const codes = Object.entries(options.codes ?? {})
    .flatMap(([list, values]) =>
      (values ?? []).map(
        (code) =>
          `<cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="${list}">${code}</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>`,
      ),
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<ContractAwardNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2" xmlns:cac="${UBL.cac}" xmlns:cbc="${UBL.cbc}" xmlns:ext="${UBL.ext}" xmlns:efac="${UBL.efac}" xmlns:efbc="${UBL.efbc}" xmlns:efext="${UBL.efext}">
  <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
    <efac:NoticeResult>
      <efac:LotResult>
        <cbc:ID schemeName="result">RES-0001</cbc:ID>
        <cbc:TenderResultCode listName="winner-selection-status">selec-w</cbc:TenderResultCode>
        <efac:LotTender><cbc:ID schemeName="tender">TEN-0001</cbc:ID></efac:LotTender>
        <efac:ReceivedSubmissionsStatistics><efbc:StatisticsCode listName="received-submission-type">tenders</efbc:StatisticsCode><efbc:StatisticsNumeric>4</efbc:StatisticsNumeric></efac:ReceivedSubmissionsStatistics>
        <efac:ReceivedSubmissionsStatistics><efbc:StatisticsCode listName="received-submission-type">t-esubm</efbc:StatisticsCode><efbc:StatisticsNumeric>4</efbc:StatisticsNumeric></efac:ReceivedSubmissionsStatistics>
        <efac:SettledContract><cbc:ID schemeName="contract">CON-0001</cbc:ID></efac:SettledContract>
        <efac:TenderLot><cbc:ID schemeName="Lot">LOT-0001</cbc:ID></efac:TenderLot>
      </efac:LotResult>
      <efac:LotTender>
        <cbc:ID schemeName="tender">TEN-0001</cbc:ID>
        ${options.amount === undefined || options.amount !== '' ? `<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="${options.currency ?? 'EUR'}">${options.amount ?? '125000.50'}</cbc:PayableAmount></cac:LegalMonetaryTotal>` : ''}
        <efac:TenderingParty><cbc:ID schemeName="tendering-party">TPA-0001</cbc:ID></efac:TenderingParty>
        <efac:TenderLot><cbc:ID schemeName="Lot">LOT-0001</cbc:ID></efac:TenderLot>
      </efac:LotTender>
      <efac:SettledContract>
        <cbc:ID schemeName="contract">CON-0001</cbc:ID>
        <cbc:IssueDate>2024-02-29+01:00</cbc:IssueDate>
        <efac:LotTender><cbc:ID schemeName="tender">TEN-0001</cbc:ID></efac:LotTender>
      </efac:SettledContract>
      <efac:TenderingParty><cbc:ID schemeName="tendering-party">TPA-0001</cbc:ID>${tenderers}</efac:TenderingParty>
    </efac:NoticeResult>
    <efac:NoticeSubType><cbc:SubTypeCode listName="notice-subtype">${options.subtype ?? '29'}</cbc:SubTypeCode></efac:NoticeSubType>
    <efac:Organizations>
      <efac:Organization><efac:Company>
        <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>
        <cac:PartyName><cbc:Name languageID="NLD">Departement Omgeving</cbc:Name></cac:PartyName>
        <cac:PartyLegalEntity><cbc:CompanyID>0316.380.940</cbc:CompanyID></cac:PartyLegalEntity>
      </efac:Company></efac:Organization>
      ${organizations}
    </efac:Organizations>
  </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
  <cbc:ID schemeName="notice-id">11111111-2222-3333-4444-555555555555</cbc:ID>
  <cbc:ContractFolderID>99999999-8888-7777-6666-555555555555</cbc:ContractFolderID>
  <cbc:IssueDate>2024-03-05+01:00</cbc:IssueDate>
  <cbc:NoticeTypeCode listName="result">can-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>NLD</cbc:NoticeLanguageCode>
  <cac:ContractingParty><cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification></cac:Party></cac:ContractingParty>
  <cac:TenderingProcess><cbc:ProcedureCode listName="procurement-procedure-type">comp-dial</cbc:ProcedureCode></cac:TenderingProcess>
  <cac:ProcurementProject><cbc:Name languageID="NLD">Procedure</cbc:Name></cac:ProcurementProject>
  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">LOT-0001</cbc:ID>
    <cac:ProcurementProject>
      <cbc:Name languageID="NLD">Perceel 1</cbc:Name>
      ${codes}
      <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">03000000</cbc:ItemClassificationCode></cac:MainCommodityClassification>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
</ContractAwardNotice>`;
}

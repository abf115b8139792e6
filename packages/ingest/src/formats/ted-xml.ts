/**
 * Legacy TED XML (schema R2.0.9, the 2014 standard forms published 2016–2023): one record per
 * awarded contract of a contract award notice (F03, and the F06/F18/F21–F23/F25 award variants).
 *
 * Streaming: the notice is parsed with saxes and only the current AWARD_CONTRACT plus a few
 * notice-level facts (buyer, main CPV, procedure, lot titles) are kept. Only the form in the
 * notice's original language (CATEGORY="ORIGINAL", or LG = LG_ORIG) is read; translations are
 * skipped unread.
 *
 * Decisions:
 * - Record key: `TED:<procedure notice>:<lot>:<contract>`. The procedure notice is the OJ S
 *   number of the notice that opened the procedure (PROCEDURE/NOTICE_NUMBER_OJ, usually the
 *   contract notice), else this notice's own number (NO_DOC_OJS), so that a later notice of the
 *   same procedure (further lots awarded, a re-published award) updates the same records. The lot
 *   is LOT_NO (`-` without lots); the contract is CONTRACT_NO, else `award-<ITEM>`, because one
 *   lot of a framework can be awarded to several contractors (e.g. 1A…1F).
 * - Voluntary ex-ante transparency notices (F15) are skipped: they announce the intention to
 *   award a contract directly, before it is concluded; the award itself appears in the contract
 *   award notice that follows, and importing both would count the contract twice.
 * - No sustainability field exists in these forms: criteria, innovative, social clause and
 *   circular are always unknown (null).
 * - SME: `<SME/>` true, `<NO_SME/>` false, absent unknown; several contractors: see combineSme.
 * - Electronic submission from NB_TENDERS_RECEIVED_EMEANS: see eSubmissionFromCounts.
 * - Framework: `<FRAMEWORK/>` in the procedure section → true; its absence is not a "no" in these
 *   forms, so it stays unknown.
 */
import type { DraftRecord, ImportItem, ReadResult } from '../types.ts';
import { FileRejectedError } from '../types.ts';
import type { Procedure } from '@koers/domain';
import { ByteSource, type ByteInput } from './byte-source.ts';
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
import { ownValue } from './untrusted-keys.ts';

const FORM_LABELS: Readonly<Record<string, string>> = {
  F01: 'prior information notice',
  F02: 'contract notice',
  F03: 'contract award notice',
  F04: 'periodic indicative notice (utilities)',
  F05: 'contract notice (utilities)',
  F06: 'contract award notice (utilities)',
  F07: 'qualification system notice (utilities)',
  F08: 'buyer profile notice',
  F12: 'design contest notice',
  F13: 'results of a design contest',
  F14: 'corrigendum',
  F15: 'voluntary ex-ante transparency notice',
  F16: 'prior information notice (defence)',
  F17: 'contract notice (defence)',
  F18: 'contract award notice (defence)',
  F19: 'subcontract notice (defence)',
  F20: 'contract modification notice',
  F21: 'social and other specific services notice',
  F22: 'social and other specific services notice (utilities)',
  F23: 'social and other specific services notice (concessions)',
  F24: 'concession notice',
  F25: 'concession award notice',
};

/** Forms that never award a contract, with the reason a data steward reads in the report. */
const NOTHING_AWARDED: Readonly<Record<string, string>> = {
  F01: 'announces planned procurement, awards nothing',
  F02: 'announces a procurement, awards nothing',
  F04: 'announces planned procurement, awards nothing',
  F05: 'announces a procurement, awards nothing',
  F07: 'announces a qualification system, awards nothing',
  F08: 'announces a buyer profile, awards nothing',
  F12: 'announces a design contest, awards nothing',
  F13: 'awards prizes of a design contest, not contracts',
  F14: 'lists corrections to an earlier notice, not awarded contracts',
  F15:
    'announces the intention to award a contract directly and is not an award notice; the award will appear in its contract award notice',
  F16: 'announces planned procurement, awards nothing',
  F17: 'announces a procurement, awards nothing',
  F19: 'announces subcontracting, awards nothing',
  F20: 'changes a contract awarded earlier; that contract comes from its contract award notice',
  F24: 'announces a concession, awards nothing',
};

const PROCEDURES: Readonly<Record<string, Procedure>> = {
  PT_OPEN: 'open',
  PT_RESTRICTED: 'restricted',
  PT_COMPETITIVE_NEGOTIATION: 'negotiated_with_publication',
  PT_NEGOTIATED_WITH_PRIOR_CALL: 'negotiated_with_publication',
  PT_COMPETITIVE_DIALOGUE: 'competitive_dialogue',
  PT_INNOVATION_PARTNERSHIP: 'innovation_partnership',
  PT_AWARD_CONTRACT_WITHOUT_CALL: 'negotiated_without_publication',
  PT_NEGOTIATED_WITHOUT_PUBLICATION: 'negotiated_without_publication',
  PT_AWARD_CONTRACT_WITHOUT_PUBLICATION: 'negotiated_without_publication',
};

interface Contractor {
  name: string | null;
  sme: boolean | null;
}

interface AwardState {
  item: string | null;
  contractNo: string | null;
  lotNo: string | null;
  title: string[];
  awarded: boolean;
  notAwarded: string | null;
  conclusionDate: string | null;
  tenders: string | null;
  tendersElectronic: string | null;
  contractors: Contractor[];
  valueText: string | null;
  valueCurrency: string | null;
  valueRangeOnly: boolean;
}

interface FormState {
  code: string;
  element: string;
  /** Index in the path of the form element. */
  index: number;
  /** Reason when the form awards nothing (its content is not read). */
  nothing: string | null;
  buyerName: string | null;
  buyerId: string | null;
  title: string[];
  cpvMain: string | null;
  lotTitles: Map<string, string>;
  currentLot: { lotNo: string | null; title: string[] } | null;
  procedure: string | null;
  framework: boolean;
  procedureNotice: string | null;
  awards: number;
  award: AwardState | null;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function formLabel(code: string): string {
  const label = ownValue(FORM_LABELS, code);
  return label ? `${label} (${code})` : `form ${code}`;
}

class TedSink implements XmlSink {
  rootSeen = false;
  readonly queue: ImportItem[] = [];
  private noticeNumber: string | null = null;
  private lgOrig: string | null = null;
  private dispatchDate: string | null = null;
  private formSeen = false;
  private form: FormState | null = null;
  /** Path length of an element whose subtree is being skipped (a translation, or a form that awards nothing). */
  private ignoreFrom: number | null = null;
  /** Whether the skipped subtree is the original form (its skip item is due when it closes). */
  private ignoringOriginal = false;
  private readonly keys = new KeyDeduplicator();

  constructor(private readonly options: ReaderOptions) {}

  open(element: XmlElement, path: readonly string[]): void {
    if (this.ignoreFrom !== null) return;
    const depth = path.length;
    if (depth === 1) {
      if (element.local !== 'TED_EXPORT') {
        throw new FileRejectedError(`this is not a legacy TED notice: its root element is <${element.name}>, not <TED_EXPORT>`);
      }
      this.rootSeen = true;
      return;
    }
    if (depth === 3 && path[1] === 'FORM_SECTION' && element.local !== 'NOTICE_UUID') {
      this.openForm(element, path);
      return;
    }
    const form = this.form;
    if (!form) return;
    const rel = path.slice(form.index + 1).join('/');
    const award = form.award;
    if (rel === 'AWARD_CONTRACT') {
      form.awards++;
      form.award = {
        item: element.attributes.ITEM ?? null,
        contractNo: null,
        lotNo: null,
        title: [],
        awarded: false,
        notAwarded: null,
        conclusionDate: null,
        tenders: null,
        tendersElectronic: null,
        contractors: [],
        valueText: null,
        valueCurrency: null,
        valueRangeOnly: false,
      };
    } else if (award && rel.startsWith('AWARD_CONTRACT/')) {
      if (rel === 'AWARD_CONTRACT/AWARDED_CONTRACT') award.awarded = true;
      else if (rel === 'AWARD_CONTRACT/NO_AWARDED_CONTRACT') award.notAwarded ??= 'no contract was awarded';
      else if (rel === 'AWARD_CONTRACT/NO_AWARDED_CONTRACT/PROCUREMENT_UNSUCCESSFUL') {
        award.notAwarded = 'no contract was awarded: no tenders were received or all were rejected';
      } else if (rel === 'AWARD_CONTRACT/NO_AWARDED_CONTRACT/PROCUREMENT_DISCONTINUED') {
        award.notAwarded = 'no contract was awarded: the procurement was discontinued';
      } else if (rel.startsWith('AWARD_CONTRACT/AWARDED_CONTRACT/')) {
        if (element.local === 'CONTRACTOR') award.contractors.push({ name: null, sme: null });
        else if (element.local === 'SME' && path[depth - 2] === 'CONTRACTOR') setLast(award.contractors, { sme: true });
        else if (element.local === 'NO_SME' && path[depth - 2] === 'CONTRACTOR') setLast(award.contractors, { sme: false });
        else if (element.local === 'VAL_TOTAL' && path[depth - 2] === 'VALUES') award.valueCurrency = element.attributes.CURRENCY ?? null;
        else if (element.local === 'VAL_RANGE_TOTAL') award.valueRangeOnly = true;
      }
    } else if (rel === 'OBJECT_CONTRACT/CPV_MAIN/CPV_CODE') {
      form.cpvMain = element.attributes.CODE ?? null;
    } else if (rel === 'OBJECT_CONTRACT/OBJECT_DESCR') {
      form.currentLot = { lotNo: null, title: [] };
    } else if (depth === form.index + 3 && path[form.index + 1] === 'PROCEDURE') {
      if (element.local.startsWith('PT_')) form.procedure ??= element.local;
      else if (element.local === 'FRAMEWORK') form.framework = true;
    }
  }

  private openForm(element: XmlElement, path: readonly string[]): void {
    const category = element.attributes.CATEGORY;
    const language = element.attributes.LG;
    const original = category ? category === 'ORIGINAL' : this.lgOrig ? language === this.lgOrig : !this.formSeen;
    this.formSeen = true;
    if (!original || this.form) {
      this.ignoreFrom = path.length;
      this.ignoringOriginal = false;
      return;
    }
    const code = element.attributes.FORM ?? /^(F\d\d)/.exec(element.local)?.[1] ?? element.local;
    this.form = {
      code,
      element: element.local,
      index: path.length - 1,
      nothing: ownValue(NOTHING_AWARDED, code) ?? null,
      buyerName: null,
      buyerId: null,
      title: [],
      cpvMain: null,
      lotTitles: new Map(),
      currentLot: null,
      procedure: null,
      framework: false,
      procedureNotice: null,
      awards: 0,
      award: null,
    };
    // A form that awards nothing is not read any further.
    if (this.form.nothing) {
      this.ignoreFrom = path.length;
      this.ignoringOriginal = true;
    }
  }

  close(element: XmlElement, rawText: string, path: readonly string[]): void {
    const depth = path.length;
    if (this.ignoreFrom !== null) {
      if (depth !== this.ignoreFrom) return;
      this.ignoreFrom = null;
      if (this.ignoringOriginal && this.form) this.closeForm(this.form);
      this.ignoringOriginal = false;
      return;
    }
    const text = clean(rawText);
    if (depth <= 5 && path[1] === 'CODED_DATA_SECTION') {
      const at = path.slice(2).join('/');
      if (at === 'NOTICE_DATA/NO_DOC_OJS') this.noticeNumber = text || null;
      else if (at === 'NOTICE_DATA/LG_ORIG') this.lgOrig = text || null;
      else if (at === 'CODIF_DATA/DS_DATE_DISPATCH') this.dispatchDate = writtenDate(text);
      return;
    }
    if (depth === 1) {
      if (!this.form) {
        this.queue.push({
          kind: 'skip',
          location: this.location(),
          reason: 'the notice holds no form in its original language, so nothing can be read from it',
        });
      }
      return;
    }
    const form = this.form;
    if (!form) return;
    if (depth === form.index + 1) {
      this.closeForm(form);
      return;
    }
    const rel = path.slice(form.index + 1).join('/');
    const award = form.award;
    if (award && rel.startsWith('AWARD_CONTRACT')) {
      if (rel === 'AWARD_CONTRACT') {
        this.closeAward(form, award);
        form.award = null;
      } else if (rel === 'AWARD_CONTRACT/CONTRACT_NO') award.contractNo = text || null;
      else if (rel === 'AWARD_CONTRACT/LOT_NO') award.lotNo = text || null;
      else if (rel === 'AWARD_CONTRACT/TITLE/P') award.title.push(text);
      else if (rel.startsWith('AWARD_CONTRACT/AWARDED_CONTRACT/')) {
        const parent = path[depth - 2];
        if (element.local === 'DATE_CONCLUSION_CONTRACT') award.conclusionDate = text;
        else if (element.local === 'NB_TENDERS_RECEIVED') award.tenders = text;
        else if (element.local === 'NB_TENDERS_RECEIVED_EMEANS') award.tendersElectronic = text;
        else if (element.local === 'OFFICIALNAME' && parent === 'ADDRESS_CONTRACTOR') {
          setLast(award.contractors, { name: text || null });
        } else if (element.local === 'VAL_TOTAL' && parent === 'VALUES') award.valueText = text;
      }
      return;
    }
    if (rel === 'CONTRACTING_BODY/ADDRESS_CONTRACTING_BODY/OFFICIALNAME') form.buyerName = text || null;
    else if (rel === 'CONTRACTING_BODY/ADDRESS_CONTRACTING_BODY/NATIONALID') form.buyerId = text || null;
    else if (rel === 'OBJECT_CONTRACT/TITLE/P') form.title.push(text);
    else if (rel === 'OBJECT_CONTRACT/OBJECT_DESCR/LOT_NO' && form.currentLot) form.currentLot.lotNo = text || null;
    else if (rel === 'OBJECT_CONTRACT/OBJECT_DESCR/TITLE/P' && form.currentLot) form.currentLot.title.push(text);
    else if (rel === 'OBJECT_CONTRACT/OBJECT_DESCR' && form.currentLot) {
      const { lotNo, title } = form.currentLot;
      if (lotNo && title.length > 0 && form.lotTitles.size < 10_000) form.lotTitles.set(lotNo, clean(title.join(' ')));
      form.currentLot = null;
    } else if (rel === 'PROCEDURE/NOTICE_NUMBER_OJ') form.procedureNotice ??= text || null;
  }

  private location(lot?: string): { notice?: string; lot?: string } {
    return { ...(this.noticeNumber ? { notice: this.noticeNumber } : {}), ...(lot ? { lot } : {}) };
  }

  private closeForm(form: FormState): void {
    if (form.nothing) {
      this.queue.push({ kind: 'skip', location: this.location(), reason: `${formLabel(form.code)}: ${form.nothing}` });
    } else if (form.awards === 0) {
      this.queue.push({
        kind: 'skip',
        location: this.location(),
        reason: `${formLabel(form.code)} without any awarded contract (no AWARD_CONTRACT section): nothing to import`,
      });
    }
  }

  private closeAward(form: FormState, award: AwardState): void {
    const lotLabel = [
      award.lotNo ? `lot ${award.lotNo}` : null,
      award.contractNo ? `contract ${award.contractNo}` : null,
      !award.lotNo && !award.contractNo ? `award ${award.item ?? form.awards}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    const location = this.location(lotLabel);
    if (!award.awarded) {
      this.queue.push({
        kind: 'skip',
        location,
        reason: `${lotLabel}: ${award.notAwarded ?? 'no contract was awarded'} (NO_AWARDED_CONTRACT)`,
      });
      return;
    }
    const { warnings, warn } = warningCollector(location);

    let awardDate = writtenDate(award.conclusionDate);
    if (!awardDate) {
      if (!this.dispatchDate) {
        this.queue.push({
          kind: 'error',
          location,
          column: 'DATE_CONCLUSION_CONTRACT',
          message: 'no award date: the notice gives neither the contract conclusion date (DATE_CONCLUSION_CONTRACT) nor a dispatch date (DS_DATE_DISPATCH)',
        });
        return;
      }
      awardDate = this.dispatchDate;
      warn(
        'DATE_CONCLUSION_CONTRACT',
        award.conclusionDate
          ? `the contract conclusion date "${award.conclusionDate}" is not a date: the notice's dispatch date ${awardDate} is used as award date`
          : `no contract conclusion date (DATE_CONCLUSION_CONTRACT): the notice's dispatch date ${awardDate} is used as award date`,
      );
    }

    if (award.valueText === null && award.valueRangeOnly) {
      warn('VAL_TOTAL', 'the notice gives only the range of tenders received (VAL_RANGE_TOTAL), not the awarded value');
    }
    const amount = noticeNumber(award.valueText);
    if (award.valueText !== null && amount === null) warn('VAL_TOTAL', `"${award.valueText}" is not an amount`);
    const money = moneyFields(amount, award.valueCurrency, this.options.eurRates, warn, 'VAL_TOTAL');

    const tendersReceived = noticeCount(award.tenders);
    const cpv = cpvText(form.cpvMain);
    if (form.cpvMain && !cpv) warn('CPV_MAIN', `"${form.cpvMain}" is not a CPV code; left empty`);

    const procedureNotice = form.procedureNotice ?? this.noticeNumber ?? 'unnumbered';
    const contractPart = award.contractNo ?? `award-${award.item ?? form.awards}`;
    const dossierId = this.keys.unique(`TED:${procedureNotice}:${award.lotNo ?? '-'}:${contractPart}`);

    const title =
      clean(award.title.join(' ')) || (award.lotNo ? form.lotTitles.get(award.lotNo) : undefined) || clean(form.title.join(' ')) || null;
    const suppliers = award.contractors.map((c) => c.name).filter((name): name is string => !!name);

    const draft: DraftRecord = {
      dossierId,
      awardDate,
      title,
      cpv,
      productGroup: null,
      ...money,
      criteria: null,
      innovative: null,
      socialClause: null,
      circular: null,
      smeWinner: combineSme(award.contractors.map((c) => c.sme)),
      framework: form.framework ? true : null,
      eSubmission: eSubmissionFromCounts(tendersReceived, noticeCount(award.tendersElectronic), warn, 'NB_TENDERS_RECEIVED_EMEANS'),
      procedure: form.procedure ? (ownValue(PROCEDURES, form.procedure) ?? 'other') : null,
      tendersReceived,
      supplier: suppliers.length > 0 ? suppliers.join('; ') : null,
      buyer: {
        ...(form.buyerName ? { name: form.buyerName } : {}),
        ...(form.buyerId ? { enterpriseNumber: form.buyerId } : {}),
      },
    };
    this.queue.push({ kind: 'record', location, draft, ...(warnings.length > 0 ? { warnings } : {}) });
  }
}

function setLast(contractors: Contractor[], change: Partial<Contractor>): void {
  const last = contractors[contractors.length - 1];
  if (last) Object.assign(last, change);
}

/**
 * Reads a legacy TED XML notice (R2.0.9). Resolves once the root element is known (a file that
 * is not a TED notice, or declares XML entities, is rejected then); items stream while the rest
 * is parsed, and a truncated or malformed file makes the iteration throw FileRejectedError.
 */
export async function readTedXml(input: ByteInput, options: ReaderOptions = {}): Promise<ReadResult> {
  const source = new ByteSource(input, maxBytesOf(options));
  const sink = new TedSink(options);
  const xml = new XmlStream(source, sink, { what: 'the TED notice' });
  let more = true;
  try {
    while (more && !sink.rootSeen) more = await xml.pump();
    if (!sink.rootSeen) throw new FileRejectedError('the TED notice has no root element');
  } catch (error) {
    await source.close();
    throw error;
  }
  async function* items(): AsyncGenerator<ImportItem> {
    try {
      yield* sink.queue.splice(0);
      while (more) {
        more = await xml.pump();
        yield* sink.queue.splice(0);
      }
    } finally {
      await source.close();
    }
  }
  return { format: 'ted-xml', warnings: [], items: items() };
}

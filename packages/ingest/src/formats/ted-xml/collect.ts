/**
 * Collecting a legacy TED notice: a saxes sink that keeps the notice-level facts (number,
 * dispatch date), the form in the notice's original language (buyer, main CPV, procedure, lot
 * titles) and the award section being read, and hands each award section and each form to a
 * TedHandler as it closes. Translations, and forms that award nothing, are skipped unread. The
 * values are kept as written; ted-xml/map.ts interprets them.
 */
import { FileRejectedError } from '../../types.ts';
import type { XmlElement, XmlSink } from '../xml-stream.ts';
import { ownValue } from '../untrusted-keys.ts';

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
  F15: 'announces the intention to award a contract directly and is not an award notice; the award will appear in its contract award notice',
  F16: 'announces planned procurement, awards nothing',
  F17: 'announces a procurement, awards nothing',
  F19: 'announces subcontracting, awards nothing',
  F20: 'changes a contract awarded earlier; that contract comes from its contract award notice',
  F24: 'announces a concession, awards nothing',
};

interface Contractor {
  name: string | null;
  sme: boolean | null;
}

export interface AwardState {
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

export interface FormState {
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

/** What the notice says about itself, outside its forms. */
export interface TedNotice {
  noticeNumber: string | null;
  /** DS_DATE_DISPATCH as written. */
  dispatchDate: string | null;
}

/** Receives what the collector has read, as each part of the notice closes. */
export interface TedHandler {
  /** The original-language form closed (or was skipped unread because it awards nothing). */
  form(notice: TedNotice, form: FormState): void;
  /** An AWARD_CONTRACT section of the original-language form closed. */
  award(notice: TedNotice, form: FormState, award: AwardState): void;
  /** The notice ended without a form in its original language. */
  noOriginalForm(notice: TedNotice): void;
}

export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export class TedCollector implements XmlSink {
  rootSeen = false;
  /** The notice-level facts, filled in as they are read (the coded data section comes first). */
  private readonly notice: TedNotice = { noticeNumber: null, dispatchDate: null };
  private lgOrig: string | null = null;
  private formSeen = false;
  private form: FormState | null = null;
  /** Path length of an element whose subtree is being skipped (a translation, or a form that awards nothing). */
  private ignoreFrom: number | null = null;
  /** Whether the skipped subtree is the original form (its skip item is due when it closes). */
  private ignoringOriginal = false;

  constructor(private readonly out: TedHandler) {}

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
      if (this.ignoringOriginal && this.form) this.out.form(this.notice, this.form);
      this.ignoringOriginal = false;
      return;
    }
    const text = clean(rawText);
    if (depth <= 5 && path[1] === 'CODED_DATA_SECTION') {
      const at = path.slice(2).join('/');
      if (at === 'NOTICE_DATA/NO_DOC_OJS') this.notice.noticeNumber = text || null;
      else if (at === 'NOTICE_DATA/LG_ORIG') this.lgOrig = text || null;
      else if (at === 'CODIF_DATA/DS_DATE_DISPATCH') this.notice.dispatchDate = text || null;
      return;
    }
    if (depth === 1) {
      if (!this.form) this.out.noOriginalForm(this.notice);
      return;
    }
    const form = this.form;
    if (!form) return;
    if (depth === form.index + 1) {
      this.out.form(this.notice, form);
      return;
    }
    const rel = path.slice(form.index + 1).join('/');
    const award = form.award;
    if (award && rel.startsWith('AWARD_CONTRACT')) {
      if (rel === 'AWARD_CONTRACT') {
        this.out.award(this.notice, form, award);
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
}

function setLast(contractors: Contractor[], change: Partial<Contractor>): void {
  const last = contractors[contractors.length - 1];
  if (last) Object.assign(last, change);
}

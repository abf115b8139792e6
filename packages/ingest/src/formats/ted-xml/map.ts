/**
 * Mapping what ted-xml/collect.ts read to import items: one record per awarded contract of the
 * original-language form, a skip with its reason for forms and award sections that award
 * nothing. The decisions are listed in ted-xml.ts.
 */
import type { Procedure } from '@koers/domain';
import type { DraftRecord, ImportItem } from '../../types.ts';
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
import { ownValue } from '../untrusted-keys.ts';
import { clean, type AwardState, type FormState, type TedHandler, type TedNotice } from './collect.ts';

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

function formLabel(code: string): string {
  const label = ownValue(FORM_LABELS, code);
  return label ? `${label} (${code})` : `form ${code}`;
}

export class TedMapper implements TedHandler {
  readonly queue: ImportItem[] = [];
  private readonly keys = new KeyDeduplicator();

  constructor(private readonly options: ReaderOptions) {}

  private location(notice: TedNotice, lot?: string): { notice?: string; lot?: string } {
    return { ...(notice.noticeNumber ? { notice: notice.noticeNumber } : {}), ...(lot ? { lot } : {}) };
  }

  noOriginalForm(notice: TedNotice): void {
    this.queue.push({
      kind: 'skip',
      location: this.location(notice),
      reason: 'the notice holds no form in its original language, so nothing can be read from it',
    });
  }

  form(notice: TedNotice, form: FormState): void {
    if (form.nothing) {
      this.queue.push({ kind: 'skip', location: this.location(notice), reason: `${formLabel(form.code)}: ${form.nothing}` });
    } else if (form.awards === 0) {
      this.queue.push({
        kind: 'skip',
        location: this.location(notice),
        reason: `${formLabel(form.code)} without any awarded contract (no AWARD_CONTRACT section): nothing to import`,
      });
    }
  }

  award(notice: TedNotice, form: FormState, award: AwardState): void {
    const lotLabel = [
      award.lotNo ? `lot ${award.lotNo}` : null,
      award.contractNo ? `contract ${award.contractNo}` : null,
      !award.lotNo && !award.contractNo ? `award ${award.item ?? form.awards}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    const location = this.location(notice, lotLabel);
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
      const dispatchDate = writtenDate(notice.dispatchDate);
      if (!dispatchDate) {
        this.queue.push({
          kind: 'error',
          location,
          column: 'DATE_CONCLUSION_CONTRACT',
          message: 'no award date: the notice gives neither the contract conclusion date (DATE_CONCLUSION_CONTRACT) nor a dispatch date (DS_DATE_DISPATCH)',
        });
        return;
      }
      awardDate = dispatchDate;
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

    const procedureNotice = form.procedureNotice ?? notice.noticeNumber ?? 'unnumbered';
    const contractPart = award.contractNo ?? `award-${award.item ?? form.awards}`;
    const dossierId = this.keys.unique(`TED:${procedureNotice}:${award.lotNo ?? '-'}:${contractPart}`);

    const title = clean(award.title.join(' ')) || (award.lotNo ? form.lotTitles.get(award.lotNo) : undefined) || clean(form.title.join(' ')) || null;
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

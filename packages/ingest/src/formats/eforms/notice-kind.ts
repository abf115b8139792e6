/**
 * Which eForms notices award contracts: by notice subtype (BT-02 subtype, 1–40 and E1–E6, T01,
 * T02, X01, X02), else by notice type code, else by root element. The reason a notice is skipped
 * is worded for the data steward who reads the import report.
 */

export type NoticeKind = { award: true } | { award: false; reason: string };

/** What a notice is, from its subtype, notice type and root element (the first that tells). */
export function noticeKind(root: string | null, subtype: string | null, noticeType: string | null): NoticeKind {
  const bySubtype = subtype ? subtypeKind(subtype, 'eForms notice') : null;
  if (bySubtype) return bySubtype;
  const byType = noticeType ? noticeTypeKind(noticeType) : null;
  if (byType) return byType;
  if (root === 'ContractNotice') return { award: false, reason: 'contract notice: announces a procurement, awards nothing' };
  if (root === 'PriorInformationNotice') return { award: false, reason: 'prior information notice: announces planned procurement, awards nothing' };
  return { award: true };
}

function subtypeKind(subtype: string, label: string): NoticeKind | null {
  const n = /^\d+$/.test(subtype) ? Number(subtype) : null;
  const named = `${label} (eForms subtype ${subtype})`;
  if ((n !== null && n >= 29 && n <= 35) || subtype === 'E4' || subtype === 'T02') return { award: true };
  if (n !== null && n >= 25 && n <= 28) return { award: false, reason: veatReason(subtype) };
  if (n === 36 || n === 37) return { award: false, reason: `design contest result notice (eForms subtype ${subtype}): awards prizes, not contracts` };
  if ((n !== null && n >= 38 && n <= 40) || subtype === 'E6') {
    return {
      award: false,
      reason: `contract modification notice (eForms subtype ${subtype}): changes a contract awarded earlier; that contract comes from its contract award notice`,
    };
  }
  if ((n !== null && n >= 1 && n <= 9) || subtype === 'E2' || subtype === 'T01') {
    return { award: false, reason: `prior information notice (eForms subtype ${subtype}): announces planned procurement, awards nothing` };
  }
  if (n !== null && n >= 10 && n <= 14) {
    return {
      award: false,
      reason: `prior information notice used as a call for competition (eForms subtype ${subtype}): announces a procurement, awards nothing`,
    };
  }
  if (n === 15) return { award: false, reason: `qualification system notice (eForms subtype 15): awards nothing` };
  if ((n !== null && n >= 16 && n <= 24) || subtype === 'E3' || subtype === 'CEI') {
    return { award: false, reason: `contract notice (eForms subtype ${subtype}): announces a procurement, awards nothing` };
  }
  if (subtype === 'E1') return { award: false, reason: 'pre-market consultation notice (eForms subtype E1): awards nothing' };
  if (subtype === 'E5') {
    return {
      award: false,
      reason: 'contract completion notice (eForms subtype E5): reports on a contract awarded earlier; that contract comes from its contract award notice',
    };
  }
  if (subtype === 'X01' || subtype === 'X02') return { award: false, reason: `${named}: a company registration, not a procurement notice` };
  return null;
}

function veatReason(subtype: string | null): string {
  return `voluntary ex-ante transparency notice${subtype ? ` (eForms subtype ${subtype})` : ''}: announces the intention to award a contract directly and is not an award notice; the award will appear in its contract award notice`;
}

function noticeTypeKind(noticeType: string): NoticeKind | null {
  if (noticeType === 'veat') return { award: false, reason: veatReason(null) };
  if (noticeType === 'can-modif')
    return {
      award: false,
      reason: `contract modification notice (${noticeType}): changes a contract awarded earlier; that contract comes from its contract award notice`,
    };
  if (noticeType === 'can-desg') return { award: false, reason: `design contest result notice (${noticeType}): awards prizes, not contracts` };
  if (noticeType.startsWith('can-')) return { award: true };
  if (noticeType.startsWith('pin-')) return { award: false, reason: `prior information notice (${noticeType}): announces planned procurement, awards nothing` };
  if (noticeType.startsWith('cn-')) return { award: false, reason: `contract notice (${noticeType}): announces a procurement, awards nothing` };
  return null;
}

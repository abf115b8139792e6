/**
 * Builds registration-template files the way data stewards deliver them, from records made by a
 * small seeded generator (independent of the demo generator, so tests do not grade its own work).
 */
import { ENTITIES, PROCEDURES, TEMPLATE_COLUMNS, type ProcurementRecord } from '@koers/domain';

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CPVS = ['30197630', '79810000', '30213000', '34110000', '90911200', '55520000', '45233162-2', '09310000', '72000000', '50000000'];

export function makeRecords(count: number, seed = 1): ProcurementRecord[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const maybe = <T>(value: () => T, unknownShare = 0.15): T | null => (rnd() < unknownShare ? null : value());
  const entities = ENTITIES.slice(0, 25);
  const out: ProcurementRecord[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2016 + Math.floor(rnd() * 5);
    const value = Math.round((30_000 + rnd() * rnd() * 2_000_000) * 100) / 100;
    out.push({
      entity: pick(entities).code,
      dossierId: `D-${seed}-${i}`,
      awardDate: `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      title: rnd() < 0.1 ? `Levering "speciaal"; lot ${i}, fase 2` : `Opdracht ${i}`,
      cpv: pick(CPVS),
      productGroup: null,
      valueEur: value,
      amount: value,
      currency: 'EUR',
      criteria: maybe(() => pick(['full', 'full', 'none_or_partial', 'not_applicable'] as const), 0.1),
      innovative: maybe(() => rnd() < 0.05),
      socialClause: maybe(() => rnd() < 0.2),
      circular: maybe(() => rnd() < 0.1),
      smeWinner: maybe(() => rnd() < 0.6),
      framework: maybe(() => rnd() < 0.3),
      eSubmission: maybe(() => rnd() < 0.8),
      procedure: maybe(() => pick(PROCEDURES)),
      tendersReceived: maybe(() => 1 + Math.floor(rnd() * 6)),
      supplier: rnd() < 0.3 ? 'Bouwbedrijf Peeters & Zonen NV' : `Leverancier ${Math.floor(rnd() * 100)} BV`,
    });
  }
  return out;
}

export interface TemplateStyle {
  delimiter?: ',' | ';';
  headers?: 'nl' | 'en';
  dates?: 'iso' | 'be';
  decimals?: 'point' | 'belgian';
  booleans?: 'ja' | 'yes' | 'TRUE' | '1';
  lineEnding?: '\n' | '\r\n';
}

function quote(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function belgianAmount(v: number): string {
  const [whole, cents] = v.toFixed(2).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`;
}

/** One template row's cells as text in the given style. */
export function rowCells(r: ProcurementRecord, style: TemplateStyle): string[] {
  const words: Record<NonNullable<TemplateStyle['booleans']>, readonly [string, string]> = {
    ja: ['ja', 'nee'],
    yes: ['Yes', 'No'],
    TRUE: ['TRUE', 'FALSE'],
    '1': ['1', '0'],
  };
  const yes = words[style.booleans ?? 'ja'];
  const criteriaWord = { full: 'volledig', none_or_partial: 'niet_of_gedeeltelijk', not_applicable: 'geen_productgroep' };
  return TEMPLATE_COLUMNS.map(({ field }) => {
    const v = r[field];
    if (v === null || v === undefined) return '';
    if (field === 'awardDate' && style.dates === 'be') {
      const [y, m, d] = String(v).split('-');
      return `${d}/${m}/${y}`;
    }
    if (field === 'valueEur') return style.decimals === 'belgian' ? belgianAmount(v as number) : String(v);
    if (field === 'criteria') return criteriaWord[v as keyof typeof criteriaWord];
    if (typeof v === 'boolean') return v ? yes[0] : yes[1];
    return String(v);
  });
}

export function templateCsv(records: readonly ProcurementRecord[], style: TemplateStyle = {}): string {
  const d = style.delimiter ?? ',';
  const eol = style.lineEnding ?? '\n';
  const header = TEMPLATE_COLUMNS.map((c) => (style.headers === 'en' ? c.alias : c.name));
  const lines = [
    header.join(d),
    ...records.map((r) =>
      rowCells(r, style)
        .map((c) => quote(c, d))
        .join(d),
    ),
  ];
  return lines.join(eol) + eol;
}

/** Windows-1252 bytes, as Excel on a Belgian machine saves "CSV (semicolon separated)". */
export function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = special[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`cannot encode ${ch} in Windows-1252`);
    out[i] = code;
  }
  return out;
}

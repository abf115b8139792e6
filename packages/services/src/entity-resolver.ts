/**
 * Matches the buyer a file names to a registry organisation: by code (any case; a NIS code for a
 * municipality or province) or name for the template, by Belgian enterprise number (any spelling)
 * or by name for notices. Names match without regard to case, accents or hyphens, in Dutch or
 * French, with or without "Gemeente", "Stad", "Provincie" (or "Commune de", "Ville de",
 * "Province de") in front. Where a name or code belongs to organisations of different periods
 * (Deinze before and after 2019) the one that existed on the award date is chosen; a municipality
 * named outside the years it existed is not matched, and `explainMiss` says why.
 */
import { existsOn, type Entity } from '@koers/domain';
import type { BuyerReference } from '@koers/ingest';

/** `BE 0316.381.039`, `0316381039`, `BE0316381039`, `316.381.039` → `0316381039`; null if not one. */
export function normalizeEnterpriseNumber(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const digits = raw.replace(/^\s*BE/i, '').replace(/[\s.\-/]/g, '');
  if (!/^\d{9,10}$/.test(digits)) return null;
  return digits.padStart(10, '0');
}

/** Case, accents, apostrophes, hyphens and spacing do not tell names apart. */
const nameKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/[\s\-‐–]+/g, ' ')
    .trim();

/** Words in front of a local government's name, and the kind of organisation they announce. */
const LOCAL_PREFIXES: readonly (readonly [RegExp, 'gemeente' | 'provincie'])[] = [
  [/^(?:gemeente|gemeentebestuur|stad|stadsbestuur|commune|ville) /, 'gemeente'],
  [/^(?:provincie|provinciebestuur|province) /, 'provincie'],
];
/** French links between prefix and name ("Ville d'Anvers"); "De Panne" keeps its "de" when that is the name. */
const LINKS = ['de la ', 'de ', 'du ', "d'", "d' "];

/** The kind a prefix announces and the names the rest may be ("de la panne", "la panne", "panne"). */
function withoutPrefix(key: string): { kind: 'gemeente' | 'provincie'; rests: string[] } | null {
  for (const [pattern, kind] of LOCAL_PREFIXES) {
    const match = pattern.exec(key);
    if (!match) continue;
    const rest = key.slice(match[0].length).trim();
    if (!rest) return null;
    return { kind, rests: [rest, ...LINKS.filter((l) => rest.startsWith(l)).map((l) => rest.slice(l.length).trim())] };
  }
  return null;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
};

export class EntityResolver {
  private readonly byCode = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity[]>();
  /** Local governments by kind and by name without prefix ("antwerpen", "anvers"). */
  private readonly local = { gemeente: new Map<string, Entity[]>(), provincie: new Map<string, Entity[]>() };
  private readonly byNumber = new Map<string, Entity>();

  constructor(entities: readonly Entity[]) {
    for (const e of entities) this.add(e);
  }

  add(entity: Entity): void {
    this.byCode.set(entity.code.toUpperCase(), entity);
    const names = [entity.name, entity.nameFr].filter((n): n is string => !!n);
    for (const name of names) push(this.byName, nameKey(name), entity);
    if (entity.tier === 'local' && (entity.type === 'gemeente' || entity.type === 'provincie')) {
      for (const name of names) {
        const key = nameKey(name);
        const prefixed = withoutPrefix(key);
        push(this.local[entity.type], prefixed ? prefixed.rests[prefixed.rests.length - 1]! : key, entity);
      }
    }
    const number = normalizeEnterpriseNumber(entity.enterpriseNumber);
    if (number) this.byNumber.set(number, entity);
  }

  /** The organisation a buyer reference names, on the award date when given; null when none. */
  resolve(buyer: BuyerReference, onDate?: string): Entity | null {
    const candidates = this.candidates(buyer);
    if (candidates.length === 0) return null;
    if (onDate) return candidates.find((e) => existsOn(e, onDate)) ?? null;
    return candidates.find((e) => !e.validTo) ?? candidates[0]!;
  }

  /**
   * Why a buyer that names a registry organisation was not matched on this date (it did not exist
   * then), in words a data steward understands; null when the name or code is simply unknown.
   */
  explainMiss(buyer: BuyerReference, onDate: string): { detail: string; belongsTo: string } | null {
    const candidates = this.candidates(buyer);
    if (candidates.length === 0) return null;
    const describe = (e: Entity) => `${e.code} ${e.name}`;
    const owners: Entity[] = [];
    const reasons = candidates.map((e) => {
      if (e.validTo && onDate > e.validTo) {
        const successor = e.succeededBy ? this.byCode.get(e.succeededBy.toUpperCase()) : undefined;
        if (successor) owners.push(successor);
        return `${describe(e)} existed until ${e.validTo}${successor ? `; from ${successor.validFrom ?? 'then'} its records belong to ${describe(successor)}` : ''}`;
      }
      const predecessors = [...this.byCode.values()].filter((p) => p.succeededBy === e.code);
      owners.push(...predecessors);
      return `${describe(e)} exists from ${e.validFrom}${predecessors.length ? `; before, its records belong to ${predecessors.map(describe).join(', ')}` : ''}`;
    });
    return { detail: `on ${onDate}: ${reasons.join('; ')}`, belongsTo: owners.map(describe).join(', ') };
  }

  private candidates(buyer: BuyerReference): Entity[] {
    if (buyer.text) {
      const byCode = this.byCode.get(buyer.text.trim().toUpperCase());
      return byCode ? [byCode] : this.byNameOf(buyer.text);
    }
    const number = normalizeEnterpriseNumber(buyer.enterpriseNumber);
    if (number && this.byNumber.has(number)) return [this.byNumber.get(number)!];
    return buyer.name ? this.byNameOf(buyer.name) : [];
  }

  /** The exact name first, then a local government with the prefix removed (a municipality before a province). */
  private byNameOf(name: string): Entity[] {
    const key = nameKey(name);
    const exact = this.byName.get(key);
    if (exact) return exact;
    const prefixed = withoutPrefix(key);
    if (prefixed) {
      for (const rest of prefixed.rests) {
        const found = this.local[prefixed.kind].get(rest);
        if (found) return found;
      }
      return [];
    }
    return this.local.gemeente.get(key) ?? this.local.provincie.get(key) ?? [];
  }

  /** A new entity for a buyer outside the registry, coded by enterprise number or name. */
  newEntityFor(buyer: BuyerReference): Entity | null {
    const name = buyer.name?.trim() || buyer.text?.trim();
    if (!name) return null;
    const number = normalizeEnterpriseNumber(buyer.enterpriseNumber);
    let code = number
      ? `BE${number}`
      : name
          .normalize('NFKD')
          .replace(/[^A-Za-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .toUpperCase()
          .slice(0, 40);
    if (!code) code = 'BUYER';
    let unique = code;
    for (let i = 2; this.byCode.has(unique.toUpperCase()); i++) unique = `${code}-${i}`;
    return { code: unique, name, type: 'other', policyDomain: null, flemishGovernment: false, tier: 'other', enterpriseNumber: number };
  }

  describe(buyer: BuyerReference): string {
    if (buyer.text) return `"${buyer.text}"`;
    const parts = [buyer.name && `"${buyer.name}"`, buyer.enterpriseNumber && `enterprise number ${buyer.enterpriseNumber}`].filter(Boolean);
    return parts.join(' with ') || 'a buyer without name or enterprise number';
  }
}

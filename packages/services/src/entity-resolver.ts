/**
 * Matches the buyer a file names to a registry entity: by code (any case) or exact name for the
 * template, by Belgian enterprise number (any spelling) or by name for notices.
 */
import type { Entity } from '@koers/domain';
import type { BuyerReference } from '@koers/ingest';

/** `BE 0316.381.039`, `0316381039`, `BE0316381039`, `316.381.039` → `0316381039`; null if not one. */
export function normalizeEnterpriseNumber(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const digits = raw.replace(/^\s*BE/i, '').replace(/[\s.\-/]/g, '');
  if (!/^\d{9,10}$/.test(digits)) return null;
  return digits.padStart(10, '0');
}

const nameKey = (name: string) => name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

export class EntityResolver {
  private readonly byCode = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity>();
  private readonly byNumber = new Map<string, Entity>();

  constructor(entities: readonly Entity[]) {
    for (const e of entities) this.add(e);
  }

  add(entity: Entity): void {
    this.byCode.set(entity.code.toUpperCase(), entity);
    this.byName.set(nameKey(entity.name), entity);
    const number = normalizeEnterpriseNumber(entity.enterpriseNumber);
    if (number) this.byNumber.set(number, entity);
  }

  resolve(buyer: BuyerReference): Entity | null {
    if (buyer.text) {
      return this.byCode.get(buyer.text.trim().toUpperCase()) ?? this.byName.get(nameKey(buyer.text)) ?? null;
    }
    const number = normalizeEnterpriseNumber(buyer.enterpriseNumber);
    if (number && this.byNumber.has(number)) return this.byNumber.get(number)!;
    if (buyer.name) return this.byName.get(nameKey(buyer.name)) ?? null;
    return null;
  }

  /** A new entity for a buyer outside the registry, coded by enterprise number or name. */
  newEntityFor(buyer: BuyerReference): Entity | null {
    const name = buyer.name?.trim() || buyer.text?.trim();
    if (!name) return null;
    const number = normalizeEnterpriseNumber(buyer.enterpriseNumber);
    let code = number ? `BE${number}` : name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toUpperCase().slice(0, 40);
    if (!code) code = 'BUYER';
    let unique = code;
    for (let i = 2; this.byCode.has(unique.toUpperCase()); i++) unique = `${code}-${i}`;
    return { code: unique, name, type: 'other', policyDomain: null, flemishGovernment: false, enterpriseNumber: number };
  }

  describe(buyer: BuyerReference): string {
    if (buyer.text) return `"${buyer.text}"`;
    const parts = [buyer.name && `"${buyer.name}"`, buyer.enterpriseNumber && `enterprise number ${buyer.enterpriseNumber}`].filter(Boolean);
    return parts.join(' with ') || 'a buyer without name or enterprise number';
  }
}

import { PRODUCT_GROUPS } from './product-groups.ts';
import type { ProductGroup } from './registry-types.ts';

/** Prefix without the trailing zeros that only pad the CPV hierarchy (`34100000` → `341`). */
function significant(prefix: string): string {
  return prefix.replace(/0+$/, '');
}

/**
 * The product group whose CPV prefix matches the code longest, compared digit by digit as text.
 * Returns null when no group matches (the caller decides whether that means "other").
 */
export function productGroupForCpv(cpv: string, groups: readonly ProductGroup[] = PRODUCT_GROUPS): string | null {
  const digits = cpv.slice(0, 8);
  let best: { code: string; length: number } | null = null;
  for (const group of groups) {
    for (const prefix of group.cpvPrefixes) {
      const sig = significant(prefix);
      if (sig.length > 0 && digits.startsWith(sig) && (!best || sig.length > best.length)) {
        best = { code: group.code, length: sig.length };
      }
    }
  }
  return best?.code ?? null;
}

/** A target's key in words: "Sustainable share (value), Agentschap Wegen en Verkeer (AWV), 2020". */

export interface TargetNames {
  indicatorLabel(id: string): string;
  domainName(code: string): string;
  entityName(code: string): string;
}

export interface ScopeWords {
  all: string;
  policy_domain: string;
  entity: string;
  tier: string;
  province: string;
  tiers: { local: string; flemish_government: string };
}

export function describeScope(
  target: { scope: string; scopeCode: string | null },
  scopes: ScopeWords,
  names: Pick<TargetNames, 'domainName' | 'entityName'>,
): string {
  const code = target.scopeCode ?? '';
  if (target.scope === 'tier') return `${scopes.tier}: ${scopes.tiers[code as 'local'] ?? code}`;
  if (target.scope === 'province') return `${names.entityName(code)} (${code})`;
  if (target.scope === 'policy_domain') return `${scopes.policy_domain} ${names.domainName(code)} (${code})`;
  if (target.scope === 'entity') return `${names.entityName(code)} (${code})`;
  return scopes.all;
}

export function describeTarget(
  target: { indicator: string; scope: string; scopeCode: string | null; year: number },
  scopes: ScopeWords,
  names: TargetNames,
  year: (y: number) => string,
): string {
  return `${names.indicatorLabel(target.indicator)}, ${describeScope(target, scopes, names)}, ${year(target.year)}`;
}

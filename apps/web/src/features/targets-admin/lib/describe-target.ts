/** A target's key in words: "Sustainable share (value), Agentschap Wegen en Verkeer (AWV), 2020". */

export interface TargetNames {
  indicatorLabel(id: string): string;
  domainName(code: string): string;
  entityName(code: string): string;
}

export function describeScope(
  target: { scope: string; scopeCode: string | null },
  scopes: { all: string; policy_domain: string; entity: string },
  names: Pick<TargetNames, 'domainName' | 'entityName'>,
): string {
  const code = target.scopeCode ?? '';
  if (target.scope === 'policy_domain') return `${scopes.policy_domain} ${names.domainName(code)} (${code})`;
  if (target.scope === 'entity') return `${names.entityName(code)} (${code})`;
  return scopes.all;
}

export function describeTarget(
  target: { indicator: string; scope: string; scopeCode: string | null; year: number },
  scopes: { all: string; policy_domain: string; entity: string },
  names: TargetNames,
  year: (y: number) => string,
): string {
  return `${names.indicatorLabel(target.indicator)}, ${describeScope(target, scopes, names)}, ${year(target.year)}`;
}

import { useMemo } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import type { IndicatorId } from '@koers/domain';
import { describeScope, describeTarget, type TargetNames } from '../lib/describe-target.ts';
import { targetDigits } from '../lib/target-form.ts';
import { useTargetMessages } from '../messages.ts';

type Key = { indicator: string; scope: string; scopeCode: string | null; year: number };

/** Targets in the reader's words: their key, scope and value (as exact as it was set). */
export function useTargetWords() {
  const m = useTargetMessages();
  const { f } = useI18n();
  const registry = useRegistry();
  return useMemo(() => {
    const names: TargetNames = {
      indicatorLabel: (id) => registry.indicatorLabel(id as IndicatorId),
      domainName: (code) => registry.domainName(code),
      entityName: (code) => registry.entityName(code),
    };
    return {
      describe: (t: Key) => describeTarget(t, m.scopes, names, (y) => f.year(y)),
      scope: (t: Pick<Key, 'scope' | 'scopeCode'>) => describeScope(t, m.scopes, names),
      value: (share: number | null) => (share === null ? m.none : f.percent(share, targetDigits(share))),
    };
  }, [m, f, registry]);
}

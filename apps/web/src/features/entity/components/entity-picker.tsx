import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { SelectField } from '../../../shared/ui/fields.tsx';
import { navigate } from '../../../shared/url-state/use-view.ts';

/** Chooses an entity, grouped by policy domain. */
export function EntityPicker({ value }: { value: string }) {
  const { t, f } = useI18n();
  const registry = useRegistry();
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const e of registry.meta.entities) {
    if (e.tier === 'local') continue; // municipalities and provinces have their own picker
    const domain = e.policyDomain ? registry.domainName(e.policyDomain) : t.entity.noDomain;
    const list = groups.get(domain) ?? [];
    list.push({ value: e.code, label: `${e.name} (${e.code})` });
    groups.set(domain, list);
  }
  const sorted = [...groups.entries()]
    .sort(([a], [b]) => f.compare(a, b))
    .map(([label, options]) => ({ label, options: options.sort((a, b) => f.compare(a.label, b.label)) }));
  return (
    <SelectField
      name="entity"
      label={t.entity.choose}
      value={value}
      emptyLabel={value ? undefined : `— ${t.entity.choose} —`}
      groups={sorted}
      onChange={(entity) => entity && navigate({ page: 'entity', entity })}
    />
  );
}

import type { MetaResponse } from '../shared/api/types.ts';
import { useI18n } from '../shared/i18n/use-i18n.ts';
import { selectYears } from '../shared/lib/years.ts';
import { Segmented, SelectField } from '../shared/ui/fields.tsx';
import { navigate, useView } from '../shared/url-state/use-view.ts';
import { MEASURES, type ViewState } from '../shared/url-state/view-state.ts';
import { POPULATION_CLASSES } from '@koers/domain';

const ALL_YEARS = 'all';

/** The filters every page shares; all of them live in the URL. */
export function FilterBar({ meta }: { meta: MetaResponse }) {
  const { t, f } = useI18n();
  const view = useView();
  const { years, year } = selectYears(meta.years, view);
  const allYears = [...meta.years].sort((a, b) => a - b);
  const yearOptions = years.map((y) => ({ value: String(y), label: f.year(y) }));
  const periodOptions = allYears.map((y) => ({ value: String(y), label: f.year(y) }));
  const evidence = view.page === 'evidence';
  const methodology = view.page === 'methodology';
  // The tier switch: overview and compare read either tier; the local tier is filtered by
  // province, population class and boundaries instead of policy domain.
  const tiered = view.page === 'overview' || view.page === 'compare';
  const local = tiered && view.tier === 'local';
  const showDomain = view.page !== 'entity' && view.page !== 'municipality' && !local;
  const filtered =
    view.from !== undefined ||
    view.to !== undefined ||
    view.policyDomain ||
    view.productGroup ||
    view.province ||
    view.populationClass ||
    (evidence && view.entity);
  const provinceOptions = meta.entities.filter((e) => e.tier === 'local' && e.kind === 'provincie').map((e) => ({ value: e.code, label: e.name }));
  const classOptions = POPULATION_CLASSES.map((c) => ({ value: c, label: t.tiers.classes[c] }));

  const domainOptions = meta.policyDomains.map((d) => ({ value: d.code, label: `${d.name[view.lang]} (${d.code})` }));
  const groupOptions = [...meta.productGroups].map((g) => ({ value: g.code, label: g.name[view.lang] })).sort((a, b) => f.compare(a.label, b.label));

  const toYear = (value: string) => (value === '' || value === ALL_YEARS ? undefined : Number(value));

  return (
    <form className="filter-bar" aria-label={t.controls.filters} onSubmit={(e) => e.preventDefault()}>
      <div className="filter-bar__inner">
        {tiered && (
          <Segmented
            name="tier"
            label={t.tiers.label}
            value={view.tier ?? 'flemish_government'}
            onChange={(tier) =>
              navigate(
                tier === 'local'
                  ? { tier: 'local', policyDomain: undefined }
                  : { tier: undefined, province: undefined, populationClass: undefined, boundaries: undefined },
              )
            }
            options={(['flemish_government', 'local'] as const).map((tier) => ({ value: tier, label: t.tiers.names[tier] }))}
          />
        )}
        {!methodology && (
          <SelectField
            name="year"
            label={t.controls.year}
            value={evidence ? (view.year !== undefined ? String(view.year) : ALL_YEARS) : year !== null ? String(year) : ''}
            onChange={(v) => navigate({ year: toYear(v) })}
            options={evidence ? [{ value: ALL_YEARS, label: t.controls.period }, ...yearOptions] : yearOptions}
          />
        )}
        <SelectField
          name="from"
          label={t.controls.from}
          value={view.from !== undefined ? String(view.from) : String(allYears[0] ?? '')}
          onChange={(v) => navigate({ from: toYear(v) })}
          options={periodOptions}
        />
        <SelectField
          name="to"
          label={t.controls.to}
          value={view.to !== undefined ? String(view.to) : String(allYears[allYears.length - 1] ?? '')}
          onChange={(v) => navigate({ to: toYear(v) })}
          options={periodOptions}
        />
        {showDomain && (
          <SelectField
            name="policyDomain"
            label={t.controls.policyDomain}
            value={view.policyDomain ?? ''}
            onChange={(v) => navigate({ policyDomain: v || undefined })}
            options={domainOptions}
            emptyLabel={t.controls.allPolicyDomains}
          />
        )}
        {local && (
          <>
            <SelectField
              name="province"
              label={t.tiers.province}
              value={view.province ?? ''}
              onChange={(v) => navigate({ province: v || undefined })}
              options={provinceOptions}
              emptyLabel={t.tiers.allProvinces}
            />
            <SelectField
              name="populationClass"
              label={t.tiers.populationClass}
              value={view.populationClass ?? ''}
              onChange={(v) => navigate({ populationClass: (v || undefined) as ViewState['populationClass'] })}
              options={classOptions}
              emptyLabel={t.tiers.allClasses}
            />
          </>
        )}
        {(local || view.page === 'municipality') && (
          <Segmented
            name="boundaries"
            label={t.tiers.boundaries}
            value={view.boundaries ?? 'current'}
            onChange={(b) => navigate({ boundaries: b === 'historical' ? 'historical' : undefined })}
            options={(['current', 'historical'] as const).map((b) => ({ value: b, label: t.tiers.boundaryNames[b], title: t.tiers.boundariesHint }))}
          />
        )}
        <SelectField
          name="productGroup"
          label={t.controls.productGroup}
          value={view.productGroup ?? ''}
          onChange={(v) => navigate({ productGroup: v || undefined })}
          options={groupOptions}
          emptyLabel={t.controls.allProductGroups}
        />
        <Segmented
          name="measure"
          label={t.controls.measure}
          value={view.measure}
          onChange={(measure) => navigate({ measure })}
          options={MEASURES.map((m) => ({ value: m, label: t.controls.measures[m], title: t.controls.measureHint[m] }))}
        />
        {filtered && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              navigate({
                from: undefined,
                to: undefined,
                policyDomain: undefined,
                productGroup: undefined,
                province: undefined,
                populationClass: undefined,
                ...(evidence ? { entity: undefined } : {}),
              })
            }
          >
            {t.controls.reset}
          </button>
        )}
      </div>
    </form>
  );
}

import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { forMeasure, headlineIndicator } from '../../../shared/lib/registry.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { SERIES_STYLES } from '../../../shared/palette.ts';
import { useView } from '../../../shared/url-state/use-view.ts';
import { crossEntityFilters, type ViewFilters } from '../../../shared/url-state/view-state.ts';
import { leadIndicator } from '../lib/goal-statement.ts';
import type { Slide } from '../lib/slide-sequence.ts';
import { presentationMessages } from '../messages.ts';
import { IndicatorSlide, type SlideComparison } from './indicator-slide.tsx';
import { SlideFrame, type SlideMode } from './slide-frame.tsx';
import { MapSlide } from './map-slide.tsx';

interface SlideViewProps {
  slide: Slide;
  index: number;
  total: number;
  mode: SlideMode;
}

/** A slide of any kind: the overview (the plan's headline), a theme (its lead indicator), an entity (its headline beside its peers). */
export function SlideView({ slide, index, total, mode }: SlideViewProps) {
  const view = useView();
  const { t, locale } = useI18n();
  const p = presentationMessages(locale);
  const registry = useRegistry();
  const common = { slide, index, total, mode };
  const filters = crossEntityFilters(view);
  const scope = [view.policyDomain ? registry.domainName(view.policyDomain) : p.scopeAll, view.productGroup ? registry.groupName(view.productGroup) : null]
    .filter(Boolean)
    .join(' · ');
  const ref = slide.ref;

  if (ref.kind === 'overview') {
    return (
      <IndicatorSlide
        {...common}
        kicker={`${p.overview} · ${scope}`}
        title={t.overview.title}
        indicator={headlineIndicator(view.measure)}
        filters={filters}
        entity={null}
        rankWithin={filters}
      />
    );
  }

  if (ref.kind === 'map') return <MapSlide {...common} />;

  if (ref.kind === 'theme') {
    const known = registry.meta.themes.some((th) => th.id === ref.theme);
    const indicators = known ? registry.indicatorsOfTheme(ref.theme) : [];
    const lead = leadIndicator(indicators, view.measure);
    // Listed beside the lead: the theme's other indicators, without the lead's sibling in the other measure.
    const others = indicators.map((i) => i.id).filter((id) => lead === null || forMeasure(id, 'value') !== forMeasure(lead, 'value'));
    return (
      <IndicatorSlide
        {...common}
        kicker={`${p.theme(ref.theme)} · ${scope}`}
        title={known ? registry.themeName(ref.theme) : p.theme(ref.theme)}
        indicator={lead}
        filters={filters}
        entity={null}
        rankWithin={filters}
        others={others.slice(0, 4)}
      />
    );
  }

  const entity = registry.meta.entities.find((e) => e.code === ref.entity);
  if (!entity) {
    return (
      <SlideFrame
        {...common}
        kicker={p.entity}
        title={p.unknownEntity(ref.entity)}
        ready
        statement={[p.unknownEntity(ref.entity)]}
        context=""
        facts={<p className="slide-goal__detail">{p.unknownEntity(ref.entity)}</p>}
        chart={null}
      />
    );
  }
  const period: ViewFilters = {
    ...(view.productGroup ? { productGroup: view.productGroup } : {}),
    ...(view.from !== undefined ? { from: view.from } : {}),
    ...(view.to !== undefined ? { to: view.to } : {}),
  };
  const comparisons: SlideComparison[] = [
    ...(entity.policyDomain
      ? [
          {
            key: 'domain',
            label: t.chart.pooledDomain(entity.policyDomain),
            style: SERIES_STYLES.domain,
            filters: { ...period, policyDomain: entity.policyDomain },
          },
        ]
      : []),
    { key: 'all', label: t.chart.pooledAll, style: SERIES_STYLES.all, filters: period },
  ];
  const lead = headlineIndicator(view.measure);
  const others = registry.meta.indicators.filter((i) => i.targets.length > 0 && i.theme !== registry.indicator(lead).theme).map((i) => i.id);
  return (
    <IndicatorSlide
      {...common}
      kicker={`${p.entity} · ${registry.domainName(entity.policyDomain)}`}
      title={`${entity.name} (${entity.code})`}
      indicator={lead}
      filters={{ ...period, entity: entity.code }}
      entity={entity.code}
      rankWithin={null}
      comparisons={comparisons}
      others={others}
      othersTitle={p.otherTargets}
    />
  );
}

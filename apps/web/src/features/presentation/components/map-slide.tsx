import { useQuery } from '@tanstack/react-query';
import { indicatorQueryOptions } from '../../../shared/api/get-indicator.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { headlineIndicator } from '../../../shared/lib/registry.ts';
import { useRegistry, useYears } from '../../../shared/lib/use-registry.ts';
import { MapFigure, mapFilters } from '../../../shared/map/map-figure.tsx';
import type { Slide } from '../lib/slide-sequence.ts';
import { presentationMessages } from '../messages.ts';
import { SlideFrame, type SlideMode } from './slide-frame.tsx';
import { useView } from '../../../shared/url-state/use-view.ts';

/** The map of Flanders as a slide: the headline indicator of the chosen year, by municipality. */
export function MapSlide({ slide, index, total, mode }: { slide: Slide; index: number; total: number; mode: SlideMode }) {
  const view = useView();
  const { t, f, locale } = useI18n();
  const p = presentationMessages(locale);
  const registry = useRegistry();
  const { year } = useYears();
  const indicator = headlineIndicator(view.measure);
  // The same question the map asks (shared in the query cache): the slide is ready when it is in.
  const answer = useQuery({ ...indicatorQueryOptions(indicator, { groupBy: ['entity'], ...mapFilters(year ?? 0) }), enabled: year !== null });
  const label = registry.indicatorLabel(indicator);
  return (
    <SlideFrame
      slide={slide}
      index={index}
      total={total}
      mode={mode}
      kicker={p.map}
      title={`${t.tiers.names.local} · ${label}${year !== null ? `, ${f.year(year)}` : ''}`}
      ready={answer.isSuccess}
      statement={[t.tiers.monitoringOnly]}
      context={t.tiers.boundariesHint}
      facts={null}
      chart={year !== null ? <MapFigure indicator={indicator} year={year} headingLevel={mode === 'live' ? 2 : 3} /> : null}
    />
  );
}

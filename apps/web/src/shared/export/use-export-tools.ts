import { useMemo } from 'react';
import { useMeta } from '../api/get-meta.ts';
import type { MetaResponse } from '../api/types.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { createRegistry, type Registry } from '../lib/registry.ts';
import { useView } from '../url-state/use-view.ts';
import { hrefFor, type ViewState } from '../url-state/view-state.ts';
import { chartFilters, type ChartSource } from './chart-source.ts';
import { describeExport, exportFileStem, type ExportDescription } from './export-context.ts';
import { exportMessages, type ExportMessages } from './messages.ts';
import type { ReportFrame } from './report-types.ts';

export interface ExportTools {
  x: ExportMessages;
  meta: MetaResponse;
  registry: Registry;
  view: ViewState;
  /** The absolute link of the current view. */
  link(): string;
  /** The words an export of this chart (or, without a source, of the view) carries. */
  describe(source?: ChartSource | null): ExportDescription;
  frame(title: string): ReportFrame;
  fileStem(name: string): string;
}

/** Everything an export needs from the current view, language and registry; null until /meta is in. */
export function useExportTools(): ExportTools | null {
  const view = useView();
  const { t, f, locale } = useI18n();
  const { data: meta } = useMeta();
  return useMemo(() => {
    if (!meta) return null;
    const x = exportMessages(locale);
    const registry = createRegistry(meta, locale);
    const link = () => `${window.location.origin}${hrefFor(view)}`;
    const describe = (source?: ChartSource | null) =>
      describeExport({ view, meta, registry, t, f, x, link: link(), source: source ?? null, filters: source ? chartFilters(view, source) : undefined });
    return {
      x,
      meta,
      registry,
      view,
      link,
      describe,
      frame: (title: string) => {
        const about = describe(null);
        return {
          title,
          footer: ['Koers', about.dataDate, meta.dataset === 'demo' ? t.demo.badge : null, link()].filter(Boolean).join(' · '),
          continued: x.continued,
          pageNumber: x.pageNumber,
        };
      },
      fileStem: (name: string) => exportFileStem(name, meta.dataDate),
    };
  }, [view, t, f, locale, meta]);
}

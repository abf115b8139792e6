import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import { Icon } from '../ui/icons.tsx';
import { useView } from '../url-state/use-view.ts';
import { onDownloadClick } from '../api/download.ts';
import { chartFilters, dataExportHref, type ChartSource } from './chart-source.ts';
import { figureReportPage, figureText, figureTitle } from './figure-report.ts';
import { exportMessages } from './messages.ts';
import { useExportTools } from './use-export-tools.ts';
import './export.css';

type DrawnFormat = 'png' | 'svg' | 'pdf';

/**
 * A chart's exports: the image (PNG, SVG) and a PDF page made in the browser, each with the
 * title, filters, measure, data date, definition and source on it; and the rows behind the
 * chart as CSV and XLSX from the API, asked exactly as the chart asked them.
 */
export function ExportMenu({ name, source }: { name: string; source?: ChartSource | undefined }) {
  const view = useView();
  const { locale } = useI18n();
  const x = exportMessages(locale);
  const tools = useExportTools();
  const menu = useRef<HTMLDetailsElement>(null);
  const [busy, setBusy] = useState<DrawnFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const resolved = source ? { ...source, filters: chartFilters(view, source) } : null;

  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      const element = menu.current;
      if (element?.open && !element.contains(event.target as Node)) element.open = false;
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !menu.current?.open) return;
    event.preventDefault();
    event.stopPropagation();
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };

  const run = async (format: DrawnFormat) => {
    const figure = menu.current?.closest<HTMLElement>('figure[data-chart]');
    if (!figure || !tools) return;
    setBusy(format);
    setError(null);
    try {
      const engine = await import('./engine/index.ts');
      const description = tools.describe(resolved);
      const stem = tools.fileStem(name);
      if (format === 'svg') engine.exportFigureSvg(figure, figureText(figure, description), stem);
      else if (format === 'png') await engine.exportFigurePng(figure, figureText(figure, description), stem);
      else {
        const kicker = (document.querySelector('main h1')?.textContent ?? '').trim() || 'Koers';
        await engine.exportPdfReport([figureReportPage(figure, kicker, description)], tools.frame(figureTitle(figure)), stem);
      }
      if (menu.current) menu.current.open = false;
    } catch (caught) {
      setError(x.failed(caught instanceof Error ? caught.message : String(caught)));
    } finally {
      setBusy(null);
    }
  };

  return (
    <details
      ref={menu}
      className="export-menu"
      data-export-menu={name}
      data-export-source={resolved ? JSON.stringify(resolved) : undefined}
      onKeyDown={onKeyDown}
    >
      <summary className="button button--quiet export-menu__button">
        <Icon name="download" />
        {x.menu}
      </summary>
      <ul className="export-menu__list">
        {(['png', 'svg', 'pdf'] as const).map((format) => (
          <li key={format}>
            <button type="button" data-export={format} disabled={busy !== null || !tools} onClick={() => void run(format)}>
              {x[format]}
            </button>
          </li>
        ))}
        {resolved && (
          <>
            <li>
              <a href={dataExportHref(resolved, resolved.filters, 'csv', locale)} download data-export="csv" onClick={onDownloadClick}>
                {x.csv}
              </a>
            </li>
            <li>
              <a href={dataExportHref(resolved, resolved.filters, 'xlsx', locale)} download data-export="xlsx" onClick={onDownloadClick}>
                {x.xlsx}
              </a>
            </li>
          </>
        )}
        <li className="export-menu__status" role="status">
          {busy ? x.working : ''}
        </li>
        {error && (
          <li className="export-menu__error" role="alert">
            {error}
          </li>
        )}
      </ul>
    </details>
  );
}

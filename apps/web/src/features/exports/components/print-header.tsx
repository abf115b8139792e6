import { useExportTools } from '../../../shared/export/use-export-tools.ts';
import '../print.css';

/**
 * Printed at the top of every handout (and hidden on screen, where the masthead and filter bar
 * say the same): where it comes from, the data date, the filters and measure, and the link.
 */
export function PrintHeader() {
  const tools = useExportTools();
  if (!tools) return null;
  const about = tools.describe(null);
  return (
    <div className="print-header" aria-hidden="true" data-print-header>
      <p>
        <strong>{tools.x.printedFrom}</strong> · {about.dataDate}
        {about.demo ? <strong> · {about.demo}</strong> : null}
      </p>
      <p>
        {about.filters} · {about.measure}
      </p>
      <p className="print-header__link">
        {tools.x.link}
        {tools.x.colon}
        {tools.link()}
      </p>
    </div>
  );
}

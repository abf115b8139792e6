import type { IndicatorResponse } from '../../../shared/api/types.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { rowForYear } from '../../../shared/lib/trend.ts';
import { EvidenceNote } from '../../../shared/ui/evidence-note.tsx';
import { Icon } from '../../../shared/ui/icons.tsx';
import { RecordsLink } from '../../../shared/ui/records-link.tsx';
import { ShareMeter } from '../../../shared/ui/share-meter.tsx';
import { StatusBadge } from '../../../shared/ui/status-badge.tsx';

interface HeadlineProps {
  response: IndicatorResponse;
  year: number;
  measureLabel: string;
  primary: boolean;
}

/** The headline share for one year against its target, with status, n, coverage and the unknown band. */
export function Headline({ response, year, measureLabel, primary }: HeadlineProps) {
  const { t, f } = useI18n();
  const row = rowForYear(response.rows, year);
  const id = response.indicator.id;
  return (
    <article className={`headline ${primary ? 'headline--primary' : 'headline--secondary'}`} data-headline={id}>
      <p className="headline__label">
        {t.overview.headlineLabel(f.year(year))} <strong>{measureLabel}</strong>
      </p>
      {row ? (
        <>
          <div className="headline__figure">
            <RecordsLink
              indicator={id}
              part="numerator"
              year={year}
              label={t.table.openRecordsOf(`${f.percent(row.value)} (${measureLabel})`)}
              className="headline__value-link"
            >
              <span className="headline__value" data-testid={primary ? 'headline-value' : 'headline-secondary-value'} data-value={row.value ?? ''}>
                {f.percent(row.value)}
              </span>
            </RecordsLink>
            {row.target && <span className="headline__target">{t.share.target(f.percent(row.target.value, 0), f.year(row.target.year))}</span>}
          </div>
          <ShareMeter share={row} target={row.target?.value ?? null} expected={row.expected ?? null} />
          {row.target ? <StatusBadge status={row.status} progress={row.progress} size={primary ? 'large' : 'normal'} /> : <StatusBadge />}
          <p className="headline__records" data-testid={primary ? 'headline-records' : undefined} data-n={row.n}>
            {t.overview.recordsBehind(f.integer(row.n))}
          </p>
          <EvidenceNote share={row} compact={!primary} />
          <RecordsLink indicator={id} part="denominator" year={year} className="more-link">
            {t.overview.openRecords} <Icon name="arrow-right" />
          </RecordsLink>
        </>
      ) : (
        <p className="muted">{t.states.empty}</p>
      )}
    </article>
  );
}

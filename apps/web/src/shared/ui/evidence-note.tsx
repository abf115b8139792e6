import { useI18n } from '../i18n/use-i18n.ts';
import { useStatusThresholds } from '../lib/use-registry.ts';
import { evidenceIssues, unknownBand, unknownRecords, type ShareEvidence } from '../lib/share.ts';
import { Icon } from './icons.tsx';

/**
 * What stands behind a share: its n, its coverage and the unknown band, with a warning when the
 * evidence is thin. Shown wherever a share is shown.
 */
export function EvidenceNote({ share, compact = false }: { share: ShareEvidence; compact?: boolean }) {
  const { t, f } = useI18n();
  const band = unknownBand(share);
  const unknown = unknownRecords(share);
  const issues = evidenceIssues(share, useStatusThresholds());
  const parts = [t.share.recordsShort(f.integer(share.n)), t.share.coverage(f.percent(share.coverage, 0))];
  if (band) parts.push(t.share.unknownBand(f.percent(band.low, 0), f.percent(band.high, 0)));
  return (
    <div className={`evidence-note${compact ? ' evidence-note--compact' : ''}`}>
      <p className="evidence-note__facts">
        {parts.join(' · ')}
        {!compact && unknown !== null && unknown > 0 && <span className="muted"> ({t.share.unknownRecords(f.integer(unknown))})</span>}
      </p>
      {issues.map((issue) => (
        <p key={issue} className="warning" data-warning={issue}>
          <Icon name="warning" />
          <span>
            {issue === 'no_data' ? t.share.noData : issue === 'low_n' ? t.share.lowN(f.integer(share.n)) : t.share.lowCoverage(f.percent(share.coverage, 0))}
          </span>
        </p>
      ))}
    </div>
  );
}

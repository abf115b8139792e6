import { useId } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import { unknownBand, type ShareEvidence } from '../lib/share.ts';

interface ShareMeterProps {
  share: ShareEvidence;
  target?: number | null;
  /** Where the glide path expected the share. */
  expected?: number | null;
}

/**
 * A bullet bar from 0 to 100 %: the share as a solid bar, the unknown band hatched, the target
 * as a black tick and the glide path's expectation as a dashed tick.
 */
export function ShareMeter({ share, target = null, expected = null }: ShareMeterProps) {
  const { t, f } = useI18n();
  const patternId = useId().replace(/:/g, '');
  const band = unknownBand(share);
  const x = (v: number) => `${Math.min(100, Math.max(0, v * 100))}%`;
  const label = t.share.meterLabel(
    f.percent(share.value),
    target === null ? null : f.percent(target, 0),
    band ? f.percent(band.low) : null,
    band ? f.percent(band.high) : null,
  );
  return (
    <svg className="meter" role="img" aria-label={label} width="100%" height="28">
      <defs>
        <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#e8f3fb" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#56B4E9" strokeWidth="3" />
        </pattern>
      </defs>
      <rect x="0" y="6" width="100%" height="16" fill="#ececec" rx="2" />
      {band && <rect x={x(band.low)} y="6" width={x(band.high - band.low)} height="16" fill={`url(#${patternId})`} />}
      {share.value !== null && <rect x="0" y="9" width={x(share.value)} height="10" fill="#0072B2" />}
      {expected !== null && <line x1={x(expected)} x2={x(expected)} y1="2" y2="26" stroke="#4d4d4d" strokeWidth="2" strokeDasharray="3 2" />}
      {target !== null && <line x1={x(target)} x2={x(target)} y1="0" y2="28" stroke="#000" strokeWidth="4" />}
    </svg>
  );
}

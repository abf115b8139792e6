import type { IndicatorResponse } from '../../../shared/api/types.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { EvidenceNote } from '../../../shared/ui/evidence-note.tsx';
import { ShareMeter } from '../../../shared/ui/share-meter.tsx';

/** The number the listed records stand behind, with its numerator, denominator, n and coverage. */
export function TheNumber({ response }: { response: IndicatorResponse }) {
  const { t, f } = useI18n();
  const registry = useRegistry();
  const row = response.rows[0];
  const amount = (v: number) => (response.indicator.measure === 'value' ? f.euro(v) : f.integer(v));
  return (
    <section className="the-number" aria-label={t.evidence.theNumber} data-testid="the-number">
      <div className="the-number__main">
        <p className="the-number__label">{registry.indicatorLabel(response.indicator.id)}</p>
        <p className="the-number__value" data-value={row?.value ?? ''}>
          {f.percent(row?.value ?? null)}
        </p>
      </div>
      {row ? (
        <div className="the-number__detail">
          <p className="the-number__fraction">
            <span>
              {t.share.numerator}: <strong>{amount(row.numerator)}</strong>
            </span>
            <span aria-hidden="true"> ÷ </span>
            <span>
              {t.share.denominator}: <strong>{amount(row.denominator)}</strong>
            </span>
          </p>
          <ShareMeter share={row} target={row.target?.value ?? null} />
          <EvidenceNote share={row} />
          <p className="muted">{registry.indicator(response.indicator.id).definition[f.locale]}</p>
        </div>
      ) : (
        <p className="muted">{t.states.empty}</p>
      )}
    </section>
  );
}

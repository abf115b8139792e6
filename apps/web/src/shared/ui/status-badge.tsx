import type { Status } from '../api/types.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { statusExplanation, statusWords, type StatusFacts } from '../lib/status-words.ts';
import { useStatusThresholds } from '../lib/use-registry.ts';
import { Icon, type IconName } from './icons.tsx';

const ICONS: Record<Status | 'monitoring_only', IconName> = {
  achieved: 'check',
  on_track: 'arrow-up-right',
  needs_acceleration: 'gauge',
  limited_progress: 'minus',
  deterioration: 'arrow-down-right',
  missed: 'cross',
  insufficient_data: 'question',
  monitoring_only: 'eye',
};

interface StatusBadgeProps {
  /** Undefined when the indicator has no target: shown as "monitoring only". */
  status?: Status | undefined;
  progress?: StatusFacts | undefined;
  size?: 'normal' | 'large';
}

/** A status in an icon and words (never colour alone), with "missed by x points", "reached in y" or the last usable year. */
export function StatusBadge({ status, progress, size = 'normal' }: StatusBadgeProps) {
  const { t, f } = useI18n();
  const key = status ?? 'monitoring_only';
  const words = statusWords(status, progress, t, f);
  const explanation = statusExplanation(status, t, f, useStatusThresholds());
  return (
    <span className={`status status--${key} status--${size}`} data-status={key} title={explanation}>
      <Icon name={ICONS[key]} />
      <span>{words}</span>
    </span>
  );
}

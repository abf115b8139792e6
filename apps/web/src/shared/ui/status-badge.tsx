import type { Progress, Status } from '../api/types.ts';
import { useI18n } from '../i18n/use-i18n.ts';
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
  progress?: Pick<Progress, 'missedBy' | 'reachedYear'> | undefined;
  size?: 'normal' | 'large';
}

/** A status in an icon and words (never colour alone), with "missed by x points" or "reached in y". */
export function StatusBadge({ status, progress, size = 'normal' }: StatusBadgeProps) {
  const { t, f } = useI18n();
  const key = status ?? 'monitoring_only';
  let words = status ? t.status[status] : t.status.monitoringOnly;
  if (status === 'missed' && progress?.missedBy != null) words = t.status.missedBy(f.points(progress.missedBy));
  if (status === 'achieved' && progress?.reachedYear != null) words = `${t.status.achieved} · ${t.status.reachedIn(f.year(progress.reachedYear))}`;
  const explanation = status ? t.status.explain[status] : t.status.explain.monitoringOnly;
  return (
    <span className={`status status--${key} status--${size}`} data-status={key} title={explanation}>
      <Icon name={ICONS[key]} />
      <span>{words}</span>
    </span>
  );
}

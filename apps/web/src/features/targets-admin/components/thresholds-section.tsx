import { useEffect, useId, useState, type FormEvent } from 'react';
import type { StatusThresholds } from '@koers/domain';
import { ApiError } from '../../../shared/api/client.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useStatusThresholds } from '../../../shared/lib/use-registry.ts';
import { useSaveThresholds } from '../api/save-thresholds.ts';
import { useThresholdMessages } from '../thresholds-messages.ts';

type Field = keyof StatusThresholds;
const FIELDS: readonly Field[] = ['minN', 'minCoverage', 'onTrack', 'needsAcceleration'];
/** Shares are edited as percentages; n as a count. */
const AS_PERCENT: Record<Field, boolean> = { minN: false, minCoverage: true, onTrack: true, needsAcceleration: true };

function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s*%$/, '').replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}

/**
 * The thresholds every status is judged by (SPEC §4), as the API serves them; an administrator
 * changes them here. The server checks them and audits the change.
 */
export function ThresholdsSection({ canEdit }: { canEdit: boolean }) {
  const m = useThresholdMessages();
  const { f } = useI18n();
  const thresholds = useStatusThresholds();
  const save = useSaveThresholds();
  const base = useId();
  const decimal = new Intl.NumberFormat(f.intlLocale, { maximumFractionDigits: 4, useGrouping: false });
  const shown = (field: Field) => decimal.format(AS_PERCENT[field] ? Math.round(thresholds[field] * 1e6) / 1e4 : thresholds[field]);
  const [draft, setDraft] = useState<Record<Field, string>>(() => Object.fromEntries(FIELDS.map((k) => [k, shown(k)])) as Record<Field, string>);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  // The fields a refusal names, marked invalid and pointing at the message.
  const [wrong, setWrong] = useState<readonly Field[]>([]);
  const named = (fields: readonly Field[]) => fields.map((k) => `“${m.fields[k]}”`).join(', ');

  // Follow the served values after a save (or a change elsewhere).
  useEffect(() => {
    setDraft(Object.fromEntries(FIELDS.map((k) => [k, shown(k)])) as Record<Field, string>);
  }, [thresholds]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = FIELDS.map((k) => [k, parseNumber(draft[k])] as const);
    const unreadable = parsed.filter(([, v]) => v === null).map(([k]) => k);
    setWrong(unreadable);
    if (unreadable.length > 0) {
      setMessage({ kind: 'error', text: m.invalid(named(unreadable)) });
      return;
    }
    const body = Object.fromEntries(parsed.map(([k, v]) => [k, AS_PERCENT[k] ? Math.round(v! * 1e4) / 1e6 : v])) as unknown as StatusThresholds;
    save.mutate(body, {
      onSuccess: ({ change }) => setMessage({ kind: 'ok', text: change ? m.saved : m.unchanged }),
      onError: (error) => {
        // The server names its fields as the API does: say them as the form labels them.
        const issues =
          error instanceof ApiError
            ? error.issues.filter((i): i is { parameter: Field; message: string } => (FIELDS as readonly string[]).includes(i.parameter))
            : [];
        setWrong(issues.map((i) => i.parameter));
        const reason = issues.length > 0 ? issues.map((i) => `${m.fields[i.parameter]} (${i.parameter}): ${i.message}`).join('; ') : error.message;
        setMessage({ kind: 'error', text: m.saveFailed(reason) });
      },
    });
  };

  return (
    <section className="section" aria-labelledby={`${base}-title`} data-testid="status-thresholds">
      <h2 id={`${base}-title`}>{m.title}</h2>
      <p className="section__lead">{m.lead}</p>
      <p data-testid="status-thresholds-current">
        {m.current(
          f.integer(thresholds.minN),
          f.percent(thresholds.minCoverage, 0),
          f.percent(thresholds.onTrack, 0),
          f.percent(thresholds.needsAcceleration, 0),
        )}
      </p>
      {canEdit && (
        <form className="target-form" onSubmit={submit} noValidate aria-busy={save.isPending}>
          <div className="target-form__grid">
            {FIELDS.map((k) => (
              <div className="field" key={k}>
                <label htmlFor={`${base}-${k}`}>{m.fields[k]}</label>
                <input
                  id={`${base}-${k}`}
                  name={k}
                  inputMode="decimal"
                  value={draft[k]}
                  aria-invalid={wrong.includes(k) || undefined}
                  aria-describedby={wrong.includes(k) ? `${base}-message` : undefined}
                  onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
                />
              </div>
            ))}
          </div>
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? m.saving : m.save}
          </button>
          <p id={`${base}-message`} role={message?.kind === 'error' ? 'alert' : 'status'} className={message?.kind === 'error' ? 'field__problem' : 'muted'}>
            {message?.text ?? ''}
          </p>
        </form>
      )}
    </section>
  );
}

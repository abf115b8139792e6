import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/api/client.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { useSaveTarget } from '../api/save-target.ts';
import {
  checkTarget,
  decimalSeparator,
  EMPTY_DRAFT,
  fieldOfParameter,
  SOURCE_MAX,
  TARGET_SCOPES,
  TARGET_TIERS,
  type FieldProblems,
  type TargetDraft,
  type TargetField,
} from '../lib/target-form.ts';
import { useTargetMessages } from '../messages.ts';
import { useTargetWords } from './use-target-words.ts';

interface TargetFormProps {
  draft: TargetDraft;
  onDraftChange: (draft: TargetDraft) => void;
  /** Changes whenever the reader chose "edit" on a row: the form then takes focus. */
  focusRequest: number;
}

/**
 * Add or change one target (admin). Every field is labelled; a field that is not right says
 * why next to it, and the form says so in an alert; the outcome is announced.
 */
export function TargetForm({ draft, onDraftChange, focusRequest }: TargetFormProps) {
  const m = useTargetMessages();
  const { f, locale } = useI18n();
  const registry = useRegistry();
  const words = useTargetWords();
  const save = useSaveTarget();
  const [problems, setProblems] = useState<FieldProblems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState('');
  const percentInput = useRef<HTMLInputElement>(null);
  const section = useRef<HTMLElement>(null);
  const base = useId();
  const id = (field: TargetField | string) => `${base}-${field}`;

  const { meta } = registry;
  const checkAgainst = useMemo(
    () => ({
      indicators: new Set<string>(meta.indicators.map((i) => i.id)),
      policyDomains: new Set(meta.policyDomains.map((d) => d.code)),
      entities: new Set(meta.entities.map((e) => e.code)),
      provinces: new Set(meta.entities.filter((e) => e.kind === 'provincie').map((e) => e.code)),
    }),
    [meta],
  );
  const decimal = decimalSeparator(f.intlLocale);
  const domainOptions = useMemo(
    () => [...meta.policyDomains].map((d) => ({ value: d.code, label: `${d.name[locale]} (${d.code})` })).sort((a, b) => f.compare(a.label, b.label)),
    [meta.policyDomains, locale, f],
  );
  const entityOptions = useMemo(
    // Organisations that ended (municipalities merged in 2019) take no new targets.
    () =>
      meta.entities
        .filter((e) => !e.validTo)
        .map((e) => ({ value: e.code, label: `${e.name} (${e.code})` }))
        .sort((a, b) => f.compare(a.label, b.label)),
    [meta.entities, f],
  );
  const provinceOptions = useMemo(
    () => meta.entities.filter((e) => e.kind === 'provincie').map((e) => ({ value: e.code, label: `${e.name} (${e.code})` })),
    [meta.entities],
  );
  const tierOptions = TARGET_TIERS.map((tier) => ({ value: tier, label: m.scopes.tiers[tier] }));
  const codeChoices = {
    policy_domain: { label: m.fields.policyDomain, options: domainOptions },
    entity: { label: m.fields.entity, options: entityOptions },
    tier: { label: m.fields.tier, options: tierOptions },
    province: { label: m.fields.province, options: provinceOptions },
  };

  useEffect(() => {
    if (focusRequest === 0) return;
    section.current?.scrollIntoView({ block: 'start' });
    percentInput.current?.focus({ preventScroll: true });
    percentInput.current?.select();
  }, [focusRequest]);

  const set = (patch: Partial<TargetDraft>) => {
    onDraftChange({ ...draft, ...patch });
    const cleared = { ...problems };
    for (const key of Object.keys(patch) as TargetField[]) delete cleared[key];
    if (patch.scope !== undefined) delete cleared.scopeCode;
    setProblems(cleared);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome('');
    setFormError(null);
    const checked = checkTarget(draft, checkAgainst);
    if ('problems' in checked) {
      setProblems(checked.problems);
      setFormError(m.fixFields);
      const first = (['indicator', 'scopeCode', 'year', 'percent', 'source'] as const).find((field) => checked.problems[field]);
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    setProblems({});
    save.mutate(checked.body, {
      onSuccess: ({ change, target }) => {
        const what = words.describe(checked.body);
        setOutcome(change ? m.saved(what, `${words.value(change.oldValue)} → ${words.value(change.newValue)}`) : m.unchanged(what));
        if (target) onDraftChange({ ...draft, percent: draft.percent.trim(), source: target.source });
      },
      onError: (error) => {
        const fieldProblems: FieldProblems = {};
        if (error instanceof ApiError) {
          for (const issue of error.issues) {
            const field = fieldOfParameter(issue.parameter);
            if (field === 'percent') fieldProblems.percent = 'percentRange';
            if (field === 'scopeCode') fieldProblems.scopeCode = 'scopeCode';
            if (field === 'year') fieldProblems.year = 'yearRange';
          }
        }
        setProblems(fieldProblems);
        setFormError(m.saveFailed(error.message));
      },
    });
  };

  const fieldProps = (field: TargetField, hint?: string) => {
    const problem = problems[field];
    const describedBy = [problem ? id(`${field}-problem`) : null, hint ? id(`${field}-hint`) : null].filter(Boolean).join(' ');
    return { id: id(field), 'aria-invalid': problem ? true : undefined, ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
  };
  const problemText = (field: TargetField) =>
    problems[field] ? (
      <p id={id(`${field}-problem`)} className="field__problem">
        {m.problems[problems[field]]}
      </p>
    ) : null;

  const themes = meta.themes;
  return (
    <section ref={section} className="section target-form-section" aria-labelledby={id('title')}>
      <h2 id={id('title')}>{m.formTitle}</h2>
      <p className="section__lead">{m.formLead}</p>
      <form className="target-form" onSubmit={submit} noValidate data-testid="target-form" aria-busy={save.isPending}>
        <div className="target-form__grid">
          <div className="field">
            <label htmlFor={id('indicator')}>{m.fields.indicator}</label>
            <select {...fieldProps('indicator')} name="indicator" value={draft.indicator} onChange={(e) => set({ indicator: e.target.value })}>
              <option value="">{m.choose}</option>
              {themes.map((theme) => (
                <optgroup key={theme.id} label={`${theme.id}. ${theme.name[locale]}`}>
                  {meta.indicators
                    .filter((i) => i.theme === theme.id)
                    .map((i) => (
                      <option key={i.id} value={i.id}>
                        {i.label[locale]}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
            {problemText('indicator')}
          </div>

          <div className="field">
            <label htmlFor={id('scope')}>{m.fields.scope}</label>
            <select
              {...fieldProps('scope')}
              name="scope"
              value={draft.scope}
              onChange={(e) => set({ scope: e.target.value as TargetDraft['scope'], scopeCode: '' })}
            >
              {TARGET_SCOPES.map((scope) => (
                <option key={scope} value={scope}>
                  {m.scopes[scope]}
                </option>
              ))}
            </select>
          </div>

          {draft.scope !== 'all' && (
            <div className="field">
              <label htmlFor={id('scopeCode')}>{codeChoices[draft.scope].label}</label>
              <select {...fieldProps('scopeCode')} name="scopeCode" value={draft.scopeCode} onChange={(e) => set({ scopeCode: e.target.value })}>
                <option value="">{m.choose}</option>
                {codeChoices[draft.scope].options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              {problemText('scopeCode')}
            </div>
          )}

          <div className="field field--narrow">
            <label htmlFor={id('year')}>{m.fields.year}</label>
            <input
              {...fieldProps('year', m.yearHint)}
              name="year"
              className="text-input"
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              value={draft.year}
              onChange={(e) => set({ year: e.target.value })}
            />
            <p id={id('year-hint')} className="field__hint">
              {m.yearHint}
            </p>
            {problemText('year')}
          </div>

          <div className="field field--narrow">
            <label htmlFor={id('percent')}>{m.fields.percent}</label>
            <input
              ref={percentInput}
              {...fieldProps('percent', m.percentHint)}
              name="percent"
              className="text-input"
              inputMode="decimal"
              autoComplete="off"
              value={draft.percent}
              placeholder={`95${decimal}0`}
              onChange={(e) => set({ percent: e.target.value })}
            />
            <p id={id('percent-hint')} className="field__hint">
              {m.percentHint}
            </p>
            {problemText('percent')}
          </div>

          <div className="field field--wide">
            <label htmlFor={id('source')}>{m.fields.source}</label>
            <input
              {...fieldProps('source', m.sourceHint)}
              name="source"
              className="text-input"
              maxLength={SOURCE_MAX}
              value={draft.source}
              onChange={(e) => set({ source: e.target.value })}
            />
            <p id={id('source-hint')} className="field__hint">
              {m.sourceHint}
            </p>
            {problemText('source')}
          </div>
        </div>

        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="target-save">
            {save.isPending ? m.saving : m.save}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              onDraftChange(EMPTY_DRAFT);
              setProblems({});
              setFormError(null);
              setOutcome('');
            }}
          >
            {m.clear}
          </button>
        </div>
        <p className="form-error" role="alert" data-testid="target-form-error">
          {formError}
        </p>
        <p className="form-success" role="status" aria-live="polite" data-testid="target-form-status">
          {outcome}
        </p>
      </form>
    </section>
  );
}

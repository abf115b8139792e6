import { EVENT_LABEL_MAX, SOURCE_MAX } from '@koers/contract/limits';
import { LOCALES, POLICY_EVENT_SCOPES, type Locale } from '@koers/domain';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/api/client.ts';
import { useEvents } from '../../../shared/api/get-events.ts';
import { usePermissions } from '../../../shared/api/get-session.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import type { PolicyEventData } from '../../../shared/lib/policy-events.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { Icon } from '../../../shared/ui/icons.tsx';
import { PageHeader } from '../../../shared/ui/page-header.tsx';
import { ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { useEventMutations, type EventBody } from '../api/save-event.ts';
import { useEventMessages } from '../messages.ts';
import '../events-admin.css';

type Scope = PolicyEventData['scope'];
const SCOPES = POLICY_EVENT_SCOPES;
const LANGUAGES = LOCALES;

interface Draft {
  id: number | null;
  date: string;
  label: Record<Locale, string>;
  scope: Scope;
  scopeCode: string;
  source: string;
}

const EMPTY: Draft = { id: null, date: '', label: { nl: '', fr: '', en: '' }, scope: 'all', scopeCode: '', source: '' };

const draftOf = (e: PolicyEventData): Draft => ({
  id: e.id,
  date: e.date,
  label: { ...e.label },
  scope: e.scope,
  scopeCode: e.scopeCode ?? '',
  source: e.source ?? '',
});

const bodyOf = (d: Draft): EventBody => ({
  date: d.date,
  label: { nl: d.label.nl, fr: d.label.fr, en: d.label.en },
  scope: d.scope,
  scopeCode: d.scope === 'all' ? null : d.scopeCode || null,
  source: d.source.trim() || null,
});

/**
 * Policy events as data: everyone reads them; an administrator adds, changes and removes them
 * (each change in the audit trail). Every trend in an event's scope draws it.
 */
export default function EventsPage() {
  const m = useEventMessages();
  const { f, locale } = useI18n();
  const { meta } = useRegistry();
  const canEdit = usePermissions().editTargets;
  const events = useEvents();
  const { save, remove } = useEventMutations();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [status, setStatus] = useState('');
  const base = useId();

  const codes = useMemo(
    () => ({
      policy_domain: meta.policyDomains.map((d) => ({ value: d.code, label: `${d.name[locale]} (${d.code})` })),
      entity: meta.entities
        .filter((e) => !e.validTo)
        .map((e) => ({ value: e.code, label: `${e.name} (${e.code})` }))
        .sort((a, b) => f.compare(a.label, b.label)),
    }),
    [meta, locale, f],
  );

  const failed = (error: unknown) => {
    const reason = error instanceof ApiError ? [error.message, ...error.issues.map((i) => `${i.parameter}: ${i.message}`)].join(' · ') : String(error);
    setStatus(m.failed(reason));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: draft.id, body: bodyOf(draft) },
      {
        onSuccess: (outcome) => {
          setStatus(outcome.auditId === null ? m.unchanged : m.saved);
          setDraft(EMPTY);
        },
        onError: failed,
      },
    );
  };

  const scopeWords = (e: PolicyEventData) =>
    e.scope === 'all'
      ? m.scopes.all
      : `${m.scopes[e.scope]}: ${e.scope === 'entity' ? (meta.entities.find((x) => x.code === e.scopeCode)?.name ?? e.scopeCode) : e.scopeCode}`;

  return (
    <div className="page page--events">
      <PageHeader title={m.title} lead={<p>{m.lead}</p>} />
      {canEdit ? (
        <form className="card event-form" onSubmit={submit} data-event-form>
          <div className="event-form__grid">
            <div className="field">
              <label htmlFor={`${base}-date`}>{m.date}</label>
              <input id={`${base}-date`} name="date" type="date" required value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} />
            </div>
            {LANGUAGES.map((language) => (
              <div className="field event-form__label" key={language}>
                <label htmlFor={`${base}-label-${language}`}>{m.label(language.toUpperCase())}</label>
                <input
                  id={`${base}-label-${language}`}
                  name={`label-${language}`}
                  lang={language}
                  required
                  maxLength={EVENT_LABEL_MAX}
                  value={draft.label[language]}
                  onChange={(e) => setDraft({ ...draft, label: { ...draft.label, [language]: e.target.value } })}
                />
              </div>
            ))}
            <div className="field">
              <label htmlFor={`${base}-scope`}>{m.scope}</label>
              <select
                id={`${base}-scope`}
                name="scope"
                value={draft.scope}
                onChange={(e) => setDraft({ ...draft, scope: e.target.value as Scope, scopeCode: '' })}
              >
                {SCOPES.map((s) => (
                  <option key={s} value={s}>
                    {m.scopes[s]}
                  </option>
                ))}
              </select>
            </div>
            {draft.scope !== 'all' && (
              <div className="field">
                <label htmlFor={`${base}-code`}>{m.scopeCode}</label>
                <select
                  id={`${base}-code`}
                  name="scopeCode"
                  required
                  value={draft.scopeCode}
                  onChange={(e) => setDraft({ ...draft, scopeCode: e.target.value })}
                >
                  <option value="" />
                  {codes[draft.scope].map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field event-form__label">
              <label htmlFor={`${base}-source`}>{m.source}</label>
              <input
                id={`${base}-source`}
                name="source"
                maxLength={SOURCE_MAX}
                value={draft.source}
                onChange={(e) => setDraft({ ...draft, source: e.target.value })}
              />
            </div>
          </div>
          <div className="event-form__actions">
            <button type="submit" className="button button--primary" disabled={save.isPending} data-event-save>
              {draft.id === null ? m.add : m.save}
            </button>
            {draft.id !== null && (
              <button type="button" className="button" onClick={() => setDraft(EMPTY)}>
                {m.cancel}
              </button>
            )}
          </div>
        </form>
      ) : (
        <p className="notice notice--info">
          <Icon name="info" /> <span>{m.adminOnly}</span>
        </p>
      )}
      <p role="status" aria-live="polite" className="event-form__status" data-event-status>
        {status}
      </p>

      <section className="section" aria-labelledby={`${base}-list`}>
        <h2 id={`${base}-list`}>{m.list}</h2>
        {events.isPending ? (
          <LoadingState />
        ) : events.isError ? (
          <ErrorState error={events.error} onRetry={() => void events.refetch()} />
        ) : events.data.items.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table" data-events-table>
              <thead>
                <tr>
                  <th scope="col">{m.date}</th>
                  <th scope="col">{m.title}</th>
                  <th scope="col">{m.scope}</th>
                  <th scope="col">{m.source}</th>
                  {canEdit && <th scope="col">{m.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {events.data.items.map((e) => (
                  <tr key={e.id} data-event-row={e.date}>
                    <th scope="row">{f.date(e.date, 'long')}</th>
                    <td>{e.label[locale]}</td>
                    <td>{scopeWords(e)}</td>
                    <td>{e.source ?? '—'}</td>
                    {canEdit && (
                      <td className="event-actions">
                        <button type="button" className="link-button" aria-label={m.edit(f.date(e.date, 'long'))} onClick={() => setDraft(draftOf(e))}>
                          {m.editShort}
                        </button>{' '}
                        <button
                          type="button"
                          className="link-button"
                          aria-label={m.remove(f.date(e.date, 'long'))}
                          onClick={() => {
                            if (window.confirm(m.confirmRemove(f.date(e.date, 'long'))))
                              remove.mutate(e.id, { onSuccess: () => setStatus(m.removed), onError: failed });
                          }}
                        >
                          {m.removeShort}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { SelectField } from '../../../shared/ui/fields.tsx';
import { useView } from '../../../shared/url-state/use-view.ts';
import { defaultSlides, type SlideRef } from '../../../shared/url-state/slides.ts';
import { hrefFor } from '../../../shared/url-state/view-state.ts';
import { slideLabel } from '../lib/slide-label.ts';
import { addSlide, followSlide, moveSlide, removeSlide, type Slide } from '../lib/slide-sequence.ts';
import { presentationMessages } from '../messages.ts';

interface SlideChooserProps {
  slides: readonly Slide[];
  index: number;
  /** A new order, and the slide to show in it. */
  onChange: (tokens: string[], shown: number) => void;
  onShow: (index: number) => void;
  onClose: () => void;
}

/** The presenter's choice of slides and their order: add, remove, move; all of it kept in the link. */
export function SlideChooser({ slides, index, onChange, onShow, onClose }: SlideChooserProps) {
  const view = useView();
  const { locale } = useI18n();
  const p = presentationMessages(locale);
  const registry = useRegistry();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const themes = registry.meta.themes.map((th) => th.id);
  const [theme, setTheme] = useState(String(themes[0] ?? 1));
  const [entity, setEntity] = useState('');
  const tokens = slides.map((s) => s.token);

  useEffect(() => {
    const element = dialog.current;
    // Modal: focus stays inside, Escape closes it (the browser's own behaviour).
    if (element && !element.open) element.showModal();
  }, []);

  const apply = (next: string[]) => onChange(next, followSlide(tokens, index, next));
  const add = (ref: SlideRef) => apply(addSlide(tokens, ref));
  const entityGroups = registry.meta.policyDomains
    .map((d) => ({
      label: `${d.name[view.lang]} (${d.code})`,
      options: registry.meta.entities.filter((e) => e.policyDomain === d.code).map((e) => ({ value: e.code, label: `${e.name} (${e.code})` })),
    }))
    .filter((g) => g.options.length > 0);

  return (
    <dialog ref={dialog} className="slide-chooser" aria-labelledby={titleId} onClose={onClose} data-slide-chooser>
      <h2 id={titleId}>{p.chooserTitle}</h2>
      <p className="slide-chooser__lead">{p.chooserLead}</p>
      {slides.length === 0 && <p>{p.empty}</p>}
      <ol className="slide-chooser__list">
        {slides.map((slide, i) => {
          const label = slideLabel(slide.ref, registry, p);
          return (
            <li key={slide.token} data-slide-item={slide.token} aria-current={i === index ? 'step' : undefined}>
              <span className="slide-chooser__number">{i + 1}</span>
              <button type="button" className="link-button slide-chooser__label" aria-label={p.show(label)} onClick={() => onShow(i)}>
                {label}
              </button>
              <span className="slide-chooser__actions">
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={p.moveUp(label)}
                  title={p.moveUp(label)}
                  disabled={i === 0}
                  data-action="up"
                  onClick={() => apply(moveSlide(tokens, i, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={p.moveDown(label)}
                  title={p.moveDown(label)}
                  disabled={i === slides.length - 1}
                  data-action="down"
                  onClick={() => apply(moveSlide(tokens, i, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={p.remove(label)}
                  title={p.remove(label)}
                  disabled={slides.length === 1}
                  data-action="remove"
                  onClick={() => apply(removeSlide(tokens, i))}
                >
                  ✕
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="slide-chooser__add">
        <button type="button" className="button" disabled={tokens.includes('overview')} data-add="overview" onClick={() => add({ kind: 'overview' })}>
          {p.addOverview}
        </button>
        <button type="button" className="button" disabled={tokens.includes('map')} data-add="map" onClick={() => add({ kind: 'map' })}>
          {p.addMap}
        </button>
        <div className="slide-chooser__pair">
          <SelectField
            name="addTheme"
            label={p.addTheme}
            value={theme}
            onChange={setTheme}
            options={themes.map((id) => ({ value: String(id), label: `${id}. ${registry.themeName(id)}` }))}
          />
          <button type="button" className="button" data-add="theme" onClick={() => add({ kind: 'theme', theme: Number(theme) })}>
            {p.add}
          </button>
        </div>
        <div className="slide-chooser__pair">
          <SelectField name="addEntity" label={p.addEntity} value={entity} onChange={setEntity} groups={entityGroups} emptyLabel={p.chooseEntity} />
          <button
            type="button"
            className="button"
            disabled={!entity}
            data-add="entity"
            onClick={() => {
              add({ kind: 'entity', entity });
              setEntity('');
            }}
          >
            {p.add}
          </button>
        </div>
      </div>
      <div className="slide-chooser__footer">
        <label className="field slide-chooser__link">
          <span className="field__label">{p.link}</span>
          <input readOnly value={`${window.location.origin}${hrefFor(view)}`} onFocus={(event) => event.currentTarget.select()} data-presentation-link />
        </label>
        <button type="button" className="button button--quiet" onClick={() => apply(defaultSlides(themes))}>
          {p.restoreDefault}
        </button>
        <button type="button" className="button" data-action="close" onClick={() => dialog.current?.close()}>
          {p.close}
        </button>
      </div>
    </dialog>
  );
}

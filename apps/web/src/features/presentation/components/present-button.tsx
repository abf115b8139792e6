import { useMeta } from '../../../shared/api/get-meta.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { Icon } from '../../../shared/ui/icons.tsx';
import { ViewLink } from '../../../shared/url-state/link.tsx';
import { useView } from '../../../shared/url-state/use-view.ts';
import { hrefFor } from '../../../shared/url-state/view-state.ts';
import { rememberOrigin } from '../lib/presentation-origin.ts';
import { startFrom } from '../lib/slide-sequence.ts';
import { presentationMessages } from '../messages.ts';

const PLAN_THEMES = [1, 2, 3, 4, 5, 6];

/** Starts presentation mode from the page shown, at its slide; Escape comes back here. */
export function PresentButton() {
  const view = useView();
  const { locale } = useI18n();
  const p = presentationMessages(locale);
  const { data: meta } = useMeta();
  const start = startFrom(view, meta?.themes.map((th) => th.id) ?? PLAN_THEMES);
  return (
    <ViewLink
      to={{ page: 'present', slides: start.slides, slide: start.slide }}
      className="button button--quiet present-button"
      title={p.presentHint}
      data-present-start
      onClick={() => rememberOrigin(hrefFor(view))}
    >
      <Icon name="present" />
      {p.present}
    </ViewLink>
  );
}

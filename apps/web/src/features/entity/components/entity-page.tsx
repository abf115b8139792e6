import { useEffect } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { PageHeader } from '../../../shared/ui/page-header.tsx';
import { EmptyState } from '../../../shared/ui/states.tsx';
import { navigate, useView } from '../../../shared/url-state/use-view.ts';
import { EntityIndex } from './entity-index.tsx';
import { EntityPicker } from './entity-picker.tsx';
import { Scorecard } from './scorecard.tsx';
import '../entity.css';

/** `/entities`: every entity's headline; `/entities/AWV`: that entity's scorecard. */
export default function EntityPage() {
  const view = useView();
  const { t } = useI18n();
  const registry = useRegistry();
  const entity = view.entity ? registry.meta.entities.find((e) => e.code === view.entity) : undefined;
  const local = entity?.tier === 'local';
  // Municipalities and provinces have their own page (compared with their province and class).
  useEffect(() => {
    if (local && entity) navigate({ page: 'municipality', entity: entity.code }, { replace: true });
  }, [local, entity]);
  if (local) return null;
  if (entity) return <Scorecard entity={entity} />;
  return (
    <div className="page page--entities">
      <PageHeader title={t.entity.title} lead={<p>{t.entity.chooseLead}</p>}>
        <EntityPicker value="" />
      </PageHeader>
      {view.entity && <EmptyState title={t.entity.unknown(view.entity)} hint={t.entity.choose} />}
      <EntityIndex />
    </div>
  );
}

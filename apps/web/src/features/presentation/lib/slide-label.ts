import type { Registry } from '../../../shared/lib/registry.ts';
import type { SlideRef } from '../../../shared/url-state/slides.ts';
import type { PresentationMessages } from '../messages.ts';

/** A slide's name in the chooser and the announcements: "Overzicht", "Thema 5 · Duurzame …", "Agentschap … (AWV)". */
export function slideLabel(ref: SlideRef, registry: Registry, p: PresentationMessages): string {
  switch (ref.kind) {
    case 'overview':
      return p.overview;
    case 'theme':
      return `${p.theme(ref.theme)} · ${registry.themeName(ref.theme)}`;
    case 'entity':
      return `${registry.entityName(ref.entity)} (${ref.entity})`;
    case 'map':
      return p.map;
  }
}

import type { Theme } from './registry-types.ts';

/** The six themes of the Flemish procurement plan 2016-2020 (VR 2016 2901 DOC.0061/2TER). */
export const THEMES: readonly Theme[] = [
  { id: 1, name: { nl: 'Professionalisering van het aankoopbeleid', fr: 'Professionnalisation de la politique d’achat', en: 'Professional purchasing' } },
  { id: 2, name: { nl: 'End-to-end e-procurement', fr: 'E-procurement de bout en bout', en: 'End-to-end e-procurement' } },
  { id: 3, name: { nl: 'Deelname door kmo’s', fr: 'Participation des PME', en: 'SME participation' } },
  { id: 4, name: { nl: 'Integere overheidsopdrachten', fr: 'Marchés publics intègres', en: 'Integrity' } },
  { id: 5, name: { nl: 'Duurzame overheidsopdrachten', fr: 'Marchés publics durables', en: 'Sustainable procurement' } },
  { id: 6, name: { nl: 'Innovatieve overheidsopdrachten', fr: 'Marchés publics innovants', en: 'Innovative procurement' } },
];

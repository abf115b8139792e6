/**
 * The organisations of the Flemish government 2017-2020 that Koers monitors, with their type and
 * policy domain. Source: the public organisation register as gathered in docs/methodology.md;
 * names changed several times between 2016 and 2020, the register is the authority.
 */
import type { Entity } from './registry-types.ts';

export const ENTITIES: readonly Entity[] = [
  { code: 'DKB', name: 'Departement Kanselarij en Bestuur', type: 'departement', policyDomain: 'KB', flemishGovernment: true },
  { code: 'HFB', name: 'Agentschap Facilitair Bedrijf', type: 'IVA', policyDomain: 'KB', flemishGovernment: true },
  { code: 'AIV', name: 'Agentschap Informatie Vlaanderen', type: 'IVA', policyDomain: 'KB', flemishGovernment: true },
  { code: 'ABB', name: 'Agentschap Binnenlands Bestuur', type: 'IVA', policyDomain: 'KB', flemishGovernment: true },
  { code: 'AGO', name: 'Agentschap Overheidspersoneel', type: 'IVA', policyDomain: 'KB', flemishGovernment: true },
  { code: 'DBZ', name: 'Departement Buitenlandse Zaken', type: 'departement', policyDomain: 'iV', flemishGovernment: true },
  { code: 'FIT', name: 'Flanders Investment & Trade', type: 'EVA', policyDomain: 'iV', flemishGovernment: true },
  { code: 'TVL', name: 'Toerisme Vlaanderen', type: 'IVA', policyDomain: 'iV', flemishGovernment: true },
  { code: 'DFB', name: 'Departement Financiën en Begroting', type: 'departement', policyDomain: 'FB', flemishGovernment: true },
  { code: 'VLABEL', name: 'Vlaamse Belastingdienst', type: 'IVA', policyDomain: 'FB', flemishGovernment: true },
  { code: 'DEWI', name: 'Departement Economie, Wetenschap en Innovatie', type: 'departement', policyDomain: 'EWI', flemishGovernment: true },
  { code: 'VLAIO', name: 'Agentschap Innoveren en Ondernemen', type: 'IVA', policyDomain: 'EWI', flemishGovernment: true },
  { code: 'FWO', name: 'Fonds Wetenschappelijk Onderzoek - Vlaanderen', type: 'EVA', policyDomain: 'EWI', flemishGovernment: true },
  { code: 'DOV', name: 'Departement Onderwijs en Vorming', type: 'departement', policyDomain: 'OV', flemishGovernment: true },
  { code: 'AGODI', name: 'Agentschap voor Onderwijsdiensten', type: 'IVA', policyDomain: 'OV', flemishGovernment: true },
  {
    code: 'AHOVOKS',
    name: 'Agentschap voor Hoger Onderwijs, Volwassenenonderwijs, Kwalificaties en Studietoelagen',
    type: 'IVA',
    policyDomain: 'OV',
    flemishGovernment: true,
  },
  { code: 'DWVG', name: 'Departement Welzijn, Volksgezondheid en Gezin', type: 'departement', policyDomain: 'WVG', flemishGovernment: true },
  { code: 'AZG', name: 'Agentschap Zorg en Gezondheid', type: 'IVA', policyDomain: 'WVG', flemishGovernment: true },
  { code: 'KG', name: 'Kind en Gezin', type: 'EVA', policyDomain: 'WVG', flemishGovernment: true },
  { code: 'VAPH', name: 'Vlaams Agentschap voor Personen met een Handicap', type: 'EVA', policyDomain: 'WVG', flemishGovernment: true },
  { code: 'DCJM', name: 'Departement Cultuur, Jeugd en Media', type: 'departement', policyDomain: 'CJSM', flemishGovernment: true },
  { code: 'SPV', name: 'Sport Vlaanderen', type: 'IVA', policyDomain: 'CJSM', flemishGovernment: true },
  { code: 'DWSE', name: 'Departement Werk en Sociale Economie', type: 'departement', policyDomain: 'WSE', flemishGovernment: true },
  { code: 'VDAB', name: 'Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding', type: 'EVA', policyDomain: 'WSE', flemishGovernment: true },
  { code: 'DLV', name: 'Departement Landbouw en Visserij', type: 'departement', policyDomain: 'LV', flemishGovernment: true },
  { code: 'ALV', name: 'Agentschap Landbouw en Zeevisserij', type: 'IVA', policyDomain: 'LV', flemishGovernment: true },
  { code: 'ILVO', name: 'Instituut voor Landbouw-, Visserij- en Voedingsonderzoek', type: 'IVA', policyDomain: 'LV', flemishGovernment: true },
  { code: 'DOMG', name: 'Departement Omgeving', type: 'departement', policyDomain: 'Omgeving', flemishGovernment: true },
  { code: 'OVAM', name: 'Openbare Vlaamse Afvalstoffenmaatschappij', type: 'EVA', policyDomain: 'Omgeving', flemishGovernment: true },
  { code: 'VMM', name: 'Vlaamse Milieumaatschappij', type: 'EVA', policyDomain: 'Omgeving', flemishGovernment: true },
  { code: 'ANB', name: 'Agentschap voor Natuur en Bos', type: 'IVA', policyDomain: 'Omgeving', flemishGovernment: true },
  { code: 'VLM', name: 'Vlaamse Landmaatschappij', type: 'EVA', policyDomain: 'Omgeving', flemishGovernment: true },
  { code: 'OE', name: 'Agentschap Onroerend Erfgoed', type: 'IVA', policyDomain: 'Omgeving', flemishGovernment: true },
  { code: 'VEA', name: 'Vlaams Energieagentschap', type: 'IVA', policyDomain: 'Omgeving', flemishGovernment: true },
  { code: 'DMOW', name: 'Departement Mobiliteit en Openbare Werken', type: 'departement', policyDomain: 'MOW', flemishGovernment: true },
  { code: 'AWV', name: 'Agentschap Wegen en Verkeer', type: 'IVA', policyDomain: 'MOW', flemishGovernment: true },
  { code: 'MDK', name: 'Agentschap Maritieme Dienstverlening en Kust', type: 'IVA', policyDomain: 'MOW', flemishGovernment: true },
  { code: 'DLIJN', name: 'Vlaamse Vervoermaatschappij De Lijn', type: 'EVA', policyDomain: 'MOW', flemishGovernment: true },
  { code: 'DVW', name: 'De Vlaamse Waterweg', type: 'EVA', policyDomain: 'MOW', flemishGovernment: true },
];

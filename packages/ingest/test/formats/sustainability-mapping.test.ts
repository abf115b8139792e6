/**
 * The sustainability mapping: eForms BT-06/774/775/776/805 and the OCDS sustainability extension
 * to the record's criteria, innovative, social clause and circular answers. Absent is unknown.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUSTAINABILITY_MAPPING,
  EFORMS_TO_OCDS,
  GPP_TO_OCDS_STRATEGY,
  normaliseOcdsGoal,
  signalsFromOcds,
  sustainabilityAnswers,
  type SustainabilityList,
  type SustainabilitySignals,
} from '../../src/formats/sustainability-mapping.ts';
import { readEforms } from '../../src/formats/eforms.ts';
import { collect, fixtureText, records } from './fixture-files.ts';
import { eformsAward } from './synthetic-notices.ts';

const signals = (lists: Partial<Record<SustainabilityList, string[]>>): SustainabilitySignals =>
  Object.fromEntries(Object.entries(lists).map(([list, codes]) => [list, new Set(codes)]));
const answers = (lists: Partial<Record<SustainabilityList, string[]>>) => sustainabilityAnswers(signals(lists), DEFAULT_SUSTAINABILITY_MAPPING);

/** One column of a small CSV file with a header row and quoted fields. */
function csvColumn(text: string, column: number): string[] {
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const fields: string[] = [];
      let field = '';
      let quoted = false;
      for (const char of line) {
        if (char === '"') quoted = !quoted;
        else if (char === ',' && !quoted) {
          fields.push(field);
          field = '';
        } else field += char;
      }
      fields.push(field);
      return fields[column] ?? '';
    });
}

describe('default sustainability mapping (eForms codes)', () => {
  it('leaves every answer unknown when the notice states nothing', () => {
    expect(answers({})).toEqual({ criteria: null, innovative: null, socialClause: null, circular: null });
  });

  it('makes a BT-06 "innovative purchase" innovative and, BT-06 being stated, the other flags false', () => {
    expect(answers({ 'strategic-procurement': ['inn-pur'] })).toEqual({ criteria: null, innovative: true, socialClause: false, circular: false });
  });

  it('makes BT-06 "none" false for every flag but leaves the criteria answer unknown', () => {
    expect(answers({ 'strategic-procurement': ['none'] })).toEqual({ criteria: null, innovative: false, socialClause: false, circular: false });
  });

  it('makes any BT-776 code innovative and any BT-775 code a social clause, even without BT-06', () => {
    expect(answers({ 'innovative-acquisition': ['rd-act'], 'social-objective': ['opp', 'acc-all'] })).toEqual({
      criteria: null,
      innovative: true,
      socialClause: true,
      circular: null,
    });
  });

  it('makes only BT-774 circ-econ circular; other environmental codes without BT-06 stay unknown', () => {
    expect(answers({ 'environmental-impact': ['circ-econ'] }).circular).toBe(true);
    expect(answers({ 'environmental-impact': ['biodiv-eco', 'other'] }).circular).toBeNull();
    expect(answers({ 'strategic-procurement': ['env-imp'], 'environmental-impact': ['clim-mitig'] }).circular).toBe(false);
  });

  it('answers the criteria question only when BT-805 says no green criteria were used', () => {
    expect(answers({ 'gpp-criteria': ['none'] }).criteria).toBe('none_or_partial');
    // Using EU or national GPP criteria does not say that all essential criteria were included.
    expect(answers({ 'gpp-criteria': ['eu'] }).criteria).toBeNull();
    expect(answers({ 'gpp-criteria': ['national'] }).criteria).toBeNull();
    expect(answers({ 'gpp-criteria': ['other'] }).criteria).toBeNull();
    expect(answers({ 'gpp-criteria': ['eu', 'none'] }).criteria).toBeNull();
  });

  it('lets a data steward override the mapping through the reader options', async () => {
    const notice = new TextEncoder().encode(eformsAward({ codes: { 'gpp-criteria': ['national'], 'strategic-procurement': ['env-imp'] } }));
    expect(records(await collect(readEforms(notice)))[0]!.criteria).toBeNull();
    const override = { criteria: { ...DEFAULT_SUSTAINABILITY_MAPPING.criteria, national: 'full' as const } };
    const [draft] = records(await collect(readEforms(notice, { sustainabilityMapping: override })));
    expect(draft).toMatchObject({ criteria: 'full', innovative: false, socialClause: false, circular: false });
  });

  it('reads the lot codes of an award notice (the codes of the SDK light-regime contract notice)', async () => {
    const notice = eformsAward({
      codes: {
        'environmental-impact': ['biodiv-eco', 'other'],
        'social-objective': ['opp', 'acc-all'],
        'innovative-acquisition': ['rd-act'],
      },
    });
    const [draft] = records(await collect(readEforms(new TextEncoder().encode(notice))));
    expect(draft).toMatchObject({ innovative: true, socialClause: true, circular: null, criteria: null });
  });
});

describe('OCDS sustainability extension', () => {
  it('translates goals and GPP strategies back to the eForms reading', () => {
    const read = (sustainability: unknown, has?: unknown) => sustainabilityAnswers(signalsFromOcds(sustainability, has), DEFAULT_SUSTAINABILITY_MAPPING);
    expect(read(undefined)).toEqual({ criteria: null, innovative: null, socialClause: null, circular: null });
    expect(read(undefined, false)).toEqual({ criteria: null, innovative: false, socialClause: false, circular: false });
    expect(read([{ goal: 'environmental.circularEconomy', strategies: ['euGPPCriteria'] }])).toEqual({
      criteria: null,
      innovative: false,
      socialClause: false,
      circular: true,
    });
    expect(read([{ goal: 'economic.innovativePurchase' }, { goal: 'social.laborRightsPromotion' }])).toMatchObject({
      innovative: true,
      socialClause: true,
      circular: false,
    });
    // SME inclusion is theme 3, not a social clause.
    expect(read([{ goal: 'social.smeInclusion' }])).toMatchObject({ socialClause: false });
    expect(read([{ goal: 'environmental.recycling' }]).circular).toBe(true);
  });

  it('normalises the eForms→OCDS tables’ spellings to the extension’s own codes', () => {
    expect(normaliseOcdsGoal('environmental.waterResources')).toBe('environmental.waterResourcesProtection');
    expect(normaliseOcdsGoal('social.humanRightsInSupplyChain')).toBe('social.humanRightsInSupplyChains');
    expect(normaliseOcdsGoal('economic.processInnovation')).toBe('economic.processInnovationPromotion');
    expect(normaliseOcdsGoal('economic.productInnovation')).toBe('economic.productInnovationPromotion');
  });

  it('knows every OCDS code the official eForms→OCDS tables use, and reads each back as its eForms code', () => {
    const goals = new Set(csvColumn(fixtureText('ocds-extensions/sustainabilityGoal.csv'), 0));
    const tables: [Exclude<SustainabilityList, 'gpp-criteria'>, string][] = [
      ['strategic-procurement', 'strategic-procurement'],
      ['environmental-impact', 'environmental-impact'],
      ['social-objective', 'social-objective'],
      ['innovative-acquisition', 'innovative-acquisition'],
    ];
    for (const [list, file] of tables) {
      const text = fixtureText(`ocds-extensions/eforms-to-ocds.${file}.csv`);
      const eformsCodes = csvColumn(text, 0);
      const ocdsCodes = csvColumn(text, 2);
      eformsCodes.forEach((code, i) => {
        const ocds = normaliseOcdsGoal(ocdsCodes[i]!);
        // The data table matches the official mapping (after normalisation)…
        expect(EFORMS_TO_OCDS[list][code], `${list} ${code}`).toBe(ocds);
        // …every code exists in the extension's codelist (`none` is the tables' own)…
        if (ocds !== 'none') expect(goals.has(ocds), ocds).toBe(true);
        // …and reading the goal back gives the eForms code (bare categories read as BT-06).
        const back = signalsFromOcds([{ goal: ocdsCodes[i] }], undefined);
        const expectedList = ocds === 'environmental' || ocds === 'social' ? 'strategic-procurement' : list;
        const expectedCode = ocds === 'environmental' ? 'env-imp' : ocds === 'social' ? 'soc-obj' : code;
        expect(back[expectedList]?.has(expectedCode), `${ocdsCodes[i]} → ${expectedCode}`).toBe(true);
      });
    }
    const strategies = new Set(csvColumn(fixtureText('ocds-extensions/sustainabilityStrategy.csv'), 0));
    const gpp = fixtureText('ocds-extensions/eforms-to-ocds.gpp-criteria.csv');
    csvColumn(gpp, 0).forEach((code, i) => {
      expect(GPP_TO_OCDS_STRATEGY[code]).toBe(csvColumn(gpp, 2)[i]);
      expect(strategies.has(GPP_TO_OCDS_STRATEGY[code]!)).toBe(true);
    });
  });
});

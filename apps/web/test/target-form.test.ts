import { describe, expect, it } from 'vitest';
import { describeTarget } from '../src/features/targets-admin/lib/describe-target.ts';
import {
  checkTarget,
  decimalSeparator,
  draftOf,
  EMPTY_DRAFT,
  fieldOfParameter,
  parsePercent,
  percentToShare,
  sortTargets,
  targetDigits,
  type TargetDraft,
} from '../src/features/targets-admin/lib/target-form.ts';

const registry = { indicators: new Set(['sustainable_value_share', 'innovation_value_share']), policyDomains: new Set(['MOW']), entities: new Set(['AWV']) };
const draft: TargetDraft = { ...EMPTY_DRAFT, indicator: 'sustainable_value_share', percent: '95' };

describe('the target form', () => {
  it('reads percentages typed the Belgian or the English way, with or without %', () => {
    expect(parsePercent('95')).toBe(95);
    expect(parsePercent('2,5')).toBe(2.5);
    expect(parsePercent(' 2.5 % ')).toBe(2.5);
    expect(parsePercent('')).toBeNull();
    expect(parsePercent('-5')).toBeNull();
    expect(parsePercent('1.000,5')).toBeNull();
  });

  it('turns percent into a share without floating-point dust', () => {
    expect(percentToShare(95)).toBe(0.95);
    expect(percentToShare(2.5)).toBe(0.025);
    expect(percentToShare(33.33)).toBe(0.3333);
    expect(percentToShare(0.3)).toBe(0.003);
  });

  it('sends the plan-wide target as a share with no scope code, and keeps the stored source when none is typed', () => {
    expect(checkTarget(draft, registry)).toEqual({
      body: { indicator: 'sustainable_value_share', scope: 'all', scopeCode: null, year: 2020, value: 0.95, source: null },
    });
  });

  it('writes entity codes as the registry does, whatever case is typed', () => {
    const checked = checkTarget({ ...draft, scope: 'entity', scopeCode: 'awv', source: ' Beslissing 2019 ' }, registry);
    expect(checked).toEqual({ body: expect.objectContaining({ scope: 'entity', scopeCode: 'AWV', source: 'Beslissing 2019' }) });
  });

  it('names every field that is not right: above 100 %, a year out of range, an unknown entity, no indicator', () => {
    expect(checkTarget({ ...draft, indicator: '', scope: 'entity', scopeCode: 'XXX', year: '1999', percent: '101' }, registry)).toEqual({
      problems: { indicator: 'indicator', scopeCode: 'scopeCode', year: 'yearRange', percent: 'percentRange' },
    });
    expect(checkTarget({ ...draft, year: '20x0', percent: 'veel' }, registry)).toEqual({ problems: { year: 'year', percent: 'percent' } });
    expect(checkTarget({ ...draft, scope: 'policy_domain', scopeCode: '' }, registry)).toEqual({ problems: { scopeCode: 'scopeCode' } });
  });

  it('opens a stored target for editing in the reader’s decimal separator', () => {
    const stored = { indicator: 'innovation_value_share', scope: 'all' as const, scopeCode: null, year: 2020, value: 0.03, source: 'Plan' };
    expect(draftOf({ ...stored, value: 0.025 }, decimalSeparator('nl-BE'))).toEqual({
      indicator: 'innovation_value_share',
      scope: 'all',
      scopeCode: '',
      year: '2020',
      percent: '2,5',
      source: 'Plan',
    });
    expect(draftOf(stored, decimalSeparator('en')).percent).toBe('3');
  });

  it('shows a target as exactly as it was set: 3 %, 2.5 %, 33.33 %', () => {
    expect(targetDigits(0.03)).toBe(0);
    expect(targetDigits(1)).toBe(0);
    expect(targetDigits(0.025)).toBe(1);
    expect(targetDigits(0.3333)).toBe(2);
  });

  it('marks the field a 400 of the API is about', () => {
    expect(fieldOfParameter('value')).toBe('percent');
    expect(fieldOfParameter('scopeCode')).toBe('scopeCode');
    expect(fieldOfParameter('body')).toBeNull();
  });
});

describe('the list of targets', () => {
  it('orders by the registry’s indicators, then the plan-wide target, domains and entities, then year', () => {
    const t = (indicator: string, scope: 'all' | 'policy_domain' | 'entity', scopeCode: string | null, year: number) => ({ indicator, scope, scopeCode, year });
    const sorted = sortTargets(
      [
        t('innovation_value_share', 'all', null, 2020),
        t('sustainable_value_share', 'entity', 'AWV', 2020),
        t('sustainable_value_share', 'all', null, 2020),
        t('sustainable_value_share', 'all', null, 2018),
      ],
      ['sustainable_value_share', 'innovation_value_share'],
    );
    expect(sorted.map((x) => `${x.indicator}:${x.scope}:${x.year}`)).toEqual([
      'sustainable_value_share:all:2018',
      'sustainable_value_share:all:2020',
      'sustainable_value_share:entity:2020',
      'innovation_value_share:all:2020',
    ]);
  });

  it('describes a target by indicator, scope and year', () => {
    const names = {
      indicatorLabel: () => 'Sustainable share (value)',
      domainName: () => 'Mobility and Public Works',
      entityName: () => 'Agentschap Wegen en Verkeer',
    };
    const scopes = {
      all: 'Whole Flemish government',
      policy_domain: 'Policy domain',
      entity: 'Entity',
      tier: 'Tier',
      province: 'Province',
      tiers: { local: 'Local governments', flemish_government: 'Flemish government' },
    };
    expect(describeTarget({ indicator: 'x', scope: 'entity', scopeCode: 'AWV', year: 2020 }, scopes, names, String)).toBe(
      'Sustainable share (value), Agentschap Wegen en Verkeer (AWV), 2020',
    );
    expect(describeTarget({ indicator: 'x', scope: 'policy_domain', scopeCode: 'MOW', year: 2019 }, scopes, names, String)).toBe(
      'Sustainable share (value), Policy domain Mobility and Public Works (MOW), 2019',
    );
    expect(describeTarget({ indicator: 'x', scope: 'tier', scopeCode: 'local', year: 2024 }, scopes, names, String)).toBe(
      'Sustainable share (value), Tier: Local governments, 2024',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { goalStatement, leadIndicator, rankingExtremes } from '../src/features/presentation/lib/goal-statement.ts';
import {
  addSlide,
  followSlide,
  moveSlide,
  pageOfSlide,
  removeSlide,
  slideIndex,
  slidesOf,
  startFrom,
} from '../src/features/presentation/lib/slide-sequence.ts';
import { presentationMessages } from '../src/features/presentation/messages.ts';
import { formatterFor } from '../src/shared/format/format.ts';
import { messagesFor } from '../src/shared/i18n/messages.ts';
import { defaultSlides, parseSlides } from '../src/shared/url-state/slides.ts';
import { DEFAULT_VIEW, hrefFor, nextView, parseView } from '../src/shared/url-state/view-state.ts';
import { PLAN_TARGET, THRESHOLDS, progress, row } from './fixtures.ts';

const parse = (href: string) => {
  const url = new URL(href, 'http://koers.test');
  return parseView(url.pathname, url.search);
};
const THEMES = [1, 2, 3, 4, 5, 6];

describe('a presentation lives in its link', () => {
  it('reads the chosen slides and the slide shown, and writes them back readably', () => {
    const link = '/present?lang=fr&year=2019&slides=overview,theme:5,theme:6,entity:AWV&slide=3';
    expect(parse(link)).toEqual({
      page: 'present',
      lang: 'fr',
      measure: 'value',
      year: 2019,
      slides: ['overview', 'theme:5', 'theme:6', 'entity:AWV'],
      slide: 3,
    });
    expect(hrefFor(parse(link))).toBe(link);
  });

  it('drops slides it does not understand and repeats, and upper-cases entity codes', () => {
    expect(parseSlides('overview,theme:0,theme:12,entity:awv,bogus,entity:AWV,theme:5,,entity:')).toEqual(['overview', 'entity:AWV', 'theme:5']);
    expect(parseSlides('nonsense')).toBeUndefined();
    expect(parseSlides('map,overview,map')).toEqual(['map', 'overview']);
    expect(parse('/present?slide=0').slide).toBeUndefined();
    expect(parse('/present?slide=2.5').slide).toBeUndefined();
  });

  it('forgets the slides once the view leaves the presentation, keeping the filters', () => {
    const presenting = parse('/present?year=2019&policyDomain=MOW&slides=overview,theme:5&slide=2');
    const back = nextView(presenting, { page: 'themes', theme: 5 });
    expect(hrefFor(back)).toBe('/themes/5?year=2019&policyDomain=MOW');
  });
});

describe('the slide sequence', () => {
  it('defaults to the overview and every theme, and shows a slide within the sequence', () => {
    expect(slidesOf(DEFAULT_VIEW, THEMES).map((s) => s.token)).toEqual(defaultSlides(THEMES));
    expect(slideIndex({ slide: 9 }, 4)).toBe(3);
    expect(slideIndex({}, 4)).toBe(0);
  });

  it('moves, removes and adds slides, and keeps showing the slide that was shown', () => {
    const tokens = ['overview', 'theme:5', 'theme:6'];
    expect(moveSlide(tokens, 2, -1)).toEqual(['overview', 'theme:6', 'theme:5']);
    expect(moveSlide(tokens, 0, -1)).toEqual(tokens);
    expect(removeSlide(tokens, 0)).toEqual(['theme:5', 'theme:6']);
    expect(addSlide(tokens, { kind: 'entity', entity: 'AWV' })).toEqual([...tokens, 'entity:AWV']);
    expect(addSlide(tokens, { kind: 'theme', theme: 5 })).toEqual(tokens);
    expect(followSlide(tokens, 1, ['theme:6', 'overview', 'theme:5'])).toBe(2);
    expect(followSlide(tokens, 2, ['overview', 'theme:5'])).toBe(1);
  });

  it('starts from a page at that page’s slide, adding the entity whose scorecard is open', () => {
    expect(startFrom(parse('/themes/6'), THEMES)).toEqual({ slides: defaultSlides(THEMES), slide: 7 });
    expect(startFrom(parse('/themes'), THEMES).slide).toBe(6);
    expect(startFrom(parse('/entities/AWV'), THEMES)).toEqual({ slides: [...defaultSlides(THEMES), 'entity:AWV'], slide: 8 });
    expect(startFrom(parse('/compare'), THEMES).slide).toBe(1);
    expect(pageOfSlide({ kind: 'entity', entity: 'AWV' })).toEqual({ page: 'entity', entity: 'AWV' });
  });
});

describe('a slide’s goal in words', () => {
  const t = messagesFor('nl');
  const p = presentationMessages('nl');
  const f = formatterFor('nl');

  it('says by how many points a passed target was missed', () => {
    const missed = row({ year: 2020, value: 0.884, target: PLAN_TARGET, status: 'missed', progress: progress({ status: 'missed', missedBy: 11.6 }) });
    expect(goalStatement(missed, t, p, f, THRESHOLDS)).toMatchObject({
      status: 'missed',
      words: 'Gemist met 11,6 procentpunten',
      detail: 'In 2020 88,4%, tegenover een doel van 100% in 2020.',
    });
  });

  it('says the pace observed and required while the target year is ahead', () => {
    const behind = row({
      year: 2018,
      value: 0.7,
      target: PLAN_TARGET,
      status: 'needs_acceleration',
      progress: progress({ status: 'needs_acceleration', observedPace: 6.2, requiredPace: 8 }),
    });
    expect(goalStatement(behind, t, p, f, THRESHOLDS)).toMatchObject({
      words: 'Versnelling nodig',
      detail: 'Waargenomen tempo +6,2 pp per jaar; nodig: +8,0 pp per jaar.',
    });
  });

  it('says "monitoring only" where the plan sets no target, never an invented goal', () => {
    expect(goalStatement(row({ year: 2020, value: 0.3 }), t, p, f, THRESHOLDS)).toMatchObject({ status: undefined, words: 'Enkel opvolging' });
  });

  it('leads a theme with its targeted indicator in the chosen measure, else its first', () => {
    const theme5 = [
      { id: 'sustainable_value_share' as const, targets: [{}] },
      { id: 'criteria_coverage' as const, targets: [] },
    ];
    expect(leadIndicator(theme5 as never, 'count')).toBe('sustainable_count_share');
    expect(leadIndicator([{ id: 'single_bid_share', targets: [] }], 'value')).toBe('single_bid_share');
  });

  it('names the best and weakest ranked entity, lower being better where the indicator says so', () => {
    const rows = [
      row({ year: 2020, entity: 'A', value: 0.2, n: 50, coverage: 1 }),
      row({ year: 2020, entity: 'B', value: 0.6, n: 50, coverage: 1 }),
      row({ year: 2020, entity: 'C', value: 0.9, n: 2, coverage: 1 }),
    ];
    expect(rankingExtremes(rows, 2020, 'up', THRESHOLDS)).toEqual({ best: { entity: 'B', value: 0.6 }, weakest: { entity: 'A', value: 0.2 } });
    expect(rankingExtremes(rows, 2020, 'down', THRESHOLDS)?.best.entity).toBe('A');
  });
});

describe('presentation words in every language', () => {
  it('has the same messages in Dutch, French and English', () => {
    const keys = (locale: 'nl' | 'fr' | 'en') => Object.keys(presentationMessages(locale)).sort();
    expect(keys('fr')).toEqual(keys('nl'));
    expect(keys('en')).toEqual(keys('nl'));
  });
});

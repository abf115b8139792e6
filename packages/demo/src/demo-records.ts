/**
 * The demo dataset: procurement records for every registry entity and year, shaped on the real
 * reference figures, deterministic for a seed and streamed year by year.
 */
import type { ProcurementRecord } from '@koers/domain';
import { describeContract, detailOdds } from './contract-details.ts';
import { draftOdds, drawDraft, emptyDraft } from './contract-draft.ts';
import { planDemo, type DemoOptions, type DemoPlan } from './demo-plan.ts';
import { LOCAL_TIER } from './local-tier.ts';
import { SeededRandom } from './seeded-random.ts';
import { steerYear } from './year-steering.ts';

/**
 * Demo records in a stable order (year, then registry entity, then dossier number); the same
 * options always give byte-identical records. Streams: memory stays bounded by one year's
 * steering arrays (a few dozen bytes per record of that year), never the records themselves.
 */
export function* demoRecords(options: DemoOptions = {}): Generator<ProcurementRecord> {
  yield* recordsOf(planDemo(options));
}

/**
 * Demo records of the local tier (municipalities and provinces), in the same stable order; the
 * records of municipalities merged in 2019 carry their old codes up to 2018.
 */
export function* localDemoRecords(options: DemoOptions = {}): Generator<ProcurementRecord> {
  yield* recordsOf(planDemo(options, LOCAL_TIER));
}

function* recordsOf(plan: DemoPlan): Generator<ProcurementRecord> {
  for (const year of plan.years) {
    const steering = steerYear(plan, year);
    const counts = plan.counts.get(year)!;
    const draft = emptyDraft();
    let k = 0;
    for (let e = 0; e < plan.profiles.length; e++) {
      const profile = plan.profiles[e]!;
      // The same draft stream as the steering pass, so record k here is record k there.
      const drafts = SeededRandom.of(plan.seed, 'drafts', profile.entity.code, year);
      const details = SeededRandom.of(plan.seed, 'details', profile.entity.code, year);
      const odds = draftOdds(profile, year);
      const detail = detailOdds(profile, year);
      const prefix = `${profile.entity.code}-${year}-`;
      for (let i = 0; i < counts[e]!; i++, k++) {
        drawDraft(drafts, profile, odds, draft);
        yield describeContract(details, {
          profile,
          odds: detail,
          draft,
          dossierId: prefix + String(i + 1).padStart(5, '0'),
          fullySustainable: steering.fullySustainable[k] === 1,
          innovative: steering.innovative[k] === 1,
          suppliers: plan.suppliers,
        });
      }
    }
  }
}

/** All demo records of the Flemish government as an array; prefer `demoRecords` for large totals. */
export function generateDemoRecords(options: DemoOptions = {}): ProcurementRecord[] {
  return [...demoRecords(options)];
}

/** The API's answer and request types the dashboard reads, from the API's contract (never written twice). */
import type { IndicatorPart } from '@koers/domain';

export type {
  EntityMeta,
  IndicatorMeta,
  IndicatorResult as IndicatorResponse,
  IndicatorRow,
  Meta as MetaResponse,
  Progress,
  RecordItem,
  RecordPage,
  TargetRef,
} from '@koers/contract';
export type { Status } from '@koers/domain';

/** Which records behind a number: numerator, denominator, scope or unknown. */
export type RecordPart = IndicatorPart;

/** The API's response and request types, read from its routes (never written twice). */
import type { OkBody, QueryOf } from './client.ts';

export type MetaResponse = OkBody<'/meta'>;
export type IndicatorResponse = OkBody<'/indicators/:id'>;
export type RecordPage = OkBody<'/records'>;

export type RecordsQueryInput = QueryOf<'/records'>;

export type IndicatorRow = IndicatorResponse['rows'][number];
export type Progress = NonNullable<IndicatorRow['progress']>;
export type Status = Progress['status'];
export type TargetRef = NonNullable<IndicatorRow['target']>;
export type IndicatorMeta = MetaResponse['indicators'][number];
export type EntityMeta = MetaResponse['entities'][number];
export type RecordItem = RecordPage['items'][number];
export type RecordPart = NonNullable<RecordsQueryInput['part']>;

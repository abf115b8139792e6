import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiSend, type ApiSchema } from '../../../shared/api/client.ts';
import { metaQueryOptions } from '../../../shared/api/get-meta.ts';
import type { TargetBody } from '../lib/target-form.ts';

type PutTarget = ApiSchema['/targets']['$put'];
export type TargetOutcome = Extract<PutTarget, { status: 200 }>['output'];

/** PUT /api/v1/targets (admin): the target in force and the logged change (null: nothing changed). */
export async function saveTarget(body: TargetBody): Promise<TargetOutcome> {
  const { body: answer } = await apiSend('PUT', '/targets', { body });
  return answer as TargetOutcome;
}

/** DELETE /api/v1/targets (admin): the logged removal. */
export async function removeTarget(key: Pick<TargetBody, 'indicator' | 'scope' | 'scopeCode' | 'year'>): Promise<TargetOutcome> {
  const query: Record<string, string> = { indicator: key.indicator, scope: key.scope, year: String(key.year) };
  if (key.scopeCode) query.scopeCode = key.scopeCode;
  const { body } = await apiSend('DELETE', '/targets', { query });
  return body as TargetOutcome;
}

/**
 * A target changed: the list and its log, the registry (/meta lists each indicator's targets)
 * and every indicator answer (each row carries its target, glide path and status) are out of
 * date, so the charts show the target in force. ['indicators'] is the prefix of every key
 * `indicatorQueryOptions` makes.
 */
export async function refreshAfterTargetChange(client: QueryClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: ['targets'] }),
    client.invalidateQueries({ queryKey: metaQueryOptions().queryKey }),
    client.invalidateQueries({ queryKey: ['indicators'] }),
  ]);
}

export function useSaveTarget() {
  const client = useQueryClient();
  return useMutation({ mutationFn: saveTarget, onSuccess: () => refreshAfterTargetChange(client) });
}

export function useRemoveTarget() {
  const client = useQueryClient();
  return useMutation({ mutationFn: removeTarget, onSuccess: () => refreshAfterTargetChange(client) });
}

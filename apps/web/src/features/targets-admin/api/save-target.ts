import type { TargetChangeOutcome, TargetKey } from '@koers/contract';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../shared/api/client.ts';
import { metaQueryOptions } from '../../../shared/api/get-meta.ts';
import type { TargetBody } from '../lib/target-form.ts';

type TargetOutcome = TargetChangeOutcome;

/** PUT /api/v1/targets (admin): the target in force and the logged change (null: nothing changed). */
async function saveTarget(body: TargetBody): Promise<TargetOutcome> {
  return (await apiSend('PUT /targets', { body })).body;
}

/** DELETE /api/v1/targets (admin): the logged removal. */
async function removeTarget(key: Pick<TargetBody, 'indicator' | 'scope' | 'scopeCode' | 'year'>): Promise<TargetOutcome> {
  const query: TargetKey = { indicator: key.indicator, scope: key.scope, year: key.year, ...(key.scopeCode ? { scopeCode: key.scopeCode } : {}) };
  return (await apiSend('DELETE /targets', { query })).body;
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

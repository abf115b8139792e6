import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StatusThresholdsInput, StatusThresholdsOutcome } from '@koers/contract';
import { apiSend } from '../../../shared/api/client.ts';
import { refreshAfterTargetChange } from './save-target.ts';

type ThresholdsOutcome = StatusThresholdsOutcome;

/** PUT /api/v1/status-thresholds (admin): the thresholds in force and the audited change (null: nothing changed). */
async function saveThresholds(body: StatusThresholdsInput): Promise<ThresholdsOutcome> {
  return (await apiSend('PUT /status-thresholds', { body })).body;
}

/** Every status depends on the thresholds: the same answers go stale as after a target change. */
export function useSaveThresholds() {
  const client = useQueryClient();
  return useMutation({ mutationFn: saveThresholds, onSuccess: () => refreshAfterTargetChange(client) });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StatusThresholds } from '@koers/domain';
import { apiSend, type ApiSchema } from '../../../shared/api/client.ts';
import { refreshAfterTargetChange } from './save-target.ts';

type PutThresholds = ApiSchema['/status-thresholds']['$put'];
export type ThresholdsOutcome = Extract<PutThresholds, { status: 200 }>['output'];

/** PUT /api/v1/status-thresholds (admin): the thresholds in force and the audited change (null: nothing changed). */
export async function saveThresholds(body: StatusThresholds): Promise<ThresholdsOutcome> {
  const { body: answer } = await apiSend('PUT', '/status-thresholds', { body });
  return answer as ThresholdsOutcome;
}

/** Every status depends on the thresholds: the same answers go stale as after a target change. */
export function useSaveThresholds() {
  const client = useQueryClient();
  return useMutation({ mutationFn: saveThresholds, onSuccess: () => refreshAfterTargetChange(client) });
}

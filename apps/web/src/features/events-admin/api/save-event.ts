import type { PolicyEventInput, PolicyEventOutcome } from '@koers/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../shared/api/client.ts';
import { eventsQueryOptions } from '../../../shared/api/get-events.ts';

export type EventBody = PolicyEventInput;
type EventOutcome = PolicyEventOutcome;

/** POST /api/v1/events, or PUT /api/v1/events/{id} when changing one (admin). */
async function saveEvent({ id, body }: { id: number | null; body: EventBody }): Promise<EventOutcome> {
  const answer = id === null ? await apiSend('POST /events', { body }) : await apiSend('PUT /events/:id', { params: { id: String(id) }, body });
  return answer.body;
}

/** DELETE /api/v1/events/{id} (admin). */
async function removeEvent(id: number): Promise<EventOutcome> {
  return (await apiSend('DELETE /events/:id', { params: { id: String(id) } })).body;
}

/** After a change every trend redraws its events. */
export function useEventMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: eventsQueryOptions().queryKey });
  return {
    save: useMutation({ mutationFn: saveEvent, onSuccess: refresh }),
    remove: useMutation({ mutationFn: removeEvent, onSuccess: refresh }),
  };
}

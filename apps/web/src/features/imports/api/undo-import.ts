import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, type ApiSchema } from '../../../shared/api/client.ts';
import { refreshAfterWrite } from './upload-import.ts';

type UndoEndpoint = ApiSchema['/imports/:id/undo']['$post'];
export type UndoResult = Extract<UndoEndpoint, { status: 200 }>['output'];

/** POST /api/v1/imports/{id}/undo (admin): the records written back and deleted. */
export async function undoImport(id: number): Promise<UndoResult> {
  const { body } = await apiSend('POST', '/imports/:id/undo', { params: { id: String(id) } });
  return body as UndoResult;
}

export function useUndoImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => undoImport(id),
    onSuccess: () => refreshAfterWrite(client),
  });
}

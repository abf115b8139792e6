import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UndoResult } from '@koers/contract';
import { apiSend } from '../../../shared/api/client.ts';
import { refreshAfterWrite } from './upload-import.ts';

export type { UndoResult };

/** POST /api/v1/imports/{id}/undo (admin): the records written back and deleted. */
async function undoImport(id: number): Promise<UndoResult> {
  return (await apiSend('POST /imports/:id/undo', { params: { id: String(id) } })).body;
}

export function useUndoImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => undoImport(id),
    onSuccess: () => refreshAfterWrite(client),
  });
}

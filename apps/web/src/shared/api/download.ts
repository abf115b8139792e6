/**
 * Download links that also work when reads need a token (KOERS_READS=private): a plain link
 * cannot carry the Authorization header, so a signed-in click fetches the file with the token and
 * saves it. Anonymous readers, and readers without scripts, follow the link as usual.
 */
import type { MouseEvent } from 'react';
import { authHeaders, getAuthToken } from './client.ts';

/** The file name a download is saved under: the server's Content-Disposition, else the link's last path segment. */
function downloadName(disposition: string | null, href: string): string {
  const quoted = disposition ? /filename="([^"]+)"/i.exec(disposition) : null;
  if (quoted?.[1]) return quoted[1];
  const plain = disposition ? /filename=([^;]+)/i.exec(disposition) : null;
  if (plain?.[1]) return plain[1].trim();
  const path = new URL(href, 'http://localhost').pathname;
  return path.split('/').filter(Boolean).pop() ?? 'download';
}

async function saveWithToken(href: string): Promise<void> {
  const response = await fetch(href, { headers: authHeaders() });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = downloadName(response.headers.get('content-disposition'), href);
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the browser's download; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** `onClick` of a download link: signed in, the file is fetched with the token. */
export function onDownloadClick(event: MouseEvent<HTMLAnchorElement>): void {
  if (!getAuthToken() || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const href = event.currentTarget.href;
  // If it cannot be fetched, the link is followed so that the browser shows the API's answer.
  saveWithToken(href).catch(() => window.location.assign(href));
}

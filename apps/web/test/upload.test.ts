import { describe, expect, it } from 'vitest';
import { fileSize, phaseShare, tooLarge, uploadQuery } from '../src/features/imports/lib/upload.ts';

describe('the upload form’s checks', () => {
  it('says a file size in the reader’s locale, counting 1 MB as 1024 KB like the server', () => {
    expect(fileSize(10, 'nl-BE')).toBe('1 kB');
    expect(fileSize(640 * 1024, 'en')).toBe('640 kB');
    expect(fileSize(3.4 * 1024 * 1024, 'nl-BE')).toBe('3,4 MB');
    expect(fileSize(512 * 1024 * 1024, 'fr-BE').replace(/\s/g, ' ')).toBe('512 Mo');
  });

  it('refuses before sending only what the server would refuse', () => {
    const limit = 512 * 1024 * 1024;
    expect(tooLarge({ size: limit }, limit)).toBe(false);
    expect(tooLarge({ size: limit + 1 }, limit)).toBe(true);
  });

  it('sends only the choices that differ from the API’s defaults', () => {
    expect(uploadQuery({ mode: 'all_or_nothing', dryRun: false, addEntities: false })).toEqual({});
    expect(uploadQuery({ mode: 'partial', dryRun: true, addEntities: false })).toEqual({ mode: 'partial', dryRun: 'true' });
  });

  it('says how far an upload is: the bytes sent, then the bytes the server has read', () => {
    expect(phaseShare({ phase: 'sending', loaded: 256, total: 1024 })).toBe(0.25);
    expect(phaseShare({ phase: 'sending', loaded: 10, total: 0 })).toBeNull();
    expect(phaseShare({ phase: 'importing', bytesRead: 1024, bytesTotal: 1024, rowsRead: 40 })).toBe(1);
    expect(phaseShare({ phase: 'importing', bytesRead: 2048, bytesTotal: 1024, rowsRead: 40 })).toBe(1);
  });
});

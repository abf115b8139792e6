import { describe, expect, it } from 'vitest';
import { fileSize, tooLarge, uploadQuery } from '../src/features/imports/lib/upload.ts';

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
});

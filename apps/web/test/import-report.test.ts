import { describe, expect, it } from 'vitest';
import {
  hasRecentRunning,
  importOutcome,
  importStatus,
  outcomeSentence,
  placeColumns,
  shortChecksum,
  undoable,
} from '../src/features/imports/lib/import-report.ts';
import { uploadQuery } from '../src/features/imports/lib/upload.ts';
import { IMPORT_MESSAGES } from '../src/features/imports/messages.ts';
import { formatterFor } from '../src/shared/format/format.ts';

const report = { mode: 'all_or_nothing', dryRun: false, applied: true, accepted: 2, updated: 0, unchanged: 0, rejected: 0, skipped: 0 };
const entry = { ...report, status: 'done', undoneAt: null as string | null };

describe('reading an import report', () => {
  it('tells a file written whole, written in part, rejected and only checked apart', () => {
    expect(importOutcome(report)).toBe('applied');
    expect(importOutcome({ ...report, rejected: 1 })).toBe('partial');
    expect(importOutcome({ ...report, applied: false, rejected: 1 })).toBe('rejected');
    expect(importOutcome({ ...report, applied: false, dryRun: true, rejected: 1 })).toBe('dry_run');
  });

  it('says in Dutch that nothing was written and how many rows were invalid, and suggests partial mode', () => {
    const f = formatterFor('nl');
    const rejected = outcomeSentence({ ...report, applied: false, rejected: 1 }, IMPORT_MESSAGES.nl, f);
    expect(rejected.sentence).toBe('Niets geschreven: het bestand is geweigerd. Ongeldige rijen: 1.');
    expect(rejected.hint).toContain('gedeeltelijk');
    // An editor's file refused in partial mode: partial mode is no way out, so it is not suggested.
    expect(outcomeSentence({ ...report, mode: 'partial', applied: false, rejected: 1 }, IMPORT_MESSAGES.nl, f).hint).not.toContain('gedeeltelijk');
  });

  it('names the counts of a partial import and of a dry run, skipped ones only when there are any', () => {
    const en = formatterFor('en');
    expect(outcomeSentence({ ...report, accepted: 1234, rejected: 1 }, IMPORT_MESSAGES.en, en).sentence).toBe(
      'Partly imported: 1,234 new, 0 updated, 0 unchanged, and 1 rejected. The rejected rows are listed below; correct them and import them again.',
    );
    expect(outcomeSentence({ ...report, applied: false, dryRun: true, skipped: 2 }, IMPORT_MESSAGES.en, en).sentence).toBe(
      'Dry run, nothing was written. The file would give: 2 new, 0 updated, 0 unchanged, 0 rejected, and 2 skipped.',
    );
  });

  it('shows notice and lot columns only for reports that point at notices or lots', () => {
    expect(placeColumns([{ row: 3 } as { notice?: string; lot?: string }])).toEqual({ notice: false, lot: false });
    expect(placeColumns([{ notice: '00123-2019' }, { lot: 'LOT-0001' }])).toEqual({ notice: true, lot: true });
  });

  it('shortens a checksum for the history and leaves short ones alone', () => {
    expect(shortChecksum('436b51711e8f7d261f9ed632aeb930297f0e20d7361f18fc27834febd92be6a5')).toBe('436b51711e8f…');
    expect(shortChecksum('')).toBe('');
  });
});

describe('the history', () => {
  it('marks undone and running imports before what they did', () => {
    expect(importStatus({ ...entry, undoneAt: '2026-11-28T10:00:00Z' })).toBe('undone');
    expect(importStatus({ ...entry, status: 'running', applied: false })).toBe('running');
    expect(importStatus({ ...entry, status: 'failed', applied: false })).toBe('failed');
    expect(importStatus({ ...entry, rejected: 3 })).toBe('partial');
  });

  it('offers undo only for a finished import that wrote records and still stands', () => {
    expect(undoable(entry)).toBe(true);
    expect(undoable({ ...entry, undoneAt: '2026-11-28T10:00:00Z' })).toBe(false);
    expect(undoable({ ...entry, dryRun: true })).toBe(false);
    expect(undoable({ ...entry, applied: false })).toBe(false);
    expect(undoable({ ...entry, status: 'running' })).toBe(false);
    expect(undoable({ ...entry, accepted: 0, updated: 0 })).toBe(false);
  });

  it('keeps asking while an import of the last hour runs, not for one a crash left running', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(hasRecentRunning([{ status: 'running', createdAt: '2026-11-28T11:59:00Z' }], now)).toBe(true);
    expect(hasRecentRunning([{ status: 'running', createdAt: '2026-11-27T11:59:00Z' }], now)).toBe(false);
    expect(hasRecentRunning([{ status: 'done', createdAt: '2026-11-28T11:59:00Z' }], now)).toBe(false);
  });
});

describe('the upload form', () => {
  it('sends only what differs from the API defaults', () => {
    expect(uploadQuery({ mode: 'all_or_nothing', dryRun: false, addEntities: false })).toEqual({});
    expect(uploadQuery({ mode: 'partial', dryRun: true, addEntities: true })).toEqual({ mode: 'partial', dryRun: 'true', addEntities: 'true' });
  });
});

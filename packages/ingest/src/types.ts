/**
 * The contract between format readers and the import pipeline. A reader turns a file into a
 * stream of items: draft records (not yet matched to the registry), row errors, and notices or
 * rows that award nothing (skips). The pipeline resolves entities, checks keys and writes.
 */
import type { Problem, ProcurementRecord } from '@koers/domain';

export type ImportFormat = 'csv' | 'xlsx' | 'ocds' | 'eforms' | 'ted-xml';

/** Where in the file an item comes from, as the data steward would look it up. */
export interface SourceLocation {
  /** Spreadsheet row number (the header is row 1), for tabular formats. */
  row?: number;
  /** Notice identifier (TED publication number, eForms notice id, OCDS ocid/release id). */
  notice?: string;
  /** Lot, award or contract identifier within the notice. */
  lot?: string;
}

/** Who awarded the contract, as the file names them; resolved to a registry entity later. */
export interface BuyerReference {
  /** Registry code or exact name, as written in the template's `entiteit` column. */
  text?: string;
  name?: string;
  /** Enterprise number in whatever spelling the source used (`BE 0316.381.039`, `0316381039`). */
  enterpriseNumber?: string;
}

export type DraftRecord = Omit<ProcurementRecord, 'entity'> & { buyer: BuyerReference };

export interface ImportMessage {
  location: SourceLocation;
  /** The column as the file's header names it, or the notice field (e.g. `BT-720`). */
  column: string | null;
  message: string;
  /** The message as a code and its values, where one is defined, for other languages. */
  problem?: Problem;
}

export type ImportItem =
  | { kind: 'record'; location: SourceLocation; draft: DraftRecord; warnings?: ImportMessage[] }
  | { kind: 'error'; location: SourceLocation; column: string | null; message: string; problem?: Problem }
  | { kind: 'skip'; location: SourceLocation; reason: string; warning?: ImportMessage };

/** Raised when a file cannot be read at all (corrupt, truncated, too large, unknown format). */
export class FileRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileRejectedError';
  }
}

export interface ReadResult {
  format: ImportFormat;
  /** Warnings about the file as a whole (unknown columns, encoding guessed, ...). */
  warnings: ImportMessage[];
  items: AsyncIterable<ImportItem>;
  /** For tabular formats: the header text the file uses for a record field (`entity` → `entiteit`). */
  fieldColumns?: Partial<Record<keyof ProcurementRecord, string>>;
}

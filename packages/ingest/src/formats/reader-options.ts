/**
 * Options every format reader accepts. All are optional; the defaults suit a data steward's
 * import of one file.
 */
import type { SustainabilityMapping } from './sustainability-mapping.ts';

export interface ReaderOptions {
  /**
   * Largest file accepted, in bytes (default 512 MB). A larger file is rejected as a whole with
   * a message that names the limit; nothing is read past it.
   */
  maxBytes?: number;
  /**
   * Exchange rates for amounts that are not in euro, as the ECB publishes them: units of the
   * currency per 1 euro (`{ NOK: 11.2 }` means 1 EUR = 11.2 NOK, so 4 480 000 NOK = 400 000 EUR).
   * Without a rate an amount keeps its currency and stays out of euro sums (`valueEur` null).
   */
  eurRates?: Readonly<Record<string, number>>;
  /**
   * How eForms and OCDS sustainability codes become the record's criteria and flags. Parts
   * given here replace the matching parts of `DEFAULT_SUSTAINABILITY_MAPPING`.
   */
  sustainabilityMapping?: Partial<SustainabilityMapping>;
}

export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

export function maxBytesOf(options: ReaderOptions | undefined): number {
  const value = options?.maxBytes;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_MAX_BYTES;
}

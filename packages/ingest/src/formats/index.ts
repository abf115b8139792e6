/**
 * Format detection and the readers for every import format but CSV. Each reader takes the file
 * as a buffer or a stream of chunks and resolves to a ReadResult whose items stream out; it
 * rejects (or its iteration throws) with FileRejectedError when the file cannot be read.
 *
 * @example
 *   const format = detectFormat(firstBytes);
 *   if (format === 'eforms') {
 *     const { items } = await readEforms(upload, { eurRates: { NOK: 11.2 } });
 *     for await (const item of items) { … }
 *   }
 */
export { DETECT_HEAD_BYTES, detectFormat, type DetectedFormat } from './detect.ts';
export { readXlsx, TEMPLATE_SHEET_NAMES } from './xlsx.ts';
export { readOcds } from './ocds.ts';
export { readEforms } from './eforms.ts';
export { readTedXml } from './ted-xml.ts';
export { DEFAULT_MAX_BYTES, type ReaderOptions } from './reader-options.ts';
export type { ByteInput } from './byte-source.ts';
export { NO_VALUE_WARNING } from './award-fields.ts';
export { ENTITIES_REFUSED } from './xml-stream.ts';
export { DEFAULT_SUSTAINABILITY_MAPPING, type FlagRule, type SustainabilityList, type SustainabilityMapping } from './sustainability-mapping.ts';

/**
 * Legacy TED XML (schema R2.0.9, the 2014 standard forms published 2016–2023): one record per
 * awarded contract of a contract award notice (F03, and the F06/F18/F21–F23/F25 award variants).
 *
 * Streaming: the notice is parsed with saxes and only the current AWARD_CONTRACT plus a few
 * notice-level facts (buyer, main CPV, procedure, lot titles) are kept. Only the form in the
 * notice's original language (CATEGORY="ORIGINAL", or LG = LG_ORIG) is read; translations are
 * skipped unread.
 *
 * Decisions:
 * - Record key: `TED:<procedure notice>:<lot>:<contract>`. The procedure notice is the OJ S
 *   number of the notice that opened the procedure (PROCEDURE/NOTICE_NUMBER_OJ, usually the
 *   contract notice), else this notice's own number (NO_DOC_OJS), so that a later notice of the
 *   same procedure (further lots awarded, a re-published award) updates the same records. The lot
 *   is LOT_NO (`-` without lots); the contract is CONTRACT_NO, else `award-<ITEM>`, because one
 *   lot of a framework can be awarded to several contractors (e.g. 1A…1F).
 * - Voluntary ex-ante transparency notices (F15) are skipped: they announce the intention to
 *   award a contract directly, before it is concluded; the award itself appears in the contract
 *   award notice that follows, and importing both would count the contract twice.
 * - No sustainability field exists in these forms: criteria, innovative, social clause and
 *   circular are always unknown (null).
 * - SME: `<SME/>` true, `<NO_SME/>` false, absent unknown; several contractors: see combineSme.
 * - Electronic submission from NB_TENDERS_RECEIVED_EMEANS: see eSubmissionFromCounts.
 * - Framework: `<FRAMEWORK/>` in the procedure section → true; its absence is not a "no" in these
 *   forms, so it stays unknown.
 *
 * Split by job: ted-xml/collect.ts reads the XML and keeps what a record needs, ted-xml/map.ts
 * turns each award section into a record; this file wires the two to the byte stream.
 */
import type { ImportItem, ReadResult } from '../types.ts';
import { FileRejectedError } from '../types.ts';
import { ByteSource, type ByteInput } from './byte-source.ts';
import { XmlStream } from './xml-stream.ts';
import { maxBytesOf, type ReaderOptions } from './reader-options.ts';
import { TedCollector } from './ted-xml/collect.ts';
import { TedMapper } from './ted-xml/map.ts';

/**
 * Reads a legacy TED XML notice (R2.0.9). Resolves once the root element is known (a file that
 * is not a TED notice, or declares XML entities, is rejected then); items stream while the rest
 * is parsed, and a truncated or malformed file makes the iteration throw FileRejectedError.
 */
export async function readTedXml(input: ByteInput, options: ReaderOptions = {}): Promise<ReadResult> {
  const source = new ByteSource(input, maxBytesOf(options));
  const mapper = new TedMapper(options);
  const sink = new TedCollector(mapper);
  const xml = new XmlStream(source, sink, { what: 'the TED notice' });
  let more = true;
  try {
    while (more && !sink.rootSeen) more = await xml.pump();
    if (!sink.rootSeen) throw new FileRejectedError('the TED notice has no root element');
  } catch (error) {
    await source.close();
    throw error;
  }
  async function* items(): AsyncGenerator<ImportItem> {
    try {
      yield* mapper.queue.splice(0);
      while (more) {
        more = await xml.pump();
        yield* mapper.queue.splice(0);
      }
    } finally {
      await source.close();
    }
  }
  return { format: 'ted-xml', warnings: [], items: items() };
}

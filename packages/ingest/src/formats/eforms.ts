/**
 * EU eForms notices (UBL XML, SDK 1.x): one record per lot result with a winner chosen
 * (BT-142 `selec-w`), once per settled contract it references (once if it references none).
 *
 * Streaming: the notice is parsed with saxes into small tables (lot results, tenders, contracts,
 * tendering parties, organisations, lots) that are joined when the notice ends. No DOM is built;
 * a notice is at most a few MB, and the tables are capped.
 *
 * Split by job: eforms/collect.ts reads the XML into those tables, eforms/map.ts joins them into
 * records (eforms/notice-kind.ts tells which notices award anything); this file wires the two to
 * the byte stream.
 *
 * Decisions:
 * - Record key: `<ContractFolderID>:<lot id>`, plus `:<contract id>` when a lot result settles
 *   several contracts (a framework with several winners). BT-04 (ContractFolderID) identifies the
 *   procedure across all of its notices, so a change notice (BT-140) or a later award notice of
 *   the same procedure updates the same records.
 * - The tender behind a record is the settled contract's tender for this lot (BT-3202); a contract
 *   may cover several lots, so tenders of other lots are ignored. Without one, the lot result's
 *   tender (OPT-320) is used.
 * - Award date: BT-145 contract conclusion date; else BT-1451 winner decision date; else the
 *   notice dispatch date (BT-05), each fallback with a warning.
 * - Voluntary ex-ante transparency notices (subtypes 25–28, notice type `veat`) are skipped with
 *   a reason: they announce the intention to award directly and are not award notices; the award
 *   appears in the contract award notice that follows (importing both would count it twice).
 *   Contract notices, prior information notices, design contest results and modification notices
 *   are skipped likewise.
 * - SME (BT-165): micro/small/medium/sme → true, large → false, absent → unknown; several winners
 *   in one tendering party: see combineSme. Subcontractors do not count.
 * - Electronic submission from BT-759/BT-760 counts (`t-esubm` vs `tenders`), see
 *   eSubmissionFromCounts. BT-17 (SubmissionMethodCode) says what the procedure allowed, not how
 *   tenders came in, and notices converted from TED XML fill it with a default (`not-allowed`)
 *   that contradicts their own counts; it is not used.
 * - Sustainability flags per lot from BT-06/774/775/776/805 via the configurable mapping
 *   (sustainability-mapping.ts).
 */
import type { ImportItem, ReadResult } from '../types.ts';
import { FileRejectedError } from '../types.ts';
import { ByteSource, type ByteInput } from './byte-source.ts';
import { XmlStream } from './xml-stream.ts';
import { maxBytesOf, type ReaderOptions } from './reader-options.ts';
import { EformsCollector, PREFIXES } from './eforms/collect.ts';
import { mapEformsNotice } from './eforms/map.ts';

/**
 * Reads an eForms notice. Resolves once the root element is known (a file that is not an eForms
 * notice, or declares XML entities, is rejected then); a malformed or truncated notice makes the
 * iteration throw FileRejectedError. Items come when the notice has been read to its end.
 */
export async function readEforms(input: ByteInput, options: ReaderOptions = {}): Promise<ReadResult> {
  const source = new ByteSource(input, maxBytesOf(options));
  const queue: ImportItem[] = [];
  const sink = new EformsCollector((notice) => {
    for (const item of mapEformsNotice(notice, options)) queue.push(item);
  });
  const xml = new XmlStream(source, sink, { what: 'the eForms notice', prefixes: PREFIXES });
  let more = true;
  try {
    while (more && !sink.root) more = await xml.pump();
    if (!sink.root) throw new FileRejectedError('the eForms notice has no root element');
  } catch (error) {
    await source.close();
    throw error;
  }
  async function* items(): AsyncGenerator<ImportItem> {
    try {
      while (more) {
        more = await xml.pump();
        yield* queue.splice(0);
      }
      yield* queue.splice(0);
    } finally {
      await source.close();
    }
  }
  return { format: 'eforms', warnings: [], items: items() };
}

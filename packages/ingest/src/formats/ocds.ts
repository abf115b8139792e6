/**
 * OCDS 1.1 data (release packages, record packages, and JSON lines of releases, records or
 * packages): one record per award that is not cancelled or unsuccessful.
 *
 * - Record packages: each record's `compiledRelease` is used as published.
 * - Release packages and release lines: releases are grouped by `ocid` and merged in date order,
 *   later values winning (OCDS merge: objects merged field by field, arrays of objects with `id`
 *   merged by id, other arrays replaced, `null` removes a field).
 * - JSON lines are read line by line; a package is parsed whole, within the size limit.
 *
 * Decisions:
 * - Record key `<ocid>:<award id>`: the ocid identifies the contracting process in every release
 *   and record about it, so a later release updates the same records.
 * - Award date: the award's contracts' signature date (`contracts.dateSigned`), else the award
 *   date (`awards.date`), else the release date with a warning.
 * - SME from the suppliers' `details.scale` (partyDetails scale extension): micro, sme, small,
 *   medium and selfEmployed → true (a self-employed person is a micro-enterprise), large → false;
 *   several suppliers: see combineSme.
 * - Electronic submission from `tender.submissionMethod`: only `electronicSubmission` → true;
 *   listed methods without it → false; a mix → unknown.
 * - Framework from `tender.techniques.hasFrameworkAgreement` when present.
 * - Sustainability from the lot's (else the tender's) `sustainability` / `hasSustainability`
 *   through the configurable mapping (sustainability-mapping.ts).
 *
 * Split by job: ocds/collect.ts tells what each JSON value is and gathers releases by ocid,
 * ocds/compile.ts merges them, ocds/map.ts turns a compiled release into records, and
 * ocds/read-text.ts reads the text; this file decides how the file is read (JSON lines, a
 * package whole, or a large package streamed) and streams the items out.
 */
import type { ImportItem, ImportMessage, ReadResult } from '../types.ts';
import { FileRejectedError } from '../types.ts';
import { ByteSource, type ByteInput } from './byte-source.ts';
import { splitPackage } from './json-package-stream.ts';
import { maxBytesOf, type ReaderOptions } from './reader-options.ts';
import { OcdsCollector } from './ocds/collect.ts';
import { isObject, type Json } from './ocds/json.ts';
import { OcdsMapper } from './ocds/map.ts';
import { LineReader, jsonError, parseJson } from './ocds/read-text.ts';

/** Up to this many characters a pretty-printed package is parsed whole; a larger one is streamed. */
const WHOLE_DOCUMENT_CHARS = 8 * 1024 * 1024;

async function* prepend(head: string, rest: AsyncIterable<string>): AsyncGenerator<string> {
  yield head;
  yield* rest;
}

/**
 * The items of a package too large to parse whole: every element of its `releases` or `records`
 * is parsed and mapped on its own, as the file streams in; the package's metadata (its "shell",
 * with those lists left empty) is checked at the end as a whole package would be. Releases are
 * merged by ocid, so they are held until the end; records go out as they come.
 */
async function* streamPackage(
  texts: AsyncIterable<string>,
  collector: OcdsCollector,
  mapper: OcdsMapper,
  warnings: ImportMessage[],
  source: ByteSource,
): AsyncGenerator<ImportItem> {
  try {
    const pieces = splitPackage(texts, STREAMED_LISTS);
    let step = await pieces.next();
    while (!step.done) {
      const { key, index, text: piece, line } = step.value;
      let value: Json;
      try {
        value = JSON.parse(piece) as Json;
      } catch (error) {
        throw jsonError(error, piece, line);
      }
      collector.element(key, value, `the OCDS file, ${key}[${index}]`);
      yield* mapper.queue.splice(0);
      step = await pieces.next();
    }
    const shell = parseJson(step.value);
    if (isObject(shell) && shell.ocid !== undefined) {
      throw new FileRejectedError('the OCDS file is one record or release larger than a package of it would be; publish it as a release or record package');
    }
    collector.value(shell, 'the OCDS file');
    collector.flush();
    yield* mapper.queue.splice(0);
    if (collector.count === 0) warnings.push({ location: {}, column: null, message: 'the package holds no releases or records' });
  } finally {
    await source.close();
  }
}

const STREAMED_LISTS: ReadonlySet<string> = new Set(['releases', 'records']);

/**
 * Reads OCDS JSON. A package is parsed when this resolves (so invalid JSON rejects here); JSON
 * lines are read while items are iterated, and an invalid line makes the iteration throw.
 */
export async function readOcds(input: ByteInput, options: ReaderOptions = {}): Promise<ReadResult> {
  const source = new ByteSource(input, maxBytesOf(options));
  const lines = new LineReader(source);
  const mapper = new OcdsMapper(options);
  const collector = new OcdsCollector(mapper);
  const warnings: ImportMessage[] = [];

  try {
    // The first non-blank line decides: a complete JSON object on its own means JSON lines (or a
    // package on one line); anything else is a pretty-printed document, read whole.
    let skipped = '';
    let first = await lines.next();
    while (first !== null && first.trim() === '') {
      skipped += first + '\n';
      first = await lines.next();
    }
    if (first === null) throw new FileRejectedError('the OCDS file is empty');
    if (first.charCodeAt(0) === 0xfeff) first = first.slice(1);
    let firstValue: Json | undefined;
    try {
      const parsed = JSON.parse(first) as Json;
      if (isObject(parsed)) firstValue = parsed;
    } catch {
      firstValue = undefined;
    }
    if (firstValue === undefined && !(await lines.readAhead(WHOLE_DOCUMENT_CHARS))) {
      // A large package: its releases or records are read one at a time as the file streams in.
      return { format: 'ocds', warnings, items: streamPackage(prepend(skipped + first + '\n', lines.texts()), collector, mapper, warnings, source) };
    }
    if (firstValue === undefined) {
      const document = skipped + first + '\n' + (await lines.rest());
      collector.value(parseJson(document), 'the OCDS file');
      collector.flush();
      if (collector.count === 0) warnings.push({ location: {}, column: null, message: 'the package holds no releases or records' });
      await source.close();
      return { format: 'ocds', warnings, items: drain(mapper.queue) };
    }
    const firstLineNumber = lines.lineNumber;
    collector.value(firstValue, `line ${firstLineNumber}`);

    async function* streamLines(): AsyncGenerator<ImportItem> {
      try {
        yield* mapper.queue.splice(0);
        for (let line = await lines.next(); line !== null; line = await lines.next()) {
          if (line.trim() === '') continue;
          const where = `line ${lines.lineNumber}`;
          let value: Json;
          try {
            value = JSON.parse(line) as Json;
          } catch (error) {
            const problem = jsonError(error, line, lines.lineNumber);
            throw lines.atEnd ? new FileRejectedError(`${problem.message} (the last line: the file may be truncated)`) : problem;
          }
          collector.value(value, where);
          yield* mapper.queue.splice(0);
        }
        collector.flush();
        yield* mapper.queue.splice(0);
      } finally {
        await source.close();
      }
    }
    return { format: 'ocds', warnings, items: streamLines() };
  } catch (error) {
    await source.close();
    throw error;
  }
}

async function* drain(queue: ImportItem[]): AsyncGenerator<ImportItem> {
  yield* queue.splice(0);
}

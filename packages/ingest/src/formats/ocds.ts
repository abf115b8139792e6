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
 */
import type { Procedure } from '@koers/domain';
import type { DraftRecord, ImportItem, ImportMessage, ReadResult, SourceLocation } from '../types.ts';
import { FileRejectedError } from '../types.ts';
import { ByteSource, type ByteInput } from './byte-source.ts';
import { splitPackage } from './json-package-stream.ts';
import { isPrototypeKey, ownValue, safeEntries } from './untrusted-keys.ts';
import { maxBytesOf, type ReaderOptions } from './reader-options.ts';
import { KeyDeduplicator, combineSme, cpvText, moneyFields, warningCollector, writtenDate } from './award-fields.ts';
import { resolveMapping, signalsFromOcds, sustainabilityAnswers } from './sustainability-mapping.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SME_SCALES: Readonly<Record<string, boolean>> = {
  micro: true,
  sme: true,
  small: true,
  medium: true,
  selfEmployed: true,
  large: false,
};

const NOT_AWARDED = new Set(['cancelled', 'unsuccessful']);

/** The Belgian enterprise register (Crossroads Bank for Enterprises) in org-id.guide. */
const BELGIAN_SCHEME = 'BE-BCE_KBO';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

// ---------------------------------------------------------------------------------------------
// Merging releases into a compiled release.

function clone(value: Json): Json {
  if (Array.isArray(value)) return value.map(clone);
  if (isObject(value)) {
    const copy: JsonObject = {};
    for (const [key, inner] of safeEntries(value)) copy[key] = clone(inner);
    return copy;
  }
  return value;
}

function identified(items: Json[]): items is JsonObject[] {
  return items.length > 0 && items.every((item) => isObject(item) && (typeof item.id === 'string' || typeof item.id === 'number'));
}

function mergeInto(target: Json | undefined, source: Json): Json {
  if (isObject(source)) {
    const result: JsonObject = isObject(target) ? target : {};
    for (const [key, value] of safeEntries(source)) {
      if (value === null) delete result[key];
      else result[key] = mergeInto(result[key], value);
    }
    return result;
  }
  if (Array.isArray(source) && identified(source) && Array.isArray(target) && identified(target)) {
    const result = target;
    for (const item of source) {
      const existing = result.find((candidate) => String(candidate.id) === String(item.id));
      if (existing) mergeInto(existing, item);
      else result.push(clone(item) as JsonObject);
    }
    return result;
  }
  return clone(source);
}

export function compileReleases(releases: readonly JsonObject[]): JsonObject {
  const ordered = releases
    .map((release, index) => ({ release, index, date: text(release.date) ?? '' }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
  let compiled: JsonObject = {};
  for (const { release } of ordered) compiled = mergeInto(compiled, release) as JsonObject;
  compiled.tag = ['compiled'];
  return compiled;
}

// ---------------------------------------------------------------------------------------------
// A compiled release to draft records.

function procedureOf(tender: JsonObject | null): Procedure | null {
  const method = text(tender?.procurementMethod)?.toLowerCase();
  const details = (text(tender?.procurementMethodDetails) ?? '').toLowerCase();
  if (method === 'open') return 'open';
  if (method === 'limited' || method === 'direct') return 'negotiated_without_publication';
  if (method === 'selective') {
    if (details.includes('innovation partnership')) return 'innovation_partnership';
    if (details.includes('competitive dialogue')) return 'competitive_dialogue';
    if (details.includes('negotiat')) {
      return /without (prior )?(publication|call)/.test(details) ? 'negotiated_without_publication' : 'negotiated_with_publication';
    }
    if (details.includes('restricted')) return 'restricted';
    return 'other';
  }
  if (!method) return null;
  return 'other';
}

function eSubmissionOf(tender: JsonObject | null): boolean | null {
  const methods = Array.isArray(tender?.submissionMethod) ? tender.submissionMethod.filter((m): m is string => typeof m === 'string') : [];
  if (methods.length === 0) return null;
  if (methods.every((m) => m === 'electronicSubmission')) return true;
  if (!methods.includes('electronicSubmission')) return false;
  return null;
}

function cpvOf(items: unknown): string | null {
  for (const item of objects(items)) {
    const classification = isObject(item.classification) ? item.classification : null;
    if (classification && text(classification.scheme)?.toUpperCase() === 'CPV') return text(classification.id);
  }
  return null;
}

function enterpriseNumberOf(party: JsonObject | undefined): string | null {
  if (!party) return null;
  const identifiers = [party.identifier, ...(Array.isArray(party.additionalIdentifiers) ? party.additionalIdentifiers : [])];
  for (const identifier of identifiers) {
    if (isObject(identifier) && text(identifier.scheme) === BELGIAN_SCHEME) return text(identifier.id);
  }
  return null;
}

function amountOf(value: unknown): { amount: number | null; currency: string | null; present: boolean } {
  if (!isObject(value)) return { amount: null, currency: null, present: false };
  const raw = value.amount;
  const amount = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : null;
  return { amount, currency: text(value.currency), present: raw !== undefined && raw !== null };
}

class OcdsMapper {
  readonly queue: ImportItem[] = [];
  private readonly keys = new KeyDeduplicator();

  constructor(private readonly options: ReaderOptions) {}

  compiled(release: JsonObject, where: string): void {
    const ocid = text(release.ocid);
    if (!ocid) {
      this.queue.push({ kind: 'error', location: { notice: where }, column: 'ocid', message: 'the release has no ocid, so its contracting process cannot be identified' });
      return;
    }
    const awards = objects(release.awards);
    if (awards.length === 0) {
      this.queue.push({ kind: 'skip', location: { notice: ocid }, reason: 'no award in this contracting process yet (planning or tender stage): awards nothing' });
      return;
    }
    const parties = new Map(objects(release.parties).flatMap((party) => (text(party.id) ? [[text(party.id)!, party] as const] : [])));
    for (const award of awards) this.award(release, ocid, award, parties);
  }

  private award(release: JsonObject, ocid: string, award: JsonObject, parties: ReadonlyMap<string, JsonObject>): void {
    const awardId = text(award.id);
    const location: SourceLocation = { notice: ocid, ...(awardId ? { lot: awardId } : {}) };
    if (!awardId) {
      this.queue.push({ kind: 'error', location, column: 'awards.id', message: 'an award without an id cannot be kept apart from the other awards' });
      return;
    }
    const status = text(award.status);
    if (status && NOT_AWARDED.has(status)) {
      this.queue.push({ kind: 'skip', location, reason: `award ${awardId} has status "${status}": no contract was awarded` });
      return;
    }
    const { warnings, warn } = warningCollector(location);
    const tender = isObject(release.tender) ? release.tender : null;
    const contracts = objects(release.contracts).filter((contract) => text(contract.awardID) === awardId);

    const signed = contracts.map((contract) => writtenDate(text(contract.dateSigned))).filter((d): d is string => !!d).sort();
    let awardDate = signed[0] ?? writtenDate(text(award.date));
    if (!awardDate) {
      awardDate = writtenDate(text(release.date));
      if (!awardDate) {
        this.queue.push({ kind: 'error', location, column: 'contracts.dateSigned', message: 'no award date: neither a contract signature date, an award date nor a release date is given' });
        return;
      }
      warn('contracts.dateSigned', `no contract signature date or award date: the release date ${awardDate} is used as award date`);
    }

    let value = amountOf(award.value);
    if (!value.present) {
      const contractValues = contracts.map((contract) => amountOf(contract.value)).filter((v) => v.present);
      if (contractValues.length === 1) {
        value = contractValues[0]!;
        warn('awards.value', 'the award has no value: the value of its contract is used');
      }
    } else if (value.amount === null) {
      warn('awards.value', `"${String((award.value as JsonObject).amount)}" is not an amount`);
    }
    const money = moneyFields(value.amount, value.currency, this.options.eurRates, warn, 'awards.value');

    const rawCpv = cpvOf(award.items) ?? cpvOf(tender?.items);
    const cpv = cpvText(rawCpv);
    if (rawCpv && !cpv) warn('items.classification', `"${rawCpv}" is not a CPV code; left empty`);

    const suppliers = objects(award.suppliers);
    const supplierParties = suppliers.map((supplier) => parties.get(text(supplier.id) ?? '') ?? supplier);
    const smeWinner = combineSme(
      supplierParties.map((party) => {
        const scale = isObject(party.details) ? text(party.details.scale) : null;
        return scale ? (ownValue(SME_SCALES, scale) ?? null) : null;
      }),
    );
    const supplierNames = supplierParties.map((party) => text(party.name)).filter((name): name is string => !!name);

    const numberOfTenderers = tender?.numberOfTenderers;
    const tendersReceived =
      typeof numberOfTenderers === 'number' && Number.isSafeInteger(numberOfTenderers) && numberOfTenderers >= 0 ? numberOfTenderers : null;

    const techniques = isObject(tender?.techniques) ? tender.techniques : null;
    const framework = typeof techniques?.hasFrameworkAgreement === 'boolean' ? techniques.hasFrameworkAgreement : null;

    const relatedLots = Array.isArray(award.relatedLots) ? award.relatedLots.map(text).filter(Boolean) : [];
    const lot = objects(tender?.lots).find((candidate) => relatedLots.includes(text(candidate.id)));
    const lotStates = lot && (lot.sustainability !== undefined || lot.hasSustainability !== undefined);
    const signals = lotStates
      ? signalsFromOcds(lot.sustainability, lot.hasSustainability)
      : signalsFromOcds(tender?.sustainability, tender?.hasSustainability);
    const answers = sustainabilityAnswers(signals, resolveMapping(this.options.sustainabilityMapping));

    const buyerRef = isObject(release.buyer) ? release.buyer : null;
    const buyerParty =
      parties.get(text(buyerRef?.id) ?? '') ??
      [...parties.values()].find((party) => Array.isArray(party.roles) && party.roles.includes('buyer'));
    const buyerName = text(buyerParty?.name) ?? text(buyerRef?.name);
    const enterpriseNumber = enterpriseNumberOf(buyerParty);

    const draft: DraftRecord = {
      dossierId: this.keys.unique(`${ocid}:${awardId}`),
      awardDate,
      title: text(award.title) ?? text(tender?.title),
      cpv,
      productGroup: null,
      ...money,
      ...answers,
      smeWinner,
      framework,
      eSubmission: eSubmissionOf(tender),
      procedure: procedureOf(tender),
      tendersReceived,
      supplier: supplierNames.length > 0 ? supplierNames.join('; ') : null,
      buyer: { ...(buyerName ? { name: buyerName } : {}), ...(enterpriseNumber ? { enterpriseNumber } : {}) },
    };
    this.queue.push({ kind: 'record', location, draft, ...(warnings.length > 0 ? { warnings } : {}) });
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the file: JSON lines line by line, a package as one document.

class LineReader {
  private buffer = '';
  private searchFrom = 0;
  private ended = false;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private bytes = 0;
  /** Lines handed out so far (1-based number of the last one). */
  lineNumber = 0;

  constructor(private readonly source: ByteSource) {}

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const chunk = await this.source.next();
    try {
      this.buffer += this.decoder.decode(chunk ?? new Uint8Array(0), { stream: chunk !== null });
    } catch {
      throw new FileRejectedError(`the OCDS file is not valid UTF-8 text (near byte ${this.bytes}); JSON must be UTF-8`);
    }
    if (chunk) this.bytes += chunk.byteLength;
    else this.ended = true;
    return true;
  }

  /** The next line (without its line break), or null at the end of the file. */
  async next(): Promise<string | null> {
    for (;;) {
      const at = this.buffer.indexOf('\n', this.searchFrom);
      if (at >= 0) {
        const line = this.buffer.slice(0, at).replace(/\r$/, '');
        this.buffer = this.buffer.slice(at + 1);
        this.searchFrom = 0;
        this.lineNumber++;
        return line;
      }
      this.searchFrom = this.buffer.length;
      if (!(await this.fill())) {
        if (this.buffer === '') return null;
        const line = this.buffer;
        this.buffer = '';
        this.lineNumber++;
        return line;
      }
    }
  }

  /** Reads ahead until `chars` characters wait or the file ends; answers whether it ended. */
  async readAhead(chars: number): Promise<boolean> {
    while (this.buffer.length < chars && (await this.fill()));
    return this.ended;
  }

  /** Everything not yet handed out, a chunk of text at a time. */
  async *texts(): AsyncGenerator<string> {
    if (this.buffer !== '') yield this.buffer;
    this.buffer = '';
    while (!this.ended) {
      await this.fill();
      if (this.buffer !== '') yield this.buffer;
      this.buffer = '';
    }
  }

  /** Everything not yet handed out. */
  async rest(): Promise<string> {
    while (await this.fill());
    const rest = this.buffer;
    this.buffer = '';
    return rest;
  }

  get atEnd(): boolean {
    return this.ended && this.buffer === '';
  }
}

/** A JSON.parse failure as a data steward reads it: what is wrong and at which line and column. */
function jsonError(error: unknown, source: string, firstLine = 1): FileRejectedError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const place = (offset: number) => {
    const before = source.slice(0, offset);
    const line = firstLine + before.split('\n').length - 1;
    const column = offset - before.lastIndexOf('\n');
    return `line ${line}, column ${column}`;
  };
  if (position) {
    const offset = Number(position[1]);
    const reason = message.replace(/ in JSON at position \d+.*$/s, '');
    const atEnd = offset >= source.trimEnd().length - 1 ? '; the file ends there (truncated?)' : '';
    return new FileRejectedError(`the OCDS file is not valid JSON at ${place(offset)}: ${reason}${atEnd}`);
  }
  if (/end of (JSON )?input|Unterminated/i.test(message)) {
    return new FileRejectedError(`the OCDS file is not valid JSON: it ends too early at ${place(source.trimEnd().length)} (truncated?)`);
  }
  return new FileRejectedError(`the OCDS file is not valid JSON${firstLine > 1 ? ` (line ${firstLine})` : ''}: ${message}`);
}

function parseJson(source: string): Json {
  try {
    return JSON.parse(source) as Json;
  } catch (error) {
    throw jsonError(error, source);
  }
}

/** OCDS data is a few levels deep; far deeper nesting is hostile and would exhaust the stack. */
const MAX_JSON_DEPTH = 100;

/**
 * Walks a parsed value once: answers whether it is nested too deeply, and removes prototype keys
 * (`__proto__`, `constructor`, `prototype`) at every depth, so no later merge or copy meets them.
 */
function tooDeepOrStripped(value: Json): boolean {
  const stack: [Json, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (depth > MAX_JSON_DEPTH) return true;
    if (Array.isArray(current)) for (const item of current) stack.push([item, depth + 1]);
    else if (isObject(current)) {
      for (const key of Object.keys(current)) {
        if (isPrototypeKey(key)) delete current[key];
        else stack.push([current[key]!, depth + 1]);
      }
    }
  }
  return false;
}

/** What one JSON value in the file is, and where its releases and records go. */
class OcdsCollector {
  readonly releasesByOcid = new Map<string, JsonObject[]>();
  count = 0;

  constructor(private readonly mapper: OcdsMapper) {}

  /** One element of a package's `releases` or `records`, read on its own (streamed packages). */
  element(key: string, value: Json, where: string): void {
    if (tooDeepOrStripped(value)) throw new FileRejectedError(`${where} is nested more than ${MAX_JSON_DEPTH} levels deep, which no OCDS data is`);
    if (key === 'records') this.record(value, where);
    else this.release(value, where);
  }

  value(value: Json, where: string): void {
    if (tooDeepOrStripped(value)) throw new FileRejectedError(`${where} is nested more than ${MAX_JSON_DEPTH} levels deep, which no OCDS data is`);
    if (!isObject(value)) throw new FileRejectedError(`${where} is JSON that is not OCDS: expected a release or record package, found ${Array.isArray(value) ? 'a list' : typeof value}`);
    if (Array.isArray(value.records)) {
      value.records.forEach((record, index) => this.record(record, `${where}, records[${index}]`));
    } else if (Array.isArray(value.releases) && value.ocid === undefined) {
      value.releases.forEach((release, index) => this.release(release, `${where}, releases[${index}]`));
    } else if (value.ocid !== undefined && (isObject(value.compiledRelease) || Array.isArray(value.releases))) {
      this.record(value, where);
    } else if (value.ocid !== undefined) {
      this.release(value, where);
    } else {
      throw new FileRejectedError(`${where} is JSON that is not an OCDS package: it has no "releases", "records" or "ocid"`);
    }
  }

  private release(release: Json, where: string): void {
    this.count++;
    const ocid = isObject(release) ? text(release.ocid) : null;
    if (!isObject(release) || !ocid) {
      this.mapper.queue.push({ kind: 'error', location: { notice: where }, column: 'ocid', message: 'the release has no ocid, so its contracting process cannot be identified' });
      return;
    }
    const list = this.releasesByOcid.get(ocid);
    if (list) list.push(release);
    else this.releasesByOcid.set(ocid, [release]);
  }

  private record(record: Json, where: string): void {
    this.count++;
    if (!isObject(record)) {
      this.mapper.queue.push({ kind: 'error', location: { notice: where }, column: 'records', message: 'the record is not an object' });
      return;
    }
    const ocid = text(record.ocid) ?? where;
    if (isObject(record.compiledRelease)) {
      this.mapper.compiled({ ocid, ...record.compiledRelease }, ocid);
      return;
    }
    // Without a compiled release, embedded releases can be merged; linked ones (url only) cannot.
    const embedded = objects(record.releases).filter((release) => release.url === undefined);
    if (embedded.length > 0) {
      this.mapper.compiled(compileReleases(embedded.map((release) => ({ ocid, ...release }))), ocid);
      return;
    }
    this.mapper.queue.push({
      kind: 'skip',
      location: { notice: ocid },
      reason: 'the record has no compiledRelease and links to its releases instead of embedding them; import the release package',
    });
  }

  flush(): void {
    for (const [ocid, releases] of this.releasesByOcid) this.mapper.compiled(compileReleases(releases), ocid);
    this.releasesByOcid.clear();
  }
}

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

/**
 * Collecting OCDS data: what each JSON value in the file is (a release or record package, a
 * release, a record, or one element of a streamed package's list), with prototype keys removed
 * and hostile nesting refused. Records go to the mapper as they come; releases are held and
 * grouped by ocid until flush(), since a contracting process's releases are merged first.
 */
import { FileRejectedError } from '../../types.ts';
import { isPrototypeKey } from '../untrusted-keys.ts';
import { compileReleases } from './compile.ts';
import { isObject, objects, text, type Json, type JsonObject } from './json.ts';
import type { OcdsMapper } from './map.ts';

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
export class OcdsCollector {
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
    if (!isObject(value))
      throw new FileRejectedError(
        `${where} is JSON that is not OCDS: expected a release or record package, found ${Array.isArray(value) ? 'a list' : typeof value}`,
      );
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
      this.mapper.queue.push({
        kind: 'error',
        location: { notice: where },
        column: 'ocid',
        message: 'the release has no ocid, so its contracting process cannot be identified',
      });
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

/**
 * Merging an OCDS contracting process's releases into a compiled release (the OCDS merge
 * routine): releases in date order, later values winning; objects merged field by field, arrays
 * of objects with `id` merged by id, other arrays replaced, `null` removes a field.
 */
import { safeEntries } from '../untrusted-keys.ts';
import { isObject, text, type Json, type JsonObject } from './json.ts';

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

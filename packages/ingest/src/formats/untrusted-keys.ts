/**
 * Keys that reach an object's prototype when assigned (`target[key] = …`) or merged. Data read
 * from a file never legitimately uses them, so readers drop them wherever parsed objects are
 * walked, merged or copied: a file can then never change `Object.prototype` for the process.
 */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isPrototypeKey(key: string): boolean {
  return PROTOTYPE_KEYS.has(key);
}

/** The own entries of a parsed object, without prototype keys. */
export function safeEntries<T>(value: { [key: string]: T }): [string, T][] {
  return Object.entries(value).filter(([key]) => !PROTOTYPE_KEYS.has(key));
}

/**
 * `table[key]` for a key read from a file, counting only the table's own entries: a plain object
 * answers `constructor`, `toString` or `__proto__` from its prototype, which no code table means.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * The keys of a file seen so far, with where each was first seen (a row number, or a notice and
 * lot), for the duplicate check. A million keys as strings in a Map cost ~100 MB of small heap
 * objects that every major garbage collection walks; here they are UTF-8 bytes in one buffer and
 * numbers in typed arrays (~40 MB for a million keys, none of it traced by the collector), in an
 * open-addressing hash table.
 */
export class KeySet {
  private bytes: Buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  /** Per entry: start of its bytes, their length, its hash and where it was seen (row number, or -1). */
  private starts: Int32Array = new Int32Array(1 << 12);
  private lengths: Int32Array = new Int32Array(1 << 12);
  private hashes: Int32Array = new Int32Array(1 << 12);
  private rows: Int32Array = new Int32Array(1 << 12);
  /** Where entries not seen at a row number were seen (notice formats), by entry. */
  private places = new Map<number, string>();
  private count = 0;
  /** Entry index + 1 per slot, 0 when empty; a power of two, at most half full. */
  private slots: Int32Array = new Int32Array(1 << 13);

  /** Adds the key; answers where it was seen before, or undefined when it is new. */
  add(key: string, where: number | string): number | string | undefined {
    let hash = 0x811c9dc5 | 0; // as the int32 the hash table stores, also for an empty key
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    // The key's bytes go after the last entry; they stay there only if the key is new.
    if (this.used + key.length * 3 > this.bytes.length) this.bytes = grow(this.bytes, this.used + key.length * 3);
    const length = this.bytes.write(key, this.used, 'utf8');
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) {
        this.insert(slot, hash, length, where);
        return undefined;
      }
      if (
        this.hashes[entry] === hash &&
        this.lengths[entry] === length &&
        this.bytes.compare(this.bytes, this.used, this.used + length, this.starts[entry], this.starts[entry]! + length) === 0
      ) {
        return this.rows[entry] !== -1 ? this.rows[entry] : this.places.get(entry);
      }
    }
  }

  private insert(slot: number, hash: number, length: number, where: number | string): void {
    const entry = this.count++;
    if (entry === this.starts.length) {
      this.starts = growInts(this.starts);
      this.lengths = growInts(this.lengths);
      this.hashes = growInts(this.hashes);
      this.rows = growInts(this.rows);
    }
    this.starts[entry] = this.used;
    this.lengths[entry] = length;
    this.hashes[entry] = hash;
    if (typeof where === 'number' && Number.isInteger(where) && where >= 0 && where <= 0x7fffffff) this.rows[entry] = where;
    else {
      this.rows[entry] = -1;
      this.places.set(entry, String(where));
    }
    this.used += length;
    this.slots[slot] = entry + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = this.hashes[entry]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}

function grow(bytes: Buffer, needed: number): Buffer {
  const next = Buffer.allocUnsafe(Math.max(needed, bytes.length * 2));
  bytes.copy(next);
  return next;
}

function growInts(values: Int32Array): Int32Array {
  const next = new Int32Array(values.length * 2);
  next.set(values);
  return next;
}

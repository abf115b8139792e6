/**
 * Answers kept in memory for the current data version. Data only changes on a write, and every
 * write moves the data version on, so an answer computed for one version is right for every
 * request that sees that version: the server reads the version on each request (as it does for
 * the ETag) and serves a kept answer only when it was computed for that same version. When the
 * version moves on, everything kept is dropped at once. Nothing here can make two instances give
 * different answers; it only saves recomputing them.
 */

export interface KeptAnswer {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
}

export class AnswerCache {
  private version: string | null = null;
  private readonly answers = new Map<string, KeptAnswer>();
  private bytes = 0;
  /** One answer may take at most this share of the budget, so a few large ones cannot flush the rest. */
  private readonly maxAnswerBytes: number;

  constructor(private readonly maxBytes: number) {
    this.maxAnswerBytes = Math.floor(maxBytes / 16);
  }

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  get(version: string, key: string): KeptAnswer | undefined {
    if (version !== this.version) return undefined;
    const answer = this.answers.get(key);
    if (answer) {
      // Most recently used last: the first entry is the one to evict.
      this.answers.delete(key);
      this.answers.set(key, answer);
    }
    return answer;
  }

  set(version: string, key: string, answer: KeptAnswer): void {
    if (!this.enabled || answer.body.byteLength > this.maxAnswerBytes) return;
    if (version !== this.version) {
      // A request that started before a write may finish after it: never let an older version
      // replace a newer one. Versions are whole numbers that only grow.
      if (this.version !== null && Number(version) < Number(this.version)) return;
      this.answers.clear();
      this.bytes = 0;
      this.version = version;
    }
    const previous = this.answers.get(key);
    if (previous) {
      this.bytes -= previous.body.byteLength;
      this.answers.delete(key);
    }
    this.answers.set(key, answer);
    this.bytes += answer.body.byteLength;
    for (const [oldest, kept] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(oldest);
      this.bytes -= kept.body.byteLength;
    }
  }

  /** For tests and diagnostics. */
  stats(): { version: string | null; answers: number; bytes: number } {
    return { version: this.version, answers: this.answers.size, bytes: this.bytes };
  }
}

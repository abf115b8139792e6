/**
 * Safe, streaming XML for the notice readers (legacy TED and eForms), on top of saxes.
 *
 * - No DTD processing: saxes never expands entities other than the five predefined ones and
 *   character references, and never fetches anything. A DOCTYPE that declares entities (the
 *   billion-laughs and external-entity attacks) is refused outright.
 * - Streaming: the file is decoded and fed slice by slice; the reader sees open/close events with
 *   the element path and keeps only what it needs. No DOM is built.
 * - Bounded: file size (via ByteSource), nesting depth and the text kept per element are capped.
 * - Every problem becomes a FileRejectedError naming what is wrong and where (line/column).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FileRejectedError } from '../types.ts';
import type { ByteSource } from './byte-source.ts';

export const ENTITIES_REFUSED = 'the file declares XML entities, which are refused for safety';

/** Deeper nesting than this is not a notice; refusing it keeps memory and time bounded. */
const MAX_DEPTH = 256;
/** Text kept per element; notices never need more, hostile files can't grow memory through it. */
const MAX_TEXT = 64 * 1024;

export interface XmlElement {
  /** Canonical qualified name: `prefix:local` with the reader's prefix for the namespace, or `local`. */
  name: string;
  local: string;
  uri: string;
  /** Attribute values by local name. */
  attributes: Readonly<Record<string, string>>;
}

export interface XmlSink {
  /** Called for every element start; `path` holds the canonical names from the root to it. */
  open(element: XmlElement, path: readonly string[]): void;
  /** Called at every element end with the element's own (direct) text. */
  close(element: XmlElement, text: string, path: readonly string[]): void;
}

export interface XmlStreamOptions {
  /** Canonical prefix per namespace URI; names in other namespaces are reported by local name. */
  prefixes?: Readonly<Record<string, string>>;
  /** What the file is, for messages ("the TED notice", "the eForms notice"). */
  what: string;
}

interface Frame {
  element: XmlElement;
  text: string;
}

type Decoder = InstanceType<typeof TextDecoder>;

const BOM_UTF8 = [0xef, 0xbb, 0xbf];

/** The encoding a file declares: BOM first, then the XML declaration; UTF-8 by default. */
function xmlEncodingOf(head: Uint8Array): string {
  if (head[0] === BOM_UTF8[0] && head[1] === BOM_UTF8[1] && head[2] === BOM_UTF8[2]) return 'utf-8';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0x3c && head[1] === 0x00) return 'utf-16le';
  if (head[0] === 0x00 && head[1] === 0x3c) return 'utf-16be';
  const start = new TextDecoder('latin1').decode(head.subarray(0, 200));
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(start);
  return match ? match[1]!.toLowerCase() : 'utf-8';
}

function decoderFor(encoding: string): Decoder {
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new FileRejectedError(`the XML declares the character encoding "${encoding}", which is not supported; save it as UTF-8`);
  }
}

/**
 * Feeds a ByteSource through saxes into an XmlSink. Call `pump()` until it returns false; each
 * call processes one slice, so the caller can hand out the items the sink produced in between.
 */
export class XmlStream {
  private readonly parser: SaxesParser<{ xmlns: true; position: true }>;
  private readonly stack: Frame[] = [];
  private readonly path: string[] = [];
  private decoder: Decoder | null = null;
  private head: Uint8Array | null = new Uint8Array(0);
  private finished = false;
  private bytesDecoded = 0;

  constructor(
    private readonly source: ByteSource,
    private readonly sink: XmlSink,
    private readonly options: XmlStreamOptions,
  ) {
    this.parser = new SaxesParser({ xmlns: true, position: true });
    const parser = this.parser;
    parser.on('error', (error) => {
      throw this.malformed(error.message.replace(/^[^:]*:\d+:\d+: /, ''));
    });
    parser.on('doctype', (doctype) => {
      if (/<!ENTITY/i.test(doctype)) throw new FileRejectedError(ENTITIES_REFUSED);
    });
    parser.on('opentag', (tag) => this.onOpen(tag));
    parser.on('closetag', () => this.onClose());
    parser.on('text', (text) => this.onText(text));
    parser.on('cdata', (text) => this.onText(text));
  }

  private malformed(reason: string): FileRejectedError {
    const where = `line ${this.parser.line}, column ${this.parser.column}`;
    return new FileRejectedError(`${this.options.what} is not well-formed XML at ${where}: ${reason}`);
  }

  private onOpen(tag: SaxesTagNS): void {
    if (this.stack.length >= MAX_DEPTH) {
      throw this.malformed(`elements are nested more than ${MAX_DEPTH} levels deep`);
    }
    const uri = tag.uri ?? '';
    const prefix = this.options.prefixes?.[uri];
    const local = tag.local ?? tag.name;
    // Without a prototype: attribute names come from the file.
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes[attribute.local] = attribute.value;
    }
    const element: XmlElement = { name: prefix ? `${prefix}:${local}` : local, local, uri, attributes };
    this.stack.push({ element, text: '' });
    this.path.push(element.name);
    this.sink.open(element, this.path);
  }

  private onClose(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    this.sink.close(frame.element, frame.text, this.path);
    this.path.pop();
  }

  private onText(text: string): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame && frame.text.length < MAX_TEXT) frame.text += text.slice(0, MAX_TEXT - frame.text.length);
  }

  private write(bytes: Uint8Array, last: boolean): void {
    const decoder = this.decoder!;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !last });
    } catch {
      throw new FileRejectedError(
        `${this.options.what} is not valid ${decoder.encoding} text (near byte ${this.bytesDecoded + bytes.byteLength}); save it as UTF-8`,
      );
    }
    this.bytesDecoded += bytes.byteLength;
    if (text) this.parser.write(text);
  }

  /** Processes the next slice of the file. Returns false once the whole file has been parsed. */
  async pump(): Promise<boolean> {
    if (this.finished) return false;
    const chunk = await this.source.next();
    if (this.head) {
      // Hold back the first bytes until the encoding can be told from the BOM or declaration.
      if (chunk) {
        const joined = new Uint8Array(this.head.byteLength + chunk.byteLength);
        joined.set(this.head);
        joined.set(chunk, this.head.byteLength);
        this.head = joined;
        if (this.head.byteLength < 256) return true;
      }
      const head = this.head;
      this.head = null;
      if (head.byteLength === 0) throw new FileRejectedError(`${this.options.what} is empty`);
      this.decoder = decoderFor(xmlEncodingOf(head));
      this.write(head, false);
      if (chunk) return true;
    } else if (chunk) {
      this.write(chunk, false);
      return true;
    }
    this.write(new Uint8Array(0), true);
    this.finished = true;
    this.parser.close();
    return false;
  }
}

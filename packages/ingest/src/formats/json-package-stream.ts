/**
 * Reads a JSON package (`{ "uri": …, "releases": [ … ] }`) a piece at a time: every element of
 * the top-level arrays named in `streamed` is handed out as soon as its text is complete, parsed
 * on its own; everything else at the top (the package's metadata) is kept as a small "shell" with
 * those arrays left empty. A package of any size thus costs the memory of its largest element,
 * not of the whole document in one string (which V8 cannot even hold past ~512 MB).
 *
 * The scanner only finds where values begin and end (strings, escapes, nesting); JSON.parse
 * checks each piece, so invalid JSON is refused exactly as before, with its line and column.
 */
import { FileRejectedError } from '../types.ts';

export interface PackageElement {
  /** The top-level key whose array holds it (`releases`, `records`). */
  key: string;
  index: number;
  /** The element's text, and the line of the file it starts on. */
  text: string;
  line: number;
}

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }
const OPEN_LIST = 0x5b; // [
const CLOSE_LIST = 0x5d; // ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Splits a JSON object document, given as text chunks, into the elements of its streamed arrays
 * (yielded as they complete) and its shell (returned at the end, as text).
 */
export async function* splitPackage(chunks: AsyncIterable<string>, streamed: ReadonlySet<string>, firstLine = 1): AsyncGenerator<PackageElement, string> {
  const shell: string[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = firstLine;
  let started = false;
  // The top-level key being read (its text), and whether a key or a value is expected at depth 1.
  let keyParts: string[] | null = null;
  let keyStart: number;
  let lastKey = '';
  let expectKey = false;
  // Inside a streamed array: its key, the element being read, its start line and index.
  let arrayKey: string | null = null;
  let element: string[] | null = null;
  let elementLine = 0;
  let index = 0;
  let ended = false;

  for await (const chunk of chunks) {
    let from = 0; // start of the text of this chunk not yet given to the shell or the element
    keyStart = 0;
    const flushTo = (to: number) => {
      if (to > from) (element ?? (arrayKey === null ? shell : null))?.push(chunk.slice(from, to));
      from = to;
    };
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === NEWLINE) line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (keyParts) {
            keyParts.push(chunk.slice(keyStart, i));
            lastKey = keyParts.join('');
            keyParts = null;
          }
        }
        continue;
      }
      if (isSpace(c)) continue;
      if (ended) throw new FileRejectedError(`the OCDS file is not valid JSON at line ${line}: more text after the end of the package`);
      if (!started) {
        if (c !== OPEN) throw new FileRejectedError(`the OCDS file is JSON that is not OCDS: expected a release or record package`);
        started = true;
      }
      if (arrayKey !== null && depth === 2 && element === null && c !== COMMA && c !== CLOSE_LIST) {
        // An element of a streamed array begins.
        flushTo(i);
        element = [];
        elementLine = line;
      }
      if (c === QUOTE) {
        inString = true;
        if (depth === 1 && expectKey) {
          keyParts = [];
          keyStart = i + 1;
        }
        continue;
      }
      if (c === OPEN || c === OPEN_LIST) {
        depth++;
        if (depth === 1) expectKey = true;
        if (depth === 2 && c === OPEN_LIST && streamed.has(lastKey) && !expectKey) {
          // A streamed array: the shell gets an empty one, its elements go out one by one.
          flushTo(i + 1);
          shell.push(']');
          arrayKey = lastKey;
          index = 0;
        }
        continue;
      }
      if (c === CLOSE || c === CLOSE_LIST) {
        if (depth === 2 && arrayKey !== null) {
          if (element) {
            flushTo(i);
            yield { key: arrayKey, index: index++, text: element.join(''), line: elementLine };
            element = null;
          }
          arrayKey = null;
          from = i + 1;
        }
        depth--;
        if (depth < 0) throw new FileRejectedError(`the OCDS file is not valid JSON at line ${line}: a closing bracket too many`);
        if (depth === 0) ended = true;
        if (depth === 2 && element && arrayKey !== null) {
          // An object or list element just closed.
          flushTo(i + 1);
          yield { key: arrayKey, index: index++, text: element.join(''), line: elementLine };
          element = null;
        }
        continue;
      }
      if (depth === 1) {
        if (c === COLON) expectKey = false;
        else if (c === COMMA) expectKey = true;
      } else if (depth === 2 && arrayKey !== null && c === COMMA && element) {
        // A scalar element ends at the comma.
        flushTo(i);
        yield { key: arrayKey, index: index++, text: element.join(''), line: elementLine };
        element = null;
        from = i + 1;
      }
    }
    flushTo(chunk.length);
    if (keyParts) keyParts.push(chunk.slice(keyStart));
  }
  if (!ended || inString) throw new FileRejectedError(`the OCDS file is not valid JSON: it ends too early at line ${line} (truncated?)`);
  return shell.join('');
}

import { describe, expect, it } from 'vitest';
import { splitPackage } from '../../src/formats/json-package-stream.ts';

/** Splits the text handed over in chunks of `size` characters. */
async function split(text: string, size: number) {
  async function* chunks() {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }
  const pieces = splitPackage(chunks(), new Set(['releases', 'records']));
  const elements: { key: string; index: number; value: unknown; line: number }[] = [];
  for (;;) {
    const step = await pieces.next();
    if (step.done) return { elements, shell: JSON.parse(step.value) as unknown };
    elements.push({ key: step.value.key, index: step.value.index, value: JSON.parse(step.value.text), line: step.value.line });
  }
}

describe('a JSON package read a piece at a time', () => {
  const releases = [{ ocid: 'a', tag: ['award'], nested: { releases: [1, 2] } }, { ocid: 'b"}' }, 3, 's,]'];
  const document = JSON.stringify({ uri: 'x"\\]', version: '1.1', releases, extensions: ['e'], records: [] }, null, 2);

  it('hands out every element of the streamed lists and keeps the rest as the shell, however the text is cut', async () => {
    for (const size of [1, 2, 3, 7, 64, 100_000]) {
      const { elements, shell } = await split(document, size);
      expect(shell).toEqual({ uri: 'x"\\]', version: '1.1', releases: [], extensions: ['e'], records: [] });
      expect(elements.map((e) => e.value)).toEqual(releases);
      expect(elements.map((e) => `${e.key}[${e.index}]`)).toEqual(['releases[0]', 'releases[1]', 'releases[2]', 'releases[3]']);
      expect(elements[0]!.line).toBe(5);
    }
  });

  it('refuses a truncated package, a list, and text after the end', async () => {
    await expect(split(document.slice(0, document.length - 20), 16)).rejects.toThrow(/ends too early/);
    await expect(split('[1, 2]', 16)).rejects.toThrow(/not OCDS/);
    await expect(split(`${document} {}`, 16)).rejects.toThrow(/more text after the end/);
  });
});

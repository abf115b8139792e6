/**
 * The benchmark's input: N demo records (deterministic for N and the seed) written as the
 * registration template, exactly as `koers export` writes it (UTF-8, comma, Dutch headers).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { demoRecords, localDemoRecords } from '@koers/demo';
import { TEMPLATE_COLUMNS } from '@koers/domain';
import { templateCells } from '@koers/services';

function cell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface GeneratedFile {
  path: string;
  records: number;
  bytes: number;
  seconds: number;
}

/**
 * `localTotal` adds that many records of the local tier (municipalities by NIS code, merged ones
 * under their old codes before 2019) after the Flemish government's `total`.
 */
export async function writeTemplateCsv(path: string, total: number, seed?: number, localTotal = 0): Promise<GeneratedFile> {
  const started = performance.now();
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(TEMPLATE_COLUMNS.map((c) => c.name).join(',') + '\n');
  let records = 0;
  let lines: string[] = [];
  const seeded = seed !== undefined ? { seed } : {};
  function* allRecords() {
    yield* demoRecords({ total, ...seeded });
    if (localTotal > 0) yield* localDemoRecords({ total: localTotal, ...seeded });
  }
  for (const record of allRecords()) {
    lines.push(templateCells(record).map(cell).join(','));
    records++;
    if (lines.length === 5_000) {
      await write(lines.join('\n') + '\n');
      lines = [];
    }
  }
  if (lines.length) await write(lines.join('\n') + '\n');
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
  return { path, records, bytes, seconds: (performance.now() - started) / 1000 };
}

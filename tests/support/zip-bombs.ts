/**
 * Excel workbooks that unpack to far more than their size, built at test time: a sheet of
 * hundreds of MB of rows, or a shared-strings part of one huge string. Their ZIP directory tells
 * the truth about the unpacked sizes ("honest") or claims a few KB ("lying").
 */
import { crc32, createDeflateRaw } from 'node:zlib';

interface Part {
  name: string;
  /** The part's text as repeated pieces: head, a body repeated `times`, tail. */
  head: string;
  body?: string;
  times?: number;
  tail?: string;
}

interface PackedPart {
  name: Buffer;
  data: Buffer;
  crc: number;
  size: number;
}

async function pack(part: Part): Promise<PackedPart> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  const write = async (bytes: Buffer) => {
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(Buffer.from(part.head));
  if (part.body && part.times) {
    // A piece of about 1 MB written over and over: cheap to make, and it packs very well.
    const once = Buffer.from(part.body);
    const perPiece = Math.max(1, Math.floor((1 << 20) / once.length));
    const piece = Buffer.from(part.body.repeat(perPiece));
    let left = part.times;
    while (left >= perPiece) {
      await write(piece);
      left -= perPiece;
    }
    if (left > 0) await write(Buffer.from(part.body.repeat(left)));
  }
  await write(Buffer.from(part.tail ?? ''));
  deflate.end();
  await finished;
  return { name: Buffer.from(part.name), data: Buffer.concat(out), crc, size };
}

function zip(parts: readonly PackedPart[], lying: boolean): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const claimed = lying ? Math.min(part.size, 4096) : part.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(part.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(part.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, part.name, part.data);
    centrals.push(central, part.name);
    offset += local.length + part.name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEADER_ROW = `<row r="1"><c r="A1" t="inlineStr"><is><t>dossier_id</t></is></c><c r="B1" t="inlineStr"><is><t>entiteit</t></is></c><c r="C1" t="inlineStr"><is><t>gunningsdatum</t></is></c><c r="D1" t="inlineStr"><is><t>bedrag_excl_btw</t></is></c></row>`;

function workbookParts(sheet: Part, sharedStrings?: Part): Part[] {
  return [
    {
      name: '[Content_Types].xml',
      head:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        (sharedStrings
          ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          : '') +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      head: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      head: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="registratie" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      head:
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (sharedStrings ? `<Relationship Id="rId2" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
        '</Relationships>',
    },
    sheet,
    ...(sharedStrings ? [sharedStrings] : []),
  ];
}

/** A sheet whose rows unpack to about `unpackedMb` MB. */
export async function sheetBomb(unpackedMb: number, lying: boolean): Promise<Buffer> {
  const row =
    '<row><c t="inlineStr"><is><t>D</t></is></c><c t="inlineStr"><is><t>AWV</t></is></c><c t="inlineStr"><is><t>2018-03-31</t></is></c><c><v>1</v></c></row>';
  const sheet: Part = {
    name: 'xl/worksheets/sheet1.xml',
    head: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${HEADER_ROW}`,
    body: row,
    times: Math.ceil((unpackedMb * 1024 * 1024) / row.length),
    tail: '</sheetData></worksheet>',
  };
  return zip(await Promise.all(workbookParts(sheet).map(pack)), lying);
}

/** A one-row sheet whose shared-strings part holds millions of short strings, about `unpackedMb` MB of them. */
export async function sharedStringsBomb(unpackedMb: number, lying: boolean): Promise<Buffer> {
  const sheet: Part = {
    name: 'xl/worksheets/sheet1.xml',
    head: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${HEADER_ROW}<row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData></worksheet>`,
  };
  const strings: Part = {
    name: 'xl/sharedStrings.xml',
    head: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">`,
    body: '<si><t>koers</t></si>',
    times: Math.ceil((unpackedMb * 1024 * 1024) / 21),
    tail: '</sst>',
  };
  return zip(await Promise.all(workbookParts(sheet, strings).map(pack)), lying);
}

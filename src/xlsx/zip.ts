/**
 * The few zip operations an .xlsx needs: list the entries, read one (whole for a small part, as a
 * stream of chunks for a sheet), and write a copy where some entries are replaced or dropped while
 * all the others are copied byte for byte, still compressed (a million-row sheet is never inflated).
 * Zip64 archives (over 4 GB) are not handled: an .xlsx of that size cannot be opened by Excel.
 *
 * A file from a stranger may be a zip bomb (docs/choix.md « Fichiers d'inconnus : limites »): an entry's declared size
 * is checked before it is inflated (no more than {@link MAX_WHOLE_PART} for a part read whole, {@link
 * MAX_STREAMED_PART} for a streamed sheet), a declared ratio above what deflate can reach (1 032 : 1) is a lie and
 * refused, and the bytes actually inflated are counted against the same caps, whatever the headers say. Every
 * entry's CRC-32 is checked once inflated. Inflating, deflating and reading the file come from the
 * platform (platform.ts): the same checks hold on Node and in the pane.
 */
import { InflateLimit, asBuffer, type FileSource, type XlsxPlatform } from "./platform";

/**
 * A part read whole (workbook, styles, relationships, a template sheet) may not inflate past this (docs/choix.md
 * « Fichiers d'inconnus : limites »).
 */
export const MAX_WHOLE_PART = 64 * 1024 * 1024;
/** Shared strings: a million distinct texts of 100 characters fit (docs/choix.md « Fichiers d'inconnus : limites »). */
export const MAX_SHARED_STRINGS = 512 * 1024 * 1024;
/**
 * A streamed sheet (docs/choix.md « Fichiers d'inconnus : limites »): a million rows of 40 cells take about 1 GB of
 * XML.
 */
export const MAX_STREAMED_PART = 2 * 1024 * 1024 * 1024;
/** Deflate cannot compress better than about 1 032 : 1; a declared ratio above this is a forged header. */
const MAX_RATIO = 1100;

/** A damaged, forged or oversized archive, described in French. */
export class ZipError extends Error {}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

export interface Zip {
  readonly buffer: Buffer;
  readonly entries: readonly ZipEntry[];
  readonly platform: XlsxPlatform;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Reads an archive's central directory. @throws ZipError for a damaged or zip64 archive */
export async function readZip(file: FileSource, platform: XlsxPlatform): Promise<Zip> {
  return openZip(asBuffer(await file.bytes()), platform);
}

/** An archive's central directory, from its bytes. @throws ZipError for a damaged or zip64 archive */
export function openZip(buffer: Buffer, platform: XlsxPlatform): Zip {
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("fin d'archive zip introuvable : le fichier est tronqué");
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError("archive zip64 non prise en charge");
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL)
      throw new ZipError("répertoire de l'archive zip endommagé");
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    entries.push({
      flags: buffer.readUInt16LE(offset + 8),
      method: buffer.readUInt16LE(offset + 10),
      time: buffer.readUInt16LE(offset + 12),
      date: buffer.readUInt16LE(offset + 14),
      crc: buffer.readUInt32LE(offset + 16),
      compressedSize: buffer.readUInt32LE(offset + 20),
      size: buffer.readUInt32LE(offset + 24),
      localOffset: buffer.readUInt32LE(offset + 42),
      name: buffer.toString("utf8", offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { buffer, entries, platform };
}

/** The compressed bytes of an entry, as stored. */
function rawData(zip: Zip, e: ZipEntry): Buffer {
  const at = e.localOffset;
  if (at + 30 > zip.buffer.length || zip.buffer.readUInt32LE(at) !== LOCAL)
    throw new ZipError(`partie ${e.name} endommagée`);
  const start = at + 30 + zip.buffer.readUInt16LE(at + 26) + zip.buffer.readUInt16LE(at + 28);
  if (start + e.compressedSize > zip.buffer.length) throw new ZipError(`partie ${e.name} tronquée`);
  return zip.buffer.subarray(start, start + e.compressedSize);
}

const mo = (n: number): string => `${Math.round(n / (1024 * 1024)).toLocaleString("fr-FR")} Mo`;

/** Refuses an entry whose headers announce more than `cap` bytes or an impossible ratio. */
function checkDeclared(e: ZipEntry, cap: number): void {
  if (e.method !== 0 && e.method !== 8)
    throw new ZipError(`méthode de compression ${e.method} non prise en charge (${e.name})`);
  // A part stored without compression has the size of its bytes: a larger announce is a lie.
  if (e.method === 0 && e.size !== e.compressedSize)
    throw new ZipError(`la partie ${e.name} annonce une taille différente de ses octets : le fichier est altéré`);
  if (e.size > cap)
    throw new ZipError(
      `la partie ${e.name} annonce ${mo(e.size)} une fois décompressée, au-delà de la limite de ${mo(cap)} (bombe de décompression ?)`,
    );
  if (e.method === 8 && e.size > 1024 * 1024 && e.size > e.compressedSize * MAX_RATIO)
    throw new ZipError(`la partie ${e.name} annonce un taux de compression impossible (bombe de décompression ?)`);
}

const tooBig = (e: ZipEntry, cap: number): ZipError =>
  new ZipError(`la partie ${e.name} dépasse ${mo(cap)} une fois décompressée (bombe de décompression ?)`);

const badCrc = (e: ZipEntry): ZipError =>
  new ZipError(`la somme de contrôle de la partie ${e.name} est fausse : le fichier est altéré`);

/** An entry's content, inflated and checked; undefined when the archive has no such entry. */
export async function readEntry(zip: Zip, name: string, cap = MAX_WHOLE_PART): Promise<Buffer | undefined> {
  const e = zip.entries.find((x) => x.name === name);
  if (e === undefined) return undefined;
  checkDeclared(e, cap);
  const data = rawData(zip, e);
  let out: Buffer;
  if (e.method === 0) out = data;
  else {
    try {
      out = asBuffer(await zip.platform.inflate(data, cap));
    } catch (err) {
      if (err instanceof InflateLimit) throw tooBig(e, cap);
      throw new ZipError(`partie ${e.name} illisible (données compressées endommagées)`);
    }
  }
  if (out.length !== e.size || zip.platform.crc32(out) !== e.crc) throw badCrc(e);
  return out;
}

/** A stored entry's bytes in slices of 1 MB. */
function* storedChunks(data: Buffer): Generator<Buffer> {
  for (let at = 0; at < data.length; at += 1 << 20) yield data.subarray(at, Math.min(data.length, at + (1 << 20)));
}

/** A deflated entry's bytes inflated as they are read; a damaged stream becomes a ZipError. */
async function* inflatedChunks(zip: Zip, e: ZipEntry, data: Buffer, chunkSize: number): AsyncGenerator<Buffer> {
  const chunks = zip.platform.inflateChunks(data, chunkSize)[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await chunks.next();
      } catch {
        throw new ZipError(`partie ${e.name} illisible (données compressées endommagées)`);
      }
      if (next.done === true) return;
      yield asBuffer(next.value);
    }
  } finally {
    await chunks.return?.();
  }
}

/**
 * An entry's content as chunks (of `chunkSize` bytes once inflated), inflated as they are read,
 * counted against `cap`, its CRC-32 checked at the end. @throws ZipError for an absent, damaged, oversized or altered entry
 */
export async function* entryChunks(
  zip: Zip,
  name: string,
  cap = MAX_STREAMED_PART,
  chunkSize = 256 * 1024,
): AsyncGenerator<Buffer> {
  const e = zip.entries.find((x) => x.name === name);
  if (e === undefined) throw new ZipError(`partie ${name} absente de l'archive`);
  checkDeclared(e, cap);
  const data = rawData(zip, e);
  let crc = 0;
  let total = 0;
  for await (const chunk of e.method === 0 ? storedChunks(data) : inflatedChunks(zip, e, data, chunkSize)) {
    total += chunk.length;
    if (total > cap) throw tooBig(e, cap);
    crc = zip.platform.crc32(chunk, crc);
    yield chunk;
  }
  if (total !== e.size || crc >>> 0 !== e.crc) throw badCrc(e);
}

/** The fields a local header and its central header share, in the same order. */
interface HeaderFields {
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly nameLength: number;
}

/** Writes the shared fields (22 bytes) into a local header at 6 or a central header at 8. */
function writeHeaderFields(buf: Buffer, at: number, f: HeaderFields): void {
  buf.writeUInt16LE(f.flags, at);
  buf.writeUInt16LE(f.method, at + 2);
  buf.writeUInt16LE(f.time, at + 4);
  buf.writeUInt16LE(f.date, at + 6);
  buf.writeUInt32LE(f.crc, at + 8);
  buf.writeUInt32LE(f.compressedSize, at + 12);
  buf.writeUInt32LE(f.size, at + 16);
  buf.writeUInt16LE(f.nameLength, at + 20);
}

/**
 * Writes a copy of `zip` through `write`: entries named in `replace` get that content (deflated),
 * those in `drop` are left out, the others are copied as stored. Entry order is kept.
 */
export async function writeZip(
  write: (bytes: Uint8Array) => Promise<void>,
  zip: Zip,
  replace: ReadonlyMap<string, Buffer>,
  drop: ReadonlySet<string> = new Set(),
): Promise<void> {
  const central: Buffer[] = [];
  let offset = 0;
  const put = async (b: Uint8Array): Promise<void> => {
    await write(b);
    offset += b.length;
  };
  for (const e of zip.entries) {
    if (drop.has(e.name)) continue;
    const content = replace.get(e.name);
    const data = content === undefined ? rawData(zip, e) : await zip.platform.deflate(content);
    const crc = content === undefined ? e.crc : zip.platform.crc32(content);
    const size = content === undefined ? e.size : content.length;
    const method = content === undefined ? e.method : 8;
    const name = Buffer.from(e.name, "utf8");
    // Bit 3 (sizes in a trailing descriptor) is cleared: the sizes are in the headers.
    const flags = (e.flags & ~0x0008) | 0x0800;
    const fields: HeaderFields = {
      flags,
      method,
      time: e.time,
      date: e.date,
      crc,
      compressedSize: data.length,
      size,
      nameLength: name.length,
    };
    // Local header: signature, version needed (2.0), then the shared fields; no extra field.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    writeHeaderFields(local, 6, fields);
    // Central header: signature, version made by and needed (2.0), the shared fields, no extra
    // field, comment or attributes, and the offset of the local header.
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    writeHeaderFields(header, 8, fields);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    await put(local);
    await put(name);
    await put(data);
  }
  const start = offset;
  for (const b of central) await put(b);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(offset - start, 12);
  end.writeUInt32LE(start, 16);
  await write(end);
}

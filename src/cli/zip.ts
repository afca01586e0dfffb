/**
 * The few zip operations an .xlsx patch needs: list the entries, read one, and write a copy where
 * some entries are replaced or dropped while all the others are copied byte for byte, still
 * compressed (a million-row sheet is never inflated).
 * Zip64 archives (over 4 GB) are not handled: an .xlsx of that size cannot be opened by Excel.
 */
import { open, readFile } from "node:fs/promises";
import { deflateRawSync, inflateRawSync } from "node:zlib";

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
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Reads an archive's central directory. @throws Error for a damaged or zip64 archive */
export async function readZip(file: string): Promise<Zip> {
  const buffer = await readFile(file);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("fin d'archive zip introuvable");
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new Error("archive zip64 non prise en charge");
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(offset) !== CENTRAL) throw new Error("répertoire zip endommagé");
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
  return { buffer, entries };
}

/** The compressed bytes of an entry, as stored. */
function rawData(zip: Zip, e: ZipEntry): Buffer {
  const at = e.localOffset;
  if (zip.buffer.readUInt32LE(at) !== LOCAL) throw new Error(`entrée zip ${e.name} endommagée`);
  const start = at + 30 + zip.buffer.readUInt16LE(at + 26) + zip.buffer.readUInt16LE(at + 28);
  return zip.buffer.subarray(start, start + e.compressedSize);
}

/** An entry's content, inflated; undefined when the archive has no such entry. */
export function readEntry(zip: Zip, name: string): Buffer | undefined {
  const e = zip.entries.find((x) => x.name === name);
  if (e === undefined) return undefined;
  const data = rawData(zip, e);
  if (e.method === 0) return data;
  if (e.method === 8) return inflateRawSync(data);
  throw new Error(`méthode de compression ${e.method} non prise en charge (${name})`);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Writes a copy of `zip` to `file`: entries named in `replace` get that content (deflated), those
 * in `drop` are left out, the others are copied as stored. Entry order is kept.
 */
export async function writeZip(file: string, zip: Zip, replace: ReadonlyMap<string, Buffer>, drop: ReadonlySet<string> = new Set()): Promise<void> {
  const handle = await open(file, "w");
  const central: Buffer[] = [];
  let offset = 0;
  const write = async (b: Buffer): Promise<void> => {
    await handle.write(b);
    offset += b.length;
  };
  try {
    for (const e of zip.entries) {
      if (drop.has(e.name)) continue;
      const content = replace.get(e.name);
      const data = content === undefined ? rawData(zip, e) : deflateRawSync(content);
      const crc = content === undefined ? e.crc : crc32(content);
      const size = content === undefined ? e.size : content.length;
      const method = content === undefined ? e.method : 8;
      const name = Buffer.from(e.name, "utf8");
      // Bit 3 (sizes in a trailing descriptor) is cleared: the sizes are in the headers.
      const flags = (e.flags & ~0x0008) | 0x0800;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(flags, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt16LE(e.time, 10);
      local.writeUInt16LE(e.date, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(flags, 8);
      header.writeUInt16LE(method, 10);
      header.writeUInt16LE(e.time, 12);
      header.writeUInt16LE(e.date, 14);
      header.writeUInt32LE(crc, 16);
      header.writeUInt32LE(data.length, 20);
      header.writeUInt32LE(size, 24);
      header.writeUInt16LE(name.length, 28);
      header.writeUInt32LE(offset, 42);
      central.push(header, name);
      await write(local);
      await write(name);
      await write(data);
    }
    const start = offset;
    for (const b of central) await write(b);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(central.length / 2, 8);
    end.writeUInt16LE(central.length / 2, 10);
    end.writeUInt32LE(offset - start, 12);
    end.writeUInt32LE(start, 16);
    await handle.write(end);
  } finally {
    await handle.close();
  }
}

/**
 * Hand-made .xlsx files for the hostile-input tests: parts written as given, with the option of
 * lying in the headers (sizes, CRC), and deflate streams that inflate to hundreds of megabytes from a
 * few hundred kilobytes (zip bombs), built without ever holding the inflated bytes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { constants, crc32, deflateRawSync } from "node:zlib";
import { readZipFile } from "../../src/xlsx/platform-node";
import { readEntry } from "../../src/xlsx/zip";

export interface RawEntry {
  readonly name: string;
  /** The part's content, deflated unless `compressed` is given. */
  readonly data?: Buffer | string;
  /** Raw deflate bytes, stored as they are (with `size` the inflated size to declare). */
  readonly compressed?: Buffer;
  readonly method?: 0 | 8;
  /** Inflated size written in the headers (default: the true one). */
  readonly size?: number;
  /** CRC written in the headers (default: the true one). */
  readonly crc?: number;
}

/** A zip archive of these entries. */
export function zipBuffer(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : (e.data ?? Buffer.alloc(0));
    const method = e.method ?? 8;
    const stored = e.compressed ?? (method === 8 ? deflateRawSync(data) : data);
    const name = Buffer.from(e.name, "utf8");
    const crc = e.crc ?? crc32(data);
    const size = e.size ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(stored.length, 20);
    header.writeUInt32LE(size >>> 0, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, stored);
    central.push(header, name);
    offset += 30 + name.length + stored.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** The parts of an existing .xlsx, inflated. */
export async function partsOf(file: string): Promise<RawEntry[]> {
  const zip = await readZipFile(file);
  return Promise.all(
    zip.entries.map(async (e) => ({ name: e.name, data: (await readEntry(zip, e.name)) ?? Buffer.alloc(0) })),
  );
}

/** Rewrites an .xlsx with some parts replaced (by name) or added. */
export async function rewriteXlsx(from: string, to: string, change: (parts: RawEntry[]) => RawEntry[]): Promise<void> {
  writeFileSync(to, zipBuffer(change(await partsOf(from))));
}

/** The text of a part of an .xlsx. */
export async function partText(file: string, name: string): Promise<string> {
  return (await partsOf(file)).find((p) => p.name === name)?.data?.toString() ?? "";
}

/**
 * A deflate stream of `prefix`, then `megabytes` MB of the byte `fill`, then `suffix`: each
 * megabyte is the same compressed block repeated, so that building it costs a few hundred kilobytes.
 */
export function bombDeflate(
  prefix: string,
  megabytes: number,
  fill: string,
  suffix: string,
): { compressed: Buffer; size: number } {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, fill), flush);
  const parts = [deflateRawSync(Buffer.from(prefix), flush)];
  for (let i = 0; i < megabytes; i++) parts.push(block);
  parts.push(deflateRawSync(Buffer.from(suffix)));
  return {
    compressed: Buffer.concat(parts),
    size: Buffer.byteLength(prefix) + megabytes * 1024 * 1024 + Buffer.byteLength(suffix),
  };
}

/** The bytes of a file, for comparisons. */
export const bytes = (file: string): Buffer => readFileSync(file);

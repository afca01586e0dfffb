/**
 * The engine's platform on Node, for `gef`: zlib inflates and deflates, node:buffer checks UTF-8, and
 * files are read with fs. The only file of src/xlsx (with node-files.ts) that imports Node.
 */
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { constants, crc32 as zlibCrc32, createInflateRaw, deflateRaw, inflateRaw } from "node:zlib";
import { InflateLimit, type FileSource, type XlsxPlatform } from "./platform";
import { readZip, type Zip } from "./zip";

function inflateWhole(data: Uint8Array, cap: number): Promise<Uint8Array> {
  return new Promise((ok, fail) =>
    inflateRaw(data, { maxOutputLength: cap }, (err, out) => {
      if (err === null) ok(out);
      else fail((err as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE" ? new InflateLimit() : err);
    }),
  );
}

async function* inflateChunks(data: Uint8Array, chunkSize: number): AsyncGenerator<Uint8Array> {
  const inflate = createInflateRaw({ chunkSize, finishFlush: constants.Z_SYNC_FLUSH });
  const feed = async (): Promise<void> => {
    for (let at = 0; at < data.length; at += 1 << 20) {
      // A stream destroyed while waiting (the reader gave up) never drains: wait for either.
      if (!inflate.write(data.subarray(at, Math.min(data.length, at + (1 << 20))))) {
        await new Promise<void>((ok) => {
          const done = (): void => {
            inflate.off("drain", done);
            inflate.off("close", done);
            ok();
          };
          inflate.on("drain", done);
          inflate.on("close", done);
        });
      }
      if (inflate.destroyed) return;
    }
    inflate.end();
  };
  void feed().catch(() => undefined);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) yield chunk;
  } finally {
    inflate.destroy();
  }
}

export const nodePlatform: XlsxPlatform = {
  name: "node",
  inflate: inflateWhole,
  inflateChunks,
  deflate: (data) => new Promise((ok, fail) => deflateRaw(data, (err, out) => (err === null ? ok(out) : fail(err)))),
  crc32: (data, previous = 0) => zlibCrc32(data, previous) >>> 0,
  isUtf8: (data) => isUtf8(data),
};

/** A file on disk, by its path. */
export function nodeFile(file: string): FileSource {
  return {
    name: file,
    bytes: () => readFile(file),
    chunks: () => createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>,
  };
}

/** An archive on disk, its entries read with zlib. */
export const readZipFile = (file: string): Promise<Zip> => readZip(nodeFile(file), nodePlatform);

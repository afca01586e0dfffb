/**
 * The engine's platform in the pane (Edge WebView2, Chrome, Safari 16.4+): DecompressionStream and
 * CompressionStream (« deflate-raw ») inflate and deflate, a table-driven CRC-32 and a UTF-8 check
 * written here, and files are the File objects an `<input type="file">` gives (Blob). Nothing from
 * Node: the same code runs under Node 20, which has these globals, so that the hostile-file and fuzz
 * tests run against it too.
 */
import { InflateLimit, type FileSource, type XlsxPlatform } from "./platform";
import { isUtf8 } from "./utf8";

/** The bytes of a (de)compression stream fed with `data`, as they come. */
async function* through(
  data: Uint8Array,
  transform: CompressionStream | DecompressionStream,
): AsyncGenerator<Uint8Array> {
  // A copy: the stream takes ownership of what it is given, and `data` is a view into the archive.
  const reader = new Blob([data.slice()]).stream().pipeThrough(transform).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // The reader stopped early (a cap reached, a reader that gave up): the inflater stops too.
    await reader.cancel().catch(() => undefined);
  }
}

async function collect(chunks: AsyncIterable<Uint8Array>, cap: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const c of chunks) {
    total += c.length;
    if (total > cap) throw new InflateLimit();
    parts.push(c);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const CRC_TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (ISO 3309, the zip's), continuing from `previous`. */
export function crc32(data: Uint8Array, previous = 0): number {
  let c = ~previous >>> 0;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

export const browserPlatform: XlsxPlatform = {
  name: "navigateur",
  inflate: (data, cap) => collect(through(data, new DecompressionStream("deflate-raw")), cap),
  // The stream's own chunk size is kept: the readers take chunks of any length.
  inflateChunks: (data) => through(data, new DecompressionStream("deflate-raw")),
  deflate: (data) => collect(through(data, new CompressionStream("deflate-raw")), Infinity),
  crc32,
  isUtf8,
};

/** A file picked in the pane (or any Blob with a name). */
export function blobFile(file: Blob, name = (file as Partial<File>).name ?? "fichier"): FileSource {
  return {
    name,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
    chunks: () => {
      const reader = file.stream().getReader();
      return {
        async *[Symbol.asyncIterator]() {
          try {
            for (;;) {
              const { done, value } = await reader.read();
              if (done) return;
              yield value;
            }
          } finally {
            reader.releaseLock();
          }
        },
      };
    },
  };
}

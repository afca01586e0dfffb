/**
 * What the file-format engine needs from the platform it runs on, and nothing more: inflating and
 * deflating raw deflate data, a CRC-32, a UTF-8 check, and the bytes of a file. `gef` passes
 * {@link nodePlatform} (zlib, fs: platform-node.ts), the pane {@link browserPlatform}
 * (DecompressionStream, Blob: platform-browser.ts). The limits (zip-bomb caps, 16 MB per element,
 * cells beyond XFD1048576) are the engine's own, in zip.ts, xml-bytes.ts and cell-bytes.ts: both
 * platforms are held to them alike.
 */

/** The inflated bytes passed a cap: zip.ts turns it into its French message. */
export class InflateLimit extends Error {}

export interface XlsxPlatform {
  /** « node » or « navigateur », for tests and figures. */
  readonly name: string;
  /**
   * Raw deflate data inflated whole, refused once past `cap` bytes.
   * @throws InflateLimit past the cap; any other error for damaged data
   */
  readonly inflate: (data: Uint8Array, cap: number) => Promise<Uint8Array>;
  /**
   * Raw deflate data inflated as chunks of about `chunkSize` bytes (the caller counts them against its
   * cap and stops reading when it must: the inflater stops then too). @throws for damaged data
   */
  readonly inflateChunks: (data: Uint8Array, chunkSize: number) => AsyncIterable<Uint8Array>;
  /** Raw deflate of `data`, for the parts GEF writes. */
  readonly deflate: (data: Uint8Array) => Promise<Uint8Array>;
  /** CRC-32 (ISO 3309) of `data`, continuing from `previous`. */
  readonly crc32: (data: Uint8Array, previous?: number) => number;
  /** True when `data` is valid UTF-8. */
  readonly isUtf8: (data: Uint8Array) => boolean;
}

/** A file to read: a path on disk (Node) or a File picked in the pane (Blob). */
export interface FileSource {
  /** The name shown in messages (a path for `gef`, the file's name in the pane). */
  readonly name: string;
  /** The file's whole content. @throws when it cannot be read */
  readonly bytes: () => Promise<Uint8Array>;
  /** The file's content in slices, for a .csv read without holding it whole. */
  readonly chunks: () => AsyncIterable<Uint8Array>;
}

/**
 * The engine works on Buffer (a Uint8Array that decodes latin1 and UTF-8 and searches bytes natively):
 * Node gives Buffers; bytes from elsewhere are viewed as one, without copy.
 */
export const asBuffer = (u: Uint8Array): Buffer =>
  Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/**
 * The two platforms of the file-format engine (src/xlsx/platform.ts), for tests that hold both to the
 * same limits: Node's (zlib, fs) as `gef` reads, and the pane's (DecompressionStream, Blob), fed the
 * same file as a Blob, as a File picked in the pane would be. Node 20 has the browser's globals.
 */
import { readFile } from "node:fs/promises";
import { readThrough } from "../../src/cli/xlsx";
import { blobFile, browserPlatform, type FileSource, type XlsxPlatform } from "../../src/xlsx";
import { nodeFile, nodePlatform } from "../../src/xlsx/node";

export interface TestPlatform {
  readonly nom: string;
  readonly platform: XlsxPlatform;
  readonly open: (file: string) => FileSource;
}

/** A file on disk seen as the pane sees a picked file: a Blob, read when the reader asks. */
export function asPickedFile(file: string): FileSource {
  let blob: Promise<FileSource> | undefined;
  const picked = (): Promise<FileSource> => (blob ??= readFile(file).then((b) => blobFile(new Blob([b]), file)));
  return {
    name: file,
    bytes: async () => (await picked()).bytes(),
    chunks: async function* () {
      yield* (await picked()).chunks();
    },
  };
}

export const PLATFORMS: readonly TestPlatform[] = [
  { nom: "Node : zlib, fs", platform: nodePlatform, open: nodeFile },
  { nom: "navigateur : DecompressionStream, Blob", platform: browserPlatform, open: asPickedFile },
];

/** Makes `gef`, within the enclosing describe, read its files through `p`. */
export function readingThrough(p: TestPlatform): void {
  let restore: (() => void) | undefined;
  beforeAll(() => {
    restore = readThrough(p.platform, p.open);
  });
  afterAll(() => restore?.());
}

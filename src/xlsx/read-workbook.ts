/**
 * Reading a workbook file on any platform: an .xlsx by GEF's streaming reader (xlsx-read.ts), a .csv
 * or .tsv as one sheet (csv.ts). What cannot be read is refused with the catalogue's French message
 * naming the file: empty, an encrypted workbook or an old .xls, not a zip, or damaged (with what was
 * found). `gef` reads through it (src/cli/xlsx.ts, which also converts .ods and .xls through
 * LibreOffice), and so does the pane for the files a user picks.
 */
import { readCsv } from "./csv";
import { XlsxError } from "./errors";
import type { FileSource, XlsxPlatform } from "./platform";
import { readXlsx, type ReadOptions, type ReadXlsx } from "./xlsx-read";

export type { ReadOptions };
import { XmlError } from "./xml-bytes";
import { ZipError } from "./zip";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Checks a file's first bytes: an .xlsx is a zip; an encrypted workbook or an .xls is an OLE file. */
export function checkSignature(head: Uint8Array, fichier: string): void {
  const is = (sig: number[]): boolean => sig.every((x, i) => head[i] === x);
  if (head.length === 0) throw new XlsxError("FICHIER_VIDE", { fichier });
  if (is(OLE)) throw new XlsxError("FICHIER_PROTEGE_OU_XLS", { fichier });
  if (!is(ZIP)) throw new XlsxError("PAS_UN_XLSX", { fichier });
}

/** The French description of what went wrong while reading a file GEF could open. */
export function readFailure(e: unknown): string {
  if (e instanceof ZipError || e instanceof XmlError) return e.message;
  if (e instanceof RangeError) return "classeur trop grand pour la mémoire disponible";
  // CompactSheet's own checks speak French; anything else is GEF's fault, said so plainly.
  if (e instanceof Error && e.constructor === Error) return e.message;
  return "structure du classeur inattendue";
}

/** A source whose bytes are read once: the signature check and the reader share them. */
function once(file: FileSource): { source: FileSource; head: () => Promise<Uint8Array> } {
  let bytes: Promise<Uint8Array> | undefined;
  const all = (): Promise<Uint8Array> => (bytes ??= file.bytes());
  return { source: { ...file, bytes: all }, head: async () => (await all()).subarray(0, 4) };
}

/** Reads an .xlsx's sheets. @throws XlsxError naming the file when it cannot be read */
export async function readXlsxWorkbook(
  file: FileSource,
  platform: XlsxPlatform,
  options: ReadOptions = {},
): Promise<ReadXlsx> {
  const { source, head } = once(file);
  let first: Uint8Array;
  try {
    first = await head();
  } catch (e) {
    // A file past what memory holds (Node refuses a file over 2 GB) exists: it is too large, not absent.
    if (e instanceof RangeError) throw new XlsxError("XLSX_ILLISIBLE", { fichier: file.name, detail: readFailure(e) });
    throw new XlsxError("FICHIER_ABSENT", { fichier: file.name });
  }
  checkSignature(first, file.name);
  try {
    return await readXlsx(source, platform, options);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw new XlsxError("XLSX_ILLISIBLE", { fichier: file.name, detail: readFailure(e) });
  }
}

/** True for a name read as text: .csv or .tsv. */
export const isCsvName = (name: string): boolean => /\.(csv|tsv)$/i.test(name);

/** Reads a workbook file: a .csv or .tsv as one sheet, anything else as an .xlsx. @throws XlsxError naming the file */
export function readWorkbookFile(
  file: FileSource,
  platform: XlsxPlatform,
  options: ReadOptions = {},
): Promise<ReadXlsx> {
  return isCsvName(file.name) ? readCsv(file, platform, options) : readXlsxWorkbook(file, platform, options);
}

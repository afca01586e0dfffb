/**
 * The command line's workbook reader: the counterpart of src/excel for files. Sheets become grids of
 * cell values (numbers, text, booleans, dates, null) and, in their first rows, formulas.
 *
 * Every .xlsx is read by GEF's own streaming reader (xlsx-read.ts), whatever its size (docs/choix.md
 * « Fichiers lus par gef : .xlsx, .csv, .ods, .xls »): values past the first {@link HEAD_ROWS} rows are kept compact,
 * formulas only in those first rows (where a template stands). A .csv is read as one sheet (csv.ts); an .ods or .xls
 * is converted through LibreOffice when it is installed (convert.ts).
 */
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { XmlError, ZipError, readCsvFile, readXlsxFile, type XlsxSheet, type WorkbookGrids } from "../xlsx";
import { CONVERTED, withConverted } from "./convert";
import { CliError, XlsxError } from "./errors";

export { HEAD_ROWS, type XlsxSheet, type WorkbookGrids } from "../xlsx";

/**
 * Files larger than this were streamed by earlier versions (docs/choix.md
 * « Fichiers lus par gef : .xlsx, .csv, .ods, .xls »); all are now, and `--flux` is kept for the scripts that pass it.
 * Still the size past which a row count is shown while reading.
 */
export const STREAM_THRESHOLD_BYTES = 5 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** The file's first bytes. @throws CliError FICHIER_ABSENT when it cannot be opened */
async function head(path: string): Promise<Buffer> {
  try {
    const handle = await open(path, "r");
    try {
      const b = Buffer.alloc(4);
      const { bytesRead } = await handle.read(b, 0, 4, 0);
      return b.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    throw new CliError("FICHIER_ABSENT", { fichier: path });
  }
}

/** Checks the file's first bytes: an .xlsx is a zip; an encrypted workbook or an .xls is an OLE file. */
export async function checkSignature(path: string): Promise<void> {
  const b = await head(path);
  const is = (sig: number[]): boolean => sig.every((x, i) => b[i] === x);
  if (b.length === 0) throw new CliError("FICHIER_VIDE", { fichier: path });
  if (is(OLE)) throw new CliError("FICHIER_PROTEGE_OU_XLS", { fichier: path });
  if (!is(ZIP)) throw new CliError("PAS_UN_XLSX", { fichier: path });
}

export interface ReadOptions {
  /** Kept for `--flux`: every file is streamed. */
  readonly stream?: boolean;
  /** Called with the number of rows read so far. */
  readonly onRows?: (rows: number) => void;
}

/** True when a file is large enough for a row count to be worth showing (or `--flux` was given). */
export async function shouldStream(path: string, options: ReadOptions = {}): Promise<boolean> {
  if (options.stream === true) return true;
  try {
    return (await stat(path)).size > STREAM_THRESHOLD_BYTES;
  } catch {
    return false;
  }
}

/** The French description of what went wrong while reading a file GEF could open. */
export function readFailure(e: unknown): string {
  if (e instanceof ZipError || e instanceof XmlError) return e.message;
  if (e instanceof RangeError) return "classeur trop grand pour la mémoire disponible";
  // CompactSheet's own checks speak French; anything else is GEF's fault, said so plainly.
  if (e instanceof Error && e.constructor === Error) return e.message;
  return "structure du classeur inattendue";
}

/** Reads an .xlsx's sheets. @throws CliError for a file that cannot be read */
export async function readXlsxGrids(path: string, options: ReadOptions = {}): Promise<{ sheets: XlsxSheet[]; active: string }> {
  await checkSignature(path);
  try {
    return await readXlsxFile(path, options.onRows);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw new CliError("XLSX_ILLISIBLE", { fichier: path, detail: readFailure(e) });
  }
}

/** Reads a workbook's grids: an .xlsx, a .csv, or an .ods / .xls converted through LibreOffice. */
export async function readGrids(file: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  const ext = path.extname(file).toLowerCase();
  let read: { sheets: XlsxSheet[]; active: string };
  if (ext === ".csv" || ext === ".tsv") {
    await head(file);
    read = await readCsvFile(file, options.onRows);
  } else if (CONVERTED.has(ext)) {
    await head(file);
    read = await withConverted(file, async (xlsx) => {
      try {
        return await readXlsxGrids(xlsx, options);
      } catch (e) {
        // Messages name the user's file, not the temporary copy.
        throw e instanceof XlsxError ? new XlsxError(e.code, { ...e.params, fichier: file }) : e;
      }
    });
  } else read = await readXlsxGrids(file, options);
  return { ...read, streamed: await shouldStream(file, options) };
}

/**
 * The sheets of a workbook file, as `readWorkbook` gave them before GEF had its own reader (without
 * exceljs's model: a command that writes into the file patches it, see xlsx-patch.ts).
 * @deprecated use {@link readGrids}
 */
export async function readWorkbook(file: string): Promise<{ sheets: XlsxSheet[]; active: string }> {
  const { sheets, active } = await readGrids(file);
  return { sheets: [...(sheets as XlsxSheet[])], active };
}

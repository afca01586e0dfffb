/**
 * The command line's workbook reader: the counterpart of src/excel for files. Sheets become grids of
 * cell values (numbers, text, booleans, dates, null) and, in their first rows, formulas.
 *
 * Every .xlsx is read by GEF's own streaming reader (xlsx-read.ts), whatever its size (docs/choix.md
 * « Fichiers lus par gef : .xlsx, .csv, .ods, .xls »): values past the first {@link HEAD_ROWS} rows are kept compact,
 * formulas only in those first rows (where a template stands). A .csv is read as one sheet (csv.ts); an .ods or .xls
 * is converted through LibreOffice when it is installed (convert.ts).
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import {
  readWorkbookFile,
  readXlsxWorkbook,
  type ReadOptions as EngineReadOptions,
  type XlsxSheet,
  type WorkbookGrids,
  type FileSource,
  type XlsxPlatform,
} from "../xlsx";
import { nodeFile, nodePlatform } from "../xlsx/node";
import { CONVERTED, withConverted } from "./convert";
import { XlsxError } from "./errors";

export { HEAD_ROWS, type XlsxSheet, type WorkbookGrids } from "../xlsx";

/**
 * Files larger than this were streamed by earlier versions (docs/choix.md
 * « Fichiers lus par gef : .xlsx, .csv, .ods, .xls »); all are now, and `--flux` is kept for the scripts that pass it.
 * Still the size past which a row count is shown while reading.
 */
export const STREAM_THRESHOLD_BYTES = 5 * 1024 * 1024;

export interface ReadOptions extends EngineReadOptions {
  /** Kept for `--flux`: every file is streamed. */
  readonly stream?: boolean;
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

/** The platform `gef` reads with, and how a path becomes a file for it. */
let reading: { platform: XlsxPlatform; open: (file: string) => FileSource } = {
  platform: nodePlatform,
  open: nodeFile,
};

/**
 * Makes `gef` read its files through another platform (tests: the pane's, platform-browser.ts, so that
 * the hostile-file and fuzz tests hold both to the same limits). @returns a function putting Node back
 */
export function readThrough(platform: XlsxPlatform, open: (file: string) => FileSource): () => void {
  reading = { platform, open };
  return () => {
    reading = { platform: nodePlatform, open: nodeFile };
  };
}

/** Reads an .xlsx's sheets. @throws XlsxError for a file that cannot be read */
export function readXlsxGrids(
  path: string,
  options: ReadOptions = {},
): Promise<{ sheets: XlsxSheet[]; active: string }> {
  return readXlsxWorkbook(reading.open(path), reading.platform, options);
}

/** Reads a workbook's grids: an .xlsx, a .csv, or an .ods / .xls converted through LibreOffice. */
export async function readGrids(file: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  const ext = path.extname(file).toLowerCase();
  let read: { sheets: XlsxSheet[]; active: string };
  if (CONVERTED.has(ext)) {
    await stat(file).catch(() => {
      throw new XlsxError("FICHIER_ABSENT", { fichier: file });
    });
    read = await withConverted(file, async (xlsx) => {
      try {
        return await readXlsxGrids(xlsx, options);
      } catch (e) {
        // Messages name the user's file, not the temporary copy.
        throw e instanceof XlsxError ? new XlsxError(e.code, { ...e.params, fichier: file }) : e;
      }
    });
  } else read = await readWorkbookFile(reading.open(file), reading.platform, options);
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

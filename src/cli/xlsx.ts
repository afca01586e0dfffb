/**
 * The command line's workbook adapter over exceljs: the counterpart of src/excel for .xlsx files.
 * Sheets become plain grids of cell values (numbers, text, booleans, dates, null), and formulas.
 *
 * Two ways to read [D]: the whole workbook model (styles, comments: needed to write it back), or a
 * stream (values only, in bounded memory per cell) for large files, see stream.ts.
 */
import { open, stat } from "node:fs/promises";
import ExcelJS from "exceljs";
import { CliError } from "./errors";
import { plainValue } from "./cell-value";
import type { SheetGrid, WorkbookGrids } from "./sheet-grid";
import { HEAD_ROWS } from "./compact-grid";
import { parseAddress } from "./sheet-xml";
import { streamWorkbook } from "./stream";
import { sheetFormulasFromZip } from "./xlsx-patch";
import { readZip, type Zip } from "./zip";

export type { SheetGrid, WorkbookGrids } from "./sheet-grid";

/**
 * Files larger than this are streamed [D]: exceljs's whole model of a 5 MB workbook (70 000 rows of
 * an RPLS extract) takes 3.5 s and 340 MB to read, and 1.5 GB to write back; streamed, 1.5 s and
 * about 150 MB (measured with bench/cli.ts's generator).
 */
export const STREAM_THRESHOLD_BYTES = 5 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Checks the file's first bytes: an .xlsx is a zip; an encrypted workbook or an .xls is an OLE file. */
export async function checkSignature(path: string): Promise<void> {
  let head: Buffer;
  try {
    const handle = await open(path, "r");
    try {
      head = Buffer.alloc(4);
      await handle.read(head, 0, 4, 0);
    } finally {
      await handle.close();
    }
  } catch {
    throw new CliError("FICHIER_ABSENT", { fichier: path });
  }
  const is = (sig: number[]): boolean => sig.every((b, i) => head[i] === b);
  if (is(OLE)) throw new CliError("FICHIER_PROTEGE_OU_XLS", { fichier: path });
  if (!is(ZIP)) throw new CliError("PAS_UN_XLSX", { fichier: path });
}

/** Formula of a cell ("=…", shared formulas translated to the cell) or its plain value. */
function formulaOf(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const f = cell.formula;
    if (typeof f === "string" && f !== "") return `=${f}`;
  }
  return plainValue(cell.value);
}

/** Grids of one worksheet, from A1 to its last used cell. */
export function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows = sheet.rowCount;
  const cols = sheet.columnCount;
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = sheet.getRow(r);
    const vRow = new Array<unknown>(cols).fill(null);
    const fRow = new Array<unknown>(cols).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged area's other cells are blank, as Excel's range.values gives them (exceljs repeats the first).
      if (c > cols || cell.type === ExcelJS.ValueType.Merge) return;
      vRow[c - 1] = plainValue(cell.value);
      fRow[c - 1] = formulaOf(cell);
    });
    values.push(vRow);
    formulas.push(fRow);
  }
  return { name: sheet.name, values, formulas };
}

/** The sheet Excel opens on (the active tab saved in the file), else the first. */
export function activeSheetName(workbook: ExcelJS.Workbook): string {
  const sheets = workbook.worksheets;
  // exceljs leaves `views` undefined for a file without window settings, whatever its typings say.
  const views = workbook.views as ExcelJS.WorkbookView[] | undefined;
  const tab = views?.[0]?.activeTab;
  return (tab !== undefined ? sheets[tab] : undefined)?.name ?? sheets[0]?.name ?? "";
}

/** Reads a whole .xlsx; unreadable files become a {@link CliError} with a French message. */
export async function readWorkbook(path: string): Promise<{ workbook: ExcelJS.Workbook; sheets: SheetGrid[]; active: string }> {
  await checkSignature(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw new CliError("XLSX_ILLISIBLE", { fichier: path, detail: e instanceof Error ? e.message : String(e) });
  }
  return { workbook, sheets: workbook.worksheets.map(sheetGrid), active: activeSheetName(workbook) };
}

export interface ReadOptions {
  /** Stream whatever the size. */
  readonly stream?: boolean;
  /** Called with the number of rows read so far, while streaming. */
  readonly onRows?: (rows: number) => void;
}

/** True when a file is read by streaming (asked, or larger than {@link STREAM_THRESHOLD_BYTES}). */
export async function shouldStream(path: string, options: ReadOptions = {}): Promise<boolean> {
  if (options.stream === true) return true;
  try {
    return (await stat(path)).size > STREAM_THRESHOLD_BYTES;
  } catch {
    return false;
  }
}

/** Reads a workbook's grids, streaming large files. */
export async function readGrids(path: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  await checkSignature(path);
  if (await shouldStream(path, options)) {
    const { sheets, active } = await streamWorkbook(path, options.onRows);
    return { sheets: await withSharedFormulas(path, sheets), active, streamed: true };
  }
  const { sheets, active } = await readWorkbook(path);
  return { sheets, active, streamed: false };
}

/**
 * The stream gives a shared formula's text on its first cell only: the formulas of small sheets
 * (where a template stands) are read again from their XML, each copy translated to its cell.
 */
async function withSharedFormulas(path: string, sheets: readonly SheetGrid[]): Promise<SheetGrid[]> {
  const small = sheets.filter((s) => s.values.length <= HEAD_ROWS);
  if (small.length === 0) return [...sheets];
  let zip: Zip;
  try {
    zip = await readZip(path);
  } catch (e) {
    throw new CliError("XLSX_ILLISIBLE", { fichier: path, detail: e instanceof Error ? e.message : String(e) });
  }
  return sheets.map((sheet) => {
    if (!small.includes(sheet)) return sheet;
    const found = sheetFormulasFromZip(zip, sheet.name);
    if (found === undefined || found.size === 0) return sheet;
    const formulas = sheet.formulas.map((row) => [...row]);
    for (const [a1, formula] of found) {
      const pos = parseAddress(a1);
      if (pos === undefined) continue;
      while (formulas.length <= pos.row) formulas.push([]);
      (formulas[pos.row] as unknown[])[pos.col] = formula;
    }
    return { ...sheet, formulas };
  });
}

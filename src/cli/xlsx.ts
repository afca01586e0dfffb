/**
 * The command line's workbook adapter over exceljs: the counterpart of src/excel for .xlsx files.
 * Sheets become plain grids of cell values (numbers, text, booleans, dates, null), and formulas.
 */
import { open } from "node:fs/promises";
import ExcelJS from "exceljs";
import { CliError } from "./errors";

/** One sheet as grids: values (formula results) and formulas ("=SUM(B2:B7)" or the value). */
export interface SheetGrid {
  readonly name: string;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Checks the file's first bytes: an .xlsx is a zip; an encrypted workbook or an .xls is an OLE file. */
async function checkSignature(path: string): Promise<void> {
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

/** Plain value of an exceljs cell value (formula → its result, rich text → its text). */
export function plainValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("formula" in v || "sharedFormula" in v) {
    const r = v.result;
    return r !== null && typeof r === "object" && !(r instanceof Date) ? r.error : (r ?? null);
  }
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("hyperlink" in v) return v.text;
  if ("error" in v) return v.error;
  return null;
}

/** Formula of a cell ("=…") or its plain value. */
function formulaOf(v: ExcelJS.CellValue): unknown {
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    if ("formula" in v && typeof v.formula === "string") return `=${v.formula}`;
    if ("sharedFormula" in v && typeof v.formula === "string") return `=${v.formula}`;
  }
  return plainValue(v);
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
      if (c > cols) return;
      vRow[c - 1] = plainValue(cell.value);
      fRow[c - 1] = formulaOf(cell.value);
    });
    values.push(vRow);
    formulas.push(fRow);
  }
  return { name: sheet.name, values, formulas };
}

/** Reads a whole .xlsx; unreadable files become a {@link CliError} with a French message. */
export async function readWorkbook(path: string): Promise<{ workbook: ExcelJS.Workbook; sheets: SheetGrid[] }> {
  await checkSignature(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw new CliError("XLSX_ILLISIBLE", { fichier: path, detail: e instanceof Error ? e.message : String(e) });
  }
  return { workbook, sheets: workbook.worksheets.map(sheetGrid) };
}

/**
 * Reading a large .xlsx as a stream (exceljs's WorkbookReader): rows arrive one by one and go into
 * a {@link CompactSheet}, so that memory follows the distinct values rather than exceljs's objects.
 *
 * What is lost compared with the full model [D]: styles and comments (not needed to read), and the
 * text of a shared formula's copies (the file gives it only on the first cell of the group), which
 * then read as their computed value.
 */
import ExcelJS from "exceljs";
import { plainValue } from "./cell-value";
import { CompactSheet } from "./compact-grid";
import { CliError } from "./errors";
import type { SheetGrid } from "./sheet-grid";

/** What the reader knows of workbook.xml once read (not in exceljs's typings). */
interface ReaderModel {
  readonly model?: {
    readonly sheets?: readonly { readonly id?: number; readonly name?: string }[];
    readonly views?: readonly { readonly activeTab?: number }[];
  };
}

interface WorksheetInfo {
  readonly id?: number;
  readonly name?: string;
}

/** Rows between two calls of the progress callback. */
const PROGRESS_EVERY = 10_000;

/** Value and formula of a streamed cell. */
function readCell(cell: ExcelJS.Cell): [value: unknown, formula: unknown] {
  if (cell.type !== ExcelJS.ValueType.Formula) {
    const v = plainValue(cell.value);
    return [v, v];
  }
  const r: unknown = cell.result;
  // The stream reads an error result as a number (NaN): it is an error all the same.
  const value =
    typeof r === "number" && Number.isNaN(r) ? "#VALUE!" : r !== null && typeof r === "object" && !(r instanceof Date) ? ((r as { error?: unknown }).error ?? null) : (r ?? null);
  const f = cell.formula;
  return [value, typeof f === "string" && f !== "" ? `=${f}` : value];
}

/**
 * Streams every sheet of an .xlsx into compact grids, in the workbook's tab order.
 * @throws CliError XLSX_ILLISIBLE when the file cannot be parsed
 */
export async function streamWorkbook(path: string, onRows?: (rows: number) => void): Promise<{ sheets: SheetGrid[]; active: string }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const read: { sheet: CompactSheet; id: number | undefined }[] = [];
  let total = 0;
  try {
    for await (const worksheet of reader) {
      const info = worksheet as unknown as WorksheetInfo;
      const sheet = new CompactSheet(info.name ?? `Feuille ${read.length + 1}`);
      const values: unknown[] = [];
      const formulas: unknown[] = [];
      for await (const row of worksheet) {
        values.length = 0;
        formulas.length = 0;
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const [v, f] = readCell(cell);
          values[col - 1] = v;
          formulas[col - 1] = f;
        });
        sheet.addRow(row.number - 1, values, formulas);
        if (++total % PROGRESS_EVERY === 0) onRows?.(total);
      }
      read.push({ sheet, id: info.id });
    }
  } catch (e) {
    throw new CliError("XLSX_ILLISIBLE", { fichier: path, detail: e instanceof Error ? e.message : String(e) });
  }
  onRows?.(total);
  const model = (reader as unknown as ReaderModel).model;
  const order = (id: number | undefined): number => {
    const i = model?.sheets?.findIndex((s) => s.id === id) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  read.sort((a, b) => order(a.id) - order(b.id));
  const sheets = read.map(({ sheet }) => ({ name: sheet.name, values: sheet.grid(), formulas: sheet.formulas() }));
  const tab = model?.views?.[0]?.activeTab;
  const activeName = tab === undefined ? undefined : model?.sheets?.[tab]?.name;
  return { sheets, active: sheets.find((s) => s.name === activeName)?.name ?? sheets[0]?.name ?? "" };
}

/**
 * Reading sheets in one batch: the used range of each worksheet, laid out so that grid[0][0] is A1
 * (the domain's addresses are then the sheet's addresses).
 */
import type { ExcelContext } from "./api";

/** What one load of a sheet asked for. */
export interface SheetRequest {
  readonly name: string;
  readonly withFormulas: boolean;
}

/** A sheet read into grids anchored at A1. */
export interface SheetGrids {
  readonly name: string;
  readonly values: unknown[][];
  readonly formulas?: unknown[][];
  readonly numberFormat?: unknown[][];
  readonly rows: number;
}

/** Pads a range's grid read at (rowIndex, columnIndex) so that it starts at A1. */
export function anchorAtA1(grid: readonly (readonly unknown[])[], rowIndex: number, columnIndex: number): unknown[][] {
  if (rowIndex === 0 && columnIndex === 0) return grid as unknown[][];
  const pad = new Array<unknown>(columnIndex).fill("");
  const out: unknown[][] = [];
  for (let r = 0; r < rowIndex; r++) out.push([]);
  for (const row of grid) out.push(columnIndex === 0 ? (row as unknown[]) : [...pad, ...row]);
  return out;
}

/**
 * Queues the loads of the used ranges of `requests` (no sync): returns a function to call after
 * the next `context.sync()` that yields the grids.
 */
export function queueSheetReads(context: ExcelContext, requests: readonly SheetRequest[]): () => SheetGrids[] {
  const loaded = requests.map((req) => {
    const range = context.workbook.worksheets.getItem(req.name).getUsedRangeOrNullObject(!req.withFormulas);
    range.load(req.withFormulas ? ["values", "formulas", "numberFormat", "rowIndex", "columnIndex"] : ["values", "rowIndex", "columnIndex"]);
    return { req, range };
  });
  return () =>
    loaded.map(({ req, range }) => {
      if (range.isNullObject) return { name: req.name, values: [], rows: 0 };
      const values = anchorAtA1(range.values, range.rowIndex, range.columnIndex);
      return {
        name: req.name,
        values,
        rows: range.values.length,
        ...(req.withFormulas
          ? {
              formulas: anchorAtA1(range.formulas, range.rowIndex, range.columnIndex),
              numberFormat: anchorAtA1(range.numberFormat, range.rowIndex, range.columnIndex),
            }
          : {}),
      };
    });
}

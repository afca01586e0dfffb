/** A workbook as the command line hands it to the jobs: its sheets read. */
import type { Grid, SheetRead } from "../domain";
import type { MergedArea } from "./cell-bytes";

/**
 * One sheet as gef reads it: the one shape of a sheet read (SheetRead), its formulas always read
 * ("=SUM(B2:B7)" or the value), and its merged areas (none for a .csv).
 */
export interface XlsxSheet extends SheetRead {
  readonly formulas: Grid;
  readonly merged: readonly MergedArea[];
}

/** A workbook read as grids, with the sheet Excel shows first when opening it. */
export interface WorkbookGrids {
  readonly sheets: readonly XlsxSheet[];
  readonly active: string;
  /** True when the file was streamed (values only past the first rows). */
  readonly streamed: boolean;
}

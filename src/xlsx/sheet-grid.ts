/** A workbook as the command line hands it to the domain: sheets as grids. */
import type { Grid } from "../domain";

/** One sheet as grids: values (formula results) and formulas ("=SUM(B2:B7)" or the value). */
export interface SheetGrid {
  readonly name: string;
  readonly values: Grid;
  readonly formulas: Grid;
}

/** A workbook read as grids, with the sheet Excel shows first when opening it. */
export interface WorkbookGrids {
  readonly sheets: readonly SheetGrid[];
  readonly active: string;
  /** True when the file was streamed (values only past the first rows). */
  readonly streamed: boolean;
}

/**
 * A sheet as read in blocks: its window (the first rows, every column read, where a template or a
 * table's header stands) kept as rows, and the columns read further down kept column by column, so
 * that a 200 000-row table of which six columns are needed costs six arrays, not 200 000 rows of 60
 * cells. The domain's readers take a grid (`grid[row][col]`, A1 at [0][0]): {@link SheetStore.grid}
 * is a read-only view that builds each lower row when asked for.
 */
import { gridView, type Grid } from "../domain";
import type { BlockData } from "./block-reader";

export class SheetStore {
  private readonly head: unknown[][] = [];
  private readonly headFormulas: unknown[][] = [];
  private readonly headFormats: unknown[][] = [];
  private readonly columns = new Map<number, unknown[]>();
  private cacheIndex = -1;
  private cacheRow: readonly unknown[] = [];
  /** One past the last row holding data (the used range's end). */
  rowCount = 0;
  /** Whether formulas and number formats were read for the window. */
  hasFormulas = false;

  /** `headRows`: rows kept as rows (the window); below, columns. */
  constructor(
    readonly name: string,
    readonly headRows: number,
  ) {}

  /** Puts a block's data in place. */
  put(data: BlockData): void {
    const { rowIndex, columnIndex } = data;
    data.values?.forEach((row, i) => {
      const r = rowIndex + i;
      if (r < this.headRows) {
        const into = (this.head[r] ??= []);
        row.forEach((v, j) => (into[columnIndex + j] = v));
      } else {
        row.forEach((v, j) => {
          if (v === "" || v === null) return;
          let col = this.columns.get(columnIndex + j);
          if (col === undefined) this.columns.set(columnIndex + j, (col = []));
          col[r - this.headRows] = v;
        });
      }
      if (r + 1 > this.rowCount && row.some((v) => v !== "" && v !== null)) this.rowCount = r + 1;
    });
    const place = (grid: unknown[][] | undefined, into: unknown[][]): void =>
      grid?.forEach((row, i) => {
        const r = rowIndex + i;
        if (r >= this.headRows) return;
        const target = (into[r] ??= []);
        row.forEach((v, j) => (target[columnIndex + j] = v));
      });
    if (data.formulas) this.hasFormulas = true;
    place(data.formulas, this.headFormulas);
    place(data.numberFormat, this.headFormats);
  }

  private rowAt(r: number): readonly unknown[] {
    if (r < this.headRows) return this.head[r] ?? [];
    if (r === this.cacheIndex) return this.cacheRow;
    const row: unknown[] = [];
    const index = r - this.headRows;
    for (const [c, col] of this.columns) {
      const v = col[index];
      if (v !== undefined) row[c] = v;
    }
    this.cacheIndex = r;
    this.cacheRow = row;
    return row;
  }

  /** The values, A1 at [0][0], as a read-only grid. */
  values(): Grid {
    const length = this.rowCount;
    if (length <= this.headRows) return Array.from({ length }, (_, r) => this.head[r] ?? []);
    return gridView(
      length,
      (r) => this.rowAt(r),
      (r, c) => (r < this.headRows ? this.head[r]?.[c] : this.columns.get(c)?.[r - this.headRows]),
    );
  }

  /** Formulas of the window (a template never stands further down), A1 at [0][0]. */
  formulas(): Grid | undefined {
    return this.hasFormulas
      ? Array.from({ length: Math.min(this.rowCount, this.headRows) }, (_, r) => this.headFormulas[r] ?? [])
      : undefined;
  }

  numberFormat(): Grid | undefined {
    return this.hasFormulas
      ? Array.from({ length: Math.min(this.rowCount, this.headRows) }, (_, r) => this.headFormats[r] ?? [])
      : undefined;
  }
}

/**
 * A grid whose rows are built when asked for: how a sheet read column by column (the pane's block
 * reader, the command line's streaming reader) is handed to the domain's readers, which take
 * `grid[row][col]`.
 */
import type { Grid } from "./cells";

const isIndex = (p: string): boolean => {
  const c = p.charCodeAt(0);
  return c >= 48 && c <= 57 && String(Number(p)) === p;
};

/** One cell of a grid, read without building its row. */
export type CellAt = (r: number, c: number) => unknown;

const CELL_AT = Symbol("cellAt");

/**
 * The direct access to single cells of a grid that has one (docs/choix.md « Lecteur .xlsx de GEF et mémoire »): a
 * reader of a few columns of a million rows (the dwelling table) then skips the view's proxy and the rows it would
 * build, and the columns it does not read (dwelling numbers) are never decoded. Undefined for a plain array.
 */
export function cellAtOf(grid: Grid): CellAt | undefined {
  return (grid as unknown as { [CELL_AT]?: CellAt })[CELL_AT];
}

const DATE_1904 = Symbol("date1904");

/** Days between Excel's two date systems: serial 0 of the 1904 system is serial 1462 of the 1900 one. */
export const DATE_1904_SHIFT = 1462;

/**
 * Marks a grid read from a workbook in the 1904 date system (`<workbookPr date1904="1"/>`, older
 * Mac workbooks) (docs/choix.md « Classeur au calendrier 1904 »): a number read as a date there (a journal's date
 * without a date format) is shifted by {@link DATE_1904_SHIFT} days to Excel's usual 1900 system, as cells under a
 * date format already are by the reader. Returns the grid itself.
 */
export function markDate1904(grid: Grid): Grid {
  (grid as unknown as { [DATE_1904]?: boolean })[DATE_1904] = true;
  return grid;
}

/** Days to add to a serial number read from `grid` as a date: 1462 for a 1904 workbook, else 0. */
export function serialShiftOf(grid: Grid): number {
  return (grid as unknown as { [DATE_1904]?: boolean })[DATE_1904] === true ? DATE_1904_SHIFT : 0;
}

/**
 * An array-like view of `length` rows: `view[r]`, `view.length`, iteration and array methods work.
 * `cellAt`, when given, reads one cell as `view[r][c]` would (see {@link cellAtOf}).
 */
export function gridView(length: number, rowAt: (r: number) => readonly unknown[], cellAt?: CellAt): Grid {
  const target: unknown[] & { [CELL_AT]?: CellAt } = [];
  if (cellAt !== undefined) target[CELL_AT] = (r, c) => (r >= 0 && r < length ? cellAt(r, c) : undefined);
  return new Proxy(target, {
    get(t, p, receiver) {
      if (typeof p === "string") {
        if (isIndex(p)) {
          const r = Number(p);
          return r < length ? rowAt(r) : undefined;
        }
        if (p === "length") return length;
      }
      return Reflect.get(t, p, receiver) as unknown;
    },
    has(t, p) {
      if (typeof p === "string" && isIndex(p)) return Number(p) < length;
      return Reflect.has(t, p);
    },
  }) as unknown as Grid;
}

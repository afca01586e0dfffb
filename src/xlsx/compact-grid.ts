/**
 * A large sheet kept compact while it is streamed: its first rows as they are (where a template or
 * a table's header stands), the others column by column as 32-bit ids of the column's distinct
 * values (an RPLS extract holds a few hundred distinct values per column) or of the workbook's
 * shared texts (decoded when a row is read), or, for a column of many distinct other values, as the
 * values themselves.
 *
 * The domain's readers take a grid (`grid[row][col]`): {@link CompactSheet.grid} is a read-only
 * view that builds each row when it is asked for, so that a million rows cost about 4 bytes per
 * cell instead of the spreadsheet library's objects of several hundred bytes.
 */
import { gridView, type Grid } from "../domain";
import type { SharedTexts } from "./cell-bytes";

/**
 * Rows kept as they are (docs/choix.md « Lecteur .xlsx de GEF et mémoire »): the template locator scans 400 rows, a
 * header is looked for in 30.
 */
export const HEAD_ROWS = 1024;
const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;
/**
 * Rows wider than this are built with their cells only, as holes elsewhere (docs/choix.md
 * « Lecteur .xlsx de GEF et mémoire ») (cells.ts's someCell walks them).
 */
const WIDE_ROW = 256;
/**
 * Past this many distinct values, a column keeps its values rather than ids (docs/choix.md
 * « Lecteur .xlsx de GEF et mémoire »).
 */
const MAX_DISTINCT = 1 << 16;

/**
 * One column below the head rows: blocks of ids, or blocks of values. An id is 0 for a blank, the
 * index of a distinct value when positive, and ~index of a shared text when negative.
 */
class CompactColumn {
  private ids: (Int32Array | undefined)[] = [];
  private raw: (unknown[] | undefined)[] | undefined;
  private values: unknown[] = [null];
  private map = new Map<unknown, number>();
  private lastValue: unknown = undefined;
  private lastId = 0;

  constructor(private readonly texts: SharedTexts | undefined) {}

  /** Sets a shared text, by its index in the workbook's texts. */
  setText(index: number, text: number): void {
    const b = index >>> BLOCK_BITS;
    if (this.raw !== undefined) {
      (this.raw[b] ??= new Array<unknown>(BLOCK))[index & (BLOCK - 1)] = this.texts?.text(text);
      return;
    }
    (this.ids[b] ??= new Int32Array(BLOCK))[index & (BLOCK - 1)] = ~text;
  }

  clear(index: number): void {
    const b = index >>> BLOCK_BITS;
    const i = index & (BLOCK - 1);
    if (this.raw !== undefined) {
      const block = this.raw[b];
      if (block !== undefined) block[i] = undefined;
      return;
    }
    const block = this.ids[b];
    if (block !== undefined) block[i] = 0;
  }

  set(index: number, v: unknown): void {
    const b = index >>> BLOCK_BITS;
    const i = index & (BLOCK - 1);
    if (this.raw !== undefined) {
      (this.raw[b] ??= new Array<unknown>(BLOCK))[i] = v;
      return;
    }
    let id = this.lastId;
    if (v !== this.lastValue) {
      const known = typeof v === "object" ? undefined : this.map.get(v);
      if (known !== undefined) id = known;
      else if (this.values.length >= MAX_DISTINCT) {
        this.toRaw();
        this.set(index, v);
        return;
      } else {
        id = this.values.push(v) - 1;
        // Objects (dates) are not keys: each is its own value.
        if (typeof v !== "object") this.map.set(v, id);
      }
      this.lastValue = v;
      this.lastId = id;
    }
    (this.ids[b] ??= new Int32Array(BLOCK))[i] = id;
  }

  get(index: number): unknown {
    const b = index >>> BLOCK_BITS;
    const i = index & (BLOCK - 1);
    if (this.raw !== undefined) return this.raw[b]?.[i] ?? null;
    const id = this.ids[b]?.[i] ?? 0;
    return id < 0 ? this.text(id) : this.values[id];
  }

  private text(id: number): string | undefined {
    return this.texts?.text(~id);
  }

  private toRaw(): void {
    this.raw = this.ids.map((block) =>
      block === undefined
        ? undefined
        : Array.from(block, (id) => (id === 0 ? undefined : id < 0 ? this.text(id) : this.values[id])),
    );
    this.ids = [];
    this.values = [null];
    this.map = new Map();
  }
}

/** A sheet filled row by row (rows in increasing order), then read through {@link grid}. */
export class CompactSheet {
  private readonly head: unknown[][] = [];
  private readonly headFormulas: unknown[][] = [];
  private readonly columns: CompactColumn[] = [];
  /** Indexes of the columns that hold a value below the head rows, in increasing order once sorted. */
  private used: number[] = [];
  private usedSorted = true;
  /** Width of each row below the head (its last cell + 1), so that a cell at XFD makes one wide row, not a million. */
  private readonly widths: (Uint16Array | undefined)[] = [];
  private rowCount = 0;
  private cacheIndex = -1;
  private cacheRow: readonly unknown[] = [];

  /** Width of the body row being set through {@link put} and {@link putText}, -1 when none is. */
  private bodyWidth = -1;

  /** @param texts the workbook's shared texts, for cells set through {@link putText} */
  constructor(
    readonly name: string,
    private readonly texts?: SharedTexts,
  ) {}

  /** Number of rows (the last row given, blank rows included). */
  get rows(): number {
    return this.rowCount;
  }

  /**
   * Adds row `r` (0-based) with its values (0-based, sparse) and, for the head rows, its formulas
   * ("=…" or the value). `cols`, when given, lists the columns set (a sparse row is then not walked).
   */
  addRow(r: number, values: readonly unknown[], formulas?: readonly unknown[], cols?: readonly number[]): void {
    if (r < this.rowCount) throw new Error(`Ligne ${r + 1} reçue après la ligne ${this.rowCount}`);
    this.rowCount = r + 1;
    if (r < HEAD_ROWS) {
      // Copied through `cols` when given: a row with a cell in XFD costs its cells, not 16 384 slots.
      const copy = (from: readonly unknown[]): unknown[] => {
        if (cols === undefined) return from.slice();
        const out: unknown[] = [];
        for (const c of cols) out[c] = from[c];
        return out;
      };
      this.head[r] = copy(values);
      this.headFormulas[r] = copy(formulas ?? values);
      return;
    }
    const index = r - HEAD_ROWS;
    let width = 0;
    const count = cols === undefined ? values.length : cols.length;
    for (let k = 0; k < count; k++) {
      const c = cols === undefined ? k : (cols[k] as number);
      const v = values[c];
      if (v === null || v === undefined) continue;
      this.column(c).set(index, v);
      if (c + 1 > width) width = c + 1;
    }
    if (width > 0) (this.widths[index >>> BLOCK_BITS] ??= new Uint16Array(BLOCK))[index & (BLOCK - 1)] = width;
  }

  /**
   * Starts row `r` (0-based, below the head rows), whose cells then come one by one through
   * {@link put} and {@link putText} (a reader of cells skips the row's array), until {@link endRow}.
   */
  startRow(r: number): void {
    if (r < this.rowCount || r < HEAD_ROWS)
      throw new Error(`Ligne ${r + 1} reçue après la ligne ${Math.max(this.rowCount, HEAD_ROWS)}`);
    this.rowCount = r + 1;
    this.bodyWidth = 0;
  }

  /** Sets cell `c` of the row started, to a value other than blank. */
  put(c: number, v: unknown): void {
    this.column(c).set(this.rowCount - 1 - HEAD_ROWS, v);
    if (c + 1 > this.bodyWidth) this.bodyWidth = c + 1;
  }

  /** Blanks cell `c` of the row started (a later copy of a cell, without value). */
  clear(c: number): void {
    this.columns[c]?.clear(this.rowCount - 1 - HEAD_ROWS);
  }

  /** Sets cell `c` of the row started, to the shared text of that index (kept as the index). */
  putText(c: number, text: number): void {
    this.column(c).setText(this.rowCount - 1 - HEAD_ROWS, text);
    if (c + 1 > this.bodyWidth) this.bodyWidth = c + 1;
  }

  endRow(): void {
    const index = this.rowCount - 1 - HEAD_ROWS;
    if (this.bodyWidth > 0)
      (this.widths[index >>> BLOCK_BITS] ??= new Uint16Array(BLOCK))[index & (BLOCK - 1)] = this.bodyWidth;
    this.bodyWidth = -1;
  }

  private column(c: number): CompactColumn {
    let col = this.columns[c];
    if (col === undefined) {
      col = this.columns[c] = new CompactColumn(this.texts);
      if (this.used.length > 0 && c < (this.used[this.used.length - 1] ?? 0)) this.usedSorted = false;
      this.used.push(c);
    }
    return col;
  }

  private rowAt(r: number): readonly unknown[] {
    if (r < HEAD_ROWS) return this.head[r] ?? [];
    if (r === this.cacheIndex) return this.cacheRow;
    const index = r - HEAD_ROWS;
    const width = this.widths[index >>> BLOCK_BITS]?.[index & (BLOCK - 1)] ?? 0;
    // A wide row holds its cells only (its blanks are holes, its length still its width): one value
    // in column XFD costs one cell, not 16 384 (the domain walks such rows with someCell, cells.ts).
    const wide = width > WIDE_ROW;
    const row = wide ? [] : new Array<unknown>(width).fill(null);
    if (!this.usedSorted) {
      this.used.sort((a, b) => a - b);
      this.usedSorted = true;
    }
    for (const c of this.used) {
      if (c >= width) break;
      const v = (this.columns[c] as CompactColumn).get(index);
      if (!wide || (v !== null && v !== undefined)) row[c] = v;
    }
    if (row.length < width) row[width - 1] = null;
    this.cacheIndex = r;
    this.cacheRow = row;
    return row;
  }

  /** The values, as a read-only grid (rows are built on demand). */
  grid(): Grid {
    if (this.rowCount <= HEAD_ROWS) return Array.from({ length: this.rowCount }, (_, r) => this.head[r] ?? []);
    return gridView(
      this.rowCount,
      (r) => this.rowAt(r),
      (r, c) => (r < HEAD_ROWS ? this.head[r]?.[c] : (this.columns[c]?.get(r - HEAD_ROWS) ?? null)),
    );
  }

  /** The formulas of the head rows (a template never stands further down). */
  formulas(): Grid {
    return Array.from({ length: Math.min(this.rowCount, HEAD_ROWS) }, (_, r) => this.headFormulas[r] ?? []);
  }

  /** Blanks the head cells hidden under a merged area (all but its top-left one), as Excel shows them. */
  blankMerged(areas: readonly { top: number; left: number; bottom: number; right: number }[]): void {
    for (const a of areas) {
      for (let r = a.top; r <= Math.min(a.bottom, HEAD_ROWS - 1, this.rowCount - 1); r++) {
        const values = this.head[r];
        const formulas = this.headFormulas[r];
        if (values === undefined) continue;
        for (let c = a.left; c <= Math.min(a.right, values.length - 1); c++) {
          if (r === a.top && c === a.left) continue;
          values[c] = null;
          if (formulas !== undefined && c < formulas.length) formulas[c] = null;
        }
      }
    }
  }
}

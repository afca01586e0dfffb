/**
 * Reading the columns of a large grid fast: each cell becomes the id of its column's distinct value,
 * so that classifying (financement, commune...) happens once per distinct value, not once per row.
 * A million rows of an RPLS extract hold a few hundred distinct values per column.
 *
 * Rows are read in chunks of {@link CHUNK}, row by row (each row array is touched once, which is what
 * memory access costs), every column at the same time, into small reused buffers that stay in the
 * processor's cache; a run of equal cells (sorted extracts) costs one comparison; nothing is
 * allocated per row. A grid read column by column gives its cells one by one (grid-view.ts's
 * cellAtOf): its rows are then never built, and the columns not read never decoded.
 */
import { isBlank, type Grid } from "../cells";
import { cellAtOf, type CellAt } from "../grid-view";
import { totalLabel } from "./classify";

/**
 * Rows per chunk (docs/choix.md « Lecteur .xlsx de GEF et mémoire »): 4 096 rows × a dozen columns of ids fit in a
 * processor's cache.
 */
export const CHUNK = 4096;

/**
 * Up to this many distinct values, a column is searched by comparison rather than by its map (docs/choix.md
 * « Lecteur .xlsx de GEF et mémoire »).
 */
const SCAN = 12;

/** Id 0 is every blank cell: `null`, `undefined`, "" or spaces. */
export const BLANK = 0;

/** What a row holds in the columns read. */
export const ROW_BLANK = 0;
export const ROW_FILLED = 1;
/** A total line: one of its cells reads « Total », « Sous-total », « Ensemble ». */
export const ROW_TOTAL = 2;

/** A column being read: the ids of the current chunk's rows, and every distinct value so far. */
export interface InternedColumn {
  /** 0-based column in the grid. */
  readonly col: number;
  /** Value id of each row of the current chunk (index 0: the chunk's first row). */
  readonly ids: Int32Array;
  /** Distinct values by id (grows as rows are read; index 0 stands for blank). */
  readonly values: readonly unknown[];
}

interface ColumnState extends InternedColumn {
  readonly values: unknown[];
  readonly map: Map<unknown, number>;
  readonly total: boolean[];
  last: unknown;
  lastId: number;
  hasTotal: boolean;
}

/** Reads chunks of rows of a grid, columns `cols`, into value ids (see the module's comment). */
export class ColumnsReader {
  readonly columns: readonly InternedColumn[];
  /** ROW_BLANK, ROW_FILLED or ROW_TOTAL for each row of the current chunk. */
  readonly rowKind = new Uint8Array(CHUNK);
  private readonly state: ColumnState[];
  private readonly cellAt: CellAt | undefined;

  constructor(
    private readonly grid: Grid,
    cols: readonly number[],
  ) {
    this.state = cols.map((col) => ({
      col,
      ids: new Int32Array(CHUNK),
      values: [undefined],
      map: new Map<unknown, number>(),
      total: [false],
      last: undefined,
      lastId: BLANK,
      hasTotal: false,
    }));
    this.columns = this.state;
    this.cellAt = cellAtOf(grid);
  }

  /** Reads rows `from` to `to` (excluded, at most CHUNK rows) into `ids` and `rowKind`. */
  read(from: number, to: number): void {
    const { grid, state, rowKind, cellAt } = this;
    const k = state.length;
    for (let r = from, i = 0; r < to; r++, i++) {
      // A grid that reads single cells is not asked for whole rows.
      const row = cellAt === undefined ? grid[r] : undefined;
      let kind = ROW_BLANK;
      for (let j = 0; j < k; j++) {
        const s = state[j] as ColumnState;
        const v = cellAt !== undefined ? cellAt(r, s.col) : row === undefined ? undefined : row[s.col];
        let id = s.lastId;
        if (v !== s.last) {
          id = v === null || v === undefined ? BLANK : this.intern(s, v);
          s.last = v;
          s.lastId = id;
        }
        s.ids[i] = id;
        if (id !== BLANK) {
          if (kind === ROW_BLANK) kind = ROW_FILLED;
          if (s.hasTotal && s.total[id] === true) kind = ROW_TOTAL;
        }
      }
      rowKind[i] = kind;
    }
  }

  private intern(s: ColumnState, v: unknown): number {
    // Few distinct values (codes, labels): comparing them beats hashing the cell's text.
    const values = s.values;
    if (values.length <= SCAN) {
      for (let id = 1; id < values.length; id++) if (values[id] === v) return id;
    }
    const seen = s.map.get(v);
    if (seen !== undefined) return seen;
    const isText = typeof v === "string";
    if (isText && isBlank(v)) {
      s.map.set(v, BLANK);
      return BLANK;
    }
    const id = s.values.push(v) - 1;
    const isTotal = isText && totalLabel(v) !== undefined;
    s.total.push(isTotal);
    if (isTotal) s.hasTotal = true;
    // Objects (dates...) are not kept as keys: each is its own value.
    if (typeof v !== "object") s.map.set(v, id);
    return id;
  }
}

/**
 * Reading ranges in row blocks under Office's limits (learn.microsoft.com, « Read or write to a
 * large range using the Excel JavaScript API », « Resource limits and performance optimization »):
 * Excel on the web refuses a response above 5 MB and any platform may refuse, or answer `null` to,
 * a read above 5 000 000 cells.
 *
 * Rules (docs/choix.md « Lecture du classeur par le volet »):
 * - each sync's response is kept under a budget (2 MB by default): blocks are sized from their
 *   expected bytes per cell (first a guess, then what the previous blocks of the same kind weighed),
 *   and several small blocks are packed into one sync; so syncs ≈ ⌈bytes read ÷ budget⌉;
 * - after a limit error (see {@link LIMIT_CODES}) or a `null` answer, the blocks of that sync are
 *   read again at half their rows, down to {@link MIN_BLOCK_ROWS}; below that, a French message;
 * - progress is reported per sync; a cancelled action stops between two syncs, before any write.
 */
import type { ActionControl } from "./action-types";
import type { RangeLike, WorksheetLike } from "./api";
import type { Meter } from "./meter";
import { ExcelActionError, cancelled, isLimitError } from "./office-errors";

export const DEFAULT_BUDGET = 2 * 1024 * 1024;
/**
 * Rows under which a block is not split again after a limit error (docs/choix.md « Lecture du classeur par le volet »).
 */
export const MIN_BLOCK_ROWS = 16;
/**
 * Bytes per cell assumed before anything was read (docs/choix.md « Lecture du classeur par le volet »): GEF's tables
 * weigh 6 to 12 as JSON values.
 */
export const FIRST_GUESS_BYTES_PER_CELL = 12;
/**
 * Formulas and number formats read with the values weigh about three times the values alone (docs/choix.md
 * « Lecture du classeur par le volet »).
 */
export const FORMULAS_FACTOR = 3;

export type RangeProp = "values" | "formulas" | "numberFormat";

/** What a block brought back: grids anchored at (rowIndex, columnIndex). */
export interface BlockData {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values?: unknown[][];
  readonly formulas?: unknown[][];
  readonly numberFormat?: unknown[][];
}

/** The used range's extent (values only), read with a window. */
export interface UsedExtent {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface Block {
  readonly sheet: string;
  readonly r0: number;
  readonly rows: number;
  readonly c0: number;
  readonly cols: number;
  readonly props: readonly RangeProp[];
  /** Clip to the sheet's used range (a window read before the extent is known), and report the extent. */
  readonly clip?: boolean;
  /** Expected JSON bytes per cell, all props together. */
  readonly bytesPerCell: number;
  /** Receives the block's data (undefined: no used cell there) and, for a clipped block, the extent. */
  readonly receive: (data: BlockData | undefined, extent: UsedExtent | undefined) => void;
}

const encoder = new TextEncoder();
/** UTF-8 bytes of a value as JSON: the measure of Office's payload limit. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  return ascii ? text.length : encoder.encode(text).length;
}

interface Pending {
  readonly block: Block;
  readonly range: RangeLike;
  readonly used: RangeLike | undefined;
}

/** Reads blocks for one action, counting syncs and bytes on its meter. */
export class BlockReader {
  private done = 0;
  readonly budget: number;
  constructor(
    private readonly meter: Meter,
    private readonly control: ActionControl | undefined,
  ) {
    this.budget = control?.budget ?? DEFAULT_BUDGET;
  }

  /** Reads every block, in as few syncs as the budget allows. */
  async run(blocks: readonly Block[]): Promise<void> {
    const queue = [...blocks];
    while (queue.length > 0) {
      const batch = this.pack(queue);
      const pending = batch.map((b) => this.queueLoad(b));
      try {
        await this.meter.sync();
      } catch (e) {
        if (!isLimitError(e)) throw e;
        queue.unshift(...batch.flatMap((b) => halve(b)));
        continue;
      }
      for (const p of pending) this.take(p, queue);
      this.done++;
      this.control?.onProgress?.(this.done, this.done + this.syncsLeft(queue));
      if (this.control?.signal?.aborted === true) throw cancelled();
    }
  }

  /** Takes blocks from the head of the queue while they fit the budget, splitting the last one to fill it. */
  private pack(queue: Block[]): Block[] {
    const batch: Block[] = [];
    let bytes = 0;
    while (queue.length > 0) {
      const b = queue[0] as Block;
      const perRow = Math.max(1, b.cols * b.bytesPerCell);
      const room = this.budget - bytes;
      if (b.rows * perRow <= room) {
        batch.push(b);
        queue.shift();
        bytes += b.rows * perRow;
        continue;
      }
      const fit = Math.floor(room / perRow);
      // Split only into blocks worth a command; a first block always takes at least one row.
      if (fit >= MIN_BLOCK_ROWS || batch.length === 0) {
        const rows = Math.max(1, fit);
        if (rows >= b.rows) {
          batch.push(b);
          queue.shift();
        } else {
          batch.push({ ...b, rows });
          queue[0] = { ...b, r0: b.r0 + rows, rows: b.rows - rows };
        }
      }
      break;
    }
    return batch;
  }

  private queueLoad(b: Block): Pending {
    const ws: WorksheetLike = this.meter.context.workbook.worksheets.getItem(b.sheet);
    const rect = ws.getRangeByIndexes(b.r0, b.c0, b.rows, b.cols);
    if (!b.clip) {
      rect.load([...b.props]);
      return { block: b, range: rect, used: undefined };
    }
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    const range = rect.getIntersectionOrNullObject(used);
    range.load([...b.props, "rowIndex", "columnIndex"]);
    return { block: b, range, used };
  }

  /** Hands a block's data over, or queues it again in halves when Excel answered null. */
  private take({ block, range, used }: Pending, queue: Block[]): void {
    const extent =
      used === undefined || used.isNullObject
        ? undefined
        : {
            rowIndex: used.rowIndex,
            columnIndex: used.columnIndex,
            rowCount: used.rowCount,
            columnCount: used.columnCount,
          };
    if (range.isNullObject) {
      block.receive(undefined, extent);
      return;
    }
    const got = (p: RangeProp): unknown[][] | null | undefined => (block.props.includes(p) ? range[p] : undefined);
    const values = got("values");
    const formulas = got("formulas");
    const numberFormat = got("numberFormat");
    // Excel may answer null instead of refusing a large read: read it again, smaller.
    if (block.props.some((p) => !Array.isArray(range[p]))) {
      queue.unshift(...halve(block));
      return;
    }
    const rowIndex = block.clip ? range.rowIndex : block.r0;
    const columnIndex = block.clip ? range.columnIndex : block.c0;
    const data: BlockData = {
      rowIndex,
      columnIndex,
      ...(values ? { values } : {}),
      ...(formulas ? { formulas } : {}),
      ...(numberFormat ? { numberFormat } : {}),
    };
    const bytes =
      (values ? jsonBytes(values) : 0) +
      (formulas ? jsonBytes(formulas) : 0) +
      (numberFormat ? jsonBytes(numberFormat) : 0);
    this.meter.bytesRead += bytes;
    if (values) this.meter.rowsRead += values.length;
    block.receive(data, extent);
    const sample = values ?? formulas ?? numberFormat ?? [];
    // What this block weighed sizes the blocks of the same sheet and kind still queued.
    const cells = sample.length * (sample[0]?.length ?? 0);
    if (cells > 0) {
      const measured = bytes / cells;
      for (let i = 0; i < queue.length; i++) {
        const q = queue[i] as Block;
        if (
          q.sheet === block.sheet &&
          q.c0 === block.c0 &&
          q.cols === block.cols &&
          q.props.length === block.props.length
        )
          queue[i] = { ...q, bytesPerCell: measured };
      }
    }
  }

  private syncsLeft(queue: readonly Block[]): number {
    const bytes = queue.reduce((n, b) => n + b.rows * b.cols * b.bytesPerCell, 0);
    return Math.ceil(bytes / this.budget);
  }
}

/** A block in two halves of rows, after Excel refused it; below the floor, a message for the user. */
function halve(b: Block): Block[] {
  if (b.rows <= MIN_BLOCK_ROWS) {
    throw new ExcelActionError(
      "LECTURE_TROP_GROSSE",
      `Excel refuse de lire la feuille « ${b.sheet} », même par blocs de ${b.rows} lignes (à partir de la ligne ${b.r0 + 1}). ` +
        "Supprimez les colonnes inutiles ou les cellules de texte très long de cette feuille, ou scindez-la en plusieurs feuilles, puis recommencez.",
    );
  }
  const top = Math.ceil(b.rows / 2);
  const bytesPerCell = b.bytesPerCell * 2;
  return [
    { ...b, rows: top, bytesPerCell },
    { ...b, r0: b.r0 + top, rows: b.rows - top, bytesPerCell },
  ];
}

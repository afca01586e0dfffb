/**
 * Writing a sheet that GEF creates (breakdown, objectives, bilans): GEF's previous sheet deleted,
 * the new one added, its blocks of cells written one range each (formats first: a text cell « @ »
 * keeps a name typed « =… » as text), bold rows, all queued for one sync.
 */
import type { WorksheetLike, ExcelContext } from "./api";

/** A rectangle of cells with its number formats and bold rows (0-based, from its top-left cell). */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly unknown[])[];
  readonly formats: readonly (readonly string[])[];
  readonly boldRows: readonly number[];
}

/** Queues a fresh sheet `name` (after deleting GEF's `replace`) holding `blocks`; its id is readable after the sync. */
export function queueSheetWithBlocks(
  context: ExcelContext,
  name: string,
  replace: string | undefined,
  blocks: readonly CellBlock[],
): { ws: WorksheetLike; cells: number; sheetId: () => string } {
  const sheets = context.workbook.worksheets;
  if (replace !== undefined) sheets.getItem(replace).delete();
  const ws = sheets.add(name);
  ws.load("id");
  let cells = 0;
  for (const b of blocks) {
    const width = Math.max(1, ...b.cells.map((r) => r.length));
    const rect = b.cells.map((r) => [...r, ...new Array<string>(width - r.length).fill("")]);
    const formats = b.formats.map((r) => [...r, ...new Array<string>(width - r.length).fill("General")]);
    const range = ws.getRangeByIndexes(b.row, b.col, rect.length, width);
    range.numberFormat = formats;
    range.formulas = rect;
    for (const r of b.boldRows) ws.getRangeByIndexes(b.row + r, b.col, 1, width).format.font.bold = true;
    cells += rect.length * width;
  }
  return { ws, cells, sheetId: () => ws.id };
}

/** Shows a cell to the user: activates its sheet and selects it (one sync). Used by every problem list. */
import type { ExcelRun } from "./api";

export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

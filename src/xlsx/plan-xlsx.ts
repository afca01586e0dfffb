/**
 * Writing the « Suivi du flux » sheets (src/domain/suivi plans) into a new .xlsx with exceljs, then
 * their native charts (chart-xlsx.ts): the same sheets the pane writes into the open workbook.
 * A text starting with « = » is a formula only where the plan's format is not « @ ».
 */
import ExcelJS from "exceljs";
import type { PlanSheet } from "../jobs";
import { addCharts } from "./chart-xlsx";
import { XlsxError } from "./errors";
import { writeWorkbookFile } from "./node-files";
import { xmlTally, xmlText } from "./xml-text";

/** Fills a worksheet from a plan. */
export function writePlan(ws: ExcelJS.Worksheet, plan: PlanSheet): void {
  for (const b of plan.blocks) {
    b.cells.forEach((row, i) =>
      row.forEach((v, j) => {
        const fmt = b.formats[i]?.[j] ?? "General";
        const cell = ws.getCell(b.row + i + 1, b.col + j + 1);
        if (typeof v === "string" && v.startsWith("=") && fmt !== "@") cell.value = { formula: v.slice(1) };
        else if (v !== "") cell.value = v === 0 ? 0 : v; // never -0 (as the pane's JSON sends it)
        if (fmt !== "General") cell.numFmt = fmt;
        if (b.boldRows.includes(i)) cell.font = { bold: true };
      }),
    );
  }
  plan.widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
}

/**
 * Writes a new workbook holding the plans' sheets (in order), charts included.
 * @returns the number of characters removed from its texts (see xml-text.ts)
 */
export async function writePlans(file: string, plans: readonly PlanSheet[]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const tally = xmlTally();
  const sheets = plans.map((plan) => {
    const ws = wb.addWorksheet(xmlText(plan.name, tally));
    writePlan(ws, plan);
    return { sheet: ws.name, plan };
  });
  tally.removed += await writeWorkbookFile(wb, file);
  try {
    await addCharts(file, sheets, tally);
  } catch (e) {
    throw e instanceof XlsxError ? e : new XlsxError("ECRITURE", { fichier: file, detail: `graphiques : ${e instanceof Error ? e.message : String(e)}` });
  }
  return tally.removed;
}

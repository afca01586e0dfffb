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
  if (plan.lignesFigees !== undefined) ws.views = [{ state: "frozen", ySplit: plan.lignesFigees }];
  if (plan.filtre !== undefined) ws.autoFilter = plan.filtre;
  if (plan.impression !== undefined) setPage(ws, plan.impression);
}

/** A4 in SpreadsheetML's paper sizes (ECMA-376 §18.3.1.63). */
const PAPIER_A4 = 9;

/** The plan's page setup: print area, title rows, A4 portrait, margins (points → inches), one page wide and tall. */
function setPage(ws: ExcelJS.Worksheet, p: NonNullable<PlanSheet["impression"]>): void {
  const inch = (points: number): number => Math.round((points / 72) * 1000) / 1000;
  const m = p.marges;
  // exceljs writes « $ » before each corner: « A$1 » gives the absolute « $A$1 » Excel saves.
  ws.pageSetup.printArea = p.zone.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  ws.pageSetup.printTitlesRow = p.lignesTitre;
  ws.pageSetup.orientation = p.orientation;
  ws.pageSetup.paperSize = PAPIER_A4;
  ws.pageSetup.margins = {
    top: inch(m.haut),
    bottom: inch(m.bas),
    left: inch(m.gauche),
    right: inch(m.droite),
    header: inch(m.entete),
    footer: inch(m.pied),
  };
  ws.pageSetup.fitToPage = p.unePage;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 1;
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
    throw e instanceof XlsxError
      ? e
      : new XlsxError("ECRITURE", {
          fichier: file,
          detail: `graphiques : ${e instanceof Error ? e.message : String(e)}`,
        });
  }
  return tally.removed;
}

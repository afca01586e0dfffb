/**
 * Writing the fiche navette's sheet « Fiche <logement> » (planned by src/jobs/vacances) and its page
 * setup: A4 portrait, the margins, the print area, the title rows repeated and everything on one page
 * (Worksheet.pageLayout, ExcelApi 1.9). Without ExcelApi 1.9 the sheet is still written and the result
 * says to set the page by hand (Mise en page > Zone d'impression, Ajuster à 1 page).
 */
import type { ImpressionPlan } from "../jobs";
import type { ExcelContext, WorksheetLike } from "./api";
import { supportsApi } from "./api-sets";
import type { CellBlock } from "./write-blocks";
import { queueSheetWithBlocks } from "./write-blocks";

/** What the writer needs of a fiche's plan (a `PlanSheet` of src/jobs with its `impression`). */
export interface PlanFiche {
  readonly name: string;
  readonly blocks: readonly CellBlock[];
  readonly widths: readonly number[];
  readonly impression?: ImpressionPlan | undefined;
}

/** « posee »: the page is set; « sans-api »: this Excel lacks ExcelApi 1.9, the user sets it by hand. */
export type MiseEnPage = "posee" | "sans-api" | "aucune";

/** Whole rows for Excel's title rows (« 1:2 » → « $1:$2 »). */
const lignesEntieres = (rows: string): string => rows.replace(/\$?(\d+)/g, "$$$1");

function queuePage(ws: WorksheetLike, p: ImpressionPlan): void {
  const page = ws.pageLayout;
  page.orientation = "Portrait";
  page.paperSize = "A4";
  page.topMargin = p.marges.haut;
  page.bottomMargin = p.marges.bas;
  page.leftMargin = p.marges.gauche;
  page.rightMargin = p.marges.droite;
  page.headerMargin = p.marges.entete;
  page.footerMargin = p.marges.pied;
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
  page.setPrintArea(p.zone);
  page.setPrintTitleRows(lignesEntieres(p.lignesTitre));
}

/** Queues the fiche's sheet under `name` (after deleting GEF's `replace`); its id after the sync. */
export function queueFiche(
  context: ExcelContext,
  plan: PlanFiche,
  name: string,
  replace: string | undefined,
): { cells: number; sheetId: () => string; miseEnPage: MiseEnPage } {
  const { ws, cells, sheetId } = queueSheetWithBlocks(context, name, replace, plan.blocks);
  // Widths are given in characters; Excel takes points (about 6 per character of the default font).
  plan.widths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 6));
  let miseEnPage: MiseEnPage = "aucune";
  if (plan.impression !== undefined) {
    miseEnPage = supportsApi(context, "1.9") ? "posee" : "sans-api";
    if (miseEnPage === "posee") queuePage(ws, plan.impression);
  }
  ws.activate();
  return { cells, sheetId, miseEnPage };
}

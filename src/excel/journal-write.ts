/**
 * Writing the events planned by journal-plan.ts, in one batch: each event row as one range (formats
 * first, so that a name typed « =… » stays text), and, on a « Journal du flux » GEF creates, its
 * header in bold, its column widths and the drop-down lists of the réservataire and the étape (data
 * validation, ExcelApi 1.8: without it the lists are skipped, the values being checked by GEF before
 * writing). A typed list holds 255 characters at most and no comma inside a name: a longer list of
 * réservataires is written in a column of the sheet, which the drop-down list reads (docs/choix.md « Vacances : listes déroulantes du journal »).
 */
import { NOMS_EVENEMENTS, cellAddress } from "../domain";
import type { ExcelContext, WorksheetLike } from "./api";
import { supportsApi } from "./api-sets";
import type { CelluleJournal, PlanJournal } from "./journal-plan";

/** Excel's limit on a list typed in a validation rule. */
export const LISTE_TEXTE_MAX = 255;
/** Column of the réservataires' list when it does not fit as text (J, after a blank column). */
export const LISTE_COLONNE = 9;
export const LISTE_ENTETE = "Liste des réservataires (GEF)";
/** Last row of the lists' validation: the whole column below the header. */
const LAST_ROW = 1_048_576;
/** Widths of the eight columns GEF writes, in characters. */
const LARGEURS = [14, 24, 22, 12, 18, 12, 10, 40];

/** What became of the drop-down lists. */
export type ListesJournal = "posees" | "sans-api" | "journal-existant";

/** Cells grouped by row, one rectangle per row from its first to its last column ("" between). */
function rectangles(
  cells: readonly CelluleJournal[],
): { row: number; col: number; values: (string | number)[]; formats: string[] }[] {
  const byRow = new Map<number, CelluleJournal[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  return [...byRow].map(([row, list]) => {
    const c0 = Math.min(...list.map((c) => c.col));
    const c1 = Math.max(...list.map((c) => c.col));
    const values = new Array<string | number>(c1 - c0 + 1).fill("");
    const formats = new Array<string>(c1 - c0 + 1).fill("General");
    for (const c of list) {
      values[c.col - c0] = c.value;
      formats[c.col - c0] = c.format;
    }
    return { row, col: c0, values, formats };
  });
}

/** The réservataires' list as text, when Excel can hold it so (255 characters, no comma in a name). */
export function listeEnTexte(noms: readonly string[]): string | undefined {
  const text = noms.join(",");
  return text.length <= LISTE_TEXTE_MAX && noms.every((n) => !n.includes(",")) ? text : undefined;
}

/** The drop-down lists of a journal GEF creates; the cells of the réservataires' column when one is written. */
function queueListes(ws: WorksheetLike, reservataires: readonly string[]): CelluleJournal[] {
  ws.getRange(`C2:C${LAST_ROW}`).dataValidation.rule = {
    list: { inCellDropDown: true, source: Object.values(NOMS_EVENEMENTS).join(",") },
  };
  if (reservataires.length === 0) return [];
  const text = listeEnTexte(reservataires);
  if (text !== undefined) {
    ws.getRange(`B2:B${LAST_ROW}`).dataValidation.rule = { list: { inCellDropDown: true, source: text } };
    return [];
  }
  const cells: CelluleJournal[] = [LISTE_ENTETE, ...reservataires].map((v, i) => ({
    row: i,
    col: LISTE_COLONNE,
    value: v,
    format: "@",
  }));
  const source = ws.getRange(`${cellAddress(1, LISTE_COLONNE)}:${cellAddress(reservataires.length, LISTE_COLONNE)}`);
  ws.getRange(`B2:B${LAST_ROW}`).dataValidation.rule = { list: { inCellDropDown: true, source } };
  return cells;
}

/**
 * Queues the plan's writes (no sync). `reservataires`: the names of the drop-down list (those with an
 * objective). Returns every cell written and, for a sheet GEF creates, its id after the sync.
 */
export function queueJournal(
  context: ExcelContext,
  plan: PlanJournal,
  reservataires: readonly string[],
): { cells: CelluleJournal[]; listes: ListesJournal; sheetId?: () => string } {
  const sheets = context.workbook.worksheets;
  let ws: WorksheetLike;
  let listes: ListesJournal = "journal-existant";
  const cells = [...plan.cellules];
  if (plan.creee) {
    if (plan.remplace !== undefined) sheets.getItem(plan.remplace).delete();
    ws = sheets.add(plan.feuille);
    ws.load("id");
    listes = supportsApi(context, "1.8") ? "posees" : "sans-api";
    if (listes === "posees") cells.push(...queueListes(ws, reservataires));
  } else ws = sheets.getItem(plan.feuille);
  for (const r of rectangles(cells)) {
    const range = ws.getRangeByIndexes(r.row, r.col, 1, r.values.length);
    range.numberFormat = [r.formats];
    range.formulas = [r.values];
  }
  if (plan.creee) {
    ws.getRangeByIndexes(0, 0, 1, LARGEURS.length).format.font.bold = true;
    LARGEURS.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 6));
    ws.activate();
    const created = ws;
    return { cells, listes, sheetId: () => created.id };
  }
  return { cells, listes };
}

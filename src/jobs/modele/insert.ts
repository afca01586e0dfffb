/**
 * The insert job: « Insérer un modèle vierge ». From the département and years chosen, the State's
 * shares and the names of the sheets already there, it plans a new sheet « Calcul assiette » (or
 * « Calcul assiette (2) »… so that no sheet is ever replaced): its formulas, number formats, bold
 * cells and column widths.
 */
import {
  blankFormulaGrid,
  blankNumberFormatGrid,
  blankModele,
  defaultChoixModeleVierge,
  epciDuDepartement,
  nomDepartement,
  type ChoixModeleVierge,
  type PartsEtat,
} from "../../domain";

/** The name GEF gives the blank template's sheet. */
export const SHEET_MODELE_VIERGE = "Calcul assiette";

export interface InsertModelePlan {
  /** A name no sheet has (any case). */
  readonly sheet: string;
  /** En-US formulas and values from A1, `width` cells per row. */
  readonly formulas: readonly (readonly (string | number)[])[];
  readonly numberFormats: readonly (readonly string[])[];
  readonly width: number;
  /** 0-based cells to show in bold. */
  readonly bold: readonly { readonly row: number; readonly col: number }[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
}

/** « Calcul assiette », else « Calcul assiette (2) », « (3) »… whichever no sheet has (any case). */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted} (${i})`;
  return name;
}

/** Plans the blank template of the département and years chosen (default: the DDETS 06 template's). */
export function insertModele(
  parts: PartsEtat,
  existing: readonly string[],
  choix: ChoixModeleVierge = defaultChoixModeleVierge(),
): InsertModelePlan {
  const t = blankModele({
    anneeConvention: choix.anneeConvention,
    anneeRpls: choix.anneeRpls,
    departement: (nomDepartement(choix.departement) ?? "").toUpperCase(),
    epci: epciDuDepartement(choix.departement),
    parts,
  });
  const bold: { row: number; col: number }[] = [];
  t.rows.forEach((row, r) => row.forEach((cell, c) => cell.bold === true && bold.push({ row: r, col: c })));
  return {
    sheet: freeSheetName(SHEET_MODELE_VIERGE, existing),
    formulas: blankFormulaGrid(t),
    numberFormats: blankNumberFormatGrid(t),
    width: t.width,
    bold,
    columnWidths: t.columnWidths,
  };
}

/**
 * The blank « Droits du programme » table GEF inserts for the user to fill: a title saying what to
 * type, then the headers the Programmes neufs job reads (réservataire, part, garant, montant garanti)
 * over empty rows already formatted (Part as a percentage, amounts in euros). It is the user's table:
 * GEF never replaces it (docs/regles/programmes-neufs.md).
 */
import type { CellBlock, PlanSheet } from "../sheet-plan";

/** The sheet's wanted name (a user's sheet of that name is kept: the table goes beside it). */
export const FEUILLE_DROITS_PROGRAMME = "Droits du programme";

/** Empty rows formatted under the headers. */
export const LIGNES_DROITS_VIERGES = 30;

/** The blank table: headers on row 3, rows 4 to 33 formatted for the shares. */
export function planDroitsVierge(): PlanSheet {
  const formats = ["@", "0%", "@", '#,##0 "€"'];
  const titre: CellBlock = {
    row: 0,
    col: 0,
    cells: [
      ["Droits du programme"],
      [
        "Une ligne par réservataire : Part en % de l'opération ; Garant : oui pour un garant d'emprunt, avec le Montant garanti en euros.",
      ],
    ],
    formats: [["General"], ["General"]],
    boldRows: [0],
  };
  const table: CellBlock = {
    row: 2,
    col: 0,
    cells: [
      ["Réservataire", "Part", "Garant", "Montant garanti"],
      ...Array.from({ length: LIGNES_DROITS_VIERGES }, () => ["", "", "", ""]),
    ],
    formats: [["@", "@", "@", "@"], ...Array.from({ length: LIGNES_DROITS_VIERGES }, () => formats)],
    boldRows: [0],
  };
  return { name: FEUILLE_DROITS_PROGRAMME, blocks: [titre, table], charts: [], widths: [28, 10, 10, 18] };
}

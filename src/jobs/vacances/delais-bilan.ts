/**
 * The délais of the bilans (docs/regles/vacances.md): per réservataire, of the vacancies made available
 * in the period, designations within the limit (number and %), retours bailleur, median days from the
 * mise à disposition to the désignation and to the bail. Shown in the bilan sheet, the pane and
 * `gef bilan` when the journal notes the vacancy's steps (a désignation, a refus, a retour bailleur…).
 */
import {
  EV,
  delaisParReservataire,
  lireColonnesVacances,
  vacancesDuJournal,
  type DelaisReservataire,
  type JournalSuivi,
  type ReglesVacances,
  type SheetRead,
} from "../../domain";
import type { CellBlock } from "../sheet-plan";

export const ENTETE_DELAIS = [
  "Réservataire",
  "Mises à disposition",
  "Désignations dans le délai",
  "Part dans le délai",
  "Retours bailleur",
  "Jours médians jusqu'à la désignation",
  "Jours médians jusqu'au bail",
];
const FORMATS = ["@", "#,##0", "#,##0", "0.0%", "#,##0", "0.0", "0.0"];

/** True when the journal notes some step of the vacancies beyond the four stages. */
export function noteLesEtapes(js: JournalSuivi): boolean {
  const E = js.journal.etape;
  for (let e = 0; e < js.journal.size; e++) if ((E[e] as number) >= EV.VALIDATION) return true;
  return false;
}

/** The délais of the vacancies made available in `periode`, or undefined for a journal that notes no vacancy step. */
export function delaisDuBilan(
  sheets: readonly SheetRead[],
  feuille: string,
  js: JournalSuivi,
  periode: { debut: number; fin: number },
  regles: ReglesVacances,
): DelaisReservataire[] | undefined {
  if (!noteLesEtapes(js)) return undefined;
  const grid = sheets.find((s) => s.name === feuille)?.values ?? [];
  const cols = lireColonnesVacances(grid, js.journal, feuille);
  return delaisParReservataire(vacancesDuJournal(js.journal, cols, regles, periode.fin).vacances, periode);
}

const v = (x: number | undefined): string | number => (x === undefined ? "" : x);

/** The cells of one réservataire's délais (the sheet, the pane and `gef bilan` show the same). */
export function delaisCell(d: DelaisReservataire): (string | number)[] {
  return [
    d.reservataire,
    d.misesADisposition,
    d.dansLeDelai,
    v(d.partDansLeDelai),
    d.retoursBailleur,
    v(d.joursDesignation),
    v(d.joursBail),
  ];
}

/** The délais block of the bilan sheet at `row`. */
export function blocDelais(delais: readonly DelaisReservataire[], row: number): CellBlock {
  const titre = [
    "Délais des vacances mises à disposition dans la période : désignations au plus tard à la date limite (part des vacances désignées ou dont la limite est passée), " +
      "retours bailleur, jours médians depuis la mise à disposition",
  ];
  const rows = delais.map(delaisCell);
  const cells = [titre, ENTETE_DELAIS, ...rows];
  return {
    row,
    col: 0,
    cells,
    formats: [["@"], ENTETE_DELAIS.map(() => "@"), ...rows.map(() => FORMATS)],
    boldRows: [0, 1],
  };
}

/**
 * The consolidation of the bailleurs' templates, as sheet plans (written by `gef consolider` with exceljs, by the
 * pane with the Excel API): one sheet per EPCI of the template (named by its acronym) with one row per bailleur and
 * a totals row of native formulas, and a sheet « Problèmes » listing every finding.
 *
 * Choices (docs/choix.md « Consolidation »): a bailleur's figures are those Excel shows in its file (computed rows
 * evaluated from their terms, hand-typed values as typed); a figure that cannot be read is left blank (its finding
 * is in « Problèmes »); the total rate is pooled, Σ volume ÷ Σ assiette, as the domain pools rates.
 */
import { EPCI_MODELE_06, type Diagnostic, type EpciRef } from "../../domain";
import type { EpciColumn } from "../modele/modele-grid";
import type { PlanSheet } from "../sheet-plan";

/** One bailleur's line in an EPCI sheet. */
export interface ConsolidatedRow {
  readonly bailleur: string;
  readonly fichier: string;
  readonly figures: EpciColumn;
}

/** One row of « Problèmes »: a finding and the file it is about. */
export type Probleme = Diagnostic & { readonly fichier: string };

export type Totaux = Omit<EpciColumn, "siren" | "libelle">;

export const SHEET_PROBLEMES = "Problèmes";

/** Most characters of an Excel cell: a longer text is cut (and said in « Problèmes »). */
const CELL_MAX = 32_767;
const cut = (s: string): string => (s.length > CELL_MAX ? s.slice(0, CELL_MAX) : s);

const HEADER = [
  "Bailleur",
  "Patrimoine",
  "Logements exclus",
  "Logements soustraits",
  "Nouvelles opérations",
  "Assiette",
  "Taux de rotation",
  "Volume annuel",
  "Demandes prioritaires État",
  "Demandes fonctionnaires État",
  "Fichier",
];

/** Columns B..J in order: the figure each holds. */
const FIGURES = [
  "patrimoine",
  "exclus",
  "soustraits",
  "nouvelles",
  "assiette",
  "taux",
  "volume",
  "prioritaires",
  "fonctionnaires",
] as const;
const ENTIER = "#,##0";
const FORMATS: Readonly<Record<(typeof FIGURES)[number], string>> = {
  patrimoine: ENTIER,
  exclus: ENTIER,
  soustraits: ENTIER,
  nouvelles: ENTIER,
  assiette: ENTIER,
  taux: "0.0%",
  volume: "#,##0.0",
  prioritaires: ENTIER,
  fonctionnaires: ENTIER,
};
const ROW_FORMATS = ["@", ...FIGURES.map((k) => FORMATS[k]), "@"];

const letter = (i: number): string => String.fromCharCode(66 + i); // B for the first figure

/** Σ of each figure over the lines, and the pooled rate. */
export function totaux(lignes: readonly ConsolidatedRow[]): Totaux {
  const sum = (k: (typeof FIGURES)[number]): number => lignes.reduce((acc, l) => acc + (l.figures[k] ?? 0), 0);
  const assiette = sum("assiette");
  const volume = sum("volume");
  return {
    patrimoine: sum("patrimoine"),
    exclus: sum("exclus"),
    soustraits: sum("soustraits"),
    nouvelles: sum("nouvelles"),
    assiette,
    taux: assiette > 0 ? volume / assiette : undefined,
    volume,
    prioritaires: sum("prioritaires"),
    fonctionnaires: sum("fonctionnaires"),
  };
}

/** The totals row: Σ of each column in native formulas (en-US), the rate pooled. */
function totalRow(n: number): (string | number)[] {
  const row = n + 2; // 1-based row of the totals, under the header and the n lines
  const cells = FIGURES.map((k, i) => {
    if (k === "taux") {
      const v = letter(FIGURES.indexOf("volume"));
      const a = letter(FIGURES.indexOf("assiette"));
      return `=IF(${a}${row}>0,${v}${row}/${a}${row},"")`;
    }
    return n === 0 ? 0 : `=SUM(${letter(i)}2:${letter(i)}${n + 1})`;
  });
  return ["Total", ...cells, ""];
}

/** The sheet of one EPCI. */
export function sheetEpci(epci: EpciRef, lignes: readonly ConsolidatedRow[]): PlanSheet {
  const rows = lignes.map((l) => [cut(l.bailleur), ...FIGURES.map((k) => l.figures[k] ?? ""), cut(l.fichier)]);
  const cells = [HEADER, ...rows, totalRow(lignes.length)];
  return {
    name: epci.sigle ?? epci.siren,
    blocks: [
      {
        row: 0,
        col: 0,
        cells,
        formats: cells.map((_, i) => (i === 0 ? HEADER.map(() => "@") : ROW_FORMATS)),
        boldRows: [0, cells.length - 1],
      },
    ],
    charts: [],
    widths: [36, ...FIGURES.map(() => 14), 40],
    lignesFigees: 1,
  };
}

/** The sheet « Problèmes ». */
export function sheetProblemes(problemes: readonly Probleme[]): PlanSheet {
  const header = ["Fichier", "Gravité", "Cellule", "Code", "Message"];
  const rows = problemes.map((p) => [cut(p.fichier), p.severity, p.cell ?? "", p.code, cut(p.message)]);
  const cells = [header, ...rows];
  return {
    name: SHEET_PROBLEMES,
    blocks: [{ row: 0, col: 0, cells, formats: cells.map(() => header.map(() => "@")), boldRows: [0] }],
    charts: [],
    widths: [40, 14, 9, 28, 120],
    lignesFigees: 1,
    filtre: `A1:E${Math.max(1, problemes.length + 1)}`,
  };
}

/** The consolidation's sheets: lines per EPCI SIREN, problems in file order. */
export function sheetsConsolidation(
  lignes: ReadonlyMap<string, readonly ConsolidatedRow[]>,
  problemes: readonly Probleme[],
): PlanSheet[] {
  return [...EPCI_MODELE_06.map((epci) => sheetEpci(epci, lignes.get(epci.siren) ?? [])), sheetProblemes(problemes)];
}

/**
 * The consolidation workbook: one sheet per EPCI of the template (named by its acronym) with one row
 * per bailleur and a totals row of native formulas, and a sheet « Problèmes » listing every finding.
 *
 * Choices (docs/choix.md « Consolidation »): a bailleur's figures are those Excel shows in its file (computed rows
 * evaluated from their terms, hand-typed values as typed); a figure that cannot be read is left blank (its finding
 * is in « Problèmes »); the total rate is pooled, Σ volume ÷ Σ assiette, as the domain pools rates.
 */
import ExcelJS from "exceljs";
import { EPCI_MODELE_06, type Diagnostic, type EpciRef } from "../domain";
import type { EpciColumn } from "../jobs";
import { safeCell } from "../xlsx";

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
const FIGURES = ["patrimoine", "exclus", "soustraits", "nouvelles", "assiette", "taux", "volume", "prioritaires", "fonctionnaires"] as const;
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

function addEpciSheet(wb: ExcelJS.Workbook, epci: EpciRef, lignes: readonly ConsolidatedRow[]): void {
  const ws = wb.addWorksheet(epci.sigle ?? epci.siren, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(HEADER).font = { bold: true };
  for (const l of lignes) ws.addRow([safeCell(l.bailleur), ...FIGURES.map((k) => l.figures[k] ?? null), safeCell(l.fichier)]);
  const first = 2;
  const last = lignes.length + 1;
  const total = ws.addRow(["Total"]);
  total.font = { bold: true };
  const t = totaux(lignes);
  FIGURES.forEach((k, i) => {
    const col = letter(i);
    const cell = total.getCell(i + 2);
    if (k === "taux") {
      const v = letter(FIGURES.indexOf("volume"));
      const a = letter(FIGURES.indexOf("assiette"));
      const row = total.number;
      cell.value = { formula: `IF(${a}${row}>0,${v}${row}/${a}${row},"")`, result: t.taux ?? "" };
    } else {
      cell.value = lignes.length === 0 ? 0 : { formula: `SUM(${col}${first}:${col}${last})`, result: t[k] ?? 0 };
    }
  });
  FIGURES.forEach((k, i) => (ws.getColumn(i + 2).numFmt = FORMATS[k]));
  ws.getColumn(1).width = 36;
  for (let c = 2; c <= FIGURES.length + 1; c++) ws.getColumn(c).width = 14;
  ws.getColumn(FIGURES.length + 2).width = 40;
  ws.getRow(1).alignment = { wrapText: true, vertical: "top" };
}

function addProblemesSheet(wb: ExcelJS.Workbook, problemes: readonly Probleme[]): void {
  const ws = wb.addWorksheet(SHEET_PROBLEMES, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(["Fichier", "Gravité", "Cellule", "Code", "Message"]).font = { bold: true };
  for (const p of problemes) ws.addRow([safeCell(p.fichier), p.severity, p.cell ?? "", p.code, safeCell(p.message)]);
  [40, 14, 9, 28, 120].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.autoFilter = { from: "A1", to: `E${Math.max(1, problemes.length + 1)}` };
}

/** Builds the consolidation: lines per EPCI SIREN, problems in file order. */
export function consolidationWorkbook(lignes: ReadonlyMap<string, readonly ConsolidatedRow[]>, problemes: readonly Probleme[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "GEF";
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const epci of EPCI_MODELE_06) addEpciSheet(wb, epci, lignes.get(epci.siren) ?? []);
  addProblemesSheet(wb, problemes);
  return wb;
}

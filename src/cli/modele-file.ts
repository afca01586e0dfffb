/**
 * A bailleur's workbook as the template commands see it: the sheet holding the DDETS template
 * (found as the pane finds it), where the template stands, and what the bailleur's name is.
 * @see docs/regles/modele-ddets.md, docs/produit/commandes.md
 */
import path from "node:path";
import {
  epciName,
  displayValue,
  locateModele,
  type ModeleLayout,
  EPCI_MODELE_06,
  findEpci,
  communesOfEpci,
  identityAnswer,
} from "../domain";
import { findModeleSheet } from "../jobs";
import { CliError } from "./errors";
import type { XlsxSheet, WorkbookGrids } from "../xlsx";

export interface LocatedModele {
  readonly sheet: XlsxSheet;
  readonly layout: ModeleLayout;
}

/**
 * The template's sheet: the one the pane would fill (the active sheet if it holds the template,
 * else the first that does), else — for a template missing its EPCI columns or its patrimoine
 * line, still worth checking — the sheet where most of the template's lines are found.
 */
export function locateInWorkbook(grids: WorkbookGrids): LocatedModele | undefined {
  const sheet = findModeleSheet(grids.sheets, grids.active);
  if (sheet) return { sheet, layout: locateModele(sheet.values) };
  let best: LocatedModele | undefined;
  let bestLines = 0;
  const ordered = [...grids.sheets].sort((a, b) => Number(b.name === grids.active) - Number(a.name === grids.active));
  for (const s of ordered) {
    const layout = locateModele(s.values);
    const lines = Object.keys(layout.rows).length;
    if (layout.found && lines > bestLines) {
      best = { sheet: s, layout };
      bestLines = lines;
    }
  }
  return best;
}

/** Like {@link locateInWorkbook}, or a {@link CliError} naming the sheets read. */
export function requireModele(grids: WorkbookGrids, fichier: string): LocatedModele {
  const found = locateInWorkbook(grids);
  if (found) return found;
  const names = grids.sheets.map((s) => `« ${s.name} »`);
  const detail =
    names.length === 0
      ? "le classeur n'a aucune feuille"
      : `${names.length > 1 ? "feuilles lues" : "feuille lue"} : ${names.join(", ")}`;
  throw new CliError("MODELE_INTROUVABLE", { fichier, detail });
}

/** Département code of an EPCI, from its communes ("83"), or undefined. */
function departementOf(siren: string): string | undefined {
  const code = communesOfEpci(siren)[0];
  return code === undefined ? undefined : code.startsWith("97") ? code.slice(0, 3) : code.slice(0, 2);
}

/**
 * When the template names none of the five EPCI of the Alpes-Maritimes, the likely reason in plain
 * French (another département's template), quoting its EPCI headers and its département line;
 * undefined otherwise.
 */
export function otherDepartement(layout: ModeleLayout): string | undefined {
  if (!layout.found || layout.epciColumns.length > 0) return undefined;
  const headers = layout.otherHeaders.filter((h) => h.kind === "inconnu").map((h) => h.text.trim());
  const departement = layout.departement?.text.trim();
  const isOurs = departement !== undefined && /alpes.?maritimes/i.test(departement);
  if (headers.length === 0 && (departement === undefined || isOurs)) return undefined;
  const named = headers.slice(0, 8).map((h) => {
    const e = findEpci(h);
    if (e === undefined || EPCI_MODELE_06.some((m) => m.siren === e.siren)) return h;
    const dep = departementOf(e.siren);
    return `${h} (${e.nom}${dep === undefined ? "" : `, département ${dep}`})`;
  });
  const parts: string[] = [];
  if (named.length > 0) parts.push(`la ligne d'en-tête nomme ${named.join(", ")}${headers.length > 8 ? "…" : ""}`);
  if (departement !== undefined && !isOurs) parts.push(`la ligne du département indique « ${departement} »`);
  return `ce classeur semble être le modèle d'un autre département : ${parts.join(" ; ")}.`;
}

/** The bailleur's name from the « Nom du bailleur » line, else the file's name without extension. */
export function bailleurName(located: LocatedModele, fichier: string): string {
  const row = located.layout.identite.bailleur;
  if (row !== undefined) {
    const name = displayValue(identityAnswer(located.sheet.values, located.layout, row).value).trim();
    if (name !== "") return name;
  }
  return path.basename(fichier).replace(/\.(xlsx|xlsm|ods|xls|csv)$/i, "");
}

/** The EPCI expected as columns, for messages (« CAPG, CAPL, CASA, MNCA, CARF »). */
export const EPCI_ATTENDUS = EPCI_MODELE_06.map(epciName).join(", ");

/**
 * Checks of an objectives table read back (issue 25): a réservataire given twice in one EPCI (its
 * objectives are summed, and the user told which lines), and, on a sheet that states each EPCI's
 * volume (GEF's « Objectifs » sheet: EPCI / Volume annuel), a total of objectives that disagrees
 * with it (the sheet was edited by hand).
 */
import {
  cellAddress,
  foldText,
  formatNombre,
  isBlank,
  libelleEpci,
  readNumber,
  type SuiviDiagnostic,
  type Grid,
} from "../../domain";
import { suiviMessage } from "../../domain";

/** A row of a réservataire × number table: its name, value, EPCI ("" for all) and line (1-based). */
export interface TableRow {
  readonly nom: string;
  readonly valeur: number;
  readonly epci: string;
  readonly ligne: number;
}

/** Reads an EPCI cell as the table's rows were read: a SIREN, "" for all, undefined if unknown. */
type EpciCellReader = (value: unknown) => string | undefined;

/** Findings on the rows of an objectives table; the volume is compared only when no row was refused. */
export function checkObjectifs(
  feuille: string,
  grid: Grid,
  lignes: readonly TableRow[],
  refus: boolean,
  epciCell: EpciCellReader,
): SuiviDiagnostic[] {
  const diagnostics = doublons(feuille, lignes);
  if (refus) return diagnostics;
  const sums = new Map<string, number>();
  for (const l of lignes) sums.set(l.epci, (sums.get(l.epci) ?? 0) + l.valeur);
  for (const v of volumesDeLaFeuille(grid, epciCell)) {
    const total = sums.get(v.epci);
    if (total === undefined || total === v.volume) continue;
    const libelle = v.epci === "" ? "l'ensemble du bailleur" : libelleEpci(v.epci);
    diagnostics.push({
      severity: "avertissement",
      code: "OBJECTIFS_ECART_VOLUME",
      sheet: feuille,
      cell: v.cellule,
      message: suiviMessage("OBJECTIFS_ECART_VOLUME", {
        feuille,
        libelle,
        valeur: formatNombre(total),
        attendu: formatNombre(v.volume),
        cellule: v.cellule,
      }),
    });
  }
  return diagnostics;
}

/** A réservataire on several rows of one EPCI: one warning naming the lines, objectives summed. */
function doublons(feuille: string, lignes: readonly TableRow[]): SuiviDiagnostic[] {
  const groups = new Map<string, TableRow[]>();
  for (const l of lignes) {
    const key = `${l.epci}\u0000${foldText(l.nom)}`;
    const g = groups.get(key);
    if (g) g.push(l);
    else groups.set(key, [l]);
  }
  const out: SuiviDiagnostic[] = [];
  for (const g of groups.values()) {
    const first = g[0];
    if (first === undefined || g.length < 2) continue;
    const lines = g.map((l) => String(l.ligne));
    const detail = `lignes ${lines.slice(0, -1).join(", ")} et ${lines[lines.length - 1] ?? ""}`;
    const attendu = `${g.map((l) => formatNombre(l.valeur)).join(" + ")} = ${formatNombre(g.reduce((s, l) => s + l.valeur, 0))}`;
    out.push({
      severity: "avertissement",
      code: "OBJECTIF_EN_DOUBLE",
      sheet: feuille,
      message: suiviMessage("OBJECTIF_EN_DOUBLE", {
        feuille,
        libelle: first.nom,
        nombre: String(g.length),
        valeur: first.epci === "" ? "" : libelleEpci(first.epci),
        detail,
        attendu,
      }),
    });
  }
  return out;
}

/** The volumes a sheet states beside its objectives: rows under an « EPCI » / « Volume annuel » header. */
function volumesDeLaFeuille(grid: Grid, epciCell: EpciCellReader): { epci: string; volume: number; cellule: string }[] {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const folded = row.map((c) => (typeof c === "string" ? foldText(c) : ""));
    const cE = folded.indexOf("epci");
    const cV = folded.indexOf("volume annuel");
    if (cE < 0 || cV < 0) continue;
    const out: { epci: string; volume: number; cellule: string }[] = [];
    for (let k = r + 1; k < grid.length; k++) {
      const line = grid[k] ?? [];
      if (isBlank(line[cE])) break;
      const epci = epciCell(line[cE]);
      const v = readNumber(line[cV], { argument: "volume" });
      if (epci !== undefined && v.ok && !isBlank(line[cV]))
        out.push({ epci, volume: v.value, cellule: cellAddress(k, cV) });
    }
    return out;
  }
  return [];
}

/**
 * The bailleur's dwelling table for the bilans: each dwelling's identifier (to join the journal on)
 * and its attributes (EPCI, commune, typologie, financement, QPV, year of construction), also used
 * as the stock the déséquilibres compare with. Found by its headers on any sheet.
 */
import { isBlank, isBlankRow, type Grid } from "../cells";
import { findHeaderRow } from "../tables/headers";
import { displayValue, trimSpaces } from "../text";
import { COLONNE_IDENTIFIANT, COLONNES_ATTRIBUTS, INCONNU, type CleAttribut, type Workbooks } from "./attributs";

const SPEC = { ...COLONNE_IDENTIFIANT, ...COLONNES_ATTRIBUTS };
/** Attributes a dwelling table gives (the operation is an event's, not a dwelling's). */
export const ATTRIBUTS_LOGEMENT: readonly CleAttribut[] = [
  "epci",
  "commune",
  "typologie",
  "financement",
  "qpv",
  "construction",
];

export interface Parc {
  readonly feuille: string;
  readonly size: number;
  /** Sheet row of each dwelling. */
  readonly ligne: Int32Array;
  /** Row of each identifier (upper case, trimmed); empty without an identifier column. */
  readonly index: ReadonlyMap<string, number>;
  /** Class ids per attribute (INCONNU when blank or unreadable); `epci` falls back on the commune's EPCI. */
  readonly attributs: Readonly<Record<CleAttribut, Int32Array>>;
  readonly columns: ReadonlySet<CleAttribut | "identifiant">;
}

/** Key of a dwelling identifier, as the journal and the table write it (« 06 000123 » ≠ « 06000123 »). */
export function cleLogement(value: unknown): string {
  const s = typeof value === "string" ? value : typeof value === "number" ? String(value) : displayValue(value);
  return trimSpaces(s).toUpperCase();
}

/**
 * Reads a dwelling table, or `undefined` when the grid has none (at least two of EPCI, commune,
 * typologie, financement, QPV, année de construction, or an identifier and one of them).
 */
export function readParc(sheet: string, grid: Grid, workbooks: Workbooks): Parc | undefined {
  const header = findHeaderRow(grid, SPEC);
  if (header === undefined) return undefined;
  const keys = ATTRIBUTS_LOGEMENT.filter((k) => header.columns[k] !== undefined);
  const idCol = header.columns.identifiant;
  if (keys.length < 2 && !(keys.length >= 1 && idCol !== undefined)) return undefined;
  const n = Math.max(0, grid.length - header.row - 1);
  const attributs = Object.fromEntries(
    ATTRIBUTS_LOGEMENT.concat("operation").map((k) => [k, new Int32Array(n).fill(INCONNU)]),
  ) as Record<CleAttribut, Int32Array>;
  const ligne = new Int32Array(n);
  const index = new Map<string, number>();
  let size = 0;
  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (isBlankRow(row)) continue;
    for (const k of keys) attributs[k][size] = workbooks.of(k, row[header.columns[k] ?? 0]);
    const epci = attributs.epci;
    if ((epci[size] ?? INCONNU) === INCONNU) {
      const c = attributs.commune[size] ?? INCONNU;
      if (c !== INCONNU) epci[size] = workbooks.epciDeCommune[c] ?? INCONNU;
    }
    if (idCol !== undefined && !isBlank(row[idCol])) {
      const key = cleLogement(row[idCol]);
      if (!index.has(key)) index.set(key, size);
    }
    ligne[size] = r + 1;
    size++;
  }
  const cut = (a: Int32Array): Int32Array => (size === n ? a : a.slice(0, size));
  for (const k of Object.keys(attributs) as CleAttribut[]) attributs[k] = cut(attributs[k]);
  const columns = new Set<CleAttribut | "identifiant">(keys);
  if (idCol !== undefined) columns.add("identifiant");
  return { feuille: sheet, size, ligne: cut(ligne), index, attributs, columns };
}

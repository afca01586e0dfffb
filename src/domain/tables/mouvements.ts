/**
 * The movements table (docs/regles/modele-ddets.md « Remplir »): per EPCI and year, entrées, départs, parc and
 * mutations, read into yearly series per EPCI for the rotation rate and the mutations volume of the template.
 *
 * Rules (docs/choix.md « Sources du modèle : tables des logements et des mouvements »):
 * - columns are found by their headers (headers.ts, MOVEMENT_COLUMNS); EPCI, année, entrées and parc
 *   are required, départs and mutations optional;
 * - the EPCI cell may hold a SIREN, an acronym or a name (see findEpci), among the given EPCI (default:
 *   every EPCI of France);
 * - years may come in any order: series are sorted, oldest first; a year missing between the first and
 *   the last is reported (the series goes on without it), a year given twice keeps its first row;
 * - a row whose EPCI, year, entrées or parc cannot be read is skipped and reported; a départs or
 *   mutations cell left blank means « not known » for that year (not 0); a number typed as text is
 *   read as in every GEF function ("1 234", "12,5").
 */
import { isBlank, isBlankRow, readNumber, type Grid } from "../cells";
import { fail } from "../messages/functions";
import { type Result } from "../messages/result";
import { findEpci } from "../epci/find";
import type { EpciRef } from "../epci/types";
import { tauxRotation, type MethodeRotation } from "../rotation";
import { displayValue } from "../text";
import { HEADER_SCAN_ROWS, MOUVEMENT_COLUMNS, findHeaderRow, type HeaderMatch, type MouvementKey } from "./headers";
import { note, raison, tableError, type TableResult } from "../messages/tables";
import type { RowIssue } from "./types";
import { epciName } from "../format/labels";

/** One EPCI's yearly series, oldest first, all of the same length. */
export interface EpciMouvements {
  readonly epci: EpciRef;
  readonly annees: readonly number[];
  readonly parc: readonly number[];
  readonly entrees: readonly number[];
  /** `undefined` for a year without départs (blank cell, or no départs column). */
  readonly departs: readonly (number | undefined)[];
  readonly mutations: readonly (number | undefined)[];
  /** Sheet row of each year. */
  readonly lignes: readonly number[];
  /** Years missing between the first and the last. */
  readonly anneesManquantes: readonly number[];
}

export interface MouvementsTable {
  /** Per EPCI, in the order of their first row. */
  readonly parEpci: readonly EpciMouvements[];
  readonly issues: readonly RowIssue[];
  /** Remarks on whole series (missing years), in French. */
  readonly notes: readonly string[];
  readonly columns: { readonly departs: boolean; readonly mutations: boolean };
}

export interface ReadMouvementsOptions {
  /** Sheet row of the grid's first row (default 1). */
  readonly firstRow?: number;
  /** The EPCI the table may name (default: every EPCI of France). */
  readonly epci?: readonly EpciRef[];
  /** Rows scanned for the header row (default {@link HEADER_SCAN_ROWS}). */
  readonly headerRows?: number;
}

export type MouvementsRead = TableResult<{
  readonly mouvements: MouvementsTable;
  readonly entete: HeaderMatch<MouvementKey>;
}>;

const WHAT = "la table des mouvements";
const REQUIRED: readonly MouvementKey[] = ["epci", "annee", "entrees", "parc"];

/** A year: 2023, "2023", or a date (its year). */
function readYear(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getUTCFullYear();
  const n =
    typeof value === "number" ? value : typeof value === "string" && /^\s*\d{4}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : undefined;
}

/** A count: a positive number or numeric text; `undefined` (and a reason) otherwise. */
function readCount(value: unknown, column: string): { n?: number; problem?: string } {
  if (isBlank(value)) return { problem: raison.nombreVide(column) };
  const r = readNumber(value, { argument: column });
  return r.ok ? { n: r.value } : { problem: raison.nombreIllisible(column, displayValue(value)) };
}

interface YearRow {
  readonly annee: number;
  readonly parc: number;
  readonly entrees: number;
  readonly departs: number | undefined;
  readonly mutations: number | undefined;
  readonly ligne: number;
}

/** Reads a movements table (see the module's rules). */
export function readMouvements(grid: Grid, options: ReadMouvementsOptions = {}): MouvementsRead {
  if (grid.length === 0 || grid.every(isBlankRow)) return { ok: false, error: tableError.vide(WHAT) };
  const scan = options.headerRows ?? HEADER_SCAN_ROWS;
  const header = findHeaderRow(grid, MOUVEMENT_COLUMNS, { maxRows: scan, minColumns: 2 });
  const first = options.firstRow ?? 1;
  if (header === undefined) {
    return {
      ok: false,
      error: tableError.headerNotFound(WHAT, scan, ["EPCI", "Année", "Entrées", "Départs", "Parc", "Mutations"]),
    };
  }
  const missing = REQUIRED.filter((k) => header.columns[k] === undefined);
  if (missing.length > 0) {
    const noms = missing.map((k) => MOUVEMENT_COLUMNS[k].nom);
    return { ok: false, error: tableError.requiredColumn(WHAT, first + header.row, noms) };
  }
  const col = (k: MouvementKey): number => header.columns[k] ?? -1;
  const issues: RowIssue[] = [];
  const found = new Map<string, EpciRef | undefined>();
  const years = new Map<string, { epci: EpciRef; rows: Map<number, YearRow> }>();

  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const ligne = first + r;
    if (isBlankRow(row)) continue;
    const problem = (text: string): void => {
      issues.push({ ligne, raison: text });
    };
    const read = readMouvementRow(row, ligne, col, found, options.epci, problem);
    if (read === undefined) continue;
    const { epci, year } = read;
    let series = years.get(epci.siren);
    if (series === undefined) years.set(epci.siren, (series = { epci, rows: new Map() }));
    const already = series.rows.get(year.annee);
    if (already !== undefined) {
      problem(raison.anneeEnDouble(epciName(epci), year.annee, already.ligne));
      continue;
    }
    series.rows.set(year.annee, year);
  }

  const notes: string[] = [];
  const parEpci = [...years.values()].map(({ epci, rows }) => toSeries(epci, rows, notes));
  const mouvements: MouvementsTable = {
    parEpci,
    issues,
    notes,
    columns: { departs: header.columns.departs !== undefined, mutations: header.columns.mutations !== undefined },
  };
  return { ok: true, mouvements, entete: header };
}

/**
 * One row of the table: its EPCI and year's figures, or `undefined` when the row is rejected (the
 * reason given to `problem`); an unreadable optional figure is reported and read as absent.
 */
function readMouvementRow(
  row: readonly unknown[],
  ligne: number,
  col: (k: MouvementKey) => number,
  found: Map<string, EpciRef | undefined>,
  liste: readonly EpciRef[] | undefined,
  problem: (text: string) => void,
): { readonly epci: EpciRef; readonly year: YearRow } | undefined {
  const cell = (k: MouvementKey): unknown => (col(k) < 0 ? undefined : row[col(k)]);
  const rawEpci = cell("epci");
  if (isBlank(rawEpci)) {
    problem(raison.epciMouvementVide());
    return undefined;
  }
  const key = typeof rawEpci === "number" ? String(rawEpci) : displayValue(rawEpci).trim();
  if (!found.has(key))
    found.set(key, typeof rawEpci === "number" || typeof rawEpci === "string" ? findEpci(rawEpci, liste) : undefined);
  const epci = found.get(key);
  if (epci === undefined) {
    const ailleurs = liste !== undefined && typeof rawEpci !== "boolean" ? findEpci(key) : undefined;
    problem(ailleurs ? raison.epciHorsListe(key, ailleurs.nom) : raison.epciMouvementInconnu(key));
    return undefined;
  }
  const annee = readYear(cell("annee"));
  if (annee === undefined) {
    problem(raison.anneeIllisible(displayValue(cell("annee"))));
    return undefined;
  }
  const entrees = readCount(cell("entrees"), MOUVEMENT_COLUMNS.entrees.nom);
  const parc = readCount(cell("parc"), MOUVEMENT_COLUMNS.parc.nom);
  if (entrees.n === undefined || parc.n === undefined) {
    problem(entrees.problem ?? parc.problem ?? "");
    return undefined;
  }
  const optional = (k: "departs" | "mutations"): number | undefined => {
    const v = cell(k);
    if (isBlank(v)) return undefined;
    const n = readCount(v, MOUVEMENT_COLUMNS[k].nom).n;
    if (n === undefined) problem(raison.valeurIllisible(MOUVEMENT_COLUMNS[k].nom, displayValue(v)));
    return n;
  };
  const departs = optional("departs");
  const mutations = optional("mutations");
  return { epci, year: { annee, parc: parc.n, entrees: entrees.n, departs, mutations, ligne } };
}

/** One EPCI's years, oldest first; the years missing between two are noted. */
function toSeries(epci: EpciRef, rows: ReadonlyMap<number, YearRow>, notes: string[]): EpciMouvements {
  const sorted = [...rows.values()].sort((a, b) => a.annee - b.annee);
  const annees = sorted.map((y) => y.annee);
  const anneesManquantes: number[] = [];
  for (let k = 1; k < annees.length; k++) {
    for (let y = (annees[k - 1] ?? 0) + 1; y < (annees[k] ?? 0); y++) anneesManquantes.push(y);
  }
  if (anneesManquantes.length > 0) notes.push(note.anneesManquantes(epciName(epci), anneesManquantes));
  return {
    epci,
    annees,
    parc: sorted.map((y) => y.parc),
    entrees: sorted.map((y) => y.entrees),
    departs: sorted.map((y) => y.departs),
    mutations: sorted.map((y) => y.mutations),
    lignes: sorted.map((y) => y.ligne),
    anneesManquantes,
  };
}

/** Rotation and mutations of one EPCI over the years chosen. */
export interface RotationEpci {
  readonly epci: EpciRef;
  /** The method used (see {@link rotationByEpci} for the default). */
  readonly methode: MethodeRotation;
  /** Pooled rate Σ movements ÷ Σ parc as a fraction, or why it cannot be computed (rotation.ts errors). */
  readonly taux: Result<number>;
  /**
   * Mean yearly mutations over the same years, decimals kept (the template cell shows them with its own
   * format, and a mean of 12, 13 and 13 is 12,67, not 13) (docs/choix.md « Taux de rotation pluriannuel »);
   * `undefined` when none of these years has one.
   */
  readonly mutations: number | undefined;
  /** Years used, oldest first. */
  readonly annees: readonly number[];
  /** Years used that have no mutations figure (left out of the mean). */
  readonly mutationsManquantes: readonly number[];
}

export interface RotationOptions {
  /** Default: MOYENNE when the table has a départs column, ENTREES otherwise (as TAUX_ROTATION). */
  readonly methode?: MethodeRotation;
  /** How many of the most recent years present to use (default: all). */
  readonly annees?: number;
}

/**
 * Per EPCI, the bailleur's rotation rate with tauxRotation (pooled over the `annees` most recent years
 * present in the table) and the mean mutations volume over the same years. Errors are per EPCI, in
 * `taux`, never thrown: a method needing départs where a year used has none is DEPARTS_MANQUANTS.
 * @see docs/regles/rotation.md (multi-year rate pooled; MTPM and CASA means over 2 or 3 years)
 */
export function rotationByEpci(mouvements: MouvementsTable, options: RotationOptions = {}): RotationEpci[] {
  const methode = options.methode ?? (mouvements.columns.departs ? "MOYENNE" : "ENTREES");
  return mouvements.parEpci.map((m) => {
    const n = m.annees.length;
    const count = options.annees ?? n;
    const valid = Number.isInteger(count) && count >= 1 && count <= n;
    const from = valid ? n - count : n;
    const annees = m.annees.slice(from);
    let taux: Result<number>;
    if (valid && methode !== "ENTREES" && m.departs.slice(from).some((d) => d === undefined)) {
      taux = fail("DEPARTS_MANQUANTS", { valeur: methode });
    } else {
      // Départs outside the window are never summed: 0 stands in for the blank ones.
      const departs = methode === "ENTREES" ? undefined : m.departs.map((d) => d ?? 0);
      taux = tauxRotation({ parc: m.parc, entrees: m.entrees, departs }, methode, options.annees);
    }
    let sum = 0;
    let known = 0;
    const mutationsManquantes: number[] = [];
    m.mutations.slice(from).forEach((x, k) => {
      if (x === undefined) mutationsManquantes.push(annees[k] ?? 0);
      else {
        sum += x;
        known++;
      }
    });
    return { epci: m.epci, methode, taux, mutations: known > 0 ? sum / known : undefined, annees, mutationsManquantes };
  });
}

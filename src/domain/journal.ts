/**
 * The décompte journal: one row per event on a dwelling (mise à disposition, proposition,
 * attribution, bail), found by its headers in any order, read into columns for fast counting.
 */
import { isBlank, isBlankRow, someCell, type Grid } from "./cells";
import { serialShiftOf } from "./grid-view";
import { readDateValue, SERIAL_MAX } from "./dates";
import { fail } from "./messages/functions";
import { ok, type Result } from "./messages/result";
import { readKeyword } from "./keyword";
import { JOURNAL_COLUMNS as COLUMNS, type JournalColumn as Column } from "./journal-columns";
import { displayTyped, displayValue, foldText, trimSpaces } from "./text";
import { ReservataireIds } from "./reservataire-ids";
import { matchHeaderRow, remarquesColonnes, type RemarqueColonne } from "./tables/headers";
import { EVENEMENTS, EVENEMENTS_TABLE } from "./evenements";

export { ETAPES, ETAPES_TABLE, JOURNAL_COLUMNS, type Etape } from "./journal-columns";

/** Events as columns; dwelling ids index `logements`, réservataire ids index `reservataires`. */
export interface Journal {
  readonly size: number;
  /** Dwelling id of each event, numbered in order of first appearance. */
  readonly logement: Int32Array;
  /** Dwelling identifiers as written (numbers as their digits), trimmed, by id. */
  readonly logements: readonly string[];
  readonly reservataire: Int32Array;
  /** Index in {@link EVENEMENTS} (src/domain/evenements.ts): the four stages of {@link ETAPES} first, then the vacancy's other steps. */
  readonly etape: Uint8Array;
  /** Excel serial date: whole days in an Int32Array, unless some event has a time of day. */
  readonly date: Int32Array | Float64Array;
  /**
   * Line of each event in the journal range, the header being line 1; `undefined` when no blank
   * row comes before an event (event e is then on line e + 2): see {@link ligneJournal}.
   */
  readonly ligne: Int32Array | undefined;
  /** Réservataire names as first written, by id. */
  readonly reservataires: readonly string[];
  /** Their folded keys ({@link foldText}), by id: never "" (such a name is refused). */
  readonly cles: readonly string[];
  /** Columns named by several headers: which one was read (French, for the pane and `gef`). */
  readonly remarques: readonly RemarqueColonne[];
  /** Row of the header in the range, 0-based (0 unless a title or notes stand above it). */
  readonly headerRow?: number;
}

/**
 * The journal's four columns in its header row. Of several headers naming one column, the nearest
 * its name wins (« Réservataire » over « Réservation », « Étape » over « Type »), the leftmost between
 * equals: see {@link matchHeaderRow}; each such choice is a remark naming both headers.
 */
function findColumns(
  header: readonly unknown[],
): Result<{ cols: Record<Column, number>; remarques: RemarqueColonne[] }> {
  const match = matchHeaderRow(header, COLUMNS);
  const found: Partial<Record<Column, number>> = { ...match.columns };
  if (found.date === undefined) {
    const at = header.findIndex((h) => typeof h === "string" && foldText(h).startsWith("date "));
    if (at >= 0) found.date = at;
  }
  for (const col of Object.keys(COLUMNS) as Column[]) {
    if (found[col] === undefined) {
      return fail("COLONNE_MANQUANTE", {
        valeur: COLUMNS[col].nom,
        detail: COLUMNS[col].aliases.slice(1, 5).join(", "),
      });
    }
  }
  return ok({ cols: found as Record<Column, number>, remarques: remarquesColonnes("Journal", COLUMNS, match) });
}

/**
 * Rows searched for the journal's header (docs/choix.md « Décompte : réinjection, doublons et en-tête du journal »): a
 * title, notes or blank rows may stand above it (a header on row 50 is read); past this,
 * « en-têtes introuvables dans les 100 premières lignes ».
 */
export const JOURNAL_HEADER_ROWS = 100;

/**
 * The journal's header: the first of the first {@link JOURNAL_HEADER_ROWS} rows naming the four
 * columns. Without one: the first row's missing column when that row holds several cells (a header
 * with a column missing), else the header not found in that many rows (naming the first non-blank
 * one: a title), or an empty range.
 */
function findHeader(grid: Grid): Result<{ row: number; cols: Record<Column, number>; remarques: RemarqueColonne[] }> {
  const limit = Math.min(grid.length, JOURNAL_HEADER_ROWS);
  let first: Result<{ cols: Record<Column, number>; remarques: RemarqueColonne[] }> | undefined;
  let firstRow = -1;
  for (let r = 0; r < limit; r++) {
    const row = grid[r] ?? [];
    if (isBlankRow(row)) continue;
    const cols = findColumns(row);
    if (cols.ok) return ok({ row: r, ...cols.value });
    if (first === undefined) [first, firstRow] = [cols, r];
  }
  if (first === undefined || first.ok)
    return fail(grid.length > limit ? "ENTETE_JOURNAL_INTROUVABLE" : "JOURNAL_VIDE", { position: limit });
  // A first row of several cells is a header with a column missing: that column is said.
  if (firstRow === 0 && cellsIn(grid[0] ?? []) > 1) return first;
  return fail("ENTETE_JOURNAL_INTROUVABLE", { position: limit, detail: String(firstRow + 1) });
}

/** Number of cells of a row that are not blank, counted up to 2. */
function cellsIn(row: readonly unknown[]): number {
  let n = 0;
  someCell(row, (v) => (isBlank(v) ? false : ++n > 1));
  return n;
}

/**
 * Reads a journal range: a header row (the first row, or one further down, see {@link findHeader}),
 * then one event per row; blank rows are skipped. Lines count from the range's first row.
 */
export function readJournal(grid: Grid): Result<Journal> {
  const header = findHeader(grid);
  if (!header.ok) return header;
  const { logement: cL, reservataire: cR, etape: cE, date: cD } = header.value.cols;
  const top = header.value.row;
  // A number in the date column is a serial of the workbook's date system (1904 for older Mac files).
  const shift = serialShiftOf(grid);
  const out = new JournalColumns(grid.length - 1 - top);
  const reservataires = new ReservataireIds();
  const etapes = new EtapeIds();
  for (let r = top + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const vL = row[cL];
    const vR = row[cR];
    const vE = row[cE];
    const vD = row[cD];
    const bL = isBlank(vL);
    const bR = isBlank(vR);
    const bE = isBlank(vE);
    const bD = isBlank(vD);
    if (bL || bR || bE || bD) {
      if (bL && bR && bE && bD) continue;
      const nom = bL ? COLUMNS.logement.nom : bR ? COLUMNS.reservataire.nom : bE ? COLUMNS.etape.nom : COLUMNS.date.nom;
      return fail("CHAMP_MANQUANT", { valeur: nom, position: r + 1 });
    }
    // Consecutive rows often repeat the réservataire: the previous answer is reused.
    const idR = reservataires.read(vR, out.size);
    if (idR < 0) return fail("NOM_SANS_LETTRE", { valeur: displayValue(vR), position: r + 1 });
    let idE = etapes.known(vE);
    if (idE < 0) {
      const read = etapes.read(vE, r + 1);
      if (!read.ok) return read;
      idE = read.value;
    }
    const n = typeof vD === "number" ? vD + shift : undefined;
    const d = n !== undefined && n >= 1 && n <= SERIAL_MAX ? n : readDateValue(n ?? vD);
    if (d === undefined) return fail("DATE_ILLISIBLE", { valeur: displayTyped(vD), position: r + 1 });
    const keyL = typeof vL === "string" ? trimSpaces(vL) : typeof vL === "number" ? String(vL) : displayValue(vL);
    out.push(keyL, idR, idE, d, r + 1);
  }
  return ok({ ...out.journal(reservataires, header.value.remarques), headerRow: top });
}

/**
 * The journal's columns as they are read. Sized for every row of the range, in memory that is only
 * touched as events come; dates take 4 bytes per event until one has a time of day, and lines none
 * until a blank row comes before an event.
 */
class JournalColumns {
  size = 0;
  private readonly logement: Int32Array;
  private readonly logements: string[] = [];
  private readonly reservataire: Int32Array;
  private readonly etape: Uint8Array;
  private date: Int32Array | Float64Array;
  private ligne: Int32Array | undefined;
  private readonly readLogement = logementReader(this.logements);
  private lastL: string | undefined;
  private idL = -1;

  constructor(private readonly capacity: number) {
    this.logement = new Int32Array(capacity);
    this.reservataire = new Int32Array(capacity);
    this.etape = new Uint8Array(capacity);
    this.date = new Int32Array(capacity);
  }

  push(keyL: string, idR: number, idE: number, d: number, line: number): void {
    const at = this.size++;
    if (keyL !== this.lastL) {
      this.idL = this.readLogement(keyL);
      this.lastL = keyL;
    }
    this.logement[at] = this.idL;
    this.reservataire[at] = idR;
    this.etape[at] = idE;
    if (!Number.isInteger(d) && this.date instanceof Int32Array) this.date = Float64Array.from(this.date);
    this.date[at] = d;
    if (this.ligne !== undefined) this.ligne[at] = line;
    else if (line !== at + 2) this.ligne = linesAfterGap(this.capacity, at, line);
  }

  journal(ids: ReservataireIds, remarques: readonly RemarqueColonne[]): Journal {
    const { size, logement, logements, reservataire, etape, date, ligne } = this;
    ids.finish(reservataire);
    return {
      size,
      logement,
      logements,
      reservataire,
      etape,
      date,
      ligne,
      reservataires: ids.noms,
      cles: ids.cles,
      remarques,
    };
  }
}

/** The lines of the first `size` events (2, 3…) and of the next one, met after a blank row. */
function linesAfterGap(capacity: number, size: number, line: number): Int32Array {
  const ligne = new Int32Array(capacity);
  for (let e = 0; e < size; e++) ligne[e] = e + 2;
  ligne[size] = line;
  return ligne;
}

/** The line of event `e` in the journal range, the header being line 1. */
export function ligneJournal(j: Journal, e: number): number {
  return j.ligne === undefined ? e + 2 : (j.ligne[e] as number);
}

/**
 * Numbers dwelling identifiers (index in `names`, which it fills, in order of first appearance).
 * A run of events of the same dwelling reuses its id; while the dwellings come in increasing order
 * (a journal sorted by dwelling), none can come back, so no Map is built until one comes out of order.
 */
function logementReader(names: string[]): (key: string) => number {
  let ids: Map<string, number> | undefined;
  let previous: string | undefined;
  let id = -1;
  return (key) => {
    if (key === previous) return id;
    if (ids === undefined && (previous === undefined || key > previous)) {
      id = names.length;
      names.push(key);
    } else {
      ids ??= new Map(names.map((k, g) => [k, g]));
      const known = ids.get(key);
      if (known === undefined) {
        id = names.length;
        names.push(key);
        ids.set(key, id);
      } else {
        id = known;
      }
    }
    previous = key;
    return id;
  };
}

/**
 * Reads stage cells into their index in ETAPES, each distinct spelling read once; an unknown stage
 * fails. A journal holds a handful of spellings: the first eight met are found without a Map.
 */
class EtapeIds {
  private readonly seen: unknown[] = [];
  private readonly ids: number[] = [];
  private readonly byText = new Map<string, number>();

  /** The id of a cell already met among the first eight spellings, or −1. */
  known(v: unknown): number {
    for (let k = 0; k < this.seen.length; k++) if (this.seen[k] === v) return this.ids[k] as number;
    return -1;
  }

  read(v: unknown, position: number): Result<number> {
    const raw = typeof v === "string" ? v : displayValue(v);
    let id = this.byText.get(raw);
    if (id === undefined) {
      const read = readKeyword(raw, EVENEMENTS_TABLE, "MISE_A_DISPOSITION", position);
      if (!read.ok) return read;
      id = EVENEMENTS.indexOf(read.value);
      this.byText.set(raw, id);
    }
    if (this.seen.length < 8) {
      this.seen.push(v);
      this.ids.push(id);
    }
    return ok(id);
  }
}

/** The id of a réservataire in the journal, by its name (accents, case and spacing ignored). */
export function reservataireId(journal: Journal, nom: string): number {
  const key = foldText(nom);
  return key === "" ? -1 : journal.cles.indexOf(key);
}

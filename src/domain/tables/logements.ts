/**
 * Reading a dwelling-level table (an RPLS extract of either scheme, or a bailleur's own list) into
 * the columns of {@link LogementTable} (docs/regles/rpls.md).
 *
 * Rules (docs/choix.md « Sources du modèle : tables des logements et des mouvements »):
 * - the header row is found by its labels (headers.ts): at least two columns, or a commune or EPCI
 *   column alone; rows below it are read to the grid's end;
 * - codes keep their leading zeros (DEPCOM 6088 → "06088"); a commune given by name is resolved
 *   through the découpage; a name shared by several communes is resolved in the row's département
 *   (département column), else in `options.departement`, else in the département most dwellings of the
 *   table are in (none on a tie); otherwise the dwelling counts without commune and is reported;
 * - the commune is taken from the first commune column that designates one: code, then name, then a
 *   « Commune » column holding either; a code the découpage lacks is kept (and reported);
 * - financement from the code column, else the label; typologie from NBPIECE or a label (« T3 »);
 *   unclassified values are NON_CLASSE and reported; TYPECONST E is a student dwelling;
 * - blank rows are skipped silently; total lines, rows with no value in the columns read, and rows
 *   where nothing is usable (no commune, EPCI, financement, typologie nor réservataire) are skipped and
 *   reported; every other row is a dwelling, its unreadable cells reported one by one.
 * Speed: rows are read by chunks into value ids, each distinct value classified once; the row loop
 * does array lookups only (a million rows in a few hundred milliseconds).
 */
import { isBlank, isBlankRow, someCell, type Grid } from "../cells";
import { displayValue } from "../text";
import { totalLabel } from "./classify";
import { BLANK, CHUNK, ROW_FILLED, ROW_TOTAL } from "./columns";
import {
  prepareLogementColumns,
  type Classified,
  type FlagColumn,
  type PreparedLogementColumns,
} from "./logement-columns";
import { CommuneOfRow, communeInDepartement, dominantDepartement, type PendingCommune } from "./logement-communes";
import { LOGEMENT_COLUMNS, HEADER_SCAN_ROWS, findHeaderRow, type LogementKey, type HeaderMatch } from "./headers";
import { raison, tableError, type TableResult } from "../messages/tables";
import { NON_CLASSE, type LogementTable, type RowIssue } from "./types";

export interface ReadLogementsOptions {
  /** Sheet row of the grid's first row (default 1), so that messages quote the rows Excel shows. */
  readonly firstRow?: number;
  /** Département of commune names shared by several communes, when the table has no such column. */
  readonly departement?: string;
  /** Rows scanned for the header row (default {@link HEADER_SCAN_ROWS}). */
  readonly headerRows?: number;
}

/** A dwelling table read, with the header row found (its columns, for the report). */
export type LogementsRead = TableResult<{ readonly table: LogementTable; readonly entete: HeaderMatch<LogementKey> }>;

const WHAT = "la table des logements";
const EXAMPLES = ["DEPCOM", "FINAN", "NBPIECE", "Commune", "Financement", "Typologie", "Réservataire"];
const SOLE: ReadonlySet<LogementKey> = new Set(["communeCode", "communeNom", "commune", "epci"]);

/** Reads a dwelling table; an error only when no header row is found or the grid is empty. */
export function readLogements(grid: Grid, options: ReadLogementsOptions = {}): LogementsRead {
  if (grid.length === 0) return { ok: false, error: tableError.vide(WHAT) };
  const scan = options.headerRows ?? HEADER_SCAN_ROWS;
  const found = findHeaderRow(grid, LOGEMENT_COLUMNS, { maxRows: scan });
  // One recognised header alone is too weak a sign (a template's « logements étudiants » label),
  // unless it is a commune or EPCI column: a list of communes is a list of dwellings.
  const header =
    found !== undefined && (found.found.length >= 2 || found.found.some((f) => SOLE.has(f.key))) ? found : undefined;
  if (header === undefined) {
    const empty = grid.every(isBlankRow);
    return { ok: false, error: empty ? tableError.vide(WHAT) : tableError.headerNotFound(WHAT, scan, EXAMPLES) };
  }
  const table = assemble(grid, prepareLogementColumns(grid, header), header.row + 1, options);
  return { ok: true, table, entete: header };
}

/** Per-dwelling columns, sized for every row of the grid, cut to the dwellings read at the end. */
interface LogementArrays {
  readonly ligne: Int32Array;
  readonly commune: string[];
  readonly epci: string[];
  readonly financement: Uint8Array;
  readonly typologie: Uint8Array;
  readonly reservataire: string[];
  readonly reservataireIds: Int32Array;
  readonly etudiant: Uint8Array;
  readonly pmr: Uint8Array;
  readonly plaiAdapte: Uint8Array;
}

const allocate = (n: number): LogementArrays => ({
  ligne: new Int32Array(n),
  commune: new Array<string>(n),
  epci: new Array<string>(n),
  financement: new Uint8Array(n),
  typologie: new Uint8Array(n),
  reservataire: new Array<string>(n),
  reservataireIds: new Int32Array(n),
  etudiant: new Uint8Array(n),
  pmr: new Uint8Array(n),
  plaiAdapte: new Uint8Array(n),
});

/** Bits of {@link flagsOf}. */
const FLAG_ETUDIANT = 1;
const FLAG_PMR = 2;
const FLAG_ADAPTE = 4;

/** The row loop: one dwelling per usable row, issues for the rest. */
function assemble(
  grid: Grid,
  cols: PreparedLogementColumns,
  start: number,
  options: ReadLogementsOptions,
): LogementTable {
  const n = Math.max(0, grid.length - start);
  const firstLine = (options.firstRow ?? 1) + start;
  const out = allocate(n);
  const { ligne, commune, epci, financement, typologie, reservataire, reservataireIds, etudiant, pmr, plaiAdapte } =
    out;
  const labels = cols.reservataireLabels;
  const issues: RowIssue[] = [];
  const problems: string[] = [];
  const pending: PendingCommune[] = [];
  const {
    reader,
    financementCode: fc,
    financement: fl,
    adapte: fa,
    typologie: ty,
    epci: ec,
    reservataire: rc,
    flags,
  } = cols;
  const { rowKind } = reader;
  const communeOf = new CommuneOfRow(cols.communes, cols.departement, options.departement);
  const hasCommune = cols.communes.length > 0;
  const hasFinancement = fc !== undefined || fl !== undefined;
  let size = 0;
  let anyAdapte = false;

  for (let from = 0; from < n; from += CHUNK) {
    const rows = Math.min(CHUNK, n - from);
    reader.read(start + from, start + from + rows);
    cols.update();
    for (let i = 0; i < rows; i++) {
      const line = firstLine + from + i;
      const kind = rowKind[i];
      if (kind !== ROW_FILLED) {
        reportSkipped(grid[start + from + i] ?? [], kind, cols.read, line, issues);
        continue;
      }
      if (problems.length > 0) problems.length = 0;

      const code = hasCommune ? communeOf.code(i, problems) : "";
      // Classified values are read inline; only a value to report costs a call.
      const siren = ec === undefined ? "" : (ec.of[ec.column.ids[i] ?? BLANK] ?? epciInconnu(ec, i, problems));
      if (hasCommune && code === "" && siren === "" && !communeOf.given) problems.push(raison.communeVide());
      const finAdapte = hasFinancement ? financementOf(fc, fl, fa, i, problems) : NON_CLASSE;
      const fin = finAdapte & 0xff;
      const typo = ty === undefined ? NON_CLASSE : (ty.of[ty.column.ids[i] ?? BLANK] ?? NON_CLASSE);
      if (typo === NON_CLASSE && ty !== undefined) typologieInconnue(ty, i, problems);
      const resId = rc === undefined ? 0 : (rc.of[rc.column.ids[i] ?? BLANK] ?? 0);
      const res = labels[resId] ?? "";
      const bits = flags.length === 0 ? 0 : flagsOf(flags, i, problems);
      const adapte = (bits & FLAG_ADAPTE) !== 0 ? 1 : finAdapte >> 8;

      const waiting = communeOf.pending;
      if (
        code === "" &&
        waiting === undefined &&
        siren === "" &&
        fin === NON_CLASSE &&
        typo === NON_CLASSE &&
        res === ""
      ) {
        issues.push({ ligne: line, raison: raison.rienExploitable(problems) });
        continue;
      }
      if (waiting !== undefined) pending.push({ index: size, ligne: line, cell: waiting, raw: communeOf.pendingRaw });
      for (const p of problems) issues.push({ ligne: line, raison: p });
      ligne[size] = line;
      commune[size] = code;
      epci[size] = siren;
      financement[size] = fin;
      typologie[size] = typo;
      reservataire[size] = res;
      reservataireIds[size] = resId;
      etudiant[size] = bits & FLAG_ETUDIANT;
      pmr[size] = (bits & FLAG_PMR) >> 1;
      plaiAdapte[size] = adapte;
      if (adapte === 1) anyAdapte = true;
      size++;
    }
  }

  if (pending.length > 0) settle(pending, commune, size, issues);
  const has = (sets: string): boolean => flags.some((c) => c.sets === sets);
  const present = {
    commune: hasCommune,
    epci: ec !== undefined,
    financement: hasFinancement,
    typologie: ty !== undefined,
    reservataire: rc !== undefined,
    etudiant: has("etudiant"),
    pmr: has("pmr"),
    plaiAdapte: has("plaiAdapte") || anyAdapte,
  };
  return { ...cutTo(out, size, n), reservataireLabels: labels, columns: present, issues };
}

/** The dwelling columns cut to the `size` dwellings read out of `n` rows. */
function cutTo(out: LogementArrays, size: number, n: number): LogementArrays & { readonly size: number } {
  const { commune, epci, reservataire } = out;
  if (size < n) {
    commune.length = size;
    epci.length = size;
    reservataire.length = size;
  }
  const cut = <T extends Uint8Array | Int32Array>(a: T): T => (size === n ? a : (a.slice(0, size) as T));
  return {
    size,
    ligne: cut(out.ligne),
    commune,
    epci,
    financement: cut(out.financement),
    typologie: cut(out.typologie),
    reservataire,
    reservataireIds: cut(out.reservataireIds),
    etudiant: cut(out.etudiant),
    pmr: cut(out.pmr),
    plaiAdapte: cut(out.plaiAdapte),
  };
}

/** A row that is not a dwelling: a total line is reported, so is a row with values only in columns not read. */
function reportSkipped(
  row: readonly unknown[],
  kind: number | undefined,
  read: ReadonlySet<number>,
  line: number,
  issues: RowIssue[],
): void {
  if (kind === ROW_TOTAL) {
    issues.push({ ligne: line, raison: raison.totalRow(row.map(totalLabel).find((t) => t !== undefined) ?? "") });
  } else if (someCell(row, (v, col) => !read.has(col) && !isBlank(v))) {
    issues.push({ ligne: line, raison: raison.aucuneDonneeReconnue() });
  }
}

/** Reports row `i`'s EPCI, not found; it reads as "". */
function epciInconnu(ec: Classified<string | undefined>, i: number, problems: string[]): string {
  problems.push(raison.epciInconnu(displayValue(ec.column.values[ec.column.ids[i] ?? BLANK])));
  return "";
}

/**
 * Financement of row `i`: the code column, else the label; unclassified is reported. Returns the
 * financement index plus 256 × the label's « PLAI adapté » mark (one integer: nothing allocated per row).
 */
function financementOf(
  fc: Classified<number> | undefined,
  fl: Classified<number> | undefined,
  fa: Classified<number> | undefined,
  i: number,
  problems: string[],
): number {
  let fin = NON_CLASSE;
  let adapte = 0;
  const idc = fc === undefined ? BLANK : (fc.column.ids[i] ?? BLANK);
  const idl = fl === undefined ? BLANK : (fl.column.ids[i] ?? BLANK);
  if (fc !== undefined && idc !== BLANK) fin = fc.of[idc] ?? NON_CLASSE;
  if (fl !== undefined && idl !== BLANK) {
    if (fin === NON_CLASSE) fin = fl.of[idl] ?? NON_CLASSE;
    adapte = fa?.of[idl] ?? 0;
  }
  if (fin === NON_CLASSE) {
    const raw = idc !== BLANK ? fc?.column.values[idc] : idl !== BLANK ? fl?.column.values[idl] : undefined;
    problems.push(raw === undefined ? raison.financementVide() : raison.financementInconnu(displayValue(raw)));
  }
  return fin | (adapte << 8);
}

/** Reports row `i`'s typologie, blank or unclassified. */
function typologieInconnue(ty: Classified<number>, i: number, problems: string[]): void {
  const id = ty.column.ids[i] ?? BLANK;
  problems.push(id === BLANK ? raison.typologieVide() : raison.typologieInconnue(displayValue(ty.column.values[id])));
}

/** Yes/no columns of row `i` as FLAG_ bits: a value that is neither is reported and read as no. */
function flagsOf(flags: readonly FlagColumn[], i: number, problems: string[]): number {
  let bits = 0;
  for (let f = 0; f < flags.length; f++) {
    const c = flags[f];
    if (c === undefined) continue;
    const id = c.column.ids[i] ?? BLANK;
    const yes = c.of[id] ?? 0;
    if (yes === 1) bits |= c.sets === "pmr" ? FLAG_PMR : c.sets === "plaiAdapte" ? FLAG_ADAPTE : FLAG_ETUDIANT;
    else if (yes < 0) {
      const v = displayValue(c.column.values[id]);
      problems.push(
        c.nom === "type de construction" ? raison.typeConstructionInconnu(v) : raison.indicateurInconnu(c.nom, v),
      );
    }
  }
  return bits;
}

/** Settles ambiguous commune names in the table's main département; reports those still ambiguous. */
function settle(pending: readonly PendingCommune[], commune: string[], size: number, issues: RowIssue[]): void {
  const dep = dominantDepartement(commune, size);
  for (const p of pending) {
    const code = communeInDepartement(p.cell, dep);
    if (code !== "") commune[p.index] = code;
    else {
      const n = p.cell.read?.kind === "ambigu" ? p.cell.read.candidates.length : 0;
      issues.push({ ligne: p.ligne, raison: raison.communeAmbigue(p.raw, n) });
    }
  }
  // Issues in row order, the settled ones among the others (the sort is stable).
  issues.sort((a, b) => a.ligne - b.ligne);
}

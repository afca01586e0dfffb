/**
 * Finding a table in a grid by its header row (docs/regles/rpls.md), whatever the sheet: an Excel table, a
 * plain range, a header below a title and blank lines, columns in any order.
 *
 * A header cell names a column when, folded (accents, case, spacing and punctuation ignored, see
 * {@link foldText}), it equals one of the column's aliases, or does once a note in brackets is removed
 * (« Financement (code) » is tried whole, then as « Financement »). RPLS names of both schemes are
 * aliases: older coded columns (`FINAN`, `DEPCOM`, `EPCI`) and the 2024 `X_CODE` / `X_LIBELLE` pairs.
 * The header row is the one of the first {@link HEADER_SCAN_ROWS} rows naming the most columns (the
 * earliest on a tie).
 *
 * When several cells of the header row name one column, the one nearest its name wins: the first alias
 * of a column is its name (« Réservataire »), the others come in order of likeness, so an exact
 * « Réservataire » beats « Réservation » and « Étape » beats « Type », wherever they stand; between
 * equals (two identical headers), the leftmost. The others are listed in {@link HeaderMatch.doublons},
 * for a remark that names both headers and their columns.
 */
import type { Diagnostic } from "../messages/diagnostic";
import { someCell, type Grid } from "../cells";
import { colonneChoisie } from "../messages/tables";
import { columnLetters } from "../modele/a1";
import { foldText } from "../text";

/** A column GEF reads: its French name (for messages) and the headers that name it. */
export interface ColumnSpec {
  readonly nom: string;
  readonly aliases: readonly string[];
}

export type TableSpec<K extends string> = Readonly<Record<K, ColumnSpec>>;

/** A column found in the header row: its key, 0-based column and header as written. */
export interface FoundColumn<K extends string> {
  readonly key: K;
  readonly col: number;
  readonly entete: string;
}

/** A column that more than one header could name: the one read and the ones left. */
export interface ColumnChoice<K extends string> {
  readonly key: K;
  readonly pris: FoundColumn<K>;
  readonly ecartes: readonly FoundColumn<K>[];
  /** True when the header read is nearer the column's name than every one left (else: equals, leftmost). */
  readonly plusProche: boolean;
}

export interface HeaderMatch<K extends string> {
  /** 0-based index of the header row in the grid. */
  readonly row: number;
  /** 0-based column of each column found. */
  readonly columns: Readonly<Partial<Record<K, number>>>;
  /** Columns found, left to right. */
  readonly found: readonly FoundColumn<K>[];
  /** Headers GEF does not read (kept in the workbook, listed for the user). */
  readonly ignored: readonly string[];
  /** Columns named by more than one header, left to right by the header read. */
  readonly doublons: readonly ColumnChoice<K>[];
}

/**
 * Rows scanned for a header row (docs/choix.md « Colonnes en double »): titles and notes above a table rarely take
 * more.
 */
export const HEADER_SCAN_ROWS = 30;

/** Dwelling-level tables: RPLS extracts (both schemes) and bailleurs' own lists. */
export const LOGEMENT_COLUMNS = {
  communeCode: {
    nom: "code commune",
    aliases: [
      "depcom",
      "depcom code",
      "code commune",
      "code insee",
      "insee",
      "code insee commune",
      "code commune insee",
      "commune code",
      "code insee de la commune",
      "cog",
      "code geographique",
      "num commune",
      "no commune",
      "n commune",
      "cinsee",
      "codgeo",
      "code geo",
      // RPLS open data and its exports (data.gouv.fr, opendatasoft, INSEE files).
      "codeinsee",
      "code com",
      "com code",
      "codecommune",
      "insee com",
      "code commune du logement",
    ],
  },
  communeNom: {
    nom: "nom de commune",
    aliases: [
      "depcom libelle",
      "libelle commune",
      "commune libelle",
      "nom commune",
      "nom de la commune",
      "libcom",
      "lib commune",
      "nom commune insee",
      "libelle depcom",
      "lib com",
      "ncom",
      "nom com",
      "libelle com",
      "com libelle",
      "nomcommune",
    ],
  },
  /** A column that may hold codes or names: each cell is read as what it looks like. */
  commune: {
    nom: "commune",
    aliases: [
      "commune",
      "communes",
      "ville",
      "localite",
      "commune du logement",
      "commune logement",
      "commune de situation",
    ],
  },
  departement: {
    nom: "département",
    aliases: [
      "dep",
      "dep code",
      "departement",
      "departement code",
      "code departement",
      "dpt",
      "dept",
      "num departement",
      "no departement",
    ],
  },
  epci: {
    nom: "EPCI",
    aliases: [
      "epci",
      "epci code",
      "code epci",
      "siren epci",
      "epci siren",
      "n siren epci",
      "intercommunalite",
      "epci libelle",
      "libelle epci",
      "nom epci",
      "nom de l epci",
      "epci de rattachement",
      "libepci",
      "lib epci",
      "nepci",
      "epci nom",
      "siren de l epci",
      "code siren epci",
    ],
  },
  financementCode: {
    nom: "code financement",
    aliases: ["finan", "finan code", "code finan", "code financement", "financement code", "cod finan"],
  },
  financement: {
    nom: "financement",
    aliases: [
      "financement",
      "financements",
      "finan libelle",
      "financement libelle",
      "libelle financement",
      "type de financement",
      "type financement",
      "mode de financement",
      "financement initial",
      "categorie de financement",
      "categorie financement",
      "plafond",
      "plafond de ressources",
      "plafonds",
      "produit",
      "type de pret",
      "pret",
    ],
  },
  typologie: {
    nom: "typologie",
    aliases: [
      "nbpiece",
      "nbpiece code",
      "nbpieces",
      "nb piece",
      "nb pieces",
      "nombre de pieces",
      "nombre pieces",
      "nbre pieces",
      "pieces",
      "typologie",
      "typologies",
      "typo",
      "type de logement",
      "type logement",
      "type",
      "typologie logement",
    ],
  },
  typeConstruction: {
    nom: "type de construction",
    aliases: [
      "typeconst",
      "typeconst code",
      "typeconst libelle",
      "type de construction",
      "type construction",
      "construction",
    ],
  },
  etudiant: {
    nom: "logement étudiant",
    aliases: [
      "logement etudiant",
      "logements etudiants",
      "etudiant",
      "etudiants",
      "residence etudiante",
      "logement etudiants",
    ],
  },
  pmr: {
    nom: "PMR",
    aliases: [
      "pmr",
      "pmr code",
      "logement pmr",
      "adapte pmr",
      "accessible pmr",
      "pmr ush",
      "logement adapte pmr",
      "handicap",
      "adapte handicap",
      "logement adapte handicap",
      "logement adapte",
      "accessibilite pmr",
    ],
  },
  plaiAdapte: {
    nom: "PLAI adapté",
    aliases: ["plai adapte", "plai adaptes", "plai a", "plaia", "logement plai adapte", "plai adapte oui non"],
  },
  reservataire: {
    nom: "réservataire",
    aliases: [
      "reservataire",
      "reservataires",
      "contingent",
      "contingents",
      "reservation",
      "reservations",
      "type de reservation",
      "reservataire principal",
      "nom reservataire",
      "libelle reservataire",
      "organisme reservataire",
      "beneficiaire",
      "contingent reservataire",
      "titulaire reservation",
    ],
  },
  mode: {
    nom: "mode d'occupation",
    aliases: ["mode", "mode code", "mode libelle", "mode d occupation", "occupation", "statut d occupation"],
  },
  qpv: {
    nom: "QPV",
    aliases: ["qpv", "qpv code", "qpv libelle", "en qpv", "quartier prioritaire", "quartier prioritaire de la ville"],
  },
} as const satisfies TableSpec<string>;

export type LogementKey = keyof typeof LOGEMENT_COLUMNS;

/** Movements per EPCI and year, for the rotation rate (docs/regles/modele-ddets.md « Remplir »). */
export const MOUVEMENT_COLUMNS = {
  epci: {
    nom: "EPCI",
    aliases: [
      "epci",
      "epci code",
      "code epci",
      "siren epci",
      "siren",
      "sigle",
      "intercommunalite",
      "epci libelle",
      "nom epci",
      "territoire",
    ],
  },
  annee: {
    nom: "année",
    aliases: ["annee", "annees", "an", "exercice", "millesime", "annee de reference", "annee rpls"],
  },
  entrees: {
    nom: "entrées",
    aliases: [
      "entrees",
      "entree",
      "nombre d entrees",
      "nb entrees",
      "entrees dans les lieux",
      "emmenagements",
      "baux signes",
      "nouveaux baux",
      "nouvelles locations",
    ],
  },
  departs: {
    nom: "départs",
    aliases: [
      "departs",
      "depart",
      "nombre de departs",
      "nb departs",
      "sorties",
      "conges",
      "departs de locataires",
      "resiliations",
    ],
  },
  parc: {
    nom: "parc",
    aliases: [
      "parc",
      "parc loue",
      "parc total",
      "parc locatif",
      "patrimoine",
      "nombre de logements",
      "nb logements",
      "logements",
      "parc au 01 01",
      "parc au 1er janvier",
      "parc loue ou propose",
    ],
  },
  mutations: {
    nom: "mutations",
    aliases: ["mutations", "mutation", "mutations internes", "nb mutations", "nombre de mutations"],
  },
} as const satisfies TableSpec<string>;

export type MouvementKey = keyof typeof MOUVEMENT_COLUMNS;

const prepared = new WeakMap<object, ReadonlyMap<string, HeaderName<string>>>();

/** What a header names: a key, and its rank among the key's aliases (0: the column's own name). */
interface HeaderName<K extends string> {
  readonly key: K;
  readonly rang: number;
}

/** Folded alias → key and rank, built once per spec (an alias of two keys names the first). */
function aliasMap<K extends string>(spec: TableSpec<K>): ReadonlyMap<string, HeaderName<K>> {
  const seen = prepared.get(spec);
  if (seen) return seen as ReadonlyMap<string, HeaderName<K>>;
  const map = new Map<string, HeaderName<K>>();
  for (const key of Object.keys(spec) as K[]) {
    spec[key].aliases.forEach((alias, rang) => {
      const folded = foldText(alias);
      if (!map.has(folded)) map.set(folded, { key, rang });
    });
  }
  prepared.set(spec, map);
  return map;
}

/** The key a header cell names and how near its name, if any. */
function headerName<K extends string>(cell: unknown, spec: TableSpec<K>): HeaderName<K> | undefined {
  if (typeof cell !== "string") return undefined;
  const map = aliasMap(spec);
  const whole = map.get(foldText(cell));
  if (whole !== undefined || !cell.includes("(")) return whole;
  return map.get(foldText(cell.replace(/\([^)]*\)/g, " ")));
}

/** The key a header cell names, if any. */
export function headerKey<K extends string>(cell: unknown, spec: TableSpec<K>): K | undefined {
  return headerName(cell, spec)?.key;
}

/**
 * Reads one row as a header row: the columns it names. Of several cells naming one key, the nearest
 * its name wins, the leftmost between equals; the others are ignored and listed in `doublons`.
 */
export function matchHeaderRow<K extends string>(
  cells: readonly unknown[],
  spec: TableSpec<K>,
  row = 0,
): HeaderMatch<K> {
  const candidates = new Map<K, { found: FoundColumn<K>; rang: number }[]>();
  const ignoredAt: { col: number; entete: string }[] = [];
  someCell(cells, (cell, col) => {
    const name = headerName(cell, spec);
    if (name !== undefined) {
      const list = candidates.get(name.key) ?? [];
      list.push({ found: { key: name.key, col, entete: String(cell).trim() }, rang: name.rang });
      candidates.set(name.key, list);
    } else if (typeof cell === "string" && cell.trim() !== "") {
      ignoredAt.push({ col, entete: cell.trim() });
    } else if (typeof cell === "number") {
      ignoredAt.push({ col, entete: String(cell) });
    }
    return false;
  });
  const columns: Partial<Record<K, number>> = {};
  const found: FoundColumn<K>[] = [];
  const doublons: ColumnChoice<K>[] = [];
  for (const [key, list] of candidates) {
    const best = list.reduce((a, b) => (b.rang < a.rang ? b : a));
    columns[key] = best.found.col;
    found.push(best.found);
    if (list.length === 1) continue;
    const ecartes = list.filter((c) => c !== best);
    ignoredAt.push(...ecartes.map((c) => c.found));
    doublons.push({
      key,
      pris: best.found,
      ecartes: ecartes.map((c) => c.found),
      plusProche: ecartes.every((c) => c.rang > best.rang),
    });
  }
  found.sort((a, b) => a.col - b.col);
  doublons.sort((a, b) => a.pris.col - b.pris.col);
  const ignored = ignoredAt.sort((a, b) => a.col - b.col).map((c) => c.entete);
  return { row, columns, found, ignored, doublons };
}

/** A remark on a column named by several headers: a warning between equals, a note otherwise. */
export type RemarqueColonne = Diagnostic<"COLONNE_CHOISIE">;

/** The remarks on the columns of `match` named by several headers; `quoi` opens each sentence. */
export function remarquesColonnes<K extends string>(
  quoi: string,
  spec: TableSpec<K>,
  match: Pick<HeaderMatch<K>, "doublons">,
): RemarqueColonne[] {
  const ec = (f: FoundColumn<K>): { entete: string; lettre: string } => ({
    entete: f.entete,
    lettre: columnLetters(f.col),
  });
  return match.doublons.map((d) => ({
    severity: d.plusProche ? "info" : "avertissement",
    code: "COLONNE_CHOISIE",
    message: colonneChoisie(quoi, spec[d.key].nom, ec(d.pris), d.ecartes.map(ec), d.plusProche),
  }));
}

/**
 * The header row of a table: of the first `maxRows` rows, the one naming the most columns, the earliest
 * on a tie; `undefined` when no row names `minColumns` of them.
 */
export function findHeaderRow<K extends string>(
  grid: Grid,
  spec: TableSpec<K>,
  options: { readonly maxRows?: number; readonly minColumns?: number } = {},
): HeaderMatch<K> | undefined {
  const limit = Math.min(grid.length, options.maxRows ?? HEADER_SCAN_ROWS);
  let best: HeaderMatch<K> | undefined;
  for (let r = 0; r < limit; r++) {
    const match = matchHeaderRow(grid[r] ?? [], spec, r);
    if (match.found.length > (best?.found.length ?? 0)) best = match;
  }
  return best !== undefined && best.found.length >= (options.minColumns ?? 1) ? best : undefined;
}

/**
 * Where the pane appends events to the décompte journal (docs/regles/vacances.md, docs/choix.md
 * « Vacances : le journal où le volet ajoute »): into the journal the workbook already holds (the first sheet, GEF's own sheets
 * aside, whose first 100 rows hold a header naming logement, réservataire, étape and date), in that
 * journal's own columns, below its last used row, never over a cell the user filled; a vacancy column
 * the journal lacks (EPCI, date limite, candidats, commentaire) gets its header in the first empty
 * column at the right. Without a journal, GEF creates « Journal du flux » with its eight columns.
 */
import {
  JOURNAL_COLUMNS,
  COLONNES_JOURNAL_GEF,
  COLONNES_VACANCES,
  FORMATS_JOURNAL_GEF,
  JOURNAL_HEADER_ROWS,
  matchHeaderRow,
  NOMS_EVENEMENTS,
  type EvenementSaisi,
  type Grid,
} from "../domain";
import { estFeuilleGef, nomDeFeuille } from "../jobs";

/** The sheet GEF creates when the workbook holds no journal. */
export const JOURNAL_FEUILLE = "Journal du flux";
/** Its key among GEF's sheets (owned-sheets.ts). */
export const JOURNAL_ROLE = "journal du flux";

type Champ = "logement" | "reservataire" | "etape" | "date" | "epci" | "dateLimite" | "candidats" | "commentaire";
/** The fields in the order of {@link COLONNES_JOURNAL_GEF} (and of their formats, FORMATS_JOURNAL_GEF: text for names and ids, « 0012 » stays « 0012 »; dates as the French read them). */
const CHAMPS: readonly Champ[] = [
  "logement",
  "reservataire",
  "etape",
  "date",
  "epci",
  "dateLimite",
  "candidats",
  "commentaire",
];
const EXTRAS: readonly Champ[] = ["epci", "dateLimite", "candidats", "commentaire"];

/** A cell to write (0-based), with its number format. */
export interface CelluleJournal {
  readonly row: number;
  readonly col: number;
  readonly value: string | number;
  readonly format: string;
}

export interface PlanJournal {
  /** The sheet written to. */
  readonly feuille: string;
  /** True when GEF creates the sheet (then `remplace` names a GEF sheet of that name it replaces). */
  readonly creee: boolean;
  readonly remplace?: string | undefined;
  /** A user's sheet was named « Journal du flux » without being a journal: GEF wrote beside it. */
  readonly renomme: boolean;
  /** 0-based row of the header and of the first event written. */
  readonly entete: number;
  readonly premiereLigne: number;
  /** Headers GEF adds at the right of a user's journal (its columns' names, as GEF writes them). */
  readonly colonnesAjoutees: readonly string[];
  /** Every cell written: headers (created or added) and events. */
  readonly cellules: readonly CelluleJournal[];
}

/** A sheet as read: its values from A1 and its number of rows to the last used one. */
export interface FeuilleLue {
  readonly name: string;
  readonly values: Grid;
  readonly rows?: number;
}

/** The value of a field of `l`, or undefined when the event does not give it. */
function valeur(l: EvenementSaisi, c: Champ): string | number | undefined {
  switch (c) {
    case "etape":
      return NOMS_EVENEMENTS[l.etape];
    case "commentaire":
      return l.commentaire === "" ? undefined : l.commentaire;
    case "epci":
      return l.epci === "" ? undefined : l.epci;
    default:
      return l[c];
  }
}

/** The journal of the workbook: its sheet, header row and columns by field. */
function trouverJournal(
  sheets: readonly FeuilleLue[],
): (FeuilleLue & { row: number; cols: Partial<Record<Champ, number>> }) | undefined {
  for (const s of sheets) {
    if (estFeuilleGef(s.values)) continue;
    for (let r = 0; r < Math.min(s.values.length, JOURNAL_HEADER_ROWS); r++) {
      const header = s.values[r] ?? [];
      const base = matchHeaderRow(header, JOURNAL_COLUMNS).columns;
      if (
        base.logement === undefined ||
        base.reservataire === undefined ||
        base.etape === undefined ||
        base.date === undefined
      )
        continue;
      const extra = matchHeaderRow(header, COLONNES_VACANCES).columns;
      return { ...s, row: r, cols: { ...base, ...extra } };
    }
  }
  return undefined;
}

/** The cells of `lignes` from row `first`, in the columns `cols`. */
function cellulesDes(
  lignes: readonly EvenementSaisi[],
  first: number,
  cols: Partial<Record<Champ, number>>,
): CelluleJournal[] {
  const out: CelluleJournal[] = [];
  lignes.forEach((l, i) => {
    for (const c of CHAMPS) {
      const v = valeur(l, c);
      const col = cols[c];
      if (v !== undefined && col !== undefined)
        out.push({ row: first + i, col, value: v, format: FORMATS_JOURNAL_GEF[CHAMPS.indexOf(c)] ?? "General" });
    }
  });
  return out;
}

/**
 * Where and what to write to append `lignes`: `sheets` are the workbook's sheets as read (values),
 * `owned` the names of the sheets GEF created.
 */
export function planJournal(
  sheets: readonly FeuilleLue[],
  owned: ReadonlySet<string>,
  lignes: readonly EvenementSaisi[],
): PlanJournal {
  const found = trouverJournal(sheets);
  if (found === undefined) {
    const where = nomDeFeuille(
      JOURNAL_FEUILLE,
      sheets.map((s) => ({ name: s.name, gef: owned.has(s.name) })),
    );
    const cols = Object.fromEntries(CHAMPS.map((c, i) => [c, i])) as Record<Champ, number>;
    const headers = COLONNES_JOURNAL_GEF.map((h, col) => ({ row: 0, col, value: h, format: "@" }));
    return {
      feuille: where.nom,
      creee: true,
      remplace: where.remplace,
      renomme: where.renomme,
      entete: 0,
      premiereLigne: 1,
      colonnesAjoutees: [],
      cellules: [...headers, ...cellulesDes(lignes, 1, cols)],
    };
  }
  const cols = { ...found.cols };
  const width = Math.max(0, ...found.values.map((r) => r.length));
  const ajoutees: CelluleJournal[] = [];
  for (const c of EXTRAS) {
    if (cols[c] !== undefined || lignes.every((l) => valeur(l, c) === undefined)) continue;
    const col = width + ajoutees.length;
    cols[c] = col;
    ajoutees.push({ row: found.row, col, value: COLONNES_JOURNAL_GEF[CHAMPS.indexOf(c)] ?? c, format: "@" });
  }
  const first = Math.max(found.values.length, found.rows ?? 0, found.row + 1);
  return {
    feuille: found.name,
    creee: false,
    renomme: false,
    entete: found.row,
    premiereLigne: first,
    colonnesAjoutees: ajoutees.map((a) => String(a.value)),
    cellules: [...ajoutees, ...cellulesDes(lignes, first, cols)],
  };
}

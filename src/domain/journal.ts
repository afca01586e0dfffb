/**
 * The décompte journal: one row per event on a dwelling (mise à disposition, proposition,
 * attribution, bail), found by its headers in any order, read into columns for fast counting.
 */
import { isBlank, type Grid } from "./cells";
import { readDateValue, SERIAL_MAX } from "./dates";
import { fail } from "./messages/functions";
import { ok, type Result } from "./messages/result";
import { keywordTable, readKeyword } from "./keyword";
import { displayValue, foldText } from "./text";

/** Counting stages, in the order they happen (DOMAIN.md §4). */
export type Etape = "MISE_A_DISPOSITION" | "PROPOSITION" | "ATTRIBUTION" | "BAIL";
export const ETAPES: readonly Etape[] = ["MISE_A_DISPOSITION", "PROPOSITION", "ATTRIBUTION", "BAIL"];

export const ETAPES_TABLE = keywordTable<Etape>("etape", {
  MISE_A_DISPOSITION: ["mise à disposition", "mises à disposition", "mise a dispo", "mad", "MAD"],
  PROPOSITION: ["propositions", "proposition de candidats", "candidats proposés", "proposition CALEOL"],
  ATTRIBUTION: ["attributions", "attribué", "attribution CALEOL", "décision CALEOL"],
  BAIL: ["bail signé", "baux signés", "baux", "signature du bail", "signature bail"],
});

/** The journal's four columns: French name (for messages) and accepted headers. */
const COLUMNS = {
  logement: {
    nom: "logement",
    aliases: ["logement", "logements", "log", "lgt", "n logement", "no logement", "numero logement",
      "num logement", "id logement", "identifiant logement", "identifiant", "reference logement",
      "ref logement", "code logement", "numero rpls", "n rpls", "rpls"],
  },
  reservataire: {
    nom: "réservataire",
    aliases: ["reservataire", "reservataires", "contingent", "reservation", "beneficiaire",
      "organisme reservataire", "nom reservataire"],
  },
  etape: {
    nom: "étape",
    aliases: ["etape", "etapes", "stade", "evenement", "type evenement", "type d evenement", "statut", "type"],
  },
  date: {
    nom: "date",
    aliases: ["date", "date evenement", "date de l evenement", "date etape", "jour"],
  },
} as const;
type Column = keyof typeof COLUMNS;

/** Events as columns; réservataire ids index `reservataires`. */
export interface Journal {
  readonly size: number;
  /** Dwelling identifier as written (numbers as their digits), trimmed. */
  readonly logement: readonly string[];
  readonly reservataire: Int32Array;
  /** Index in {@link ETAPES}. */
  readonly etape: Uint8Array;
  /** Excel serial date. */
  readonly date: Float64Array;
  /** Line in the journal range, the header being line 1. */
  readonly ligne: Int32Array;
  /** Réservataire names as first written, by id. */
  readonly reservataires: readonly string[];
}

function findColumns(header: readonly unknown[]): Result<Record<Column, number>> {
  const folded = header.map((h) => (typeof h === "string" ? foldText(h) : ""));
  const found: Partial<Record<Column, number>> = {};
  for (const col of Object.keys(COLUMNS) as Column[]) {
    const aliases: readonly string[] = COLUMNS[col].aliases;
    let at = folded.findIndex((h) => aliases.includes(h));
    if (at < 0 && col === "date") at = folded.findIndex((h) => h.startsWith("date "));
    if (at < 0) {
      return fail("COLONNE_MANQUANTE", { valeur: COLUMNS[col].nom, detail: aliases.slice(1, 5).join(", ") });
    }
    found[col] = at;
  }
  return ok(found as Record<Column, number>);
}

/** Reads a journal range: first row headers, then one event per row; blank rows are skipped. */
export function readJournal(grid: Grid): Result<Journal> {
  const header = grid[0];
  if (header === undefined || header.every(isBlank)) return fail("JOURNAL_VIDE");
  const cols = findColumns(header);
  if (!cols.ok) return cols;
  const { logement: cL, reservataire: cR, etape: cE, date: cD } = cols.value;
  const capacity = grid.length - 1;
  const logement = new Array<string>(capacity);
  const reservataire = new Int32Array(capacity);
  const etape = new Uint8Array(capacity);
  const date = new Float64Array(capacity);
  const ligne = new Int32Array(capacity);
  const names: string[] = [];
  const readReservataire = reservataireReader(names);
  const readEtape = etapeReader();
  let lastR: unknown;
  let lastIdR = -1;
  let lastE: unknown;
  let idE = -1;
  let idR = -1;
  let size = 0;
  for (let r = 1; r < grid.length; r++) {
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
    const keyL = typeof vL === "string" ? trimmed(vL) : typeof vL === "number" ? String(vL) : displayValue(vL);
    // Consecutive rows often repeat the réservataire and the stage: the previous answer is reused.
    if (vR === lastR) {
      idR = lastIdR;
    } else {
      idR = readReservataire(vR);
      lastR = vR;
      lastIdR = idR;
    }
    if (vE !== lastE || idE < 0) {
      const read = readEtape(vE, r + 1);
      if (!read.ok) return read;
      idE = read.value;
      lastE = vE;
    }
    const d = typeof vD === "number" && vD >= 1 && vD <= SERIAL_MAX ? vD : readDateValue(vD);
    if (d === undefined) return fail("DATE_ILLISIBLE", { valeur: displayValue(vD), position: r + 1 });
    logement[size] = keyL;
    reservataire[size] = idR;
    etape[size] = idE;
    date[size] = d;
    ligne[size] = r + 1;
    size++;
  }
  logement.length = size;
  return ok({ size, logement, reservataire, etape, date, ligne, reservataires: names });
}

/**
 * Reads réservataire cells into ids (index in `names`, which it fills): names equal once accents,
 * case and spacing are ignored share an id; the first spelling met is kept, trimmed.
 */
function reservataireReader(names: string[]): (v: unknown) => number {
  const byFolded = new Map<string, number>();
  const byRaw = new Map<string, number>();
  return (v) => {
    const raw = typeof v === "string" ? v : displayValue(v);
    let id = byRaw.get(raw);
    if (id === undefined) {
      const folded = foldText(raw);
      id = byFolded.get(folded);
      if (id === undefined) {
        id = names.length;
        names.push(raw.trim());
        byFolded.set(folded, id);
      }
      byRaw.set(raw, id);
    }
    return id;
  };
}

/** Reads stage cells into their index in ETAPES, each distinct value read once; an unknown stage fails. */
function etapeReader(): (v: unknown, position: number) => Result<number> {
  const known = new Map<string, Result<number>>();
  return (v, position) => {
    const raw = typeof v === "string" ? v : displayValue(v);
    let id = known.get(raw);
    if (id === undefined) {
      const read = readKeyword(raw, ETAPES_TABLE, "MISE_A_DISPOSITION", position);
      if (!read.ok) return read;
      id = ok(ETAPES.indexOf(read.value));
      known.set(raw, id);
    }
    return id;
  };
}

/** `s` without surrounding spaces, without a copy when it has none (the usual case). */
function trimmed(s: string): string {
  return s.length > 0 && s.charCodeAt(0) > 32 && s.charCodeAt(s.length - 1) > 32 ? s : s.trim();
}

/** The id of a réservataire in the journal, by its name (accents, case and spacing ignored). */
export function reservataireId(journal: Journal, nom: string): number {
  const key = foldText(nom);
  return journal.reservataires.findIndex((n) => foldText(n) === key);
}

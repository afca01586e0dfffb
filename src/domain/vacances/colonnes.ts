/**
 * The journal's vacancy columns, read beside its four columns when present (docs/regles/vacances.md):
 * EPCI, date limite, candidats, commentaire. The « Journal du flux » GEF keeps has them in
 * {@link COLONNES_JOURNAL_GEF}'s order; a journal kept by hand without them is read as before.
 */
import { isBlank, type Grid } from "../cells";
import { readDateValue } from "../dates";
import { JOURNAL_COLUMNS, ligneJournal, type Journal } from "../journal";
import { vacancesMessage } from "../messages/vacances";
import { COLONNES_ATTRIBUTS } from "../suivi/attributs";
import type { SuiviDiagnostic } from "../suivi/types";
import { matchHeaderRow, type TableSpec } from "../tables/headers";
import { displayTyped, displayValue, trimSpaces } from "../text";

/** The columns GEF writes in its « Journal du flux », in this order. */
export const COLONNES_JOURNAL_GEF = [
  "Logement",
  "Réservataire",
  "Étape",
  "Date",
  "EPCI",
  "Date limite",
  "Candidats",
  "Commentaire",
] as const;

export const COLONNES_VACANCES = {
  epci: COLONNES_ATTRIBUTS.epci,
  dateLimite: {
    nom: "date limite",
    aliases: [
      "date limite",
      "date limite de designation",
      "date limite designation",
      "limite",
      "echeance",
      "date d echeance",
    ],
  },
  candidats: {
    nom: "candidats",
    aliases: ["candidats", "nombre de candidats", "nb candidats", "candidats designes", "nombre candidats"],
  },
  commentaire: {
    nom: "commentaire",
    aliases: ["commentaire", "commentaires", "observations", "observation", "remarque", "remarques"],
  },
} as const satisfies TableSpec<string>;

/** Most findings of one kind quoted; the others are counted. */
export const CONSTATS_MAX = 20;

/** The vacancy columns per event (absent when the journal lacks the column). */
export interface ColonnesVacances {
  readonly feuille: string;
  /** EPCI as written, "" when blank. */
  readonly epci?: readonly string[] | undefined;
  /** Serial date limite, NaN when blank or unreadable. */
  readonly dateLimite?: Float64Array | undefined;
  /** Candidates designated, −1 when blank. */
  readonly candidats?: Int32Array | undefined;
  readonly commentaire?: readonly string[] | undefined;
  /** Text dates, unreadable limits or candidate counts. */
  readonly diagnostics: readonly SuiviDiagnostic[];
}

const text = (v: unknown): string => (isBlank(v) ? "" : typeof v === "string" ? trimSpaces(v) : displayValue(v));

/** Reads the vacancy columns of the journal `j` read from `grid` (the sheet `feuille`). */
export function lireColonnesVacances(grid: Grid, j: Journal, feuille: string): ColonnesVacances {
  const header = grid[j.headerRow ?? 0] ?? [];
  const cols = matchHeaderRow(header, COLONNES_VACANCES).columns;
  const dateCol = matchHeaderRow(header, JOURNAL_COLUMNS).columns.date;
  const n = j.size;
  const epci = cols.epci === undefined ? undefined : new Array<string>(n);
  const dateLimite = cols.dateLimite === undefined ? undefined : new Float64Array(n).fill(NaN);
  const candidats = cols.candidats === undefined ? undefined : new Int32Array(n).fill(-1);
  const commentaire = cols.commentaire === undefined ? undefined : new Array<string>(n);
  const diagnostics: SuiviDiagnostic[] = [];
  let textes = 0;
  let premierTexte: { ligne: number; valeur: string } | undefined;
  const diagnose = (code: "DATE_LIMITE_ILLISIBLE" | "CANDIDATS_ILLISIBLE", ligne: number, valeur: unknown): void => {
    if (diagnostics.length < CONSTATS_MAX)
      diagnostics.push({
        severity: "erreur",
        code,
        sheet: feuille,
        message: vacancesMessage(code, { feuille, ligne, valeur: displayTyped(valeur) }),
      });
  };
  for (let e = 0; e < n; e++) {
    const ligne = ligneJournal(j, e);
    const row = grid[ligne - 1] ?? [];
    if (dateCol !== undefined && typeof row[dateCol] === "string") {
      if (textes++ === 0) premierTexte = { ligne, valeur: row[dateCol] };
    }
    if (epci !== undefined) epci[e] = text(row[cols.epci ?? 0]);
    if (commentaire !== undefined) commentaire[e] = text(row[cols.commentaire ?? 0]);
    if (dateLimite !== undefined) {
      const v = row[cols.dateLimite ?? 0];
      if (!isBlank(v)) {
        const d = readDateValue(v);
        if (d === undefined) diagnose("DATE_LIMITE_ILLISIBLE", ligne, v);
        else dateLimite[e] = Math.floor(d);
      }
    }
    if (candidats !== undefined) {
      const v = row[cols.candidats ?? 0];
      if (!isBlank(v)) {
        const c = typeof v === "number" ? v : Number(text(v));
        if (Number.isInteger(c) && c >= 0 && c < 1000) candidats[e] = c;
        else diagnose("CANDIDATS_ILLISIBLE", ligne, v);
      }
    }
  }
  if (premierTexte !== undefined) {
    const nombre = textes > 1 ? String(textes - 1) : undefined;
    diagnostics.push({
      severity: "avertissement",
      code: "DATE_EN_TEXTE",
      sheet: feuille,
      message: vacancesMessage("DATE_EN_TEXTE", { feuille, ...premierTexte, ...(nombre ? { nombre } : {}) }),
    });
  }
  return { feuille, epci, dateLimite, candidats, commentaire, diagnostics };
}

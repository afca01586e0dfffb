/**
 * Checking what is typed for a vacancy (« Nouvelle vacance », a next step, `gef vacance`) and the row
 * it adds to the journal, in {@link COLONNES_JOURNAL_GEF}'s order (docs/regles/vacances.md).
 */
import { NOMS_EVENEMENTS, type Evenement } from "../evenements";
import { vacancesMessage } from "../messages/vacances";
import { cleLogement } from "../suivi/parc";
import type { SuiviDiagnostic } from "../suivi/types";
import { foldText, trimSpaces } from "../text";
import { dateFr } from "./mois";
import { plusProches } from "./proches";
import { estFermee, type Vacance } from "./vacances";

/** The fewest candidates the CALEOL examines per dwelling (CCH R.441-3). */
export const CANDIDATS_MINIMUM = 3;
/** The words of a commentaire that lift the three-candidates warning (R.441-3's exceptions). */
export const MOTS_EXCEPTION_CANDIDATS = ["candidats insuffisants", "dalo"] as const;

const erreur = (code: SuiviDiagnostic["code"], message: string, feuille?: string): SuiviDiagnostic => ({
  severity: "erreur",
  code,
  message,
  ...(feuille === undefined ? {} : { sheet: feuille }),
});

/**
 * The dwelling typed, found in the table's identifiers (`index`: key from {@link cleLogement} → row),
 * or a refusal: blank, or unknown with the closest identifiers.
 */
export function trouverLogement(
  saisi: string,
  index: ReadonlyMap<string, number>,
  feuille: string,
): { ligne: number } | SuiviDiagnostic {
  const key = cleLogement(saisi);
  if (key === "") return erreur("LOGEMENT_VIDE", vacancesMessage("LOGEMENT_VIDE"));
  const at = index.get(key);
  if (at !== undefined) return { ligne: at };
  const suggestions = plusProches(trimSpaces(saisi), index.keys());
  return erreur(
    "LOGEMENT_INCONNU",
    vacancesMessage("LOGEMENT_INCONNU", { valeur: trimSpaces(saisi), feuille, suggestions }),
    feuille,
  );
}

/** A congé is noted when received: never after `aujourdhui`. */
export function verifierConge(conge: number | undefined, aujourdhui: number): SuiviDiagnostic | undefined {
  if (conge === undefined || Math.floor(conge) <= Math.floor(aujourdhui)) return undefined;
  return erreur("CONGE_FUTUR", vacancesMessage("CONGE_FUTUR", { valeur: dateFr(conge), attendu: dateFr(aujourdhui) }));
}

/** A limit typed for a new mise à disposition must not precede it. */
export function verifierLimite(limite: number | undefined, miseADisposition: number): SuiviDiagnostic | undefined {
  if (limite === undefined || Math.floor(limite) >= Math.floor(miseADisposition)) return undefined;
  return erreur(
    "LIMITE_SAISIE_AVANT_MISE_A_DISPOSITION",
    vacancesMessage("LIMITE_SAISIE_AVANT_MISE_A_DISPOSITION", {
      valeur: dateFr(limite),
      attendu: dateFr(miseADisposition),
    }),
  );
}

/** The open vacancy of a dwelling, if any (its latest one not over). */
export function vacanceOuverte(vacances: readonly Vacance[], logement: string): Vacance | undefined {
  const key = cleLogement(logement);
  let found: Vacance | undefined;
  for (const v of vacances) if (!estFermee(v) && v.statut !== "refusee" && cleLogement(v.logement) === key) found = v;
  return found;
}

/** A new mise à disposition on a dwelling whose vacancy is still open is refused. */
export function verifierPasDeVacanceOuverte(
  vacances: readonly Vacance[],
  logement: string,
): SuiviDiagnostic | undefined {
  const v = vacanceOuverte(vacances, logement);
  if (v === undefined) return undefined;
  return erreur(
    "VACANCE_OUVERTE",
    vacancesMessage("VACANCE_OUVERTE", {
      logement: v.logement,
      ligne: v.ligne,
      reservataire: v.reservataire,
      attendu: dateFr(v.dateLimite),
    }),
  );
}

/** True when a commentaire says « candidats insuffisants » or DALO (R.441-3's exceptions). */
export function exceptionCandidats(commentaire: string): boolean {
  const t = foldText(commentaire);
  return MOTS_EXCEPTION_CANDIDATS.some((m) => t.includes(foldText(m)));
}

/** Fewer than three candidates designated: a warning (R.441-3 allows it), none for « candidats insuffisants » or DALO. */
export function verifierCandidats(
  candidats: number,
  commentaire: string,
  logement: string,
  ligne?: { feuille: string; ligne: number },
): SuiviDiagnostic | undefined {
  if (candidats < 0 || candidats >= CANDIDATS_MINIMUM || exceptionCandidats(commentaire)) return undefined;
  return {
    severity: "avertissement",
    code: "CANDIDATS_INSUFFISANTS",
    message: vacancesMessage("CANDIDATS_INSUFFISANTS", { ...ligne, logement, nombre: String(candidats) }),
  };
}

/** One event to append to the journal. */
export interface EvenementSaisi {
  readonly logement: string;
  readonly reservataire: string;
  readonly etape: Evenement;
  /** Serial days. */
  readonly date: number;
  readonly epci?: string | undefined;
  readonly dateLimite?: number | undefined;
  readonly candidats?: number | undefined;
  readonly commentaire?: string | undefined;
}

/** The row of `ev` in {@link COLONNES_JOURNAL_GEF}'s order: dates as serial numbers (to format « jj/mm/aaaa »), blanks as "". */
export function ligneDuJournal(ev: EvenementSaisi): (string | number)[] {
  return [
    ev.logement,
    ev.reservataire,
    NOMS_EVENEMENTS[ev.etape],
    Math.floor(ev.date),
    ev.epci ?? "",
    ev.dateLimite === undefined ? "" : Math.floor(ev.dateLimite),
    ev.candidats ?? "",
    ev.commentaire ?? "",
  ];
}

/** Number formats of {@link ligneDuJournal}'s cells. */
export const FORMATS_JOURNAL_GEF: readonly string[] = ["@", "@", "@", "dd/mm/yyyy", "@", "dd/mm/yyyy", "0", "@"];

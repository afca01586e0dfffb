/**
 * `gef navette` and the pane's fiches of open vacancies (docs/regles/vacances.md): one fiche navette
 * and one e-mail draft per open vacancy of the journal, or per dwelling named (its latest vacancy).
 */
import {
  cleLogement,
  estFermee,
  trouverLogement,
  vacancesDuJournal,
  vacancesMessage,
  type SuiviDiagnostic,
  type ReglesVacances,
  type SheetRead,
  type Vacance,
} from "../../domain";
import { readWorkbook, DEFAULT_REGLAGES_SUIVI } from "../suivi/travaux";
import { brouillonCourriel, type Courriel } from "./courriel";
import { colonnesAvecEpci } from "./echeances";
import { ficheNavette, ligneDuLogement, type Fiche } from "./fiche";

export interface FicheVacance {
  readonly logement: string;
  readonly reservataire: string;
  readonly fiche: Fiche;
  readonly courriel: Courriel;
}

export interface OptionsNavette {
  /** Dwellings named (all open vacancies when empty). */
  readonly logements: readonly string[];
  readonly au: number;
  readonly regles: ReglesVacances;
  readonly bailleur?: string | undefined;
}

/** The fiches of the open vacancies, or of the dwellings named; findings for a dwelling unknown or without vacancy. */
export function fichesNavette(
  sheets: readonly SheetRead[],
  o: OptionsNavette,
): { fiches: FicheVacance[]; diagnostics: SuiviDiagnostic[] } {
  const read = readWorkbook(sheets, DEFAULT_REGLAGES_SUIVI);
  if (!("js" in read)) return { fiches: [], diagnostics: read.diagnostics };
  const { js, parc } = read;
  if (parc === undefined)
    return {
      fiches: [],
      diagnostics: [{ severity: "erreur", code: "PARC_INTROUVABLE", message: vacancesMessage("PARC_INTROUVABLE") }],
    };
  const grid = sheets.find((s) => s.name === read.feuille)?.values ?? [];
  const cols = colonnesAvecEpci(js, grid, read.feuille);
  const { vacances, diagnostics } = vacancesDuJournal(js.journal, cols, o.regles, o.au);
  const out: SuiviDiagnostic[] = [...read.diagnostics, ...cols.diagnostics, ...diagnostics];
  let choisies: Vacance[];
  if (o.logements.length === 0) choisies = vacances.filter((v) => !estFermee(v) && v.statut !== "refusee");
  else {
    choisies = [];
    for (const l of o.logements) {
      const found = trouverLogement(l, parc.index, parc.feuille);
      if ("code" in found) {
        out.push(found);
        continue;
      }
      const key = cleLogement(l);
      const last = vacances.filter((v) => cleLogement(v.logement) === key && !v.remplacee).pop();
      if (last === undefined)
        out.push({
          severity: "erreur",
          code: "LOGEMENT_SANS_VACANCE",
          message: vacancesMessage("LOGEMENT_SANS_VACANCE", { logement: l.trim(), feuille: read.feuille }),
        });
      else choisies.push(last);
    }
  }
  const pgrid = sheets.find((s) => s.name === parc.feuille)?.values ?? [];
  const fiches = choisies.flatMap((v) => {
    const at = parc.index.get(cleLogement(v.logement));
    if (at === undefined) {
      const f = trouverLogement(v.logement, parc.index, parc.feuille);
      if ("code" in f) out.push(f);
      return [];
    }
    const { entete, ligne } = ligneDuLogement(pgrid, parc.ligne[at] ?? 0);
    const entree = {
      logement: v.logement,
      entete,
      ligne,
      bailleur: o.bailleur,
      miseADisposition: v.miseADisposition,
      dateLimite: v.dateLimite,
      dateValidation: v.dateValidation,
      reservataire: v.reservataire,
      raison: v.commentaire,
    };
    const fiche = ficheNavette(entree);
    return [{ logement: v.logement, reservataire: v.reservataire, fiche, courriel: brouillonCourriel(entree, fiche) }];
  });
  return { fiches, diagnostics: out };
}

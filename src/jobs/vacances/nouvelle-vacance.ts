/**
 * « Nouvelle vacance » / « Mettre à disposition » and `gef vacance` (docs/regles/vacances.md): from a
 * dwelling id and dates, the dwelling found in its table, the réservataire GEF proposes (and the user's
 * choice checked), the date limite, the journal row to append (GEF's column order), the fiche navette
 * and the e-mail draft. Nothing is written here: the callers show it, then write it.
 */
import {
  COLONNES_JOURNAL_GEF,
  INCONNU,
  dateFr,
  dateLimiteDesignation,
  delaiDe,
  libelleEpci,
  partsOf,
  serialFromParts,
  ligneDuJournal,
  proposerReservataire,
  surServi,
  trouverLogement,
  vacancesDuJournal,
  vacancesMessage,
  verifierChoix,
  verifierConge,
  verifierLimite,
  verifierPasDeVacanceOuverte,
  type SuiviDiagnostic,
  type EvenementSaisi,
  type Proposition,
  type ReglesVacances,
  type Parc,
  type SheetRead,
} from "../../domain";
import { readObjectifs } from "../suivi/sources";
import { readWorkbook, DEFAULT_REGLAGES_SUIVI, type ReglagesSuivi } from "../suivi/travaux";
import { brouillonCourriel, type Courriel } from "./courriel";
import { colonnesAvecEpci } from "./echeances";
import { ficheNavette, ligneDuLogement, type Fiche } from "./fiche";

/** What the user typed (dates as serial days). */
export interface SaisieVacance {
  readonly logement: string;
  readonly conge?: number | undefined;
  readonly liberation?: number | undefined;
  readonly miseADisposition: number;
  /** Another réservataire than the one proposed, and why. */
  readonly reservataire?: string | undefined;
  readonly motif?: string | undefined;
  /** A limit typed instead of the réservataire's delay. */
  readonly dateLimite?: number | undefined;
}

export interface OptionsVacance {
  /** Today, serial: a congé is never received after it. */
  readonly aujourdhui: number;
  readonly bailleur?: string | undefined;
  readonly regles: ReglesVacances;
  readonly reglages?: ReglagesSuivi | undefined;
}

export interface VacancePreparee {
  /** True when an error stops the write (the findings say which). */
  readonly bloquee: boolean;
  readonly diagnostics: readonly SuiviDiagnostic[];
  readonly proposition?: Proposition | undefined;
  readonly reservataire?: string | undefined;
  readonly dateLimite?: number | undefined;
  readonly evenement?: EvenementSaisi | undefined;
  /** The row to append, in {@link COLONNES_JOURNAL_GEF}'s order. */
  readonly ligne?: (string | number)[] | undefined;
  readonly fiche?: Fiche | undefined;
  readonly courriel?: Courriel | undefined;
  /** The journal's sheet (none yet: GEF creates « Journal du flux »). */
  readonly journal?: string | undefined;
}

const JOURNAL_VIERGE = "Journal du flux";
const stop = (diagnostics: SuiviDiagnostic[]): VacancePreparee => ({ bloquee: true, diagnostics });

/** Everything a mise à disposition needs, checked. */
export function preparerVacance(sheets: readonly SheetRead[], s: SaisieVacance, o: OptionsVacance): VacancePreparee {
  const reglages = o.reglages ?? DEFAULT_REGLAGES_SUIVI;
  let read = readWorkbook(sheets, reglages);
  let journal: string | undefined;
  if (!("js" in read)) {
    // No journal yet: the proposal counts nothing, GEF creates « Journal du flux » on the first write.
    read = readWorkbook([...sheets, { name: JOURNAL_VIERGE, values: [[...COLONNES_JOURNAL_GEF]] }], reglages);
    if (!("js" in read)) return stop(read.diagnostics);
  } else journal = read.feuille;
  const { js, parc, workbooks } = read;
  if (parc === undefined)
    return stop([{ severity: "erreur", code: "PARC_INTROUVABLE", message: vacancesMessage("PARC_INTROUVABLE") }]);
  const found = trouverLogement(s.logement, parc.index, parc.feuille);
  if ("code" in found) return stop([found]);
  const at = found.ligne;
  const diagnostics: SuiviDiagnostic[] = [];
  const conge = verifierConge(s.conge, o.aujourdhui);
  const limite = verifierLimite(s.dateLimite, s.miseADisposition);
  const grid = sheets.find((x) => x.name === read.feuille)?.values ?? [];
  const { vacances } = vacancesDuJournal(
    js.journal,
    colonnesAvecEpci(js, grid, read.feuille),
    o.regles,
    s.miseADisposition,
  );
  const ouverte = verifierPasDeVacanceOuverte(vacances, s.logement);
  for (const c of [conge, limite, ouverte]) if (c !== undefined) diagnostics.push(c);
  const siren =
    (parc.attributs.epci[at] ?? INCONNU) === INCONNU
      ? ""
      : (workbooks.epci.valeurs[parc.attributs.epci[at] ?? 0] ?? "");
  const logement = {
    epci: siren,
    typologie: parc.attributs.typologie[at] ?? INCONNU,
    financement: parc.attributs.financement[at] ?? INCONNU,
  };
  const ctx = { js, parc, workbooks, objectifs: readObjectifs(sheets), etape: reglages.etape, bornes: reglages.bornes };
  const proposition = proposerReservataire(ctx, logement, s.miseADisposition);
  const choix = s.reservataire?.trim() || proposition.reservataire;
  if (choix === undefined)
    return stop([...diagnostics, { severity: "erreur", code: "AUCUN_OBJECTIF", message: proposition.raison }]);
  const choisi = s.reservataire?.trim() ? verifierChoix(proposition, choix, s.motif ?? "", siren) : [];
  diagnostics.push(...choisi);
  const autre = proposition.reservataire !== undefined && choix !== proposition.reservataire;
  diagnostics.push(
    ...(autre
      ? surServi(ctx, logement, choix, {
          debut: serialFromParts(partsOf(s.miseADisposition).annee, 1, 1) ?? 0,
          fin: Math.floor(s.miseADisposition),
        })
      : proposition.avertissements),
  );
  const epci = siren === "" ? "" : libelleEpci(siren);
  const dateLimite = dateLimiteDe(o, s, choix, epci, limite === undefined, diagnostics);
  const raison = autre
    ? vacancesMessage("CHOIX_UTILISATEUR", {
        reservataire: choix,
        valeur: proposition.reservataire ?? "",
        detail: s.motif?.trim() ?? "",
      })
    : proposition.raison;
  const { evenement, fiche, courriel } = ecrits(sheets, { parc, at }, s, o, { choix, epci, dateLimite, raison });
  const bloquee = diagnostics.some((c) => c.severity === "erreur");
  return {
    bloquee,
    diagnostics,
    proposition,
    reservataire: choix,
    dateLimite,
    evenement,
    ligne: ligneDuJournal(evenement),
    fiche,
    courriel,
    journal,
  };
}

/** The date limite: the one typed when valid, else the réservataire's delay (capped in a zone tendue, which is said). */
function dateLimiteDe(
  o: OptionsVacance,
  s: SaisieVacance,
  choix: string,
  epci: string,
  limiteValide: boolean,
  diagnostics: SuiviDiagnostic[],
): number {
  const { delai, zoneTendue } = delaiDe(o.regles, choix, epci);
  const calc = dateLimiteDesignation(s.miseADisposition, delai, zoneTendue);
  if (calc.plafonne)
    diagnostics.push({
      severity: "info",
      code: "DELAI_PLAFONNE",
      message: vacancesMessage("DELAI_PLAFONNE", {
        reservataire: choix,
        epci,
        valeur: delai.mois > 0 ? `${delai.mois} mois` : `${delai.jours} jours`,
        attendu: dateFr(calc.limite),
      }),
    });
  return s.dateLimite !== undefined && limiteValide ? Math.floor(s.dateLimite) : calc.limite;
}

/** The journal row, the fiche navette and the e-mail draft of the vacancy. */
function ecrits(
  sheets: readonly SheetRead[],
  where: { readonly parc: Parc; readonly at: number },
  s: SaisieVacance,
  o: OptionsVacance,
  v: { readonly choix: string; readonly epci: string; readonly dateLimite: number; readonly raison: string },
): { evenement: EvenementSaisi; fiche: Fiche; courriel: Courriel } {
  const { parc, at } = where;
  const { choix, epci, dateLimite, raison } = v;
  const idLogement = s.logement.trim();
  const evenement: EvenementSaisi = {
    logement: idLogement,
    reservataire: choix,
    etape: "MISE_A_DISPOSITION",
    date: s.miseADisposition,
    epci,
    dateLimite,
    commentaire: raison,
  };
  const pgrid = sheets.find((x) => x.name === parc.feuille)?.values ?? [];
  const { entete, ligne } = ligneDuLogement(pgrid, parc.ligne[at] ?? 0);
  const dateValidation =
    o.regles.validationJours === undefined ? undefined : Math.floor(s.miseADisposition) + o.regles.validationJours;
  const entree = {
    logement: idLogement,
    entete,
    ligne,
    bailleur: o.bailleur,
    conge: s.conge,
    liberation: s.liberation,
    miseADisposition: s.miseADisposition,
    dateLimite,
    dateValidation,
    reservataire: choix,
    raison,
  };
  const fiche = ficheNavette(entree);
  const courriel = brouillonCourriel(entree, fiche);
  return { evenement, fiche, courriel };
}

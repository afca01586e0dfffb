/**
 * The vacancies of a journal and their status on a day (docs/regles/vacances.md). A vacancy starts at
 * a mise à disposition and runs until its bail signé or retour bailleur, or until the dwelling is made
 * available again (a re-offer, after a refusal or a missed limit). Its date limite is the journal's
 * « Date limite » when given, else the réservataire's delay from the mise à disposition (one month by
 * default, never above one month in a zone tendue).
 */
import { groupOrder, type ReglesDecompte } from "../decompte";
import { EV, RANG_EVENEMENT, NOMS_EVENEMENTS, EVENEMENTS } from "../evenements";
import { ligneJournal, type Journal } from "../journal";
import { vacancesMessage, type VacancesParams } from "../messages/vacances";
import type { SuiviDiagnostic } from "../suivi/types";
import { foldText } from "../text";
import { CONSTATS_MAX, type ColonnesVacances } from "./colonnes";
import { UN_MOIS, ajouterDelai, dateFr, dateLimiteDesignation, type Delai } from "./mois";

export type StatutVacance =
  "a_designer" | "en_retard" | "designee" | "proposee" | "attribuee" | "bail_signe" | "retour_bailleur" | "refusee";

/** Every status, in the order of the vacancy's path. */
export const STATUTS: readonly StatutVacance[] = [
  "a_designer",
  "en_retard",
  "designee",
  "proposee",
  "attribuee",
  "bail_signe",
  "retour_bailleur",
  "refusee",
];

/** The statuses as the pane, the sheets and `gef` write them. */
export const NOMS_STATUTS: Readonly<Record<StatutVacance, string>> = {
  a_designer: "à désigner",
  en_retard: "en retard",
  designee: "désignée",
  proposee: "proposée en CALEOL",
  attribuee: "attribuée",
  bail_signe: "bail signé",
  retour_bailleur: "retour bailleur",
  refusee: "refusée",
};

/** The rules of a convention for its vacancies: the décompte's, and the délais. */
export interface ReglesVacances extends ReglesDecompte {
  /** Delay per réservataire, by folded name ({@link foldText}); one month otherwise. */
  readonly delais?: ReadonlyMap<string, Delai> | undefined;
  /** EPCI in a zone tendue, folded (SIREN or name as the journal writes it). */
  readonly zonesTendues?: ReadonlySet<string> | undefined;
}

export interface Vacance {
  readonly logement: string;
  readonly reservataire: string;
  /** As the journal's EPCI column writes it, "" without. */
  readonly epci: string;
  /** Serial days. */
  readonly miseADisposition: number;
  readonly dateLimite: number;
  /** The validation step's limit, when the convention has one. */
  readonly dateValidation: number | undefined;
  /** True when the delay asked was capped at one month (zone tendue). */
  readonly plafonne: boolean;
  readonly statut: StatutVacance;
  /** dateLimite − the day asked (negative once passed). */
  readonly joursRestants: number;
  /** Journal line of the mise à disposition (header = line 1). */
  readonly ligne: number;
  /** First désignation's day and candidates (−1 when not said), bail's day. */
  readonly designation: number | undefined;
  readonly candidats: number;
  readonly bail: number | undefined;
  /** Made available again to someone before it ended: only listed with « tout ». */
  readonly remplacee: boolean;
  /** The commentaire of its mise à disposition (« candidats insuffisants », « DALO », a reason kept). */
  readonly commentaire: string;
}

/** Statuses of a vacancy that is over. */
export const estFermee = (v: Pick<Vacance, "statut" | "remplacee">): boolean =>
  v.remplacee || v.statut === "bail_signe" || v.statut === "retour_bailleur";

/** The delay of réservataire `nom` and whether `epci` is in a zone tendue. */
export function delaiDe(regles: ReglesVacances, nom: string, epci: string): { delai: Delai; zoneTendue: boolean } {
  return {
    delai: regles.delais?.get(foldText(nom)) ?? UN_MOIS,
    zoneTendue: epci !== "" && (regles.zonesTendues?.has(foldText(epci)) ?? false),
  };
}

interface Open {
  mad: number;
  last: number;
  designation: number | undefined;
  candidats: number;
  bail: number | undefined;
}

/**
 * The vacancies of `j` on day `au`, dwelling by dwelling (each dwelling's events by date, step and
 * row), and the journal's inconsistencies: a step before any mise à disposition, a dwelling made
 * available again while its vacancy is still within its limit, a limit before its mise à disposition.
 */
export function vacancesDuJournal(
  j: Journal,
  cols: ColonnesVacances,
  regles: ReglesVacances,
  au: number,
): { vacances: Vacance[]; diagnostics: SuiviDiagnostic[] } {
  const out: Vacance[] = [];
  const diagnostics: SuiviDiagnostic[] = [];
  // Findings are built only while under the cap: a journal of a million rows may hold many.
  const note = (c: () => SuiviDiagnostic): void =>
    void (diagnostics.length < CONSTATS_MAX * 3 && diagnostics.push(c()));
  const delais = new Map<string, ReturnType<typeof delaiDe>>();
  const { date: D, etape: E } = j;
  const rank = (e: number): number => RANG_EVENEMENT[E[e] as number] ?? 0;
  const before = (a: number, b: number): number => (D[a] as number) - (D[b] as number) || rank(a) - rank(b) || a - b;
  const order = groupOrder(j);
  const at = (k: number): number => (order === undefined ? k : (order[k] as number));
  const make = (o: Open, remplacee: boolean): Vacance => vacance(j, cols, { regles, delais }, au, o, remplacee, note);
  const n = j.size;
  for (let a = 0; a < n;) {
    const g = j.logement[at(a)];
    let b = a + 1;
    let sorted = true;
    for (; b < n && j.logement[at(b)] === g; b++) if (sorted && before(at(b - 1), at(b)) > 0) sorted = false;
    const events = sorted ? undefined : Int32Array.from({ length: b - a }, (_, i) => at(a + i)).sort(before);
    let cur: Open | undefined;
    for (let k = a; k < b; k++) {
      const e = events === undefined ? at(k) : (events[k - a] as number);
      const s = E[e] as number;
      if (s === EV.MAD) {
        if (cur !== undefined) {
          const old = make(cur, true);
          if (old.statut !== "refusee" && Math.floor(D[e] as number) <= old.dateLimite) {
            note(() => deuxOuvertes(j, cols.feuille, e, old));
          }
          out.push(old);
        }
        cur = { mad: e, last: e, designation: undefined, candidats: -1, bail: undefined };
        continue;
      }
      if (cur === undefined) {
        if (s >= EV.VALIDATION && s !== EV.RETOUR_BAILLEUR) {
          note(() => sansMiseADisposition(j, cols.feuille, e));
        }
        continue;
      }
      if (s !== EV.VALIDATION) cur.last = e;
      if (s === EV.DESIGNATION && cur.designation === undefined) {
        cur.designation = Math.floor(D[e] as number);
        cur.candidats = cols.candidats?.[e] ?? -1;
      }
      if (s === EV.BAIL || s === EV.RETOUR_BAILLEUR) {
        if (s === EV.BAIL) cur.bail = Math.floor(D[e] as number);
        out.push(make(cur, false));
        cur = undefined;
      }
    }
    if (cur !== undefined) out.push(make(cur, false));
    a = b;
  }
  return { vacances: out, diagnostics };
}

/** A dwelling made available again (event `e`) while its vacancy `old` is still within its limit. */
function deuxOuvertes(j: Journal, feuille: string, e: number, old: Vacance): SuiviDiagnostic {
  const p: VacancesParams = {
    feuille,
    ligne: ligneJournal(j, e),
    autreLigne: old.ligne,
    logement: old.logement,
    reservataire: old.reservataire,
    valeur: dateFr(j.date[e] as number),
    attendu: dateFr(old.dateLimite),
  };
  return {
    severity: "avertissement",
    code: "DEUX_VACANCES_OUVERTES",
    sheet: feuille,
    message: vacancesMessage("DEUX_VACANCES_OUVERTES", p),
  };
}

/** A step of a vacancy (event `e`) before any mise à disposition of its dwelling. */
function sansMiseADisposition(j: Journal, feuille: string, e: number): SuiviDiagnostic {
  const p: VacancesParams = {
    feuille,
    ligne: ligneJournal(j, e),
    logement: j.logements[j.logement[e] ?? 0] ?? "",
    valeur: dateFr(j.date[e] as number),
    detail: NOMS_EVENEMENTS[EVENEMENTS[j.etape[e] as number] ?? "DESIGNATION"],
  };
  return {
    severity: "erreur",
    code: "SANS_MISE_A_DISPOSITION",
    sheet: feuille,
    message: vacancesMessage("SANS_MISE_A_DISPOSITION", p),
  };
}

const STATUT_DU_DERNIER: Readonly<Record<number, StatutVacance>> = {
  [EV.DESIGNATION]: "designee",
  [EV.PROPOSITION]: "proposee",
  [EV.ATTRIBUTION]: "attribuee",
  [EV.BAIL]: "bail_signe",
  [EV.RETOUR_BAILLEUR]: "retour_bailleur",
  [EV.REFUS]: "refusee",
};

/** The rules, and each réservataire's delay in each EPCI once found (by réservataire id and EPCI). */
interface Regles {
  readonly regles: ReglesVacances;
  readonly delais: Map<string, ReturnType<typeof delaiDe>>;
}

function vacance(
  j: Journal,
  cols: ColonnesVacances,
  r: Regles,
  au: number,
  o: Open,
  remplacee: boolean,
  note: (c: () => SuiviDiagnostic) => void,
): Vacance {
  const { regles } = r;
  const e = o.mad;
  const mad = Math.floor(j.date[e] as number);
  const reservataire = j.reservataires[j.reservataire[e] ?? 0] ?? "";
  const epci = cols.epci?.[e] ?? "";
  const ligne = ligneJournal(j, e);
  const key = `${j.reservataire[e] ?? 0}\u0000${epci}`;
  let d = r.delais.get(key);
  if (d === undefined) {
    d = delaiDe(regles, reservataire, epci);
    r.delais.set(key, d);
  }
  const { delai, zoneTendue } = d;
  let { limite, plafonne } = dateLimiteDesignation(mad, delai, zoneTendue);
  const typed = cols.dateLimite?.[e] ?? NaN;
  if (!Number.isNaN(typed)) {
    if (typed < mad) {
      const p = { feuille: cols.feuille, ligne, valeur: dateFr(typed), attendu: dateFr(mad) };
      note(() => ({
        severity: "erreur",
        code: "LIMITE_AVANT_MISE_A_DISPOSITION",
        sheet: cols.feuille,
        message: vacancesMessage("LIMITE_AVANT_MISE_A_DISPOSITION", p),
      }));
    } else {
      [limite, plafonne] = [typed, false];
    }
  }
  const jour = Math.floor(au);
  const dernier = o.last === e ? undefined : STATUT_DU_DERNIER[j.etape[o.last] as number];
  const statut: StatutVacance = dernier ?? (jour > limite ? "en_retard" : "a_designer");
  const v = regles.validationJours;
  return {
    logement: j.logements[j.logement[e] ?? 0] ?? "",
    reservataire,
    epci,
    miseADisposition: mad,
    dateLimite: limite,
    dateValidation: v === undefined ? undefined : ajouterDelai(mad, { mois: 0, jours: v }),
    plafonne,
    statut,
    joursRestants: limite - jour,
    ligne,
    designation: o.designation,
    candidats: o.candidats,
    bail: o.bail,
    remplacee,
    commentaire: cols.commentaire?.[e] ?? "",
  };
}

/**
 * « À relancer » on day `au`: open vacancies whose limit has passed or falls within `jours` days,
 * the most urgent first (then by dwelling); with `tout`, every vacancy, closed and re-offered ones too.
 */
export function aRelancer(vacances: readonly Vacance[], jours: number, tout = false): Vacance[] {
  const keep = tout ? vacances.slice() : vacances.filter((v) => !estFermee(v) && v.joursRestants <= jours);
  return keep.sort(
    (a, b) =>
      a.joursRestants - b.joursRestants ||
      (a.logement < b.logement ? -1 : a.logement > b.logement ? 1 : a.ligne - b.ligne),
  );
}

/**
 * « À relancer » and `gef echeances` (docs/regles/vacances.md): the vacancies of the journal on a day,
 * those whose limit has passed or falls within N days (all of them with « tout »), each with its
 * réservataire, EPCI, dates, days left and status.
 */
import {
  aRelancer,
  isoFromSerial,
  libelleEpci,
  lireColonnesVacances,
  vacancesDuJournal,
  type ColonnesVacances,
  type SuiviDiagnostic,
  type JournalSuivi,
  type ReglesVacances,
  type SheetRead,
  type StatutVacance,
  type Vacance,
} from "../../domain";
import { readWorkbook, DEFAULT_REGLAGES_SUIVI, type ReglagesSuivi } from "../suivi/travaux";

/** One line of « À relancer », as `gef echeances --json` prints it (exactly these keys). */
export interface Echeance {
  readonly logement: string;
  readonly reservataire: string;
  readonly epci: string;
  /** ISO dates « AAAA-MM-JJ ». */
  readonly miseADisposition: string;
  readonly dateLimite: string;
  /** Negative once the limit has passed. */
  readonly joursRestants: number;
  readonly statut: StatutVacance;
}

/** Days ahead « À relancer » looks by default. */
export const DEFAULT_JOURS_RELANCE = 7;

export interface OptionsEcheances {
  /** Serial day the list is made on (today by default, chosen by the caller). */
  readonly au: number;
  readonly jours: number;
  readonly tout: boolean;
  readonly regles: ReglesVacances;
  readonly reglages?: ReglagesSuivi | undefined;
}

export interface ResultatEcheances {
  readonly lignes: readonly Echeance[];
  /** Every vacancy of the journal (the pane records the next step from them). */
  readonly vacances: readonly Vacance[];
  readonly diagnostics: readonly SuiviDiagnostic[];
  /** Vacancies listed whose limit has passed without a designation (`gef echeances` exits 1). */
  readonly enRetard: number;
  readonly feuille?: string | undefined;
}

/** The vacancy columns, the EPCI taken from the dwelling table (or the commune) when the journal has no EPCI column. */
export function colonnesAvecEpci(
  js: JournalSuivi,
  grid: readonly (readonly unknown[])[],
  feuille: string,
): ColonnesVacances {
  const cols = lireColonnesVacances(grid, js.journal, feuille);
  if (cols.epci !== undefined || !js.localise) return cols;
  const ids = js.attributs.epci;
  const epci = Array.from(ids, (id) => (id < 0 ? "" : libelleEpci(js.epciSirens[id] ?? "")));
  return { ...cols, epci };
}

/** The line of a vacancy. */
export function echeance(v: Vacance): Echeance {
  return {
    logement: v.logement,
    reservataire: v.reservataire,
    epci: v.epci,
    miseADisposition: isoFromSerial(v.miseADisposition),
    dateLimite: isoFromSerial(v.dateLimite),
    joursRestants: v.joursRestants,
    statut: v.statut,
  };
}

/** « À relancer » from a workbook's sheets (the journal: the first sheet holding one). */
export function echeances(sheets: readonly SheetRead[], o: OptionsEcheances): ResultatEcheances {
  const read = readWorkbook(sheets, o.reglages ?? DEFAULT_REGLAGES_SUIVI);
  if (!("js" in read)) return { lignes: [], vacances: [], diagnostics: read.diagnostics, enRetard: 0 };
  const grid = sheets.find((s) => s.name === read.feuille)?.values ?? [];
  const cols = colonnesAvecEpci(read.js, grid, read.feuille);
  const { vacances, diagnostics } = vacancesDuJournal(read.js.journal, cols, o.regles, o.au);
  const liste = aRelancer(vacances, o.jours, o.tout);
  const enRetard = liste.filter((v) => v.statut === "en_retard" && !v.remplacee).length;
  return {
    lignes: liste.map(echeance),
    vacances,
    diagnostics: [...read.diagnostics, ...cols.diagnostics, ...diagnostics],
    enRetard,
    feuille: read.feuille,
  };
}

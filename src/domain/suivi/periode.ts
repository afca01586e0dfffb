/**
 * The period of a bilan (docs/choix.md « Périodes d'un bilan et attendu à date »): S1 = 1 January – 30 June, S2 = 1
 * July – 31 December, année = the calendar year, or two dates. The count and the expected count always
 * cover the same days: for S1, S2 and the year, from 1 January to the period's end (S2 is judged on
 * the whole year so far, and its bilan also shows the counts of 1 July – 31 December alone); for two
 * dates, those dates only. Expected = annual objective × days covered ÷ days in the year, so that a
 * journal exactly on schedule shows an écart of 0 in every bilan.
 */
import { isoFromSerial, readDateValue, serialFromParts } from "../dates";
import { suiviMessage, suiviProblem, type SuiviCode, type SuiviParams } from "../messages/suivi";
import { formatNombre, formatPourcent } from "../text";
import { failWith, type Problem, type Result } from "../messages/result";

const refuse = <T>(code: SuiviCode, params: SuiviParams = {}): Result<T, Problem<SuiviCode>> =>
  failWith(suiviProblem(code, params));

export type TypePeriode = "S1" | "S2" | "ANNEE" | "DATES";

/** What the user chose (pane fields or `gef` options); dates as DECOMPTE reads them. */
export interface ChoixPeriode {
  readonly type: TypePeriode;
  /** Year of S1, S2 or année; default: the year of the journal's latest event. */
  readonly annee?: number | undefined;
  readonly debut?: unknown;
  readonly fin?: unknown;
}

export interface PeriodeSuivi {
  readonly type: TypePeriode;
  readonly annee: number;
  /** Serial days, inclusive: the days counted and compared with the objective (S2: from 1 January). */
  readonly debut: number;
  readonly fin: number;
  /** S2 only: the semester alone (1 July – 31 December), whose counts the bilan shows beside, labelled as such. */
  readonly semestre?: { readonly debut: number; readonly fin: number; readonly libelle: string } | undefined;
  /** The days counted, « du 01/01/2024 au 31/12/2024 ». */
  readonly libelleComptes: string;
  /** « S1 2024 », « année 2024 », « du 01/03/2024 au 15/09/2024 ». */
  readonly libelle: string;
  /** Name of the bilan sheet, at most 31 characters: « Bilan S1 2024 », « Bilan 2024 ». */
  readonly feuille: string;
  /**
   * Share of the annual objective expected over the days counted: days ÷ days in the year (S1 2024:
   * 182 ÷ 366; March 2024: 31 ÷ 366); a period across two years adds each year's share.
   */
  readonly fractionAnnee: number;
  /** Days counted. */
  readonly jours: number;
}

const fr = (serial: number): string => {
  const [y, m, d] = isoFromSerial(serial).split("-");
  return `${d ?? ""}/${m ?? ""}/${y ?? ""}`;
};

const yearOf = (serial: number): number => Number(isoFromSerial(serial).slice(0, 4));

/** Σ over the days from `debut` to `fin` (inclusive) of 1 ÷ days in that day's year. */
function fraction(debut: number, fin: number): number {
  let share = 0;
  for (let y = yearOf(debut); y <= yearOf(fin); y++) {
    const jan1 = serialFromParts(y, 1, 1) ?? debut;
    const next = serialFromParts(y + 1, 1, 1) ?? jan1 + 365;
    const days = Math.min(fin + 1, next) - Math.max(debut, jan1);
    if (days > 0) share += days / (next - jan1);
  }
  return share;
}

const du = (debut: number, fin: number): string => `du ${fr(debut)} au ${fr(fin)}`;

/**
 * The period chosen, or a French message saying what to type instead.
 * @param last serial date of the journal's latest event (default year), if any
 */
export function readPeriode(choix: ChoixPeriode, last?: number): Result<PeriodeSuivi, Problem<SuiviCode>> {
  if (choix.type === "DATES") {
    const debut = readDateValue(choix.debut);
    const fin = readDateValue(choix.fin);
    if (debut === undefined || fin === undefined) {
      const which = debut === undefined ? "de début" : "de fin";
      return refuse("PERIODE_DATE_ILLISIBLE", { valeur: which });
    }
    if (Math.floor(debut) > Math.floor(fin)) {
      return refuse("PERIODE_INVERSEE", { valeur: fr(debut), attendu: fr(fin) });
    }
    const [d0, d1] = [Math.floor(debut), Math.floor(fin)];
    const libelle = du(d0, d1);
    const feuille = `Bilan ${fr(d0).replace(/\//g, "-")} au ${fr(d1).replace(/\//g, "-")}`;
    return {
      ok: true,
      value: {
        type: "DATES",
        annee: yearOf(fin),
        debut: d0,
        fin: d1,
        libelleComptes: libelle,
        libelle,
        feuille,
        fractionAnnee: fraction(d0, d1),
        jours: d1 - d0 + 1,
      },
    };
  }
  const annee = choix.annee ?? (last === undefined ? undefined : yearOf(last));
  if (annee === undefined) return refuse("PERIODE_SANS_ANNEE");
  if (!Number.isInteger(annee) || annee < 1950 || annee > 2200) {
    return refuse("PERIODE_ANNEE_INVALIDE", { valeur: String(annee) });
  }
  const jan1 = serialFromParts(annee, 1, 1) ?? 0;
  const jun30 = serialFromParts(annee, 6, 30) ?? 0;
  const dec31 = serialFromParts(annee, 12, 31) ?? 0;
  const [fin, libelle, sheet] =
    choix.type === "S1"
      ? [jun30, `S1 ${annee}`, `Bilan S1 ${annee}`]
      : choix.type === "S2"
        ? [dec31, `S2 ${annee}`, `Bilan S2 ${annee}`]
        : [dec31, `année ${annee}`, `Bilan ${annee}`];
  // S2 is counted from 1 January, like its expected count; the semester alone is shown beside (docs/choix.md
  // « Périodes d'un bilan et attendu à date »).
  const semestre = choix.type === "S2" ? { debut: jun30 + 1, fin: dec31, libelle: du(jun30 + 1, dec31) } : undefined;
  const value: PeriodeSuivi = {
    type: choix.type,
    annee,
    debut: jan1,
    fin,
    semestre,
    libelleComptes: du(jan1, fin),
    libelle,
    feuille: sheet,
    fractionAnnee: fraction(jan1, fin),
    jours: fin - jan1 + 1,
  };
  return { ok: true, value };
}

/** Reads « S1 », « s2 », « année », « annee », « an » (for `gef --periode` and the pane). */
export function typePeriode(text: string): TypePeriode | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  if (t === "s1" || t === "semestre 1") return "S1";
  if (t === "s2" || t === "semestre 2") return "S2";
  if (t === "annee" || t === "an" || t === "annuel") return "ANNEE";
  if (t === "dates") return "DATES";
  return undefined;
}

/**
 * The rules of a bilan of this period, in French, as the bilan sheet, the pane and `gef` state them
 * under the table: the days the counts and the attendu cover, the share of the objective, the
 * atteinte's basis (the year's objective), for S2 where the semester alone is, what a total's
 * atteinte and écart are computed over; then the taux de chute's cohort (src/domain/chute.ts).
 */
export function reglesBilan(p: PeriodeSuivi): string[] {
  const share = formatPourcent(p.fractionAnnee);
  const lines = [
    suiviMessage("REGLE_ATTENDU", { libelle: p.libelleComptes, nombre: formatNombre(p.jours), valeur: share }),
  ];
  lines.push(suiviMessage("REGLE_ATTEINTE", { valeur: share }));
  if (p.semestre !== undefined) lines.push(suiviMessage("REGLE_ATTENDU_S2", { libelle: p.semestre.libelle }));
  lines.push(suiviMessage("REGLE_TOTAL"));
  lines.push(suiviMessage("REGLE_CHUTE"));
  return lines;
}

/**
 * The period of a bilan [D, DOMAIN.md « Suivi du flux »]: S1 = 1 January – 30 June, S2 = 1 July –
 * 31 December, année = the calendar year, or two dates. The expected count to date is the annual
 * objective × days elapsed in the year at the period's end ÷ days in that year.
 */
import { isoFromSerial, readDateValue, serialFromParts } from "../dates";
import { suiviProblem, type SuiviCode, type SuiviParams } from "../messages/suivi";
import { failWith, type Problem, type Result } from "../messages/result";

const refuse = <T>(code: SuiviCode, params: SuiviParams = {}): Result<T, Problem<SuiviCode>> => failWith(suiviProblem(code, params));

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
  /** Serial days, inclusive. */
  readonly debut: number;
  readonly fin: number;
  /** « S1 2024 », « année 2024 », « du 01/03/2024 au 15/09/2024 ». */
  readonly libelle: string;
  /** Name of the bilan sheet, at most 31 characters: « Bilan S1 2024 », « Bilan 2024 ». */
  readonly feuille: string;
  /** Share of the year elapsed at the period's end (S1 2024: 182 ÷ 366). */
  readonly fractionAnnee: number;
}

const fr = (serial: number): string => {
  const [y, m, d] = isoFromSerial(serial).split("-");
  return `${d ?? ""}/${m ?? ""}/${y ?? ""}`;
};

const yearOf = (serial: number): number => Number(isoFromSerial(serial).slice(0, 4));

/** Days of year `y` elapsed at the end of serial day `serial` (1 January → 1). */
function fraction(serial: number): number {
  const y = yearOf(serial);
  const jan1 = serialFromParts(y, 1, 1) ?? serial;
  const next = serialFromParts(y + 1, 1, 1) ?? serial + 365;
  return (Math.floor(serial) - jan1 + 1) / (next - jan1);
}

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
    const libelle = `du ${fr(debut)} au ${fr(fin)}`;
    return {
      ok: true,
      value: { type: "DATES", annee: yearOf(fin), debut: Math.floor(debut), fin: Math.floor(fin), libelle, feuille: `Bilan ${fr(debut).replace(/\//g, "-")} au ${fr(fin).replace(/\//g, "-")}`, fractionAnnee: fraction(fin) },
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
  const [debut, fin, libelle, sheet] =
    choix.type === "S1"
      ? [jan1, jun30, `S1 ${annee}`, `Bilan S1 ${annee}`]
      : choix.type === "S2"
        ? [jun30 + 1, dec31, `S2 ${annee}`, `Bilan S2 ${annee}`]
        : [jan1, dec31, `année ${annee}`, `Bilan ${annee}`];
  return { ok: true, value: { type: choix.type, annee, debut, fin, libelle, feuille: sheet, fractionAnnee: fraction(fin) } };
}

/** Reads « S1 », « s2 », « année », « annee », « an » (for `gef --periode` and the pane). */
export function typePeriode(text: string): TypePeriode | undefined {
  const t = text.trim().toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  if (t === "s1" || t === "semestre 1") return "S1";
  if (t === "s2" || t === "semestre 2") return "S2";
  if (t === "annee" || t === "an" || t === "annuel") return "ANNEE";
  if (t === "dates") return "DATES";
  return undefined;
}

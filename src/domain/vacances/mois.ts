/**
 * The délais of a vacancy (docs/regles/vacances.md): one month from a day is the same day number in
 * the next month, or that month's last day when it has no such day (31 January 2024 → 29 February
 * 2024), as French procedure counts months (code de procédure civile, art. 641); a delay in days
 * counts calendar days. In a zone tendue the réservataire's delay never exceeds one month (CCH L.441-1).
 */
/** Serial number of 1970-01-01 (Excel counts from 1899-12-30 once its 1900 leap-year bug is passed). */
const EPOCH = 25_569;

/** A delay: whole months, or calendar days (one of the two is 0). */
export interface Delai {
  readonly mois: number;
  readonly jours: number;
}

/** One month: the law's delay in a zone tendue and GEF's default everywhere. */
export const UN_MOIS: Delai = { mois: 1, jours: 0 };
/** The optional validation step's delay by default (DDETS 13's « validée … dans un délai de 5 jours »). */
export const DEFAULT_VALIDATION_JOURS = 5;

/**
 * Year, month (1–12) and day of a serial day, in integer arithmetic (the proleptic Gregorian
 * calendar's days from civil, H. Hinnant's algorithm): « À relancer » computes it for every vacancy.
 */
export function partsOf(serial: number): { annee: number; mois: number; jour: number } {
  const z = Math.floor(serial) - EPOCH + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const jour = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mois = mp < 10 ? mp + 3 : mp - 9;
  return { annee: yoe + era * 400 + (mois <= 2 ? 1 : 0), mois, jour };
}

/** The serial day of a calendar day (no check: `jour` is within its month). */
function serialOf(annee: number, mois: number, jour: number): number {
  const y = mois <= 2 ? annee - 1 : annee;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (mois > 2 ? mois - 3 : mois + 9) + 2) / 5) + jour - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468 + EPOCH;
}

const bissextile = (a: number): boolean => (a % 4 === 0 && a % 100 !== 0) || a % 400 === 0;
const JOURS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `mois` (1–12) of `annee`. */
function joursDuMois(annee: number, mois: number): number {
  return mois === 2 && bissextile(annee) ? 29 : (JOURS[mois - 1] ?? 31);
}

/** `serial` plus `n` months: the same day number, or the target month's last day (31/01/2024 + 1 → 29/02/2024). */
export function ajouterMois(serial: number, n: number): number {
  const { annee, mois, jour } = partsOf(serial);
  const index = annee * 12 + (mois - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return serialOf(y, m, Math.min(jour, joursDuMois(y, m)));
}

/** The date limite of a delay from `depuis`. */
export function ajouterDelai(depuis: number, d: Delai): number {
  return ajouterMois(Math.floor(depuis), d.mois) + d.jours;
}

/**
 * The date limite de désignation: `delai` from the mise à disposition, capped at one month when the
 * dwelling is in a zone tendue (`plafonne` then says the delay asked was longer).
 */
export function dateLimiteDesignation(
  miseADisposition: number,
  delai: Delai,
  zoneTendue: boolean,
): { limite: number; plafonne: boolean } {
  const limite = ajouterDelai(miseADisposition, delai);
  const plafond = ajouterMois(Math.floor(miseADisposition), 1);
  return zoneTendue && limite > plafond ? { limite: plafond, plafonne: true } : { limite, plafonne: false };
}

/** « 15/01/2024 » */
export function dateFr(serial: number): string {
  const { annee, mois, jour } = partsOf(serial);
  return `${String(jour).padStart(2, "0")}/${String(mois).padStart(2, "0")}/${annee}`;
}

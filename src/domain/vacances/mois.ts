/**
 * The délais of a vacancy (docs/regles/vacances.md): one month from a day is the same day number in
 * the next month, or that month's last day when it has no such day (31 January 2024 → 29 February
 * 2024), as French procedure counts months (code de procédure civile, art. 641); a delay in days
 * counts calendar days. In a zone tendue the réservataire's delay never exceeds one month (CCH L.441-1).
 */
import { isoFromSerial, serialFromParts } from "../dates";

/** A delay: whole months, or calendar days (one of the two is 0). */
export interface Delai {
  readonly mois: number;
  readonly jours: number;
}

/** One month: the law's delay in a zone tendue and GEF's default everywhere. */
export const UN_MOIS: Delai = { mois: 1, jours: 0 };
/** The optional validation step's delay by default (DDETS 13's « validée … dans un délai de 5 jours »). */
export const VALIDATION_JOURS_DEFAUT = 5;

/** Year, month (1–12) and day of a serial day. */
export function partsOf(serial: number): { annee: number; mois: number; jour: number } {
  const [y, m, d] = isoFromSerial(Math.floor(serial)).split("-").map(Number);
  return { annee: y ?? 0, mois: m ?? 0, jour: d ?? 0 };
}

/** Days in month `mois` (1–12) of `annee`. */
function joursDuMois(annee: number, mois: number): number {
  return new Date(Date.UTC(annee, mois, 0)).getUTCDate();
}

/** `serial` plus `n` months: the same day number, or the target month's last day (31/01/2024 + 1 → 29/02/2024). */
export function ajouterMois(serial: number, n: number): number {
  const { annee, mois, jour } = partsOf(serial);
  const index = annee * 12 + (mois - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return serialFromParts(y, m, Math.min(jour, joursDuMois(y, m))) ?? Math.floor(serial);
}

/** The date limite of a delay from `depuis`. */
export function ajouterDelai(depuis: number, d: Delai): number {
  return ajouterMois(Math.floor(depuis), d.mois) + d.jours;
}

/**
 * The date limite de désignation: `delai` from the mise à disposition, capped at one month when the
 * dwelling is in a zone tendue (`plafonne` then says the delay asked was longer).
 */
export function dateLimiteDesignation(miseADisposition: number, delai: Delai, zoneTendue: boolean): { limite: number; plafonne: boolean } {
  const limite = ajouterDelai(miseADisposition, delai);
  const plafond = ajouterMois(Math.floor(miseADisposition), 1);
  return zoneTendue && limite > plafond ? { limite: plafond, plafonne: true } : { limite, plafonne: false };
}

/** « 15/01/2024 » */
export function dateFr(serial: number): string {
  const { annee, mois, jour } = partsOf(serial);
  return `${String(jour).padStart(2, "0")}/${String(mois).padStart(2, "0")}/${annee}`;
}

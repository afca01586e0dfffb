/**
 * Years that differ (docs/choix.md « Années qui diffèrent »): a bilan compared with objectives of another year, or an
 * annual bilan whose forecast comes from another year's template, is flagged (issue 24, 8). The objectives' year is the
 * one GEF wrote in the title of its « Objectifs » sheet (the template's convention year, or the
 * Suivi tab's « Année » for a typed volume); GEF's sheet without a year is said (information); a table
 * typed by the user has none, and is not checked. An annual bilan of year Y is sent before 28 February
 * Y + 1 with the forecast soustraits of Y + 1: the template should be that of Y + 1.
 */
import { isoFromSerial, suiviMessage, type SuiviDiagnostic, type PeriodeSuivi, type SheetRead } from "../../domain";
import { estFeuilleGef } from "../sheet-plan";
import { TITRE_OBJECTIFS } from "./sources";

/**
 * GEF's « Objectifs » sheet named `feuille` and the year in its title (« … – 2024 »; undefined when
 * written without a year known); undefined when `feuille` is not GEF's sheet (a table typed by the user).
 */
export function anneeDesObjectifs(
  sheets: readonly SheetRead[],
  feuille: string,
): { feuille: string; annee: number | undefined } | undefined {
  const s = sheets.find((x) => x.name === feuille);
  const titre = s?.values[0]?.[0];
  if (s === undefined || !estFeuilleGef(s.values) || typeof titre !== "string" || !titre.startsWith(TITRE_OBJECTIFS))
    return undefined;
  const m = /– (\d{4})$/.exec(titre.trim());
  return { feuille, annee: m ? Number(m[1]) : undefined };
}

const yearOfSerial = (serial: number): number => Number(isoFromSerial(serial).slice(0, 4));

/**
 * A remark when the objectives are of a year the period does not cover; an information when GEF's
 * « Objectifs » sheet carries no year (a typed volume without « Année »): the bilan cannot check it.
 */
export function diagnoseAnneesBilan(
  p: PeriodeSuivi,
  objectifs: { feuille: string; annee: number | undefined } | undefined,
): SuiviDiagnostic[] {
  if (objectifs === undefined) return [];
  if (objectifs.annee === undefined) {
    return [
      {
        severity: "info",
        code: "OBJECTIFS_SANS_ANNEE",
        sheet: objectifs.feuille,
        message: suiviMessage("OBJECTIFS_SANS_ANNEE", { feuille: objectifs.feuille, libelle: p.libelle }),
      },
    ];
  }
  const [first, last] = [yearOfSerial(p.debut), yearOfSerial(p.fin)];
  if (objectifs.annee >= first && objectifs.annee <= last) return [];
  const message = suiviMessage("ANNEES_OBJECTIFS_BILAN", {
    feuille: objectifs.feuille,
    valeur: String(objectifs.annee),
    libelle: p.libelle,
    attendu: String(last),
  });
  return [{ severity: "avertissement", code: "ANNEES_OBJECTIFS_BILAN", sheet: objectifs.feuille, message }];
}

/** A remark when the annual bilan of `annee` takes its forecast from a template of another year than `annee` + 1. */
export function diagnoseAnneesAnnuel(
  annee: number,
  modele: { feuille: string; annee: number | undefined } | undefined,
): SuiviDiagnostic[] {
  if (modele?.annee === undefined || modele.annee === annee + 1) return [];
  const message = suiviMessage("ANNEES_MODELE_ANNUEL", {
    feuille: modele.feuille,
    valeur: String(modele.annee),
    libelle: String(annee),
    attendu: String(annee + 1),
  });
  return [{ severity: "avertissement", code: "ANNEES_MODELE_ANNUEL", sheet: modele.feuille, message }];
}

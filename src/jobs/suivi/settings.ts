/**
 * The settings of « Suivi du flux » as typed (the pane's fields, `gef`'s options), read into the
 * domain's settings by one set of rules: a year on four digits from 1950 to 2200, a threshold of 1
 * to 100 points, a volume that is a number of dwellings, construction classes as years.
 */
import { readBornes, parseNumberText, suiviMessage, type Etape, type PartsEtat, type TypePeriode } from "../../domain";
import { REGLAGES_PAR_DEFAUT, type ReglagesSuivi } from "./travaux";

/** What the pane's tab keeps in the workbook (fields as typed). */
export interface SuiviSettings {
  readonly periode: TypePeriode;
  /** Year of S1, S2 or année; "" = the year of the journal's latest event. */
  readonly annee: string;
  readonly debut: string;
  readonly fin: string;
  readonly etape: Etape;
  /** Déséquilibres threshold in points. */
  readonly seuil: string;
  /** Construction classes: « 1949, 1975, 1990, 2005, 2015 ». */
  readonly bornes: string;
  /** Yearly volume typed when the workbook has no filled template; "" = from the template. */
  readonly volume: string;
  readonly bailleur: string;
  readonly malgreIncoherences: boolean;
  /** Year of the legal annual bilan; "" = the year of the latest event. */
  readonly anneeAnnuel: string;
}

export const DEFAULT_SUIVI_SETTINGS: SuiviSettings = {
  periode: "S1",
  annee: "",
  debut: "",
  fin: "",
  etape: "MISE_A_DISPOSITION",
  seuil: String(REGLAGES_PAR_DEFAUT.seuil),
  bornes: REGLAGES_PAR_DEFAUT.bornes.join(", "),
  volume: "",
  bailleur: "",
  malgreIncoherences: false,
  anneeAnnuel: "",
};

/** A year typed: undefined when blank, the year when on four digits from 1950 to 2200, else "invalide". */
export function readAnnee(text: string): number | undefined | "invalide" {
  if (text.trim() === "") return undefined;
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 1950 && n <= 2200 ? n : "invalide";
}

/** The déséquilibres threshold typed, in points (« 10 », « 7,5 »); undefined unless from just above 0 to 100. */
export function readSeuil(text: string): number | undefined {
  const n = parseNumberText(text);
  return n === undefined || n <= 0 || n > 100 ? undefined : n;
}

/** A yearly volume typed: undefined when blank, the number when 0 or more, else "invalide". */
export function readVolume(text: string): number | undefined | "invalide" {
  if (text.trim() === "") return undefined;
  const n = parseNumberText(text);
  return n === undefined || n < 0 ? "invalide" : n;
}


/** The fields turned into the domain's settings, or the French message of the first wrong field. */
export function readReglagesSuivi(s: SuiviSettings, parts: PartsEtat): ReglagesSuivi | string {
  const annee = readAnnee(s.annee);
  if (annee === "invalide") return suiviMessage("REGLAGE_ANNEE_INVALIDE", { valeur: s.annee });
  const seuil = readSeuil(s.seuil);
  if (seuil === undefined) return suiviMessage("REGLAGE_SEUIL_INVALIDE", { valeur: s.seuil });
  const bornes = readBornes(s.bornes);
  if (!bornes.ok) return suiviMessage("REGLAGE_BORNES_INVALIDES", { detail: bornes.error.message });
  const volume = readVolume(s.volume);
  if (volume === "invalide") {
    const negatif = (parseNumberText(s.volume) ?? 0) < 0;
    return suiviMessage(negatif ? "REGLAGE_VOLUME_NEGATIF" : "REGLAGE_VOLUME_ILLISIBLE", { valeur: s.volume });
  }
  return {
    ...REGLAGES_PAR_DEFAUT,
    periode: s.periode === "DATES" ? { type: "DATES", debut: s.debut, fin: s.fin } : { type: s.periode, annee },
    etape: s.etape,
    seuil,
    bornes: bornes.value,
    parts,
    volume,
    malgreIncoherences: s.malgreIncoherences,
    bailleur: s.bailleur.trim() || undefined,
  };
}

/**
 * The year of the legal annual bilan typed: undefined when blank (the latest event's year), or the
 * French message saying what to type instead.
 */
export function readAnneeAnnuel(s: SuiviSettings): { readonly annee: number | undefined } | string {
  const annee = readAnnee(s.anneeAnnuel);
  return annee === "invalide" ? suiviMessage("REGLAGE_ANNEE_ANNUEL_INVALIDE", { valeur: s.anneeAnnuel.trim() }) : { annee };
}

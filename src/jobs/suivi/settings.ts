/**
 * The settings of « Suivi du flux » as typed (the pane's fields, `gef`'s options), read into the
 * domain's settings by the readers of src/domain/saisie.ts: a year on four digits from 1950 to 2200,
 * a threshold in points (« 10 » or « 10 % »), above 0 and at most 100, a volume that is a whole number
 * of dwellings, dates, construction classes as years.
 */
import {
  readBornes,
  readTypedCount,
  readTypedDate,
  readTypedOptional,
  readTypedPercent,
  readTypedYear,
  suiviMessage,
  type Etape,
  type PartsEtat,
  type Saisie,
  type TypePeriode,
} from "../../domain";
import { DEFAULT_REGLAGES_SUIVI, type ReglagesSuivi } from "./travaux";

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
  seuil: String(DEFAULT_REGLAGES_SUIVI.seuil),
  bornes: DEFAULT_REGLAGES_SUIVI.bornes.join(", "),
  volume: "",
  bailleur: "",
  malgreIncoherences: false,
  anneeAnnuel: "",
};

/** The fields' labels, as the pane shows them: each refusal starts with its field's name. */
export const CHAMPS_SUIVI = {
  volume: "Volume annuel saisi",
  annee: "Année de la période",
  debut: "Du",
  fin: "Au",
  seuil: "Seuil des déséquilibres",
  anneeAnnuel: "Année du bilan annuel",
} as const;

/** A year typed (src/domain/saisie.ts): undefined when blank, else four digits from 1950 to 2200. */
export function readAnnee(text: string, champ: string = CHAMPS_SUIVI.annee): Saisie<number | undefined> {
  return readTypedOptional(text, (t) => readTypedYear(t, champ));
}

/** The déséquilibres threshold typed, in points, with or without « % » (« 10 », « 7,5 % »): above 0, at most 100. */
export function readSeuil(text: string, champ: string = CHAMPS_SUIVI.seuil): Saisie<number> {
  return readTypedPercent(text, champ, { min: 0, max: 100, minExclu: true });
}

/** A yearly volume typed: undefined when blank, else a whole number of dwellings, 0 or more (never rounded). */
export function readVolume(text: string, champ: string = CHAMPS_SUIVI.volume): Saisie<number | undefined> {
  return readTypedOptional(text, (t) => readTypedCount(t, champ));
}

/** The period's two dates, checked as dates when the period is « entre deux dates ». */
function checkDates(s: SuiviSettings): string | undefined {
  if (s.periode !== "DATES") return undefined;
  const debut = readTypedDate(s.debut, CHAMPS_SUIVI.debut);
  if (!debut.ok) return debut.error.message;
  const fin = readTypedDate(s.fin, CHAMPS_SUIVI.fin);
  return fin.ok ? undefined : fin.error.message;
}

/** The fields turned into the domain's settings, or the French message of the first wrong field. */
export function readReglagesSuivi(s: SuiviSettings, parts: PartsEtat): ReglagesSuivi | string {
  const annee = readAnnee(s.annee);
  if (!annee.ok && s.periode !== "DATES") return annee.error.message;
  const dates = checkDates(s);
  if (dates !== undefined) return dates;
  const seuil = readSeuil(s.seuil);
  if (!seuil.ok) return seuil.error.message;
  const bornes = readBornes(s.bornes);
  if (!bornes.ok) return suiviMessage("REGLAGE_BORNES_INVALIDES", { detail: bornes.error.message });
  const volume = readVolume(s.volume);
  if (!volume.ok) return volume.error.message;
  return {
    ...DEFAULT_REGLAGES_SUIVI,
    periode:
      s.periode === "DATES"
        ? { type: "DATES", debut: s.debut, fin: s.fin }
        : { type: s.periode, annee: annee.ok ? annee.value : undefined },
    etape: s.etape,
    seuil: seuil.value,
    bornes: bornes.value,
    parts,
    volume: volume.value,
    malgreIncoherences: s.malgreIncoherences,
    bailleur: s.bailleur.trim() || undefined,
  };
}

/**
 * The year of the legal annual bilan typed: undefined when blank (the latest event's year), or the
 * French message saying what to type instead.
 */
export function readAnneeAnnuel(s: SuiviSettings): { readonly annee: number | undefined } | string {
  const annee = readAnnee(s.anneeAnnuel, CHAMPS_SUIVI.anneeAnnuel);
  return annee.ok ? { annee: annee.value } : annee.error.message;
}

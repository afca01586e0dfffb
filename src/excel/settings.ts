/**
 * GEF's settings kept in the workbook (Excel's workbook settings), as JSON, checked when read
 * (checkSettings: a field that is not what GEF wrote takes its default, with a French message).
 */
import {
  ETAPES,
  checkSettings,
  field,
  parseRules,
  type FieldCheck,
  type MethodeRotation,
  type RegleCategorie,
  type SettingsChecks,
  type SettingsRead,
  type TypePeriode,
} from "../domain";
import type { ExcelContext } from "./api";

/**
 * Queues the load of a JSON setting (no sync): call the result after the next sync; it gives the
 * parsed value, undefined when absent or unreadable.
 */
export function queueJsonSetting(context: ExcelContext, key: string): () => unknown {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  return () => {
    if (item.isNullObject) return undefined;
    const v: unknown = item.value;
    if (typeof v !== "string") return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return undefined;
    }
  };
}

/** Saves a JSON setting in the workbook. */
export async function saveJsonSetting(context: ExcelContext, key: string, value: unknown): Promise<void> {
  context.workbook.settings.add(key, JSON.stringify(value));
  await context.sync();
}

/** Reads a JSON setting (one sync) and checks it field by field against its defaults; unreadable JSON is said, not ignored. */
export async function loadCheckedSetting<T extends object>(
  context: ExcelContext,
  key: string,
  defaults: T,
  checks: SettingsChecks<T>,
  nom: string,
): Promise<SettingsRead<T>> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return checkSettings(undefined, defaults, checks, nom);
  const v: unknown = item.value;
  let raw: unknown = v;
  if (typeof v === "string") {
    try {
      raw = JSON.parse(v) as unknown;
    } catch {
      // Unreadable JSON is checked as is: not an object, so the defaults and a message.
    }
  }
  return checkSettings(raw, defaults, checks, nom);
}

const fraction = (nom: string): FieldCheck<number> => field.number(nom, 0, 1, "une fraction de 0 à 1, comme 0,25");

/** The template tab's settings (TemplateSettings, src/excel/action-types.ts). */
export const MODELE_SETTINGS_CHECKS = {
  partPrioritaires: fraction("part de l'État pour ses candidats prioritaires"),
  partFonctionnaires: fraction("part de l'État pour ses agents"),
  methode: field.oneOf<MethodeRotation>("méthode du taux de rotation", ["ENTREES", "DEPARTS", "MOYENNE"]),
  annees: field.optionalCount("années de mouvements"),
} as const;

/** The State's shares alone, as the Suivi du flux jobs read them from the template tab's settings. */
export const PARTS_ETAT_CHECKS = {
  partPrioritaires: MODELE_SETTINGS_CHECKS.partPrioritaires,
  partFonctionnaires: MODELE_SETTINGS_CHECKS.partFonctionnaires,
} as const;

/** The category rules: every rule must be readable, else the default rules are kept. */
const regles: FieldCheck<readonly RegleCategorie[]> = {
  nom: "règles de classement",
  attendu: "une liste de couples motif / catégorie valides",
  read: (v) => {
    const r = parseRules(v);
    return r.ok ? r.value : undefined;
  },
  show: () => "les règles par défaut",
};

/** The breakdown tab's settings (BreakdownSettings, src/excel/repartition-actions.ts). */
export const REPARTITION_SETTINGS_CHECKS = {
  epci: field.optionalText("périmètre (EPCI)"),
  bailleur: field.text("nom du bailleur"),
  regles,
  autresAvecConsentement: field.boolean("libellés non classés comptés en AUTRES RESERVATAIRES"),
  malgreIncoherences: field.boolean("tracer malgré des totaux incohérents"),
} as const;

/** The Suivi du flux tab's settings (SuiviSettings, src/excel/suivi-actions.ts). */
export const SUIVI_SETTINGS_CHECKS = {
  periode: field.oneOf<TypePeriode>("période", ["S1", "S2", "ANNEE", "DATES"]),
  annee: field.text("année"),
  debut: field.text("début de période"),
  fin: field.text("fin de période"),
  etape: field.oneOf("étape", ETAPES),
  seuil: field.text("seuil des déséquilibres"),
  bornes: field.text("classes d'années de construction"),
  volume: field.text("volume annuel"),
  bailleur: field.text("nom du bailleur"),
  malgreIncoherences: field.boolean("malgré des totaux incohérents"),
  anneeAnnuel: field.text("année du bilan annuel"),
} as const;

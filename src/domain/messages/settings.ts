/**
 * Messages about GEF's settings (part of the catalogue of src/domain/messages/): the State's shares
 * typed by the user, and settings read back from a workbook that are not what GEF wrote.
 */
import { echoParams } from "./echo";

/** What a settings message may quote. */
export interface SettingsParams {
  /** What was typed or found, quoted as is. */
  readonly valeur?: string;
  /** French name of the setting (« part de l'État pour ses agents »). */
  readonly reglage?: string;
  /** The value kept instead, or the ceiling. */
  readonly attendu?: string;
  /** Free details (the accepted values, a legal reference). */
  readonly detail?: string;
}

/** Code → message. Adding a code here is the only way to add a settings message. */
export const MESSAGES_SETTINGS = {
  PART_AU_DELA_PLAFOND: (p: SettingsParams) =>
    `${p.valeur ?? ""} dépasse le plafond légal de ${p.attendu ?? ""} (${p.reglage ?? ""}, CCH R.441-5-2). ` +
    `Tapez au plus ${p.attendu ?? ""}, ou confirmez qu'une convention signée fixe cette part.`,
  REGLAGES_ILLISIBLES: (p: SettingsParams) =>
    `Les réglages « ${p.reglage ?? ""} » enregistrés dans le classeur ne sont pas lisibles : GEF reprend les réglages par défaut.`,
  REGLAGE_INVALIDE: (p: SettingsParams) =>
    `Le réglage « ${p.reglage ?? ""} » enregistré dans le classeur vaut ${p.valeur ?? ""}, ce qui n'est pas valide` +
    `${p.detail === undefined ? "" : ` (attendu : ${p.detail})`} : GEF reprend ${p.attendu ?? "la valeur par défaut"}.`,
  REGLAGES_NON_CHARGES: (p: SettingsParams) =>
    `Les réglages n'ont pas pu être lus dans le classeur (${p.detail ?? ""}) : GEF utilise les réglages par défaut.`,
  REGLAGES_NON_ENREGISTRES: (p: SettingsParams) =>
    `Les réglages n'ont pas pu être enregistrés dans le classeur (${p.detail ?? ""}) : ils valent pour cette session seulement.`,
} as const satisfies Record<string, (p: SettingsParams) => string>;

/** Stable codes of the settings messages. */
export type SettingsCode = keyof typeof MESSAGES_SETTINGS;

/** The French message of `code`. */
export function settingsMessage(code: SettingsCode, params: SettingsParams = {}): string {
  const build: (p: SettingsParams) => string = MESSAGES_SETTINGS[code];
  return build(echoParams(params));
}

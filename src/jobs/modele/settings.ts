/**
 * The settings of the DDETS template jobs (check, fill, insert), as the pane keeps them in the
 * workbook and `gef` reads them from its options.
 */
import { DEFAULT_PARTS_ETAT, type MethodeRotation, type PartsEtat } from "../../domain";

/** The State's shares (fractions), the rotation method and the years of movements to use. */
export interface ModeleSettings extends PartsEtat {
  readonly methode: MethodeRotation;
  /** Most recent years of the movements table to use; undefined: all. */
  readonly annees: number | undefined;
}

/** The legal ceilings (DEFAULT_PARTS_ETAT), rotation from the entries, every year of movements. */
export const DEFAULT_MODELE_SETTINGS: ModeleSettings = { ...DEFAULT_PARTS_ETAT, methode: "ENTREES", annees: undefined };

/**
 * The State's two shares as users type them, one rule for the pane and `gef`.
 *
 * Reading (docs/choix.md « Saisies du volet et options de gef »; readTypedPercent, src/domain/saisie.ts, the one
 * reader of a percentage typed in GEF): a share is typed in percentage points, with or without « % »: « 25 »,
 * « 25 % », « 12,5 » and « 12.5 % » are 25 %, 25 %, 12,5 %, 12,5 %; so « 1 » is 1 % (never 100 %), and « 0,25 » is
 * 0,25 %. Anything but a number from 0 to 100 is refused with a French message naming the field;
 * « 150 » and « 150 % » alike are said to be out of bounds.
 *
 * Ceilings: the préfet's reservation is at most 30 % of the flux, of which at most 5 % for State
 * agents, so at most 25 % for priority households (CCH R.441-5-2). A share above its ceiling is
 * refused unless the user confirms that a signed convention sets it.
 * @see CCH R.441-5-2; docs/regles/flux.md
 */
import { settingsMessage } from "../messages/settings";
import { failWith, ok, type Problem, type Result } from "../messages/result";
import type { SaisieCode } from "../messages/saisie";
import { readTypedPercent } from "../saisie";
import { formatPourcent } from "../text";
import { DEFAULT_PARTS_ETAT, type PartsEtat } from "./keys";

/** The legal ceiling of each share (fractions). */
export const PLAFONDS_PARTS_ETAT: PartsEtat = DEFAULT_PARTS_ETAT;

/** Who each share is for, in messages. */
export const NOMS_PARTS_ETAT: Readonly<Record<keyof PartsEtat, string>> = {
  partPrioritaires: "part de l'État pour ses candidats prioritaires",
  partFonctionnaires: "part de l'État pour ses agents (fonctionnaires)",
};

/** A share read as a fraction, or why it cannot be. */
export type LecturePart = Result<number, Problem<SaisieCode>>;

/**
 * Reads a share typed in percentage points (see the module's rule) into a fraction.
 * `readPartEtat("25")` → 0.25, `readPartEtat("1")` → 0.01, `readPartEtat("12,5 %")` → 0.125.
 * @param champ the field's label or the option (« --part-prioritaires »), at the head of a refusal
 */
export function readPartEtat(text: string, champ = "Part de l'État"): LecturePart {
  const points = readTypedPercent(text, champ, { min: 0, max: 100 });
  if (!points.ok) return failWith(points.error);
  return ok(Math.round(points.value * 1e7) / 1e9);
}

/**
 * Why a share cannot be used as is: above its legal ceiling and not confirmed as set by a signed
 * convention; undefined when it can.
 */
export function controlePartEtat(
  key: keyof PartsEtat,
  fraction: number,
  conventionConfirmee: boolean,
): string | undefined {
  const plafond = PLAFONDS_PARTS_ETAT[key];
  if (fraction <= plafond + 1e-12 || conventionConfirmee) return undefined;
  return settingsMessage("PART_AU_DELA_PLAFOND", {
    valeur: formatPourcent(fraction),
    attendu: formatPourcent(plafond),
    reglage: NOMS_PARTS_ETAT[key],
  });
}

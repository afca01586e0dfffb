/**
 * The State's two shares as users type them, one rule for the pane and `gef`.
 *
 * Reading [D]: a share is typed in percentage points, with or without « % »: « 25 », « 25 % »,
 * « 12,5 » and « 12.5 % » are 25 %, 25 %, 12,5 %, 12,5 %; so « 1 » is 1 % (never 100 %), and
 * « 0,25 » is 0,25 %. Anything but a number from 0 to 100 is refused with a French message.
 *
 * Ceilings: the préfet's reservation is at most 30 % of the flux, of which at most 5 % for State
 * agents, so at most 25 % for priority households (CCH R.441-5-2). A share above its ceiling is
 * refused unless the user confirms that a signed convention sets it.
 * @see CCH R.441-5-2; DOMAIN.md §3
 */
import { parseNumberText } from "../number-text";
import { formatPourcent } from "../text";
import { PARTS_ETAT_PAR_DEFAUT, type PartsEtat } from "./keys";

/** The legal ceiling of each share (fractions). */
export const PLAFONDS_PARTS_ETAT: PartsEtat = PARTS_ETAT_PAR_DEFAUT;

/** Who each share is for, in messages. */
export const NOMS_PARTS_ETAT: Readonly<Record<keyof PartsEtat, string>> = {
  partPrioritaires: "part de l'État pour ses candidats prioritaires",
  partFonctionnaires: "part de l'État pour ses agents (fonctionnaires)",
};

export type LecturePart = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/**
 * Reads a share typed in percentage points (see the module's rule) into a fraction.
 * `lirePartEtat("25")` → 0.25, `lirePartEtat("1")` → 0.01, `lirePartEtat("12,5 %")` → 0.125.
 */
export function lirePartEtat(text: string): LecturePart {
  const trimmed = text.trim();
  const n = parseNumberText(trimmed);
  const refuse = (): LecturePart => ({
    ok: false,
    message: `« ${trimmed} » n'est pas une part lisible. Tapez un pourcentage de 0 à 100, par exemple 25 ou 12,5 (« 1 » vaut 1 %).`,
  });
  if (trimmed === "" || n === undefined || !Number.isFinite(n)) return refuse();
  // « 25 % » is already a fraction once read; « 25 » is a number of points.
  const fraction = trimmed.endsWith("%") ? n : n / 100;
  if (fraction < 0 || fraction > 1) return refuse();
  return { ok: true, value: Math.round(fraction * 1e9) / 1e9 };
}

/**
 * Why a share cannot be used as is: above its legal ceiling and not confirmed as set by a signed
 * convention; undefined when it can.
 */
export function controlePartEtat(key: keyof PartsEtat, fraction: number, conventionConfirmee: boolean): string | undefined {
  const plafond = PLAFONDS_PARTS_ETAT[key];
  if (fraction <= plafond + 1e-12 || conventionConfirmee) return undefined;
  return (
    `${formatPourcent(fraction)} dépasse le plafond légal de ${formatPourcent(plafond)} (${NOMS_PARTS_ETAT[key]}, CCH R.441-5-2). ` +
    `Tapez au plus ${formatPourcent(plafond)}, ou confirmez qu'une convention signée fixe cette part.`
  );
}

/**
 * Comparing what users type: labels, keywords, names.
 */

/**
 * Folds text for comparison: accents removed, lower case, every run of non-letters and non-digits
 * turned into one space, trimmed. "Mise à disposition", "MISE_A_DISPOSITION" and " mise a  disposition "
 * all fold to "mise a disposition".
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const FR_NUMBER = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4 });
const FR_PERCENT = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 2 });

/** A number written the French way, with no-break spaces: 5367.5 → "5 367,5". */
export function formatNombre(n: number): string {
  return FR_NUMBER.format(n).replace(/\u202f/g, "\u00a0").replace(/\u2212/g, "-");
}

/** A fraction written as a French percentage: 0.125 → "12,5 %". */
export function formatPourcent(n: number): string {
  return FR_PERCENT.format(n).replace(/\u202f/g, "\u00a0");
}

/** A cell's value as the user sees it, for messages ("VRAI", "12,5", "texte"). */
export function displayValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNombre(value);
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === null || value === undefined ? "" : "?";
}

/**
 * A count with its noun agreed, French style (0 and 1 take the singular): `accord(1, "erreur")` →
 * "1 erreur", `accord(6, "erreur")` → "6 erreurs", `accord(3979, "logement lu", "logements lus")` →
 * "3 979 logements lus". Never « erreur(s) ».
 */
export function accord(n: number, singulier: string, pluriel = `${singulier}s`): string {
  return `${formatNombre(n)} ${Math.abs(n) >= 2 ? pluriel : singulier}`;
}

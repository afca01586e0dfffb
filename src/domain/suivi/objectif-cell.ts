/**
 * How an objective cell of an objectives table is read (docs/choix.md « Objectifs relus par le bilan », issue 25): an
 * objective is a count of dwellings for the year, so only a whole number from 0 to {@link OBJECTIF_MAX} is taken as it
 * is. A blank cell is « no objective » (the réservataire is then listed among those without one, never
 * given 0); a percentage (« 50 % »), a negative, a decimal (never rounded silently) or an absurd
 * value is refused with what to type.
 */
import { isBlank, readNumber } from "../cells";
import { parseNumberText } from "../number-text";
import { displayValue, formatNombre } from "../text";

/** Above this, a typing slip (the same ceiling as FLUX_RESERVATAIRE's volume). */
export const OBJECTIF_MAX = 100_000_000;

/** Why an objective cell is refused: a code of the Suivi du flux catalogue. */
export type RefusObjectif =
  "OBJECTIF_POURCENTAGE" | "OBJECTIF_NEGATIF" | "OBJECTIF_NON_ENTIER" | "OBJECTIF_TROP_GRAND" | "VALEUR_ILLISIBLE";

export type LectureObjectif =
  | { readonly kind: "vide" }
  | { readonly kind: "nombre"; readonly value: number }
  /**
   * `valeur` as the user sees it; `detail` the reason of an unreadable cell (VALEUR_ILLISIBLE);
   * `attendu` the whole numbers around a decimal (« 12 ou 13 »).
   */
  | {
      readonly kind: "refus";
      readonly code: RefusObjectif;
      readonly valeur: string;
      readonly detail?: string;
      readonly attendu?: string;
    };

/** A number as Excel shows it in a narrow cell: 1E+308 rather than 309 digits. */
export function displayObjectif(value: unknown): string {
  if (typeof value === "number" && Number.isFinite(value) && Math.abs(value) >= 1e15)
    return value.toExponential().replace("e", "E");
  return displayValue(value);
}

/** Reads one objective cell (see the module's rule). */
export function readObjectifCell(value: unknown): LectureObjectif {
  if (isBlank(value)) return { kind: "vide" };
  const valeur = displayObjectif(value);
  if (typeof value === "string" && value.includes("%") && parseNumberText(value) !== undefined)
    return { kind: "refus", code: "OBJECTIF_POURCENTAGE", valeur };
  const n = readNumber(value, { argument: "objectif", allowNegative: true });
  if (!n.ok) return { kind: "refus", code: "VALEUR_ILLISIBLE", valeur, detail: n.error.message };
  if (n.value < 0) return { kind: "refus", code: "OBJECTIF_NEGATIF", valeur };
  if (n.value > OBJECTIF_MAX) return { kind: "refus", code: "OBJECTIF_TROP_GRAND", valeur };
  if (!Number.isInteger(n.value))
    return { kind: "refus", code: "OBJECTIF_NON_ENTIER", valeur, attendu: entiersVoisins(n.value) };
  return { kind: "nombre", value: n.value };
}

/** The two whole numbers around a refused decimal objective, for the message: 12,5 → « 12 ou 13 ». */
function entiersVoisins(valeur: number): string {
  return `${formatNombre(Math.floor(valeur))} ou ${formatNombre(Math.ceil(valeur))}`;
}

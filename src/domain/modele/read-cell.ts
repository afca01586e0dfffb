/**
 * Reading one EPCI cell of the template the way every GEF reader does: numbers as they are,
 * numeric text in French or English form (« 1 234 », « 5 % »), blank as blank (the caller decides
 * whether that is 0 or a missing input), anything else reported.
 * @see docs/produit/fonctions.md « Règles communes » (numeric text), src/domain/cells.ts
 */
import { isBlank, readNumber } from "../cells";
import { displayValue } from "../text";

export type CellReading =
  | { readonly kind: "vide" }
  | { readonly kind: "nombre"; readonly value: number }
  /** An Excel error value (« #VALUE! », « #DIV/0! », « #VALEUR! »...). */
  | { readonly kind: "erreur"; readonly shown: string }
  | { readonly kind: "texte"; readonly shown: string };

const EXCEL_ERROR = /^#(?:N\/A|[A-Z\u00C0-\u00DC0-9/.]+[!?])$/i;

/** Reads a cell of a count or rate row. */
export function readModeleCell(value: unknown): CellReading {
  if (isBlank(value)) return { kind: "vide" };
  if (typeof value === "string" && EXCEL_ERROR.test(value.trim())) return { kind: "erreur", shown: value.trim() };
  const r = readNumber(value, { argument: "cellule", allowNegative: true });
  if (r.ok) return { kind: "nombre", value: r.value };
  return { kind: "texte", shown: displayValue(value) };
}

/** True when a cell of the `formulas` grid holds a formula (Office returns constants as they are). */
export function isFormula(formula: unknown): formula is string {
  return typeof formula === "string" && formula.trimStart().startsWith("=");
}

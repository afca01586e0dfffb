/**
 * Reading Excel-shaped values: what a cell or a range hands to a rule.
 *
 * A cell is a number, a string, a boolean, or blank (`null`, `undefined` or `""`); a range is a
 * 2-D array of cells, rows first. The same readers serve the custom functions, the pane and the
 * command line, so "1 234,5" or a blank cell mean the same everywhere.
 */
import { fail, ok, type Result } from "./errors";
import { parseNumberText } from "./number-text";
import { displayValue } from "./text";

/** A range as Excel hands it over: rows of cells. */
export type Grid = readonly (readonly unknown[])[];

/** True for the values Excel uses for an empty cell. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** True when `value` is a 2-D array (a range). */
export function isGrid(value: unknown): value is Grid {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

/** The cells of a scalar or a range, rows first. */
export function cellsOf(value: unknown): readonly unknown[] {
  if (isGrid(value)) return value.length === 1 ? value[0] ?? [] : value.flat();
  if (Array.isArray(value)) return value as readonly unknown[];
  return [value];
}

/** How a cell's number may be signed. */
export interface NumberRule {
  /** French name of the argument, for messages. */
  argument: string;
  /** Accept negative numbers (default: refused, a count of dwellings is never negative). */
  allowNegative?: boolean;
}

/**
 * Reads one cell as a number: blank is 0, numeric text is parsed (French or English form),
 * a boolean, other text or a negative count is an error naming the argument and the value.
 * @param position 1-based place of the cell in its range, quoted in the message when given.
 */
export function readNumber(value: unknown, rule: NumberRule, position?: number): Result<number> {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail("ERREUR_DANS_PLAGE", { argument: rule.argument, position });
    if (value < 0 && rule.allowNegative !== true) {
      return fail("VALEUR_NEGATIVE", { argument: rule.argument, valeur: displayValue(value), position });
    }
    return ok(value);
  }
  if (isBlank(value)) return ok(0);
  if (typeof value === "string") {
    const n = parseNumberText(value);
    if (n === undefined) return fail("TEXTE_NON_NUMERIQUE", { argument: rule.argument, valeur: value, position });
    if (n < 0 && rule.allowNegative !== true) {
      return fail("VALEUR_NEGATIVE", { argument: rule.argument, valeur: value, position });
    }
    return ok(n);
  }
  if (typeof value === "boolean") {
    return fail("VALEUR_LOGIQUE", { argument: rule.argument, valeur: value ? "VRAI" : "FAUX", position });
  }
  return fail("ERREUR_DANS_PLAGE", { argument: rule.argument, position });
}

/**
 * Reads every cell of a scalar or a range as a number (see {@link readNumber}).
 * Positions in messages count cells rows first, from 1, only when there is more than one cell.
 */
export function readNumbers(value: unknown, rule: NumberRule): Result<number[]> {
  const cells = cellsOf(value);
  const out = new Array<number>(cells.length);
  const several = cells.length > 1;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === "number" && cell >= 0 && Number.isFinite(cell)) {
      out[i] = cell;
      continue;
    }
    const r = readNumber(cell, rule, several ? i + 1 : undefined);
    if (!r.ok) return r;
    out[i] = r.value;
  }
  return ok(out);
}

/** Sum of a scalar or a range of counts (blank cells are 0, negative cells are refused). */
export function sumCounts(value: unknown, argument: string): Result<number> {
  const cells = cellsOf(value);
  let total = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === "number" && cell >= 0) {
      total += cell;
      continue;
    }
    const r = readNumber(cell, { argument }, cells.length > 1 ? i + 1 : undefined);
    if (!r.ok) return r;
    total += r.value;
  }
  return Number.isFinite(total) ? ok(total) : fail("ERREUR_DANS_PLAGE", { argument });
}

/**
 * Reads a series, one value per year: a scalar, a single row or a single column.
 * A block of several rows and columns is refused (it has no single order).
 */
export function readSeries(value: unknown, argument: string): Result<number[]> {
  if (isGrid(value) && value.length > 1 && (value[0]?.length ?? 0) > 1) {
    return fail("PAS_UNE_LIGNE_NI_COLONNE", {
      argument,
      valeur: `${value.length} × ${value[0]?.length ?? 0}`,
    });
  }
  return readNumbers(value, { argument });
}

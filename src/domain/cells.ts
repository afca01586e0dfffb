/**
 * Reading Excel-shaped values: what a cell or a range hands to a rule.
 *
 * A cell is a number, a string, a boolean, or blank (`null`, `undefined` or `""`); a range is a
 * 2-D array of cells, rows first. The same readers serve the custom functions, the pane and the
 * command line, so "1 234,5" or a blank cell mean the same everywhere.
 */
import { fail } from "./messages/functions";
import { ok, type Result } from "./messages/result";
import { parseNumberText } from "./number-text";
import { displayValue } from "./text";

/** A range as Excel hands it over: rows of cells. */
export type Grid = readonly (readonly unknown[])[];

/**
 * A sheet as read, the one shape every reader hands to the jobs: the pane's (src/excel/workbook-read.ts)
 * and gef's (src/xlsx). Values are what Excel shows (formula results); formulas, when read, hold the
 * formula or the value. A reader adds what only it has (PaneSheet: number formats and row count;
 * XlsxSheet: merged areas) by extending this shape, never by another one.
 */
export interface SheetRead {
  readonly name: string;
  readonly values: Grid;
  readonly formulas?: Grid | undefined;
}

/** True for the values Excel uses for an empty cell. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Most text starts with a visible character: answer without allocating a trimmed copy.
  // Spaces include no-break (U+00A0), narrow no-break (U+202F) and the other Unicode spaces.
  if (value.length === 0) return true;
  const first = value.charCodeAt(0);
  if (first > 32 && first !== 0xa0 && first < 0x1680) return false;
  return value.trim() === "";
}

/**
 * Rows wider than this are walked by the cells they hold, not index by index (docs/choix.md
 * « Lecteur .xlsx de GEF et mémoire »): a sheet with one value in column XFD hands over rows 16 384 cells long that
 * are nearly all holes (the command line's compact sheet builds such a row with its cells only), and a walk must cost
 * what the row holds, never what its last column letter says.
 */
const WIDE_ROW = 256;

/**
 * Calls `visit` with the cells of `row` in increasing column order until it returns true (then
 * returns true). A wide row's holes are skipped: only the cells it holds are visited.
 */
export function someCell(row: readonly unknown[], visit: (value: unknown, col: number) => boolean): boolean {
  if (row.length <= WIDE_ROW) {
    for (let c = 0; c < row.length; c++) if (visit(row[c], c)) return true;
    return false;
  }
  // for…in visits an array's indexes in increasing order, holes left out: what is wanted here.
  // eslint-disable-next-line @typescript-eslint/no-for-in-array
  for (const k in row) {
    const c = Number(k);
    if (Number.isInteger(c) && c >= 0 && visit(row[c], c)) return true;
  }
  return false;
}

/** True when every cell of a row is blank, at the cost of the cells it holds (see {@link someCell}). */
export function isBlankRow(row: readonly unknown[]): boolean {
  return !someCell(row, (v) => !isBlank(v));
}

/** True when `value` is a 2-D array (a range). */
export function isGrid(value: unknown): value is Grid {
  if (!Array.isArray(value)) return false;
  for (const row of value) if (!Array.isArray(row)) return false;
  return true;
}

/** Number of cells of a range, or -1 when `value` is not a 2-D array. */
function cellCount(value: unknown): number {
  if (!Array.isArray(value)) return -1;
  let n = 0;
  for (const row of value) {
    if (!Array.isArray(row)) return -1;
    n += row.length;
  }
  return n;
}

/** True when every cell of a scalar or a range is blank (an omitted argument is `null`). */
export function isAllBlank(value: unknown): boolean {
  if (!Array.isArray(value)) return isBlank(value);
  for (const row of value) {
    if (!Array.isArray(row)) return isBlank(row);
    for (const cell of row) if (!isBlank(cell)) return false;
  }
  return true;
}

/** The cells of a scalar or a range, rows first. */
export function cellsOf(value: unknown): readonly unknown[] {
  if (!isGrid(value)) return Array.isArray(value) ? (value as readonly unknown[]) : [value];
  if (value.length === 1) return value[0] ?? [];
  const out: unknown[] = [];
  for (const row of value) for (const cell of row) out.push(cell);
  return out;
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
  const count = cellCount(value);
  if (count < 0) {
    const r = readNumber(Array.isArray(value) ? (value as unknown[])[0] : value, rule);
    return r.ok ? ok([r.value]) : r;
  }
  // cellCount found every row to be an array: `value` is a grid.
  const grid = value as Grid;
  const out = new Array<number>(count);
  let k = 0;
  for (const row of grid) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number" && cell >= 0 && cell !== Infinity) {
        out[k++] = cell;
        continue;
      }
      const r = readNumber(cell, rule, count > 1 ? k + 1 : undefined);
      if (!r.ok) return r;
      out[k++] = r.value;
    }
  }
  return ok(out);
}

/** Sum of a scalar or a range of counts (blank cells are 0, negative cells are refused). */
export function sumCounts(value: unknown, argument: string): Result<number> {
  if (!isGrid(value)) {
    return readNumber(Array.isArray(value) ? value[0] : value, { argument });
  }
  let total = 0;
  let position = 0;
  // Positions are quoted only for a range of several cells; counted once, at the first cell that
  // is not a plain count (counting at each one made blank or text columns quadratic).
  let many: boolean | undefined;
  const rule = { argument };
  for (const row of value) {
    for (const cell of row) {
      position++;
      if (typeof cell === "number" && cell >= 0) {
        total += cell;
        continue;
      }
      if (cell === null || cell === undefined || cell === "") continue;
      many ??= cellCount(value) > 1;
      const r = readNumber(cell, rule, many ? position : undefined);
      if (!r.ok) return r;
      total += r.value;
    }
  }
  return Number.isFinite(total) ? ok(total) : fail("NOMBRE_DEMESURE", { argument });
}

/**
 * Reads a series, one value per year: a scalar, a single row or a single column.
 * A block of several rows and columns is refused (it has no single order).
 */
export function readSeries(value: unknown, argument: string): Result<number[]> {
  if (Array.isArray(value) && value.length > 1 && Array.isArray(value[0]) && value[0].length > 1) {
    return fail("PAS_UNE_LIGNE_NI_COLONNE", {
      argument,
      valeur: `${value.length} × ${value[0]?.length ?? 0}`,
    });
  }
  return readNumbers(value, { argument });
}

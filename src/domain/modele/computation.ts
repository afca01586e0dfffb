/**
 * How a computed row of the template is obtained from its terms, described once and read twice:
 * by the checker (expected value) and by the filler and the blank template (native Excel formula).
 * @see docs/regles/modele-ddets.md (rows and their computation), docs/regles/assiette.md, docs/regles/flux.md
 */
import { bug } from "../messages/result";
import { floorShare, snap } from "../apportion";
import { cellAddress } from "./a1";
import { DEFAULT_PARTS_ETAT, type PartsEtat, type RowKey } from "./keys";

export { frenchFormula } from "./french-formula";

/** A signed term of a difference. */
export interface SignedTerm {
  readonly key: RowKey;
  readonly sign: 1 | -1;
}

export type Computation =
  /** Σ of the rows whose `parent` is this row (the « dont » rows of a total). */
  | { readonly kind: "somme"; readonly terms: readonly RowKey[] }
  /** Σ sign × term, the first term positive: patrimoine − exclus − soustraits + nouvelles. */
  | { readonly kind: "difference"; readonly terms: readonly SignedTerm[] }
  /** ⌊assiette × taux × part⌋: a legal ceiling, rounded down. @see CCH R.441-5-2 */
  | { readonly kind: "plafond"; readonly assiette: RowKey; readonly taux: RowKey; readonly part: keyof PartsEtat };

/** The rows a computation reads, in formula order. */
export function termsOf(c: Computation): readonly RowKey[] {
  switch (c.kind) {
    case "somme":
      return c.terms;
    case "difference":
      return c.terms.map((t) => t.key);
    case "plafond":
      return [c.assiette, c.taux];
  }
}

/**
 * Expected value of a computed row; `undefined` when a term is unknown (missing row, unreadable cell).
 * Blank cells are given as 0 by the caller.
 */
export function evaluate(
  c: Computation,
  valueOf: (key: RowKey) => number | undefined,
  parts: PartsEtat,
): number | undefined {
  const values: number[] = [];
  for (const key of termsOf(c)) {
    const v = valueOf(key);
    if (v === undefined) return undefined;
    values.push(v);
  }
  switch (c.kind) {
    case "somme":
      return snap(values.reduce((a, b) => a + b, 0));
    case "difference":
      return snap(c.terms.reduce((acc, t, i) => acc + t.sign * (values[i] ?? 0), 0));
    case "plafond":
      return floorShare((values[0] ?? 0) * (values[1] ?? 0) * parts[c.part]);
  }
}

/** A number as Excel's en-US formula syntax writes it: 0.25, 0.05 (never an exponent). */
function formulaNumber(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(12).replace(/0+$/, "").replace(/\.$/, "") : s;
}

/**
 * The native en-US formula of a computed row in column `col` (for `range.formulas`), or `undefined`
 * when a term's row is unknown. A Σ over rows that follow each other is a range (`=SUM(C15:C20)`),
 * otherwise a list (`=SUM(C15,C16,C18)`), so a line inserted between them is never summed by accident.
 * The State rows round down, as ceilings must: `=ROUNDDOWN(C30*C31*0.25,0)`.
 */
export function formulaOf(
  c: Computation,
  col: number,
  rowOf: (key: RowKey) => number | undefined,
  parts: PartsEtat,
): string | undefined {
  const rows: number[] = [];
  for (const key of termsOf(c)) {
    const r = rowOf(key);
    if (r === undefined) return undefined;
    rows.push(r);
  }
  const ref = (row: number): string => cellAddress(row, col);
  switch (c.kind) {
    case "somme": {
      const sorted = [...rows].sort((a, b) => a - b);
      const first = sorted[0];
      const last = sorted[sorted.length - 1];
      if (first === undefined || last === undefined) return "=0";
      const contiguous = last - first + 1 === sorted.length && new Set(sorted).size === sorted.length;
      return contiguous && sorted.length > 1
        ? `=SUM(${ref(first)}:${ref(last)})`
        : `=SUM(${sorted.map(ref).join(",")})`;
    }
    case "difference":
      return (
        "=" +
        c.terms
          .map((t, i) => `${i === 0 ? (t.sign < 0 ? "-" : "") : t.sign < 0 ? "-" : "+"}${ref(rows[i] ?? 0)}`)
          .join("")
      );
    case "plafond":
      return `=ROUNDDOWN(${ref(rows[0] ?? 0)}*${ref(rows[1] ?? 0)}*${formulaNumber(parts[c.part])},0)`;
  }
}

/** Two formulas are the same when they differ only by case, spaces and `$`. */
export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string): string => f.replace(/[\s$]/g, "").toUpperCase();
  return norm(a) === norm(b);
}

/**
 * The State's shares from the checker's or filler's options, 25 % and 5 % by default.
 * @throws GefBug for a share outside 0..1: a programming error, as the pane and `gef` read shares
 * with readPartEtat and the workbook's settings are checked when loaded (checkSettings)
 */
export function resolveParts(options: {
  partPrioritaires?: number | undefined;
  partFonctionnaires?: number | undefined;
}): PartsEtat {
  const parts: PartsEtat = {
    partPrioritaires: options.partPrioritaires ?? DEFAULT_PARTS_ETAT.partPrioritaires,
    partFonctionnaires: options.partFonctionnaires ?? DEFAULT_PARTS_ETAT.partFonctionnaires,
  };
  for (const [name, v] of Object.entries(parts)) {
    if (!Number.isFinite(v) || v < 0 || v > 1)
      bug(`Part de l'État invalide (${name} = ${String(v)}) : attendu une fraction de 0 à 1`);
  }
  return parts;
}

/**
 * Percentages of a column of counts (a pie, or one stacked column of the ERILIA chart).
 *
 * Two roundings are given beside the exact shares (docs/choix.md
 * « Répartitions : périmètre, libellés non classés, pourcentages, règles »):
 * - **affichés**: each share rounded on its own, half up, as Excel shows a percentage in the format
 *   "0 %" (and as its own pie labels do). This is what the ERILIA sheet shows (docs/regles/repartitions.md): typologies
 *   4, 24, 42, 25, 3, 0 % of 8 709, which add up to 98 %. Use it where the figures must match the
 *   native chart's labels.
 * - **répartis**: largest remainder (apportion.ts) on 100 units (whole percents) or 1 000 (one decimal),
 *   equal remainders to the larger count: the column adds up to exactly 100. It cannot reproduce the
 *   seed: on the typologies it gives 4, 24, 42, 25, 4, 1 % (T5 3,42 % and T6+ 0,49 % take the two
 *   units the rounding-down left, after T3's 41,89 %). Use it in tables whose column must show 100 %.
 * An empty column (total 0) has no percentages: `undefined`, never NaN.
 */
import { bug } from "../messages/result";
import { largestRemainder, roundHalfUp } from "../apportion";

/** Decimals of the rounded percents: whole percents, or one decimal. */
export type Decimales = 0 | 1;

/** The percentages of one column. */
export interface PercentColumn {
  readonly total: number;
  /** Exact shares, fractions of 1 (2 213 of 8 709 → 0,2541...). */
  readonly exacts: readonly number[];
  /** Percents rounded one by one, half up (what Excel displays); they may not add up to 100. */
  readonly affiches: readonly number[];
  /** Percents by largest remainder: they add up to exactly 100. */
  readonly repartis: readonly number[];
}

/**
 * Percentages of a column of counts (≥ 0), or `undefined` when the column is empty.
 * @throws GefBug for a negative or non-finite count (a programmer mistake: counts come from the domain)
 */
export function percentColumn(counts: readonly number[], decimales: Decimales = 0): PercentColumn | undefined {
  let total = 0;
  for (const c of counts) {
    if (!(c >= 0) || !Number.isFinite(c)) bug(`Effectif invalide : ${c}`);
    total += c;
  }
  if (total === 0) return undefined;
  const echelle = decimales === 1 ? 10 : 1;
  const unites = 100 * echelle;
  const exacts = counts.map((c) => c / total);
  const affiches = counts.map((c) => roundHalfUp((c * unites) / total) / echelle);
  const parts = largestRemainder(
    unites,
    counts.map((c) => (c * unites) / total),
    counts,
  );
  return { total, exacts, affiches, repartis: parts.map((p) => p / echelle) };
}

/**
 * Percentages of each column of a table given by rows (as `Repartition.graphique`: one row per
 * category, one column per financement): the shares of each 100 % stacked column.
 */
export function pourcentagesParColonne(
  lignes: readonly (readonly number[])[],
  decimales: Decimales = 0,
): (PercentColumn | undefined)[] {
  const columnCount = lignes.reduce((n, l) => Math.max(n, l.length), 0);
  const out: (PercentColumn | undefined)[] = [];
  for (let c = 0; c < columnCount; c++)
    out.push(
      percentColumn(
        lignes.map((l) => l[c] ?? 0),
        decimales,
      ),
    );
  return out;
}

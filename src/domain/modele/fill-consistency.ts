/**
 * What keeps a fill from leaving a template that fails its own check (docs/regles/modele-ddets.md « Remplir », issue
 * 11 §3).
 *
 * - « dont » rows bounded by a total (PMR-USH and PLAI adapté under « Total autres logements
 *   spécifiques »): when the fill writes one of them, the total gets at least the largest of them (or
 *   the count of dwellings that are either, when the table gives it), unless it already holds as much.
 * - « Conserver mes saisies »: a cell the user keeps must stay right after the fill. So the writes that
 *   would contradict it are withheld: the terms (direct or not) of a total or of an assiette typed by
 *   hand; a « dont » above a kept total; and the terms of a State demand typed by hand when they would
 *   bring its ceiling under it.
 * @see check-values.ts (the checks these rules keep true)
 */
import { epciName } from "../format/labels";
import type { Grid } from "../cells";
import { cellAddress } from "./a1";
import { evaluate, termsOf } from "./computation";
import type { CellWrite, Sink, ModeleInputValues, WriteWithheld } from "./fill";
import type { PartsEtat, RowKey } from "./keys";
import type { EpciColumn, ModeleLayout } from "./locate";
import { COMPUTED_ROWS, FORMAT_ENTIER, MODELE_ROWS } from "./model";
import { isFormula, readModeleCell } from "./read-cell";

const EPS = 1e-9;

/** Totals that « dont » rows must not exceed (not sums: « Total autres logements spécifiques »). */
export const BOUND_TOTALS: ReadonlySet<RowKey> = new Set(
  MODELE_ROWS.flatMap((s) => (s.bound === undefined ? [] : [s.bound])),
);

const numberIn = (v: unknown): number | undefined => {
  const r = readModeleCell(v);
  return r.kind === "nombre" ? r.value : undefined;
};

/**
 * Plans the bounded totals of one column, after its inputs: the figure given for the total is a
 * minimum (the table knows some of the specific dwellings, not all), raised to the « dont » values
 * the column will hold whether the user keeps their cells or not.
 */
export function planBoundTotals(
  sink: Sink,
  values: Grid,
  formulas: Grid | undefined,
  layout: ModeleLayout,
  column: EpciColumn,
  figures: ModeleInputValues,
): void {
  const { col } = column;
  for (const total of BOUND_TOTALS) {
    const row = layout.rows[total];
    if (row === undefined) continue;
    const given = (figures as Readonly<Record<string, unknown>>)[total];
    let need = typeof given === "number" && Number.isFinite(given) && given >= 0 ? given : 0;
    let touched = false;
    for (const spec of MODELE_ROWS) {
      const r = layout.rows[spec.key];
      if (spec.bound !== total || r === undefined) continue;
      const w = sink.writes.find((x) => x.row === r && x.col === col);
      if (w === undefined) continue;
      touched = true;
      need = Math.max(need, typeof w.value === "number" ? w.value : 0, numberIn(values[r]?.[col]) ?? 0);
    }
    if (!touched) continue;
    const f = formulas?.[row]?.[col];
    const current = isFormula(f) ? f : values[row]?.[col];
    const have = numberIn(values[row]?.[col]);
    if (!isFormula(f) && have !== undefined && have >= need - EPS) continue;
    const cell = cellAddress(row, col);
    sink.writes.push({ cell, row, col, value: need, numberFormat: FORMAT_ENTIER });
    if (readModeleCell(current).kind !== "vide") {
      sink.conflicts.push({
        cell,
        ligne: MODELE_ROWS.find((s) => s.key === total)?.nom,
        epci: epciName(column.epci),
        kind: "valeur-utilisateur",
        current,
        proposed: need,
      });
    }
  }
}

/** Every row a computed row depends on, directly or through other computed rows. */
function transitiveTerms(key: RowKey): RowKey[] {
  const spec = COMPUTED_ROWS.find((c) => c.key === key);
  if (!spec) return [];
  return termsOf(spec.computation).flatMap((t) => [t, ...transitiveTerms(t)]);
}

/** The number a row of a column shows once `writes` are applied and Excel has recalculated. */
function columnEvaluator(
  values: Grid,
  formulas: Grid | undefined,
  layout: ModeleLayout,
  col: number,
  writes: readonly CellWrite[],
  parts: PartsEtat,
): (key: RowKey) => number | undefined {
  const byRow = new Map(writes.filter((w) => w.col === col).map((w) => [w.row, w]));
  const memo = new Map<RowKey, number | undefined>();
  const valueOf = (key: RowKey): number | undefined => {
    if (memo.has(key)) return memo.get(key);
    const row = layout.rows[key];
    let v: number | undefined;
    if (row === undefined) v = undefined;
    else {
      const w = byRow.get(row);
      const spec = COMPUTED_ROWS.find((c) => c.key === key);
      const hasFormula = w ? w.formula !== undefined : isFormula(formulas?.[row]?.[col]);
      if (spec && hasFormula) v = evaluate(spec.computation, valueOf, parts);
      else {
        const r = readModeleCell(w ? w.value : values[row]?.[col]);
        v = r.kind === "nombre" ? r.value : r.kind === "vide" ? 0 : undefined;
      }
    }
    memo.set(key, v);
    return v;
  };
  return valueOf;
}

/** The writes of « Conserver mes saisies » (see the module's rules) and those withheld. */
export function planKeep(
  sink: Sink,
  values: Grid,
  formulas: Grid | undefined,
  layout: ModeleLayout,
  parts: PartsEtat,
): { keepWrites: CellWrite[]; withheld: WriteWithheld[] } {
  const kept = new Set(sink.conflicts.map((c) => c.cell));
  let writes = sink.writes.filter((w) => !kept.has(w.cell));
  const withheld: WriteWithheld[] = [];
  const withhold = (
    col: number,
    keys: readonly RowKey[],
    keptCell: string,
    when: (w: CellWrite) => boolean = () => true,
  ): void => {
    const rows = new Set(keys.map((k) => layout.rows[k]));
    writes = writes.filter((w) => {
      if (w.col !== col || !rows.has(w.row) || !when(w)) return true;
      withheld.push({ cell: w.cell, keptCell });
      return false;
    });
  };
  for (const { col } of layout.epciColumns) {
    const keptAt = (key: RowKey): string | undefined => {
      const row = layout.rows[key];
      const cell = row === undefined ? undefined : cellAddress(row, col);
      return cell !== undefined && kept.has(cell) ? cell : undefined;
    };
    // Totals and assiette typed by hand: none of their terms may change.
    for (const spec of COMPUTED_ROWS) {
      const cell = keptAt(spec.key);
      if (cell !== undefined && spec.computation.kind !== "plafond") withhold(col, transitiveTerms(spec.key), cell);
    }
    // A kept bounded total: no « dont » above it.
    for (const total of BOUND_TOTALS) {
      const cell = keptAt(total);
      const row = layout.rows[total];
      if (cell === undefined || row === undefined) continue;
      const limit = numberIn(values[row]?.[col]) ?? 0;
      const dont = MODELE_ROWS.filter((s) => s.bound === total).map((s) => s.key);
      withhold(col, dont, cell, (w) => typeof w.value === "number" && w.value > limit + EPS);
    }
    // A State demand typed by hand: its ceiling must not fall under it because of the fill.
    for (const spec of COMPUTED_ROWS) {
      const cell = keptAt(spec.key);
      const row = layout.rows[spec.key];
      if (cell === undefined || row === undefined || spec.computation.kind !== "plafond") continue;
      const typed = numberIn(values[row]?.[col]);
      if (typed === undefined) continue;
      const c = spec.computation;
      // As the checker: no verdict on a State demand while the assiette is negative.
      const flagged = (valueOf: (key: RowKey) => number | undefined): boolean => {
        const ceiling = evaluate(c, valueOf, parts);
        return ceiling !== undefined && (valueOf(c.assiette) ?? 0) >= 0 && typed > ceiling + EPS;
      };
      const before = columnEvaluator(values, formulas, layout, col, [], parts);
      const after = columnEvaluator(values, formulas, layout, col, writes, parts);
      if (!flagged(before) && flagged(after)) withhold(col, transitiveTerms(spec.key), cell);
    }
  }
  return { keepWrites: writes, withheld };
}

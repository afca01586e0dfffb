/**
 * Findings about the figures of each EPCI column: unreadable, negative or fractional counts, blank
 * inputs, totals and assiette that do not match their terms, rates typed « 5 » for « 5 % » or out of
 * the usual range, State demands above their ceilings, « dont » rows above their total, computed
 * cells typed by hand.
 *
 * Severities (docs/choix.md « Modèle DDETS : gravités et ordre des constats »): what makes a figure wrong is an
 * erreur; what is probably a slip (blank input, unusual rate, hand-typed value where a formula belongs, empty computed
 * cell) an avertissement; a blank optional précision or a State demand below its ceiling (a convention may ask less)
 * an info.
 * @see docs/regles/modele-ddets.md; docs/regles/assiette.md, docs/regles/rotation.md, docs/regles/flux.md (assiette, 1
 * %..20 % rates, ceilings rounded down)
 */
import type { Grid } from "../cells";
import { displayValue, formatNombre, formatPourcent } from "../text";
import { cellAddress } from "./a1";
import { epciName } from "./check-structure";
import { evaluate, formulaOf, frenchFormula, type Computation } from "./computation";
import { diagnostic, type ModeleDiagnostic, type ModeleCode, type DiagnosticParams } from "../messages/modele";
import type { PartsEtat, RowKey } from "./keys";
import type { EpciColumn, ModeleLayout } from "./locate";
import { COMPUTED_ROWS, MODELE_ROWS, type RowSpec } from "./model";
import { isFormula, readModeleCell, type CellReading } from "./read-cell";

/** Usual range of a rotation rate (docs/regles/rotation.md: 5.6 % in 06, 8.6 % in France, 2021). */
export const TAUX_USUEL = { min: 0.01, max: 0.2 } as const;

const EPS = 1e-9;
const FIGURE_ROWS = MODELE_ROWS.filter((r) => r.role === "saisie" || r.role === "calcul");

const ASKED: Readonly<Record<"nombre" | "taux", string>> = {
  nombre: "le nombre de logements, ou 0 s'il n'y en a pas",
  taux: "le taux de rotation en pourcentage, par exemple 5 %",
};

const NOT_A_NUMBER: Readonly<Record<"nombre" | "taux", string>> = {
  nombre: "un nombre entier de logements, par exemple 12 ou 1 234",
  taux: "un pourcentage, par exemple 5 % ou 5,6 %",
};

/** True when no input cell of any EPCI column holds anything: a template nobody has filled yet. */
export function isVierge(values: Grid, layout: ModeleLayout): boolean {
  for (const spec of MODELE_ROWS) {
    const row = layout.rows[spec.key];
    if (spec.role !== "saisie" || row === undefined) continue;
    for (const { col } of layout.epciColumns) if (readModeleCell(values[row]?.[col]).kind !== "vide") return false;
  }
  return true;
}

/** Number of input cells the checker reads (rows found × EPCI columns found). */
export function inputCellCount(layout: ModeleLayout): number {
  return (
    MODELE_ROWS.filter((s) => s.role === "saisie" && layout.rows[s.key] !== undefined).length *
    layout.epciColumns.length
  );
}

interface ColumnContext {
  readonly values: Grid;
  readonly formulas: Grid | undefined;
  readonly layout: ModeleLayout;
  readonly parts: PartsEtat;
  readonly vierge: boolean;
  readonly column: EpciColumn;
  readonly out: ModeleDiagnostic[];
}

/** Reads one figure, reports what is wrong with it, returns the number the computations may use. */
function readFigure(ctx: ColumnContext, spec: RowSpec, row: number, reading: CellReading): number | undefined {
  const kind = spec.kind === "taux" ? "taux" : "nombre";
  const p: DiagnosticParams = {
    cellule: cellAddress(row, ctx.column.col),
    ligne: spec.nom,
    epci: epciName(ctx.column.epci),
  };
  switch (reading.kind) {
    case "vide":
      if (spec.role === "saisie" && !ctx.vierge) {
        ctx.out.push(
          spec.optional ? diagnostic("PRECISION_VIDE", p) : diagnostic("SAISIE_VIDE", { ...p, attendu: ASKED[kind] }),
        );
      }
      return 0;
    case "erreur":
      ctx.out.push(diagnostic("CELLULE_EN_ERREUR", { ...p, valeur: reading.shown }));
      return undefined;
    case "texte":
      ctx.out.push(diagnostic("VALEUR_NON_NUMERIQUE", { ...p, valeur: reading.shown, attendu: NOT_A_NUMBER[kind] }));
      return undefined;
    case "nombre":
      break;
  }
  const v = reading.value;
  // A computed cell is judged against its terms (checkComputed): a negative or fractional total only
  // repeats what its terms already show.
  if (spec.role === "calcul") return v;
  if (v < 0) {
    ctx.out.push(
      diagnostic("VALEUR_NEGATIVE", { ...p, valeur: kind === "taux" ? formatPourcent(v) : formatNombre(v) }),
    );
    return v;
  }
  if (kind === "nombre") {
    if (Math.abs(v - Math.round(v)) > EPS) {
      ctx.out.push(
        diagnostic("VALEUR_NON_ENTIERE", { ...p, valeur: formatNombre(v), attendu: formatNombre(Math.round(v)) }),
      );
    }
    return v;
  }
  if (v > 1 + EPS) {
    if (v <= 100) {
      ctx.out.push(
        diagnostic("TAUX_EN_POINTS", {
          ...p,
          valeur: formatNombre(v),
          detail: formatPourcent(v),
          attendu: formatPourcent(v / 100),
        }),
      );
    } else {
      ctx.out.push(diagnostic("TAUX_SUPERIEUR_100", { ...p, valeur: formatPourcent(v) }));
    }
    return undefined;
  }
  if (v < TAUX_USUEL.min - EPS || v > TAUX_USUEL.max + EPS) {
    ctx.out.push(diagnostic("TAUX_INHABITUEL", { ...p, valeur: formatPourcent(v) }));
  }
  return v;
}

/** « 5 600 − 150 − 100 + 17 » or « ⌊5 367 × 5 % × 25 %⌋ »: the computation with the column's figures. */
function describe(c: Computation, valueOf: (key: RowKey) => number | undefined, parts: PartsEtat): string {
  const f = (key: RowKey): string => formatNombre(valueOf(key) ?? 0);
  switch (c.kind) {
    case "somme":
      return c.terms.map(f).join(" + ");
    case "difference":
      return c.terms.map((t, i) => `${i === 0 ? "" : t.sign < 0 ? " − " : " + "}${f(t.key)}`).join("");
    case "plafond":
      return `⌊${f(c.assiette)} × ${formatPourcent(valueOf(c.taux) ?? 0)} × ${formatPourcent(parts[c.part])}⌋`;
  }
}

/** Checks a computed cell against its terms. */
function checkComputed(
  ctx: ColumnContext,
  spec: (typeof COMPUTED_ROWS)[number],
  row: number,
  reading: CellReading,
  valueOf: (key: RowKey) => number | undefined,
  isEmpty: (key: RowKey) => boolean,
): void {
  const { col } = ctx.column;
  const c = spec.computation;
  // Messages are built only for a finding: formatting numbers costs more than checking them.
  const params = (): DiagnosticParams => {
    const formula = formulaOf(c, col, (k) => ctx.layout.rows[k], ctx.parts);
    return {
      cellule: cellAddress(row, col),
      ligne: spec.nom,
      epci: epciName(ctx.column.epci),
      ...(formula !== undefined ? { formule: frenchFormula(formula) } : {}),
    };
  };
  if (ctx.formulas !== undefined && reading.kind !== "vide" && !isFormula(ctx.formulas[row]?.[col])) {
    ctx.out.push(diagnostic("SAISIE_MANUELLE", { ...params(), valeur: displayValue(ctx.values[row]?.[col]) }));
  }
  const expected = evaluate(c, valueOf, ctx.parts);
  if (expected === undefined || reading.kind === "erreur" || reading.kind === "texte") return;
  const push = (code: ModeleCode, valeur?: number): void => {
    const detail = describe(c, valueOf, ctx.parts);
    const shown = valeur === undefined ? {} : { valeur: formatNombre(valeur) };
    ctx.out.push(diagnostic(code, { ...params(), ...shown, detail, attendu: formatNombre(expected) }));
  };
  if (c.kind === "difference" && expected < 0) {
    // An empty patrimoine (or new operations) is the usual cause: the message names the cell to fill.
    const vides = c.terms.flatMap((t) => {
      const at = ctx.layout.rows[t.key];
      return t.sign > 0 && at !== undefined && isEmpty(t.key) ? [cellAddress(at, col)] : [];
    });
    const detail = describe(c, valueOf, ctx.parts);
    ctx.out.push(
      diagnostic("ASSIETTE_NEGATIVE", {
        ...params(),
        detail,
        attendu: formatNombre(expected),
        ...(vides.length > 0 ? { vides: vides.join(", ") } : {}),
      }),
    );
    return;
  }
  if (reading.kind === "vide") {
    if (!ctx.vierge && Math.abs(expected) > EPS) push("CALCUL_VIDE");
    return;
  }
  const value = reading.value;
  if (c.kind === "plafond") {
    if ((valueOf(c.assiette) ?? 0) < 0) return;
    if (value > expected + EPS) push("PLAFOND_ETAT_DEPASSE", value);
    else if (value < expected - EPS) push("DEMANDE_ETAT_SOUS_PLAFOND", value);
    return;
  }
  if (Math.abs(value - expected) <= EPS) return;
  push(c.kind === "somme" ? "TOTAL_INCORRECT" : "ASSIETTE_INCORRECTE", value);
}

/** Every finding about the figures of one EPCI column. */
function checkColumn(ctx: ColumnContext): void {
  const { layout, values, column } = ctx;
  const readings = new Map<RowKey, CellReading>();
  const numbers = new Map<RowKey, number | undefined>();
  for (const spec of FIGURE_ROWS) {
    const row = layout.rows[spec.key];
    if (row === undefined) continue;
    const reading = readModeleCell(values[row]?.[column.col]);
    readings.set(spec.key, reading);
    numbers.set(spec.key, readFigure(ctx, spec, row, reading));
  }
  const valueOf = (key: RowKey): number | undefined => numbers.get(key);
  const isEmpty = (key: RowKey): boolean => readings.get(key)?.kind === "vide";
  for (const spec of COMPUTED_ROWS) {
    const row = layout.rows[spec.key];
    const reading = readings.get(spec.key);
    if (row !== undefined && reading !== undefined) checkComputed(ctx, spec, row, reading, valueOf, isEmpty);
  }
  for (const spec of FIGURE_ROWS) {
    const row = layout.rows[spec.key];
    if (spec.bound === undefined || row === undefined) continue;
    const value = numbers.get(spec.key);
    const total = numbers.get(spec.bound);
    if (value === undefined || total === undefined || value <= total + EPS) continue;
    const parent = FIGURE_ROWS.find((s) => s.key === spec.bound);
    ctx.out.push(
      diagnostic("DONT_SUPERIEUR_TOTAL", {
        cellule: cellAddress(row, column.col),
        ligne: spec.nom,
        epci: epciName(column.epci),
        valeur: formatNombre(value),
        attendu: formatNombre(total),
        detail: parent?.nom ?? spec.bound,
      }),
    );
  }
}

/** Findings about the figures of every EPCI column found. */
export function valueDiagnostics(
  values: Grid,
  formulas: Grid | undefined,
  layout: ModeleLayout,
  parts: PartsEtat,
  vierge: boolean,
): ModeleDiagnostic[] {
  const out: ModeleDiagnostic[] = [];
  for (const column of layout.epciColumns) checkColumn({ values, formulas, layout, parts, vierge, column, out });
  return out;
}

/**
 * The filler's plan, pure: which cells of the EPCI columns to write so that computed rows hold
 * native Excel formulas and input rows hold the figures GEF computed from the user's tables.
 *
 * The plan never decides to overwrite (docs/regles/modele-ddets.md « Remplir »): every planned write over a cell that
 * holds the user's own content is also listed as a {@link Conflict}. The caller (pane, command line) applies
 * `writesToApply(plan, false)` — the writes without conflict — unless the user, shown the conflicts,
 * confirmed; then `writesToApply(plan, true)`. A cell already holding the proposed value or formula
 * is not written at all.
 * @see docs/regles/modele-ddets.md « Remplir »; docs/architecture.md « Ce que l'API Excel impose » (en-US formulas
 * through `range.formulas`, invariant number formats)
 */
import { bug } from "../messages/result";
import { isBlank, type Grid } from "../cells";
import { EPCI_MODELE_06 } from "../epci/alpes-maritimes";
import type { EpciRef } from "../epci/types";
import { epciName } from "../format/labels";
import { cellAddress } from "./a1";
import { structureDiagnostics } from "./check-structure";
import { formulaOf, resolveParts, sameFormula } from "./computation";
import { diagnostic, type ModeleDiagnostic } from "../messages/modele";
import type { InputKey, PartsEtat, TextKey } from "./keys";
import { locateModele, type EpciColumn, type ModeleLayout } from "./locate";
import { COMPUTED_ROWS, MODELE_ROWS, type RowSpec } from "./model";
import { isFormula, readModeleCell } from "./read-cell";
import { BOUND_TOTALS, planBoundTotals, planKeep } from "./fill-consistency";

/** An EPCI's SIREN (9 digits): the key of per-EPCI figures. */
export type EpciSiren = EpciRef["siren"];

/** Figures for one EPCI column: counts and rates (fractions) for inputs, text for comment rows. */
export type ModeleInputValues = { readonly [K in InputKey]?: number } & { readonly [K in TextKey]?: string };

/** Figures per EPCI, e.g. `{ "240600585": { patrimoine: 5600, exclusEtudiants: 40, tauxRotation: 0.05 } }`. */
export type ModeleInputs = Readonly<Partial<Record<EpciSiren, ModeleInputValues>>>;

export interface FillOptions {
  readonly partPrioritaires?: number;
  readonly partFonctionnaires?: number;
  readonly epci?: readonly EpciRef[];
  readonly inputs?: ModeleInputs;
}

/** One cell to write (0-based row and col, and its A1 address). */
export interface CellWrite {
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  /** An en-US formula for `range.formulas`. */
  readonly formula?: string;
  readonly value?: number | string;
  /** Invariant format code for `range.numberFormat`. */
  readonly numberFormat?: string;
  /**
   * Text that Excel would take for a formula (it starts with =, +, - or @): write it as text,
   * with a leading apostrophe or the text format "@", never as is.
   */
  readonly asText?: true;
}

/**
 * A planned write over the user's own content.
 * - `valeur-utilisateur`: an input cell holds a different value (or a formula) typed by the user;
 * - `formule-a-la-place`: a computed cell holds a hand-typed value or another formula, which the
 *   plan's formula would replace.
 */
export interface Conflict {
  readonly cell: string;
  /** Short name of the template's line (« PLI », « assiette ») and the EPCI of the column, for the user. */
  readonly ligne?: string;
  readonly epci?: string;
  readonly kind: "valeur-utilisateur" | "formule-a-la-place";
  /** What the cell holds now (its formula when it has one). */
  readonly current: unknown;
  readonly proposed: string | number;
}

/** A write left out when the user keeps their own cells, since it would contradict one of them. */
export interface WriteWithheld {
  readonly cell: string;
  /** The kept cell it would contradict. */
  readonly keptCell: string;
}

export interface FillPlan {
  readonly writes: readonly CellWrite[];
  readonly conflicts: readonly Conflict[];
  /**
   * The writes applied when the user keeps their own cells: those without conflict, minus those that
   * would make a kept cell wrong (a term of a total or assiette typed by hand, a « dont » above a kept
   * total, a term lowering a State ceiling under a kept demand). A fill never leaves a template that
   * fails its own check.
   */
  readonly keepWrites: readonly CellWrite[];
  readonly withheld: readonly WriteWithheld[];
  /** Why parts of the plan are missing (lines or EPCI columns not found). */
  readonly diagnostics: readonly ModeleDiagnostic[];
  readonly layout: ModeleLayout;
}

const DANGEROUS_TEXT = /^[=+\-@]/;
const EPS = 1e-9;

/** The writes to apply: all of them once the user confirmed the conflicts, otherwise those without conflict. */
export function writesToApply(plan: FillPlan, overwriteConfirmed: boolean): CellWrite[] {
  return overwriteConfirmed ? [...plan.writes] : [...plan.keepWrites];
}

export interface Sink {
  readonly writes: CellWrite[];
  readonly conflicts: Conflict[];
}

function planComputed(
  sink: Sink,
  values: Grid,
  formulas: Grid | undefined,
  layout: ModeleLayout,
  column: EpciColumn,
  parts: PartsEtat,
): void {
  const { col } = column;
  for (const spec of COMPUTED_ROWS) {
    const row = layout.rows[spec.key];
    const formula = formulaOf(spec.computation, col, (k) => layout.rows[k], parts);
    if (row === undefined || formula === undefined) continue;
    const current = formulas?.[row]?.[col];
    if (isFormula(current) && sameFormula(current, formula)) continue;
    const cell = cellAddress(row, col);
    sink.writes.push({
      cell,
      row,
      col,
      formula,
      ...(spec.numberFormat !== undefined ? { numberFormat: spec.numberFormat } : {}),
    });
    const shown = isFormula(current) ? current : values[row]?.[col];
    if (!isBlank(shown))
      sink.conflicts.push({
        cell,
        ligne: spec.nom,
        epci: epciName(column.epci),
        kind: "formule-a-la-place",
        current: shown,
        proposed: formula,
      });
  }
}

export function sameValue(current: unknown, proposed: number | string): boolean {
  if (typeof proposed === "string") return typeof current === "string" && current.trim() === proposed.trim();
  const r = readModeleCell(current);
  return r.kind === "nombre" && Math.abs(r.value - proposed) <= EPS;
}

function planInputs(
  sink: Sink,
  values: Grid,
  formulas: Grid | undefined,
  layout: ModeleLayout,
  column: EpciColumn,
  figures: ModeleInputValues,
): void {
  const { col } = column;
  for (const spec of MODELE_ROWS) {
    if (BOUND_TOTALS.has(spec.key)) continue;
    const proposed = valueFor(spec, figures);
    const row = layout.rows[spec.key];
    if (proposed === undefined || row === undefined) continue;
    const f = formulas?.[row]?.[col];
    const current = isFormula(f) ? f : values[row]?.[col];
    if (!isFormula(f) && sameValue(current, proposed)) continue;
    const cell = cellAddress(row, col);
    const asText = typeof proposed === "string" && DANGEROUS_TEXT.test(proposed);
    const numberFormat = asText ? "@" : spec.numberFormat;
    sink.writes.push({
      cell,
      row,
      col,
      value: proposed,
      ...(numberFormat !== undefined ? { numberFormat } : {}),
      ...(asText ? { asText: true as const } : {}),
    });
    if (!isBlank(current))
      sink.conflicts.push({
        cell,
        ligne: spec.nom,
        epci: epciName(column.epci),
        kind: "valeur-utilisateur",
        current,
        proposed,
      });
  }
}

/** The figure given for a row, checked: a finite number ≥ 0 for inputs, text for comments. */
function valueFor(spec: RowSpec, figures: ModeleInputValues): number | string | undefined {
  if (spec.role !== "saisie" && spec.role !== "texte") return undefined;
  const v = (figures as Readonly<Record<string, number | string | undefined>>)[spec.key];
  if (v === undefined) return undefined;
  if (spec.role === "saisie" && (typeof v !== "number" || !Number.isFinite(v) || v < 0)) {
    bug(`Valeur à écrire invalide pour ${spec.key} : ${String(v)}`);
  }
  return v;
}

/**
 * Plans the writes of « Remplir les colonnes EPCI ».
 * @param values the sheet's `range.values`
 * @param formulas the same range's `range.formulas` (without them, any non-blank computed cell is
 *   a conflict, since a formula cannot be told from a typed number)
 * @throws Error for a State share outside 0..1 or a figure that is not a finite number ≥ 0
 */
export function planFill(values: Grid, formulas: Grid | undefined, options: FillOptions = {}): FillPlan {
  const epci = options.epci ?? EPCI_MODELE_06;
  const parts = resolveParts(options);
  const layout = locateModele(values, epci);
  const sink: Sink = { writes: [], conflicts: [] };
  for (const column of layout.epciColumns) {
    planComputed(sink, values, formulas, layout, column, parts);
    const figures = options.inputs?.[column.epci.siren];
    if (figures) {
      planInputs(sink, values, formulas, layout, column, figures);
      planBoundTotals(sink, values, formulas, layout, column, figures);
    }
  }
  const order = (w: { row: number; col: number }): number => w.row * 16384 + w.col;
  sink.writes.sort((a, b) => order(a) - order(b));
  const byCell = new Map(sink.writes.map((w) => [w.cell, order(w)]));
  sink.conflicts.sort((a, b) => (byCell.get(a.cell) ?? 0) - (byCell.get(b.cell) ?? 0));
  const diagnostics = layout.found
    ? structureDiagnostics(values, layout, epci).filter((d) => d.severity === "erreur")
    : [diagnostic("MODELE_INTROUVABLE", { cellule: "A1" })];
  const { keepWrites, withheld } = planKeep(sink, values, formulas, layout, parts);
  return { writes: sink.writes, conflicts: sink.conflicts, keepWrites, withheld, diagnostics, layout };
}

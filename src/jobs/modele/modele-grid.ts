/**
 * A template sheet as grids, before and after a fill: applying planned writes, evaluating the
 * computed rows the way Excel will, and summarising each EPCI column for the pane and the CLI.
 * Shared by src/excel (the pane) and src/cli (gef remplir, gef consolider).
 */
import {
  type Grid,
  COMPUTED_ROWS,
  type CellWrite,
  type ModeleLayout,
  evaluate,
  resolveParts,
  type PartsEtat,
  type RowKey,
  readModeleCell,
  isFormula,
  epciName,
} from "../../domain";

/** Copies of `values` and `formulas` with the writes applied (formulas go to both; values hold them until evaluated). */
export function applyWrites(
  values: Grid,
  formulas: Grid | undefined,
  writes: readonly CellWrite[],
): { values: unknown[][]; formulas: unknown[][] } {
  const v = values.map((row) => [...row]);
  const f = (formulas ?? values).map((row) => [...row]);
  for (const w of writes) {
    while (v.length <= w.row) v.push([]);
    while (f.length <= w.row) f.push([]);
    const content = w.formula ?? w.value ?? null;
    (v[w.row] as unknown[])[w.col] = content;
    (f[w.row] as unknown[])[w.col] = content;
  }
  return { values: v, formulas: f };
}

/** The number in a cell of the template (blank counts 0; text or an error is unknown). */
function numberAt(values: Grid, row: number | undefined, col: number): number | undefined {
  if (row === undefined) return undefined;
  const r = readModeleCell(values[row]?.[col]);
  return r.kind === "nombre" ? r.value : r.kind === "vide" ? 0 : undefined;
}

/**
 * Values with each computed row of each EPCI column evaluated from its terms (in the model's
 * order: totals, assiette, then the State rows), as Excel will show them once it recalculates.
 * Cells of computed rows that hold a formula are replaced by their value.
 */
export function evaluateModele(values: Grid, formulas: Grid, layout: ModeleLayout, parts: PartsEtat): unknown[][] {
  const out = values.map((row) => [...row]);
  for (const { col } of layout.epciColumns) {
    const known = new Map<RowKey, number | undefined>();
    const valueOf = (key: RowKey): number | undefined =>
      known.has(key) ? known.get(key) : numberAt(out, layout.rows[key], col);
    for (const spec of COMPUTED_ROWS) {
      const row = layout.rows[spec.key];
      if (row === undefined) continue;
      const cellFormula = formulas[row]?.[col];
      if (!isFormula(cellFormula)) continue;
      const value = evaluate(spec.computation, valueOf, parts);
      known.set(spec.key, value);
      (out[row] ??= [])[col] = value ?? "#VALEUR!";
    }
  }
  return out;
}

/** One EPCI column summarised: what the pane's result table and the consolidation show. */
export interface EpciColumn {
  readonly siren: string;
  readonly libelle: string;
  readonly patrimoine: number | undefined;
  readonly exclus: number | undefined;
  readonly soustraits: number | undefined;
  readonly nouvelles: number | undefined;
  readonly assiette: number | undefined;
  readonly taux: number | undefined;
  /** Yearly volume to attribute: assiette × taux (decimals kept). */
  readonly volume: number | undefined;
  readonly prioritaires: number | undefined;
  readonly fonctionnaires: number | undefined;
}

/** Figures of every EPCI column of an evaluated template (see {@link evaluateModele}). */
export function epciFigures(
  evaluated: Grid,
  layout: ModeleLayout,
  options: { partPrioritaires?: number; partFonctionnaires?: number } = {},
): EpciColumn[] {
  const parts = resolveParts(options);
  return layout.epciColumns.map(({ col, epci }) => {
    const at = (key: RowKey): number | undefined => numberAt(evaluated, layout.rows[key], col);
    const assiette = at("assiette");
    const taux = layout.rows.tauxRotation === undefined ? undefined : at("tauxRotation");
    const volume = assiette !== undefined && taux !== undefined ? assiette * taux : undefined;
    return {
      siren: epci.siren,
      libelle: epciName(epci),
      patrimoine: at("patrimoine"),
      exclus: at("exclusTotal"),
      soustraits: at("soustraitsTotal"),
      nouvelles: at("nouvelles"),
      assiette,
      taux,
      volume,
      prioritaires:
        at("etatPrioritaires") ?? (volume === undefined ? undefined : Math.floor(volume * parts.partPrioritaires)),
      fonctionnaires:
        at("etatFonctionnaires") ?? (volume === undefined ? undefined : Math.floor(volume * parts.partFonctionnaires)),
    };
  });
}

/**
 * The fill job: « Remplir les colonnes EPCI » of the pane and `gef remplir`. From the sheets read
 * (the template's values and formulas, the workbook's dwelling and movements tables) and the
 * settings, it plans the writes (native formulas in computed rows, figures in input rows), keeps the
 * user's own values unless told to replace them, holds back writes into merged areas, and gives the
 * template as it will be after the writes: its check and the figures per EPCI.
 * @see docs/regles/modele-ddets.md « Remplir »
 */
import {
  diagnoseModele,
  planFill,
  resolveParts,
  writesToApply,
  type CellWrite,
  type Conflict,
  type ModeleDiagnostic,
  type EpciRef,
  type ModeleLayout,
  type SheetRead,
} from "../../domain";
import { mergedConflicts, type MergedArea, type MergedConflict } from "./merged";
import type { ModeleSettings } from "./settings";
import { epciForModele, gatherInputs, type GatheredInputs } from "./sources";
import { applyWrites, epciFigures, evaluateModele, type EpciColumn } from "./modele-grid";

export interface FillModeleInput {
  /** Every sheet read (the tables that give figures may be on any of them). */
  readonly sheets: readonly SheetRead[];
  /** The template's sheet (findTemplateSheet), its formulas read. */
  readonly modele: SheetRead;
  readonly settings: ModeleSettings;
  /** Replace the values the user typed where GEF proposes another (after consent). */
  readonly ecraser: boolean;
  /** The template sheet's merged areas, when the reader knows them: never written through. */
  readonly merged?: readonly MergedArea[] | undefined;
}

export interface FillModelePlan {
  readonly sheet: string;
  /** The EPCI the template's columns may name. */
  readonly epci: readonly EpciRef[];
  readonly layout: ModeleLayout;
  /** Where the figures came from (tables, rows read, rows set aside, dwellings outside the template's EPCI). */
  readonly sources: GatheredInputs;
  /** Every cell where GEF proposes something other than what the user typed. */
  readonly conflicts: readonly Conflict[];
  /** What to write, in the order planned. */
  readonly writes: readonly CellWrite[];
  /** Conflicts left as the user typed them (not replaced, not in a merged area). */
  readonly kept: readonly Conflict[];
  /** Writes held back because they land in a merged area. */
  readonly merged: readonly MergedConflict[];
  /** The template's values and formulas once written, computed rows evaluated. */
  readonly after: {
    readonly values: readonly (readonly unknown[])[];
    readonly formulas: readonly (readonly unknown[])[];
  };
  /** The check of the template once written. */
  readonly diagnostics: readonly ModeleDiagnostic[];
  /** Assiette, rotation, volume and the State's shares per EPCI column. */
  readonly figures: readonly EpciColumn[];
}

/** Plans the fill of the template; writes nothing. */
export function fillModele(input: FillModeleInput): FillModelePlan {
  const { modele, settings } = input;
  const parts = resolveParts(settings);
  const epci = epciForModele(modele.values);
  const sources = gatherInputs(input.sheets, modele, { methode: settings.methode, annees: settings.annees, epci });
  const plan = planFill(modele.values, modele.formulas, { ...parts, epci, inputs: sources.inputs });
  const { writes, merged } = mergedConflicts(writesToApply(plan, input.ecraser), input.merged ?? []);
  const written = new Set(writes.map((w) => w.cell));
  const blocked = new Set(merged.map((m) => m.cell));
  const kept = plan.conflicts.filter((c) => !written.has(c.cell) && !blocked.has(c.cell));
  const after = applyWrites(modele.values, modele.formulas, writes);
  const evaluated = evaluateModele(after.values, after.formulas, plan.layout, parts);
  return {
    sheet: modele.name,
    epci,
    layout: plan.layout,
    sources,
    conflicts: plan.conflicts,
    writes,
    kept,
    merged,
    after: { values: evaluated, formulas: after.formulas },
    diagnostics: diagnoseModele(evaluated, after.formulas, { ...parts, epci }),
    figures: epciFigures(evaluated, plan.layout, parts),
  };
}

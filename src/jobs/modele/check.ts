/**
 * The check job: a DDETS template sheet checked with the template's rules (diagnoseModele), against
 * the EPCI its header names (the five of the Alpes-Maritimes, or another département's). Shared by
 * the pane's « Vérifier le modèle », `gef verifier` and `gef consolider`.
 */
import { diagnoseModele, type ModeleDiagnostic, type EpciRef, type Grid, type PartsEtat } from "../../domain";
import { epciForModele } from "./sources";

/** What a check hands back: the findings, and the EPCI the columns were checked against. */
export interface CheckModelePlan {
  readonly diagnostics: readonly ModeleDiagnostic[];
  readonly epci: readonly EpciRef[];
}

/**
 * Checks one sheet as the template.
 * @param sheet the sheet's values, and its formulas when read (the rows computed by formulas are then checked too)
 * @param parts the State's shares (undefined: the legal ceilings)
 */
export function checkModele(
  sheet: { readonly values: Grid; readonly formulas?: Grid | undefined },
  parts: Partial<PartsEtat> = {},
): CheckModelePlan {
  const epci = epciForModele(sheet.values);
  return { diagnostics: diagnoseModele(sheet.values, sheet.formulas, { ...parts, epci }), epci };
}

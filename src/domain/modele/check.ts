/**
 * The DDETS template checker: finds the template by its labels and reports, each at its cell, what
 * is missing, duplicated, unreadable or inconsistent.
 *
 * Result (docs/choix.md « Modèle DDETS : gravités et ordre des constats »): findings sorted errors first, then
 * warnings, then infos, each group in reading order. A template with neither erreur nor avertissement gets one info
 * « MODELE_CONFORME » in first place (so the pane always says something); a template with no figure typed yet gets one
 * info « MODELE_VIERGE » instead of a warning per blank cell.
 * @see docs/regles/modele-ddets.md
 */
import type { Grid } from "../cells";
import { EPCI_MODELE_06 } from "../epci/alpes-maritimes";
import type { EpciRef } from "../epci/types";
import { formatNombre } from "../text";
import { anchorCell, structureDiagnostics } from "./check-structure";
import { identityDiagnostics } from "./check-identity";
import { inputCellCount, isVierge, valueDiagnostics } from "./check-values";
import { resolveParts } from "./computation";
import { diagnostic, sortDiagnostics, type ModeleDiagnostic } from "../messages/modele";
import { locateModele, type ModeleLayout } from "./locate";

export interface CheckOptions {
  /** Share of the yearly flux for the State's priority households (default 0.25, the legal ceiling). */
  readonly partPrioritaires?: number;
  /** Share for State agents (default 0.05, the legal ceiling). */
  readonly partFonctionnaires?: number;
  /** The EPCI expected as columns (default: the five of the Alpes-Maritimes template). */
  readonly epci?: readonly EpciRef[];
}

/**
 * Checks a sheet holding a DDETS « calcul de l'assiette » template.
 * @param values the sheet's values (`range.values`), values[0][0] being A1
 * @param formulas the same range's `range.formulas`, to tell a formula from a hand-typed number
 * @see docs/regles/modele-ddets.md; docs/regles/assiette.md, docs/regles/rotation.md, docs/regles/flux.md
 */
export function diagnoseModele(values: Grid, formulas?: Grid, options: CheckOptions = {}): ModeleDiagnostic[] {
  const epci = options.epci ?? EPCI_MODELE_06;
  const layout = locateModele(values, epci);
  return checkLocated(values, formulas, layout, options);
}

/** The checker on a template already located (the pane locates once, then checks and fills). */
export function checkLocated(
  values: Grid,
  formulas: Grid | undefined,
  layout: ModeleLayout,
  options: CheckOptions = {},
): ModeleDiagnostic[] {
  if (!layout.found) return [diagnostic("MODELE_INTROUVABLE", { cellule: "A1" })];
  const epci = options.epci ?? EPCI_MODELE_06;
  const parts = resolveParts(options);
  const vierge = layout.epciColumns.length > 0 && isVierge(values, layout);
  const found = [
    ...structureDiagnostics(values, layout, epci),
    ...identityDiagnostics(values, layout, vierge),
    ...valueDiagnostics(values, formulas, layout, parts, vierge),
  ];
  const sorted = sortDiagnostics(found);
  const cell = anchorCell(layout);
  if (vierge) {
    const detail = `${formatNombre(inputCellCount(layout))} cellules de saisie vides dans ${layout.epciColumns.length} colonnes EPCI`;
    return sortDiagnostics([...sorted, diagnostic("MODELE_VIERGE", { cellule: cell, detail })]);
  }
  if (sorted.some((d) => d.severity !== "info")) return sorted;
  const detail = ` (${layout.epciColumns.length} colonnes EPCI)`;
  return [diagnostic("MODELE_CONFORME", { cellule: cell, detail }), ...sorted];
}

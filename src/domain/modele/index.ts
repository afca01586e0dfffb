/**
 * The DDETS « calcul de l'assiette » template: its description (model, identity), the label matcher,
 * the locator, the checker and its catalogue, the filler's plan and the blank template.
 * @see docs/regles/modele-ddets.md
 */
export { addressOrder, cellAddress, columnLetters } from "./a1";
export * from "./keys";
export { COMPUTED_ROWS, FORMAT_ENTIER, FORMAT_TAUX, MODELE_ROWS, parentOf, rowSpec, type RowSpec } from "./model";
export { IDENTITY_ROWS, identitySpec, type IdentitySpec } from "./identity";
export {
  evaluate,
  formulaOf,
  frenchFormula,
  resolveParts,
  sameFormula,
  termsOf,
  type Computation,
  type SignedTerm,
} from "./computation";
export {
  CONTAINMENT_SCORE,
  LABEL_THRESHOLD,
  createLabelMatcher,
  inlineAnswer,
  labelTokens,
  matchLabelCell,
  yearInLabel,
  type LabelCandidate,
  type LabelMatch,
  type LabelMatcher,
} from "./match";
export { classifyHeaderCell, prepareEpci, type HeaderCell } from "./match-epci";
export { LOCATE_LIMITS, locateModele, type EpciColumn, type OtherHeader, type ModeleLayout } from "./locate";
export {
  DIAGNOSTICS,
  diagnostic,
  sortDiagnostics,
  type ModeleDiagnostic,
  type ModeleCode,
  type DiagnosticParams,
} from "../messages/modele";
export { isFormula, readModeleCell, type CellReading } from "./read-cell";
export {
  TITRES_DIAGNOSTICS,
  filterDiagnostics,
  groupDiagnostics,
  resumeDiagnostics,
  type GroupeDiagnostics,
} from "./diagnostic-groups";
export { NOMS_PARTS_ETAT, PLAFONDS_PARTS_ETAT, controlePartEtat, readPartEtat, type LecturePart } from "./parts";
export { FONCTIONS_FR } from "./french-formula";
export { TAUX_USUEL } from "./check-values";
export { checkLocated, diagnoseModele, type CheckOptions } from "./check";
export {
  planFill,
  writesToApply,
  type CellWrite,
  type Conflict,
  type EpciSiren,
  type FillOptions,
  type FillPlan,
  type WriteWithheld,
  type ModeleInputValues,
  type ModeleInputs,
} from "./fill";
export {
  blankFormulaGrid,
  blankNumberFormatGrid,
  blankModele,
  type BlankCell,
  type BlankModele,
  type BlankModeleOptions,
} from "./blank";

/**
 * The pane's titles and texts for what went wrong (part of the catalogue of src/domain/messages/).
 * A refusal is the user's to fix (a rule, a setting, a table GEF cannot use): shown as a warning
 * that says what to change. A failure is Excel's or GEF's (the workbook could not be read or
 * written): shown as an error. useAction (src/taskpane/common) turns them into message bars.
 */

/** What a pane message may quote. */
export interface PaneParams {
  /** A sheet name. */
  readonly feuille?: string;
  readonly detail?: string;
}

/** Code → title (or text) of the pane. */
export const MESSAGES_PANE = {
  ECHEC_EXCEL: () => "L'opération a échoué",
  REFUS_A_CORRIGER: () => "À corriger avant de continuer",
  REGLE_INCOMPLETE: () => "Une règle de classement est incomplète",
  REGLAGE_A_CORRIGER: () => "Réglage à corriger",
  SANS_SOURCE: () => "Aucune donnée trouvée",
  SANS_SOURCE_DETAIL: () =>
    "Aucune feuille ne contient de table des logements (colonnes Commune ou DEPCOM et Financement ou FINAN) ni d'état des lieux (lignes PLAI, PLUS, PLS et colonnes T1 à T6).",
  REGLAGES_NON_CHARGES: () => "Réglages du classeur non repris",
  REGLAGES_NON_ENREGISTRES: () => "Réglages non enregistrés dans le classeur",
  SELECTION_IMPOSSIBLE: () => "Sélection impossible",
  SELECTION_IMPOSSIBLE_DETAIL: (p: PaneParams) =>
    `La cellule ${p.detail ?? "?"} de « ${p.feuille ?? "?"} » n'a pas pu être sélectionnée.`,
  RESULTAT_PERIME: () => "Résultat périmé",
  /** `detail`: the fields changed and their verb (« « Année » a changé », « « Du », « Au » ont changé »). */
  RESULTAT_PERIME_DETAIL: (p: PaneParams) =>
    `${p.detail ?? "Un réglage a changé"} depuis ce calcul : le résultat ci-dessous n'en tient pas compte. Relancez l'action pour le mettre à jour.`,
} as const satisfies Record<string, (p: PaneParams) => string>;

/** Stable codes of the pane's messages. */
export type PaneCode = keyof typeof MESSAGES_PANE;

/** The pane's text of `code`. */
export function paneMessage(code: PaneCode, params: PaneParams = {}): string {
  const build: (p: PaneParams) => string = MESSAGES_PANE[code];
  return build(params);
}

/** « Suivi du flux »: objectives per EPCI, bilans of a period and the legal annual bilan (issue 12). */
export * from "./types";
export * from "./periode";
export {
  DEFAULT_BORNES_CONSTRUCTION,
  COLONNE_IDENTIFIANT,
  COLONNES_ATTRIBUTS,
  OPERATIONS,
  QPV,
  classeConstruction,
  classesConstruction,
  readBornes,
  libelleEpci,
  Workbooks,
  INCONNU,
  OPERATIONS_LIGNES,
  type CleAttribut,
} from "./attributs";
export * from "./parc";
export * from "./journal-suivi";
export * from "./comptage";
export * from "./objectifs";
export * from "./commune-reservataire";
export * from "./objectif-cell";
export * from "./bilan";
export * from "./bilan-annuel";
export * from "./desequilibres";

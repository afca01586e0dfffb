/**
 * The breakdown's messages (part of the catalogue of src/domain/messages/): faults in the category
 * rules and their motifs, warnings about the cells of an état des lieux, and totals that do not add
 * up. Each names the rule or the cell, the value found and what to type instead.
 */
import { echoParams } from "./echo";
import type { Problem } from "./result";

/** What a breakdown message may quote. */
export interface RepartitionParams {
  /** Rule number in the list, from 1. */
  readonly position?: number;
  /** A1 address of the cell. */
  readonly cellule?: string;
  /** The value found, as the user sees it (a motif, a category, a label, a count). */
  readonly valeur?: string;
  /** The value kept or expected instead (a rounded count, a sum). */
  readonly attendu?: string;
  /** Name of a réservataire (block of an état des lieux). */
  readonly nom?: string;
  /** Free details (the list of categories, a motif's own message, the total's description...). */
  readonly detail?: string;
}

const ruleRef = (p: RepartitionParams): string => `Règle n° ${p.position ?? "?"}`;
const lowerFirst = (s: string): string => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

/** Code → message. Adding a code here is the only way to add a breakdown message. */
export const MESSAGES_REPARTITION = {
  // The rules kept in the workbook or typed in the pane.
  REGLES_ILLISIBLES: () =>
    "Les règles enregistrées ne sont pas lisibles (JSON invalide) : rétablissez les règles par défaut.",
  REGLES_VERSION_FUTURE: (p: RepartitionParams) =>
    `Ces règles viennent d'une version plus récente de GEF (format ${p.valeur ?? "?"}) : mettez à jour le complément.`,
  REGLES_PAS_UNE_LISTE: () => "Les règles doivent être une liste de couples motif / catégorie.",
  REGLE_INCOMPLETE: (p: RepartitionParams) => `${ruleRef(p)} : elle doit avoir un motif et une catégorie.`,
  MOTIF_INVALIDE: (p: RepartitionParams) =>
    `${ruleRef(p)} : ${p.detail === undefined ? "le motif manque ou n'est pas un texte." : lowerFirst(p.detail)}`,
  CATEGORIE_INCONNUE: (p: RepartitionParams) =>
    `${ruleRef(p)} : ${p.valeur === undefined ? "la catégorie manque" : `« ${p.valeur} » n'est pas une catégorie`}. ` +
    `Choisissez l'une de : ${p.detail ?? ""}.`,
  // One motif.
  MOTIF_TROP_LONG: (p: RepartitionParams) =>
    `Le motif fait ${p.valeur ?? "?"} caractères : ${p.attendu ?? "?"} au plus.`,
  MOTIF_VIDE: () => "Le motif est vide : tapez un mot du libellé, par exemple PREFECTURE.",
  MOTIF_SANS_LETTRE: (p: RepartitionParams) =>
    `Le motif « ${p.valeur ?? ""} » ne contient ni lettre ni chiffre : tapez au moins un mot du libellé.`,
  // The cells of an état des lieux.
  EDL_INTROUVABLE: () =>
    "Aucun état des lieux trouvé : il faut une ligne d'en-têtes T1, T2, T3… et des lignes PLAI, PLUS, PLS.",
  EDL_SANS_LIGNES: () => "Aucune ligne PLAI, PLUS ou PLS sous les en-têtes de typologies : rien n'est compté.",
  CELLULE_NON_NUMERIQUE: (p: RepartitionParams) =>
    `La cellule ${p.cellule ?? "?"} contient « ${p.valeur ?? ""} », qui n'est pas un nombre de logements : comptée 0.`,
  EFFECTIF_NEGATIF: (p: RepartitionParams) =>
    `La cellule ${p.cellule ?? "?"} contient ${p.valeur ?? ""} : un nombre de logements ne peut pas être négatif ; comptée 0.`,
  EFFECTIF_NON_ENTIER: (p: RepartitionParams) =>
    `La cellule ${p.cellule ?? "?"} contient ${p.valeur ?? ""}, qui n'est pas un nombre entier de logements : comptée ${p.attendu ?? ""}.`,
  LIGNE_NON_RECONNUE: (p: RepartitionParams) =>
    p.valeur === undefined || p.valeur === ""
      ? `La ligne ${(p.cellule ?? "").replace(/^[A-Z]+/, "")} a des nombres sans libellé PLAI, PLUS, PLS ou TOTAL : elle n'est pas comptée.`
      : `La ligne « ${p.valeur} » (${p.cellule ?? "?"}) n'est ni PLAI, PLUS, PLS ni TOTAL : elle n'est pas comptée.`,
  BLOC_SANS_NOM: (p: RepartitionParams) =>
    `Le bloc qui commence en ${p.cellule ?? "?"} n'a pas de nom de réservataire : il est compté en NON IDENTIFIES.`,
  // Totals that do not add up (valeur: what the cell holds; attendu: what the detail gives).
  TOTAL_LIGNE_INCOHERENT: (p: RepartitionParams) =>
    `Le total de la ligne ${p.detail ?? ""} de « ${p.nom ?? ""} » (${p.cellule ?? "?"}) vaut ${p.valeur ?? ""} ; ` +
    `la somme des typologies donne ${p.attendu ?? ""}.`,
  TOTAL_COLONNE_INCOHERENT: (p: RepartitionParams) =>
    `${p.nom ?? ""} (${p.cellule ?? "?"}) vaut ${p.valeur ?? ""} ; ${p.detail ?? ""} donne ${p.attendu ?? ""}.`,
} as const satisfies Record<string, (p: RepartitionParams) => string>;

/** Stable codes of the breakdown's messages. */
export type RepartitionCode = keyof typeof MESSAGES_REPARTITION;

/** The French message of `code`. */
export function repartitionMessage(code: RepartitionCode, params: RepartitionParams = {}): string {
  const build: (p: RepartitionParams) => string = MESSAGES_REPARTITION[code];
  return build(echoParams(params));
}

/** The breakdown message of `code`, as a {@link Problem}. */
export function repartitionProblem<C extends RepartitionCode>(code: C, params: RepartitionParams = {}): Problem<C> {
  return { code, message: repartitionMessage(code, params) };
}

/** How the totals of an état des lieux are named in {@link MESSAGES_REPARTITION}.TOTAL_COLONNE_INCOHERENT. */
export const totalLabels = {
  /** « Le total T3 de « X » » or « Le total général de « X » ». */
  block: (nom: string, typo?: string): string =>
    typo === undefined ? `Le total général de « ${nom} »` : `Le total ${typo} de « ${nom} »`,
  /** The grand total of all réservataires. */
  general: (typo?: string): string =>
    typo === undefined ? "Le total général de tous les réservataires" : `Le total général ${typo}`,
  /** A recap row of one financement. */
  recapitulatif: (financement: string, nom: string, typo?: string): string =>
    `Le récapitulatif ${financement} ${typo ?? "TOTAL"} de « ${nom} »`,
  /** What a block's TOTAL row sums. */
  rowsAbove: (libelles: readonly string[]): string =>
    `la somme des lignes ${libelles.join(", ") || "de détail (aucune)"} au-dessus`,
  /** What a grand total or a recap sums. */
  reservatairesDessus: "la somme des réservataires au-dessus",
} as const;

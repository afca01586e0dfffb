/**
 * The vocabulary of the DDETS « calcul de l'assiette » template: stable keys of its rows, their roles
 * and the kinds of values they hold. Keys never change (the pane, the command line and the fillers
 * use them); labels do (see model.ts).
 * @see docs/regles/modele-ddets.md (DDETS 06 template « Calcul de l'assiette pour convention gestion en flux 2024 »)
 */

/** Rows typed by the bailleur, per EPCI column. */
export type InputKey =
  | "patrimoine"
  | "exclusPli"
  | "exclusFtm"
  | "exclusMedicoSocial"
  | "exclusChrs"
  | "exclusEtudiants"
  | "exclusDefense"
  | "soustraitsMutations"
  | "soustraitsAnru"
  | "soustraitsHorsAnru"
  | "soustraitsInsalubres"
  | "soustraitsVentes"
  | "nouvelles"
  | "tauxRotation"
  | "specifiquesTotal"
  | "specifiquesPmr"
  | "specifiquesPlaiAdapte";

/** Rows computed from other rows of the same EPCI column. */
export type ComputedKey = "exclusTotal" | "soustraitsTotal" | "assiette" | "etatPrioritaires" | "etatFonctionnaires";

/** Free-text comment rows. */
export type TextKey =
  "commentairesSpecifiques" | "commentairesMutations" | "commentairesRelogements" | "modeCalculTaux";

/** Lines that only introduce what follows (« dont : », « Précisions complémentaires : »). */
export type SeparatorKey = "dontExclus" | "dontSoustraits" | "precisions";

/** Every row of the « Calcul de l'assiette » block, its header row (`entete`) included. */
export type RowKey = "entete" | InputKey | ComputedKey | TextKey | SeparatorKey;

/** Identity lines above the block. */
export type IdentityKey =
  "titre" | "departement" | "bailleur" | "adresse" | "correspondant" | "telephone" | "mail" | "cus" | "charte";

/** Any line of the template found by its label. */
export type LabelKey = RowKey | IdentityKey;

/** What a row is for. */
export type RowRole = "entete" | "saisie" | "calcul" | "texte" | "separateur";

/** What a row's EPCI cells hold: a count of dwellings, a rate (a fraction, shown as %), text, nothing. */
export type ValueKind = "nombre" | "taux" | "texte" | "rien";

/** What answers an identity line, in the cell to the right of its label. */
export type AnswerKind = "aucune" | "texte" | "telephone" | "mail" | "oui-non";

/** The State's shares of the yearly flux used by the State rows (fractions: 0.25, 0.05). */
export interface PartsEtat {
  readonly partPrioritaires: number;
  readonly partFonctionnaires: number;
}

/**
 * The legal ceilings: the préfet reserves at most 30 % of the flux, of which at most 5 % for State
 * agents, so at most 25 % for priority households. A convention may set less.
 * @see CCH R.441-5-2; docs/regles/flux.md
 */
export const DEFAULT_PARTS_ETAT: PartsEtat = { partPrioritaires: 0.25, partFonctionnaires: 0.05 };

/** The years a template's labels carry. */
export interface ModeleYears {
  /** Year of the convention (« demandes … en 2024 »). */
  readonly anneeConvention: number;
  /** Year of the RPLS state used for the patrimoine (« au 01/01/2022 »). */
  readonly anneeRpls: number;
}

/**
 * The one catalogue of GEF's French error messages.
 *
 * Every rule that refuses an input returns a {@link GefError}: a stable code, the Excel error it
 * becomes in a cell (`kind`) and a French message that names the argument, the value, and what to
 * type instead. The custom functions turn it into `CustomFunctions.Error`, the pane into a Fluent
 * message, the command line into a line of text: nobody else writes messages.
 *
 * Part of the catalogue of src/domain/messages/ (this file: the custom functions' refusals).
 */
import { echoParams } from "./echo";
import { GefBug, failWith, type Problem, type Result } from "./result";

/** The Excel error a domain error becomes in a cell. */
export type ErrorKind = "valeur" | "div0" | "na";

/** Parameters a message may quote. */
export interface ErrorParams {
  /** French name of the argument, as shown in Excel's help (« patrimoine », « droits »...). */
  argument?: string;
  /** The value the user typed, quoted as is. */
  valeur?: string;
  /** Position in a range or journal, 1-based, when the fault is in one cell of it. */
  position?: number;
  /** Free details (accepted keywords, both sides of a comparison...). */
  detail?: string;
}

const at = (p: ErrorParams): string => (p.position !== undefined ? ` (valeur n° ${p.position})` : "");
const arg = (p: ErrorParams): string => `« ${p.argument ?? "?"} »`;
const val = (p: ErrorParams): string => `« ${p.valeur ?? ""} »`;

/**
 * Code → (Excel error, message). Adding a code here is the only way to add a message.
 */
export const CATALOGUE = {
  TEXTE_NON_NUMERIQUE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `L'argument ${arg(p)} contient le texte ${val(p)}${at(p)}, qui n'est pas un nombre. ` +
      `Tapez un nombre comme 1234, 1 234,5 ou 12,5 %.`,
  },
  VALEUR_LOGIQUE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `L'argument ${arg(p)} contient la valeur logique ${val(p)}${at(p)}. Tapez un nombre à la place.`,
  },
  VALEUR_NEGATIVE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `L'argument ${arg(p)} contient ${val(p)}${at(p)} : un nombre de logements ne peut pas être négatif. ` +
      `Tapez 0 ou un nombre positif.`,
  },
  ERREUR_DANS_PLAGE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `L'argument ${arg(p)} contient une cellule en erreur${at(p)}. Corrigez d'abord cette cellule.`,
  },
  VALEUR_TROP_GRANDE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `L'argument ${arg(p)} vaut ${val(p)} : c'est plus que ${p.detail ?? ""} logements. ` +
      `Vérifiez qu'il s'agit bien d'un nombre de logements.`,
  },
  NOMBRE_DEMESURE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `Le calcul sur ${p.argument !== undefined ? `l'argument ${arg(p)}` : "ces arguments"} dépasse les nombres ` +
      `qu'Excel sait tenir (environ 1,8 × 10^308)${p.valeur !== undefined ? ` : ${val(p)}` : ""}. ` +
      `Vérifiez qu'il s'agit bien de nombres de logements, pas d'une valeur démesurée.`,
  },
  ASSIETTE_NEGATIVE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `L'assiette serait négative : ${p.detail ?? ""}. Les logements exclus et soustraits ne peuvent ` +
      `pas dépasser le patrimoine augmenté des nouvelles opérations ; vérifiez ces montants.`,
  },
  LONGUEURS_DIFFERENTES: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `Les listes ${p.detail ?? ""} doivent avoir le même nombre de valeurs. ` +
      `Sélectionnez des plages de même taille, une valeur par ${p.argument ?? "ligne"}.`,
  },
  PAS_UNE_LIGNE_NI_COLONNE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `L'argument ${arg(p)} doit être une seule ligne ou une seule colonne (une valeur par année), ` +
      `pas un bloc de ${p.valeur ?? "plusieurs"} cellules.`,
  },
  MOT_CLE_INCONNU: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `L'argument ${arg(p)} vaut ${val(p)}, qui n'est pas reconnu. Tapez l'un de : ${p.detail ?? ""}.`,
  },
  DEPARTS_MANQUANTS: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `La méthode ${val(p)} utilise les départs : indiquez la plage « departs » (une valeur par année), ` +
      `ou choisissez la méthode ENTREES.`,
  },
  ANNEES_INVALIDES: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `L'argument « annees » vaut ${val(p)} : tapez un nombre entier d'années de 1 à ${p.detail ?? "?"}.`,
  },
  TAUX_SUPERIEUR_100: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `Le taux de rotation calculé vaut ${val(p)}, plus de 100 % : les mouvements dépassent le parc. ` +
      `Vérifiez que « parc » contient bien le nombre de logements et non un pourcentage.`,
  },
  PARC_NUL: {
    kind: "div0",
    message: () => `Le parc total est nul : le taux de rotation ne peut pas être calculé.`,
  },
  DROITS_SUPERIEURS_BASE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `La somme des droits (${p.valeur ?? ""}) dépasse la base (${p.detail ?? ""}). ` +
      `Indiquez comme base l'assiette (droits en logements) ou 1 (droits en pourcentages).`,
  },
  BASE_NULLE: {
    kind: "div0",
    message: () => `La base est nulle : les droits ne peuvent pas être rapportés à zéro logement.`,
  },
  BASE_NEGATIVE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `La base vaut ${val(p)} : tapez un nombre positif (l'assiette, ou 1 pour des pourcentages).`,
  },
  MISES_A_DISPOSITION_NULLES: {
    kind: "div0",
    message: () => `Aucune mise à disposition : le taux de chute ne peut pas être calculé.`,
  },
  ATTRIBUTIONS_SUPERIEURES: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `Les attributions (${p.valeur ?? ""}) dépassent les mises à disposition (${p.detail ?? ""}). ` +
      `Vérifiez l'ordre des arguments : mises_a_disposition d'abord, attributions ensuite.`,
  },
  OBJECTIF_NEGATIF: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `L'objectif ${val(p)}${at(p)} est négatif. Tapez 0 (réservataire sans objectif) ou un nombre positif.`,
  },
  NOM_MANQUANT: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `Le réservataire n° ${p.position ?? "?"} a un objectif mais pas de nom. Tapez son nom dans « noms ».`,
  },
  TOUS_OBJECTIFS_ATTEINTS: {
    kind: "na",
    message: () => `Tous les réservataires ont atteint leur objectif : aucun n'est en retard.`,
  },
  JOURNAL_VIDE: {
    kind: "valeur",
    message: () =>
      `Le journal est vide. Sélectionnez une plage dont la première ligne contient les en-têtes ` +
      `logement, réservataire, étape et date.`,
  },
  ENTETE_JOURNAL_INTROUVABLE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `Les en-têtes du journal (logement, réservataire, étape, date) sont introuvables dans ses ${p.position ?? "?"} premières lignes` +
      `${p.detail !== undefined ? ` (la première ligne non vide est la ligne ${p.detail})` : ""}. ` +
      `Tapez ces quatre en-têtes dans une même ligne, au-dessus des événements.`,
  },
  COLONNE_MANQUANTE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `Le journal n'a pas de colonne ${val(p)} dans sa première ligne. ` +
      `Ajoutez un en-tête « ${p.valeur ?? ""} » (ou : ${p.detail ?? ""}).`,
  },
  CHAMP_MANQUANT: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `Ligne ${p.position ?? "?"} du journal : la colonne ${val(p)} est vide. ` +
      `Remplissez-la ou supprimez la ligne.`,
  },
  NOM_SANS_LETTRE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `Ligne ${p.position ?? "?"} du journal : le réservataire ${val(p)} n'a ni lettre ni chiffre, ` +
      `il ne peut être distingué d'aucun autre. Tapez son nom (par exemple ACTION LOGEMENT) ou supprimez la ligne.`,
  },
  DATE_ILLISIBLE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `${p.position !== undefined ? `Ligne ${p.position} du journal` : `L'argument ${arg(p)}`} : ` +
      `la date ${val(p)} est illisible. Tapez une date Excel ou un texte comme 31/12/2024 ou 2024-12-31.`,
  },
  ETAPE_INCONNUE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `${p.position !== undefined ? `Ligne ${p.position} du journal` : `L'argument « etape »`} : ` +
      `l'étape ${val(p)} n'est pas reconnue. Tapez l'une de : ${p.detail ?? ""}.`,
  },
  PERIODE_INVERSEE: {
    kind: "valeur",
    message: (p: ErrorParams) =>
      `La période commence (${p.valeur ?? ""}) après sa fin (${p.detail ?? ""}). Inversez « debut » et « fin ».`,
  },
} as const satisfies Record<string, { kind: ErrorKind; message: (p: ErrorParams) => string }>;

/** Stable codes of domain errors. */
export type ErrorCode = keyof typeof CATALOGUE;

/** A refused input: a code, the Excel error it becomes, and its French message. */
export interface GefError extends Problem<ErrorCode> {
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  readonly message: string;
}

/** Builds the error of `code` with its catalogue message. */
export function gefError(code: ErrorCode, params: ErrorParams = {}): GefError {
  const entry = CATALOGUE[code];
  return { code, kind: entry.kind, message: entry.message(echoParams(params)) };
}

/** A failed {@link Result} carrying the error of `code`. */
export function fail<T>(code: ErrorCode, params: ErrorParams = {}): Result<T> {
  return failWith(gefError(code, params));
}

/** Thrown only for programmer mistakes: a value the types say cannot happen. */
export class UnreachableCaseError extends GefBug {
  constructor(value: never) {
    super(`Cas imprévu : ${String(value)}`);
  }
}

/**
 * Consolidation's messages (part of the catalogue of src/domain/messages/): the bilans a réservataire
 * receives from its bailleurs, gathered by « Bilans reçus » (pane) and `gef consolider --bilans`.
 * Each names the file, and what to choose instead.
 */
import { echoParams } from "./echo";

/** What a consolidation message may quote. */
export interface ConsolidationParams {
  readonly fichier?: string;
  readonly feuille?: string;
  /** The value found, as the user sees it. */
  readonly valeur?: string;
  /** Free details (a list of periods, of files). */
  readonly detail?: string;
  /** A bailleur's name, its EPCI and the figure concerned, quoted whole (GEF's consolidation of templates). */
  readonly bailleur?: string;
  readonly epci?: string;
  readonly figure?: string;
  /** Numbers already formatted: the value found, and what to type instead. */
  readonly nombre?: string;
  readonly attendu?: string;
}

/** Code → message. Adding a code here is the only way to add a consolidation message. */
export const MESSAGES_CONSOLIDATION = {
  // The bailleurs' templates (gef consolider, « Modèles des bailleurs »).
  VALEUR_NEGATIVE: (p: ConsolidationParams) =>
    `${p.bailleur ?? ""}, ${p.epci ?? ""} : ${p.figure ?? ""} = ${p.nombre ?? ""}. Un nombre de logements ne peut pas être négatif : corrigez le modèle du bailleur avant de transmettre la consolidation.`,
  TAUX_HORS_BORNES: (p: ConsolidationParams) =>
    `${p.bailleur ?? ""}, ${p.epci ?? ""} : taux de rotation de ${p.valeur ?? ""}, hors de 0 % à 100 %. ` +
    `Un taux saisi « ${p.nombre ?? ""} » pour ${p.nombre ?? ""} % ? Tapez ${p.nombre ?? ""} % (ou ${p.attendu ?? ""}) dans le modèle du bailleur.`,
  BAILLEUR_EN_DOUBLE: (p: ConsolidationParams) =>
    `Le bailleur « ${p.bailleur ?? ""} » est donné ${p.nombre ?? ""} fois (${p.detail ?? ""}) : ses logements sont comptés ${p.nombre ?? ""} fois. Retirez les fichiers en trop.`,
  TEXTE_TRONQUE: (p: ConsolidationParams) =>
    `Le nom du bailleur dépasse les ${p.nombre ?? ""} caractères qu'une cellule d'Excel peut contenir : il est coupé dans la consolidation.`,
  // The bilans a réservataire receives (gef consolider --bilans, « Bilans reçus »).
  PAS_UN_BILAN: (p: ConsolidationParams) =>
    `« ${p.fichier ?? ""} » n'est pas un bilan du flux écrit par GEF : aucune de ses feuilles n'a le titre « Bilan du flux – … » suivi du tableau « EPCI », « Réservataire », « Objectif annuel », « Mises à disposition »… Choisissez le bilan reçu du bailleur (écrit par gef bilan --par-reservataire ou par le volet, onglet Suivi du flux). Ce fichier n'est pas consolidé.`,
  BILAN_ANNUEL_LEGAL: (p: ConsolidationParams) =>
    `« ${p.fichier ?? ""} » est un bilan annuel légal (feuille « ${p.feuille ?? ""} ») : ses logements proposés et attribués par critère ne s'additionnent pas aux objectifs d'un bilan du flux. Choisissez le bilan d'une période (S1, S2 ou année). Ce fichier n'est pas consolidé.`,
  BAILLEUR_NON_NOMME: (p: ConsolidationParams) =>
    `« ${p.fichier ?? ""} » ne nomme pas son bailleur (titre « ${p.valeur ?? ""} ») : ses lignes portent le nom du fichier, « ${p.detail ?? ""} ».`,
  PERIODES_DIFFERENTES: (p: ConsolidationParams) =>
    `Les bilans ne couvrent pas la même période (${p.detail ?? ""}) : chaque période a ses propres totaux, jamais additionnés. Pour un total unique, choisissez les bilans d'une même période.`,
  ETAPES_DIFFERENTES: (p: ConsolidationParams) =>
    `Les bilans de ${p.valeur ?? ""} ne comptent pas le réalisé à la même étape (${p.detail ?? ""}) : l'atteinte des totaux mêle ces étapes. Demandez aux bailleurs des bilans à la même étape de décompte.`,
  BILAN_EN_DOUBLE: (p: ConsolidationParams) =>
    `Le bailleur « ${p.valeur ?? ""} » envoie deux bilans de la même période (${p.detail ?? ""}) : ses lignes sont comptées deux fois. Retirez le fichier en trop.`,
} as const satisfies Record<string, (p: ConsolidationParams) => string>;

/** Stable codes of consolidation messages. */
export type ConsolidationCode = keyof typeof MESSAGES_CONSOLIDATION;

/** The French message of `code`. */
export function consolidationMessage(code: ConsolidationCode, params: ConsolidationParams = {}): string {
  const build: (p: ConsolidationParams) => string = MESSAGES_CONSOLIDATION[code];
  return build(echoParams(params));
}

/**
 * Suivi du flux's messages (part of the catalogue of src/domain/messages/): the period and the
 * construction classes typed, and the findings (« constats ») of the objectives, bilan and annual
 * bilan jobs. Each names the sheet, the cell or the EPCI, and what to do.
 */
import { echoParams } from "./echo";
import type { Problem } from "./result";

/** What a Suivi du flux message may quote. */
export interface SuiviParams {
  /** EPCI label or a sheet's name at the head of the message. */
  readonly libelle?: string;
  readonly feuille?: string;
  readonly cellule?: string;
  /** The value found, as the user sees it. */
  readonly valeur?: string;
  /** A second value (the end of a comparison, a ceiling). */
  readonly attendu?: string;
  /** A count, already formatted. */
  readonly nombre?: string;
  /** Free details (examples, a list, a message of another area). */
  readonly detail?: string;
}

/** Code → message. Adding a code here is the only way to add a Suivi du flux message. */
/** The singular for 0 and 1 (French), else the plural, after the count `p.nombre` as formatted. */
const pl = (p: SuiviParams, one: string, many: string): string => (p.nombre === "0" || p.nombre === "1" ? one : many);

/** « Objectifs » C5 (ACTION LOGEMENT): where a table row is, at the head of its messages. */
const ligneTable = (p: SuiviParams): string =>
  `« ${p.feuille ?? ""} » ${p.cellule ?? ""}${p.libelle ? ` (${p.libelle})` : ""}`;

/** « : « 20245 » n'en est pas une » — what was typed in a year's field, quoted (« rien n'est tapé » when blank). */
const typedYear = (p: SuiviParams): string =>
  p.valeur === undefined
    ? ""
    : p.valeur.trim() === ""
      ? " : rien n'est tapé"
      : ` : « ${p.valeur.trim()} » n'en est pas une`;

export const MESSAGES_SUIVI = {
  // Period and construction classes typed in the pane or given to `gef`.
  PERIODE_DATE_ILLISIBLE: (p: SuiviParams) =>
    `La date ${p.valeur ?? ""} de la période est illisible ou vide. Tapez une date comme 01/01/2024 ou 2024-01-01.`,
  PERIODE_INVERSEE: (p: SuiviParams) =>
    `La période commence (${p.valeur ?? ""}) après sa fin (${p.attendu ?? ""}). Inversez les deux dates.`,
  PERIODE_SANS_ANNEE: () => "Indiquez l'année de la période (aucun événement dans le journal pour la déduire).",
  PERIODE_ANNEE_INVALIDE: (p: SuiviParams) =>
    `L'année « ${p.valeur ?? ""} » n'est pas valide. Tapez une année sur quatre chiffres, comme 2024.`,
  BORNE_PAS_UNE_ANNEE: (p: SuiviParams) =>
    `« ${p.valeur ?? ""} » n'est pas une année. Tapez des années croissantes séparées par des virgules, comme 1949, 1975, 1990, 2005, 2015.`,
  BORNES_NON_CROISSANTES: (p: SuiviParams) =>
    `Les années doivent croître : ${p.valeur ?? ""} puis ${p.attendu ?? ""}. Exemple : 1949, 1975, 1990, 2005, 2015.`,
  // Settings of the Suivi du flux tab and of `gef objectifs` / `gef bilan`, typed as text.
  REGLAGE_BORNES_INVALIDES: (p: SuiviParams) => `Périodes de construction : ${p.detail ?? ""}`,
  // Objectives.
  DROITS_INTROUVABLES: () =>
    "Aucune feuille ne donne les droits des réservataires : ajoutez une table avec les colonnes « Réservataire » et « Droits » " +
    "(et « EPCI » si les droits diffèrent d'un EPCI à l'autre), ou un état des lieux (lignes PLAI, PLUS, PLS et colonnes T1 à T6).",
  VOLUME_SAISI_INVALIDE: (p: SuiviParams) =>
    `Le volume saisi « ${p.valeur ?? ""} » n'est pas un nombre de logements positif.`,
  MODELE_INTROUVABLE: () =>
    "Aucun modèle DDETS « Calcul de l'assiette » rempli dans le classeur : remplissez-le (onglet Modèle DDETS) ou tapez le volume annuel à répartir.",
  MODELE_SANS_VOLUME: (p: SuiviParams) =>
    `Le modèle « ${p.feuille ?? ""} » ne donne aucun volume (assiette × taux) : remplissez l'assiette et le taux de rotation.`,
  EPCI_SANS_VOLUME: (p: SuiviParams) =>
    `L'EPCI ${p.libelle ?? ""} n'a pas de volume dans le modèle « ${p.feuille ?? ""} ».`,
  VOLUME_INVALIDE: (p: SuiviParams) =>
    `${p.libelle ?? ""} : le volume annuel « ${p.valeur ?? ""} » n'est pas un nombre de logements positif ; corrigez l'assiette ou le taux de rotation.`,
  SANS_DROITS: (p: SuiviParams) =>
    `${p.libelle ?? ""} : aucun droit de réservataire pour cet EPCI ; son volume (${p.valeur ?? ""}) n'est pas réparti.`,
  PLAFOND_PRIORITAIRES: (p: SuiviParams) =>
    `${p.libelle ?? ""} : les objectifs des réservataires « État prioritaires » (${p.valeur ?? ""}) dépassent le plafond légal de ${p.attendu ?? ""} ` +
    `(${p.detail ?? ""} % du volume, arrondi à l'inférieur). Vérifiez les droits de l'État.`,
  PLAFOND_FONCTIONNAIRES: (p: SuiviParams) =>
    `${p.libelle ?? ""} : les objectifs des réservataires « État fonctionnaires » (${p.valeur ?? ""}) dépassent le plafond légal de ${p.attendu ?? ""} ` +
    `(${p.detail ?? ""} % du volume, arrondi à l'inférieur).`,
  COMMUNE_RESERVATAIRE: (p: SuiviParams) =>
    `« ${p.libelle ?? ""} » : droits sans EPCI rattachés à ${p.attendu ?? ""}, l'EPCI de la commune ${p.valeur ?? ""}, et non à tous les EPCI. ` +
    `S'ils valent ailleurs, indiquez l'EPCI dans la colonne « EPCI » des droits.`,
  COMMUNE_RESERVATAIRE_INCERTAINE: (p: SuiviParams) =>
    `« ${p.libelle ?? ""} » semble une commune, mais ${p.detail ?? ""} : ses droits sans EPCI valent pour tous les EPCI. ` +
    `Indiquez son EPCI (sigle, nom ou SIREN) ou sa commune dans la colonne « EPCI » des droits.`,
  // Journal and bilan.
  JOURNAL_INTROUVABLE: (p: SuiviParams) =>
    `Aucune feuille ne contient de journal (colonnes logement, réservataire, étape et date). ${p.detail ?? ""}`,
  NON_RAPPROCHES: (p: SuiviParams) =>
    `${p.nombre ?? ""} ${pl(p, "logement du journal absent", "logements du journal absents")} de la table des logements « ${p.feuille ?? ""} » : ` +
    `${pl(p, "compté", "comptés")} en « non renseigné », ${pl(p, "listé", "listés")} dans le bilan annuel (${p.detail ?? ""}).`,
  DOUBLONS: (p: SuiviParams) =>
    `${p.nombre ?? ""} ${pl(p, "ligne du journal répète", "lignes du journal répètent")} une ligne précédente (même logement, étape, date et réservataire) : ` +
    `${pl(p, "ignorée", "ignorées")}, l'événement ne compte qu'une fois (${p.detail ?? ""}). Supprimez les lignes en double du journal.`,
  ANNEES_OBJECTIFS_BILAN: (p: SuiviParams) =>
    `Les objectifs de « ${p.feuille ?? ""} » sont ceux de ${p.valeur ?? ""} et le bilan porte sur ${p.libelle ?? ""} : les années diffèrent. ` +
    `Recalculez les objectifs de ${p.attendu ?? ""} (avec le modèle DDETS de cette année), ou choisissez l'année ${p.valeur ?? ""} pour le bilan.`,
  OBJECTIFS_SANS_ANNEE: (p: SuiviParams) =>
    `Les objectifs de « ${p.feuille ?? ""} » ne portent pas d'année (volume saisi sans année) : GEF ne peut pas vérifier qu'ils sont ceux du bilan, ${p.libelle ?? ""}. ` +
    "Pour la dater, recalculez les objectifs avec l'année remplie (champ « Année » du volet Suivi du flux), ou avec le modèle DDETS de l'année.",
  ANNEES_MODELE_ANNUEL: (p: SuiviParams) =>
    `Le modèle DDETS « ${p.feuille ?? ""} » est celui de ${p.valeur ?? ""} : la prévision des logements soustraits qui accompagne le bilan annuel ` +
    `${p.libelle ?? ""} devrait venir du modèle de ${p.attendu ?? ""}, l'année qui suit. La feuille l'intitule donc « Prévision ${p.valeur ?? ""} » ; ` +
    `remplissez le modèle de ${p.attendu ?? ""}, ou vérifiez l'année du bilan annuel.`,
  SANS_OBJECTIFS: () =>
    "Aucun objectif dans le classeur (feuille « Objectifs » ou table réservataire / objectif) : le bilan donne les comptes seuls ; calculez d'abord les objectifs.",
  RESERVATAIRES_SANS_OBJECTIF: (p: SuiviParams) =>
    `${p.nombre ?? ""} ${pl(p, "réservataire", "réservataires")} du journal sans objectif dans « ${p.feuille ?? ""} » : ${p.detail ?? ""}. Vérifiez l'orthographe des noms.`,
  EPCI_INCONNU_BILAN: (p: SuiviParams) =>
    `${p.nombre ?? ""} ${pl(p, "mise à disposition", "mises à disposition")} sans EPCI ni commune reconnus : ${pl(p, "comptée", "comptées")} dans « EPCI inconnu ».`,
  A_REORIENTER: (p: SuiviParams) =>
    `${p.nombre ?? ""} ${pl(p, "écart", "écarts")} d'au moins ${p.valeur ?? ""} points entre les logements mis à disposition et le parc : à réorienter (voir le bilan).`,
  SANS_PARC: () =>
    "Pas de table des logements dans le classeur : le parc du bailleur n'est pas connu, les déséquilibres ne sont pas calculés.",
  ANNEE_SANS_EVENEMENT: (p: SuiviParams) =>
    `Aucun logement proposé ni attribué en ${p.valeur ?? ""} dans le journal : le bilan est vide. Vérifiez l'année du bilan, ou les dates du journal.`,
  PROPOSES_PAR_PROPOSITIONS: () =>
    "Le journal ne note aucune mise à disposition : les logements proposés du bilan annuel sont ceux pour lesquels des candidats ont été proposés (étape « proposition »).",
  SANS_MODELE: () =>
    "Aucun modèle DDETS rempli : la prévision des logements soustraits est à compléter dans la feuille.",
  ATTRIBUTS_ABSENTS: (p: SuiviParams) =>
    `Ni le journal ni une table des logements ne donnent : ${p.detail ?? ""} ; ajoutez ces colonnes au journal ou une table des logements avec un identifiant de logement.`,
  REGLE_ATTENDU: (p: SuiviParams) =>
    `Réalisé et attendu couvrent les mêmes jours, ${p.libelle ?? ""} (${p.nombre ?? ""} jours) : attendu = objectif annuel × ${p.valeur ?? ""} ` +
    `(jours couverts ÷ jours de l'année) ; écart = réalisé − attendu, négatif en cas de retard. Un journal au rythme de son objectif a un écart nul.`,
  REGLE_ATTEINTE: (p: SuiviParams) =>
    `Atteinte = réalisé ÷ objectif annuel : la part de l'objectif de toute l'année déjà atteinte, à comparer à la part de l'année couverte (${p.valeur ?? ""}) ; ` +
    "l'écart, lui, compare le réalisé à l'attendu à date.",
  REGLE_TOTAL: () =>
    "Les totaux comptent tous les logements, mais leur atteinte et leur écart ne portent que sur les réservataires qui ont un objectif : " +
    "leur réalisé ÷ la somme de leurs objectifs, et écart = ce réalisé − la somme de leurs attendus (la somme de leurs écarts) ; " +
    "un réservataire sans objectif (« — ») n'y entre pas.",
  REGLE_ATTENDU_S2: (p: SuiviParams) =>
    `Le second semestre est jugé sur l'année depuis le 1er janvier (atteinte à date) ; les comptes du semestre seul, ${p.libelle ?? ""}, sont donnés à part (« semestre seul »).`,
  REGLE_CHUTE: () =>
    "Taux de chute = part des logements mis à disposition du réservataire dans la période qui n'ont pas abouti à une attribution à ce même " +
    "réservataire (même après la période, si le journal la contient) ; le total est celui de toutes ces mises à disposition. Les attributions " +
    "de la période comptent aussi des logements mis à disposition avant elle : elles n'entrent pas dans le taux.",
  SANS_PROCHAIN: () => "Aucun objectif pour ce territoire : pas de prochain réservataire à désigner.",
  AUTRE_PLUS_EN_RETARD: () => "Un autre réservataire est plus en retard sur son objectif dans ce territoire.",
  // Sources read from the workbook.
  VOLUME_INCONNU: (p: SuiviParams) =>
    `${p.libelle ?? ""} : ${p.detail ?? ""} dans « ${p.feuille ?? ""} » ; pas d'objectifs pour cet EPCI. Remplissez-le, ou tapez le volume.`,
  VALEUR_ILLISIBLE: (p: SuiviParams) =>
    `« ${p.feuille ?? ""} » ${p.cellule ?? ""} (${p.libelle ?? ""}) : ${p.detail ?? ""} La ligne est ignorée.`,
  // Objectives table read back (src/domain/suivi/objectif-cell.ts): an objective is a whole number of dwellings.
  OBJECTIF_POURCENTAGE: (p: SuiviParams) =>
    `${ligneTable(p)} : l'objectif « ${p.valeur ?? ""} » est un pourcentage ; un objectif est un nombre de logements de l'année : tapez un nombre entier, comme 67. La ligne est ignorée.`,
  OBJECTIF_NEGATIF: (p: SuiviParams) =>
    `${ligneTable(p)} : l'objectif « ${p.valeur ?? ""} » est négatif ; tapez 0 ou un nombre entier de logements. La ligne est ignorée.`,
  OBJECTIF_NON_ENTIER: (p: SuiviParams) =>
    `${ligneTable(p)} : l'objectif « ${p.valeur ?? ""} » n'est pas un nombre entier de logements (GEF n'arrondit pas à votre place) ; tapez ${p.attendu ?? ""}. La ligne est ignorée.`,
  OBJECTIF_TROP_GRAND: (p: SuiviParams) =>
    `${ligneTable(p)} : l'objectif « ${p.valeur ?? ""} » dépasse 100 000 000 logements (faute de frappe probable) ; tapez le nombre de logements de l'année. La ligne est ignorée.`,
  OBJECTIF_EN_DOUBLE: (p: SuiviParams) =>
    `« ${p.feuille ?? ""} » : ${p.libelle ?? ""} a ${p.nombre ?? ""} lignes d'objectif${p.valeur ? ` pour ${p.valeur}` : ""} (${p.detail ?? ""}) : leurs objectifs sont additionnés (${p.attendu ?? ""}). Si c'est un doublon, supprimez la ligne de trop.`,
  OBJECTIFS_ECART_VOLUME: (p: SuiviParams) =>
    `« ${p.feuille ?? ""} » : les objectifs de ${p.libelle ?? ""} totalisent ${p.valeur ?? ""} logements, mais le volume annuel de la feuille est ${p.attendu ?? ""} (${p.cellule ?? ""}). Recalculez les objectifs (Suivi du flux > Objectifs, ou gef objectifs) ou corrigez la feuille.`,
  OBJECTIFS_AUTRE_EPCI: (p: SuiviParams) =>
    `Les objectifs de « ${p.feuille ?? ""} » sont donnés pour ${p.valeur ?? ""}, aucun des EPCI du journal (${p.detail ?? ""}) : les comptes du journal n'ont pas d'objectif. Vérifiez que ces objectifs sont ceux de ce bailleur.`,
  OBJECTIFS_INCOMPLETS: (p: SuiviParams) =>
    `${p.nombre ?? ""} ${pl(p, "ligne", "lignes")} d'objectif de « ${p.feuille ?? ""} » ${pl(p, "est refusée", "sont refusées")} : le total des objectifs${p.libelle ? ` (${p.libelle})` : ""} et son atteinte sont laissés vides, plutôt que calculés sur les seules lignes lues.`,
  NOM_SANS_LETTRE: (p: SuiviParams) =>
    `${ligneTable(p)} : le réservataire « ${p.valeur ?? ""} » n'a ni lettre ni chiffre, il ne peut être distingué d'aucun autre ; tapez son nom. La ligne est ignorée.`,
  EPCI_INCONNU: (p: SuiviParams) =>
    `« ${p.feuille ?? ""} » ${p.cellule ?? ""} : l'EPCI « ${p.valeur ?? ""} » n'est pas reconnu ; tapez son sigle (CASA), son nom ou son SIREN. La ligne est ignorée.`,
  // Blank template choice.
  DEPARTEMENT_INCONNU: (p: SuiviParams) =>
    `Le département « ${p.valeur ?? ""} » est inconnu : choisissez-le dans la liste.`,
  ANNEE_CONVENTION_INVALIDE: (p: SuiviParams) =>
    `L'année de la convention doit être une année de 2020 à 2100 (par exemple ${p.attendu ?? ""})${typedYear(p)}.`,
  ANNEE_RPLS_INVALIDE: (p: SuiviParams) =>
    `L'année des données RPLS doit être une année de 2000 à celle de la convention (par défaut deux ans avant : ${p.attendu ?? ""})${typedYear(p)}.`,
  DEPARTEMENT_SANS_EPCI: () => "Aucun EPCI n'est connu pour ce département.",
  DECOUPAGE_NON_CHARGE: () => "La table des communes et des EPCI n'est pas encore chargée.",
} as const satisfies Record<string, (p: SuiviParams) => string>;

/** Stable codes of Suivi du flux's messages. */
export type SuiviCode = keyof typeof MESSAGES_SUIVI;

/** The message of `code` as a {@link Problem}. */
export function suiviProblem(code: SuiviCode, params: SuiviParams = {}): Problem<SuiviCode> {
  return { code, message: suiviMessage(code, params) };
}

/** The French message of `code`. */
export function suiviMessage(code: SuiviCode, params: SuiviParams = {}): string {
  const build: (p: SuiviParams) => string = MESSAGES_SUIVI[code];
  return build(echoParams(params));
}

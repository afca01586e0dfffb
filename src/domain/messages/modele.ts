/**
 * The one catalogue of the template checker's findings: a stable code, its severity and its French
 * message. Each message names the cell (and the line and EPCI when there is one) and says what is
 * expected. Nobody else writes these messages (part of the catalogue of src/domain/messages/).
 * @see docs/regles/modele-ddets.md (severities erreur / avertissement / info)
 */
import { addressOrder } from "../modele/a1";
import { SEVERITY_RANK, type CellDiagnostic, type Severity } from "./diagnostic";
import { echoParams } from "./echo";

/** A finding of the checker, at one cell of the grid it was given (values[0][0] is A1). */
export type ModeleDiagnostic = CellDiagnostic<ModeleCode>;

/** What a message may quote. */
export interface DiagnosticParams {
  /** A1 address of the cell. */
  readonly cellule: string;
  /** Short name of the line (« PLI », « assiette »). */
  readonly ligne?: string;
  /** EPCI of the column (acronym or name). */
  readonly epci?: string;
  /** The value found, as the user sees it. */
  readonly valeur?: string;
  /** The value or the text expected. */
  readonly attendu?: string;
  /** The formula proposed, as a French Excel shows it. */
  readonly formule?: string;
  /** Free details (terms of a computation, another cell...). */
  readonly detail?: string;
  /** Cells left empty that the computation needs (« B12 », « B12, B20 »). */
  readonly vides?: string;
}

const where = (p: DiagnosticParams): string =>
  p.ligne === undefined ? p.cellule : `${p.cellule} (${p.ligne}${p.epci !== undefined ? `, ${p.epci}` : ""})`;
const formule = (p: DiagnosticParams): string => (p.formule !== undefined ? ` (formule proposée : ${p.formule})` : "");

type Entry = { readonly severity: Severity; readonly message: (p: DiagnosticParams) => string };

/** Code → severity and message. Adding a code here is the only way to add a finding. */
export const DIAGNOSTICS = {
  MODELE_CONFORME: {
    severity: "info",
    message: (p) =>
      `Modèle conforme : toutes les lignes et colonnes EPCI sont présentes et les montants sont cohérents${p.detail ?? ""}.`,
  },
  MODELE_VIERGE: {
    severity: "info",
    message: (p) =>
      `Modèle vierge : aucun montant n'est encore saisi (${p.detail ?? ""}). Remplissez les lignes de saisie ` +
      `de chaque colonne EPCI, ou utilisez « Remplir les colonnes EPCI ».`,
  },
  MODELE_INTROUVABLE: {
    severity: "erreur",
    message: () =>
      `Aucune ligne du modèle DDETS « Calcul de l'assiette » n'a été trouvée dans cette feuille. ` +
      `Vérifiez que vous êtes sur la bonne feuille, ou insérez un modèle vierge.`,
  },
  LIGNE_MANQUANTE: {
    severity: "erreur",
    message: (p) =>
      `La ligne « ${p.ligne ?? ""} » est introuvable (libellé attendu : « ${p.attendu ?? ""} »). ` +
      `Ajoutez-la ${p.detail ?? "dans le bloc « Calcul de l'assiette »"}.`,
  },
  LIGNE_IDENTITE_MANQUANTE: {
    severity: "avertissement",
    message: (p) =>
      `La ligne « ${p.ligne ?? ""} » est introuvable (libellé attendu : « ${p.attendu ?? ""} »). ` +
      `Ajoutez-la au-dessus du bloc « Calcul de l'assiette ».`,
  },
  LIGNE_EN_DOUBLE: {
    severity: "erreur",
    message: (p) =>
      `${p.cellule} : la ligne « ${p.ligne ?? ""} » apparaît une seconde fois ; GEF lit celle de ${p.detail ?? ""}. ` +
      `Supprimez ou renommez l'une des deux.`,
  },
  ENTETE_EPCI_INTROUVABLE: {
    severity: "erreur",
    message: (p) =>
      `${p.cellule} : aucune colonne EPCI n'a été trouvée sur la ligne « Calcul de l'assiette ». ` +
      `Tapez en en-tête de chaque colonne le sigle, le nom ou le SIREN de l'EPCI (${p.attendu ?? ""}).`,
  },
  COLONNE_EPCI_MANQUANTE: {
    severity: "erreur",
    message: (p) =>
      `${p.cellule} : la colonne de l'EPCI « ${p.epci ?? ""} » est introuvable sur la ligne d'en-tête. ` +
      `Ajoutez une colonne dont l'en-tête est « ${p.attendu ?? ""} » (sigle, nom ou SIREN).`,
  },
  COLONNE_EPCI_EN_DOUBLE: {
    severity: "erreur",
    message: (p) =>
      `${p.cellule} : l'EPCI « ${p.epci ?? ""} » a déjà une colonne (${p.detail ?? ""}), que GEF lit. ` +
      `Supprimez l'une des deux colonnes ou corrigez son en-tête.`,
  },
  ENTETE_INCONNU: {
    severity: "avertissement",
    message: (p) =>
      `${p.cellule} : l'en-tête « ${p.valeur ?? ""} » n'est pas un EPCI attendu (${p.attendu ?? ""}). ` +
      `Cette colonne est ignorée ; corrigez l'en-tête s'il s'agit d'un EPCI.`,
  },
  COLONNE_IGNOREE: {
    severity: "info",
    message: (p) =>
      `${p.cellule} : la colonne « ${p.valeur ?? ""} » n'est pas une colonne EPCI ; GEF ne la vérifie pas.`,
  },
  VALEUR_NON_NUMERIQUE: {
    severity: "erreur",
    message: (p) => `${where(p)} : « ${p.valeur ?? ""} » n'est pas un nombre. Tapez ${p.attendu ?? "un nombre"}.`,
  },
  CELLULE_EN_ERREUR: {
    severity: "erreur",
    message: (p) =>
      `${where(p)} : la cellule est en erreur (${p.valeur ?? ""}). Corrigez la formule ou les cellules qu'elle utilise.`,
  },
  VALEUR_NEGATIVE: {
    severity: "erreur",
    message: (p) =>
      `${where(p)} : ${p.valeur ?? ""} est négatif, or un nombre de logements ou un taux ne peut pas l'être. ` +
      `Tapez 0 ou un nombre positif.`,
  },
  VALEUR_NON_ENTIERE: {
    severity: "erreur",
    message: (p) =>
      `${where(p)} : ${p.valeur ?? ""} n'est pas un nombre entier de logements. Tapez un entier (par exemple ${p.attendu ?? ""}).`,
  },
  SAISIE_VIDE: {
    severity: "avertissement",
    message: (p) => `${where(p)} : cellule vide. Tapez ${p.attendu ?? "une valeur"}.`,
  },
  PRECISION_VIDE: {
    severity: "info",
    message: (p) =>
      `${where(p)} : cellule vide (précision facultative). Tapez le nombre de logements, ou 0 s'il n'y en a pas.`,
  },
  TOTAL_INCORRECT: {
    severity: "erreur",
    message: (p) =>
      `${where(p)} : le total vaut ${p.valeur ?? ""} alors que ses lignes « dont » font ${p.attendu ?? ""}. ` +
      `Attendu : ${p.attendu ?? ""}${formule(p)}.`,
  },
  ASSIETTE_INCORRECTE: {
    severity: "erreur",
    message: (p) =>
      `${where(p)} : l'assiette vaut ${p.valeur ?? ""} alors que patrimoine − exclus − soustraits + nouvelles opérations ` +
      `= ${p.detail ?? ""} = ${p.attendu ?? ""}. Attendu : ${p.attendu ?? ""}${formule(p)}.`,
  },
  ASSIETTE_NEGATIVE: {
    severity: "erreur",
    message: (p) =>
      `${where(p)} : l'assiette calculée est négative (${p.detail ?? ""} = ${p.attendu ?? ""}). ` +
      (p.vides !== undefined
        ? `${p.vides.includes(",") ? `Les cellules ${p.vides} sont vides` : `La cellule ${p.vides} est vide`} : tapez-y le nombre de logements (patrimoine RPLS, nouvelles opérations), puis vérifiez les logements exclus et soustraits.`
        : "Les logements exclus et soustraits dépassent le patrimoine augmenté des nouvelles opérations : vérifiez ces montants."),
  },
  CALCUL_VIDE: {
    severity: "avertissement",
    message: (p) => `${where(p)} : cellule vide alors que le calcul donne ${p.attendu ?? ""}${formule(p)}.`,
  },
  SAISIE_MANUELLE: {
    severity: "avertissement",
    message: (p) =>
      `${where(p)} : valeur saisie à la main (${p.valeur ?? ""}) dans une ligne calculée. ` +
      `Remplacez-la par la formule ${p.formule ?? "de calcul"}, pour que le modèle reste juste quand les montants changent.`,
  },
  TAUX_EN_POINTS: {
    severity: "erreur",
    message: (p) =>
      `${where(p)} : le taux vaut ${p.valeur ?? ""}, soit ${p.detail ?? ""}. Vous vouliez sans doute ${p.attendu ?? ""} : ` +
      `tapez « ${p.attendu ?? ""} » avec le signe %.`,
  },
  TAUX_SUPERIEUR_100: {
    severity: "erreur",
    message: (p) =>
      `${where(p)} : le taux vaut ${p.valeur ?? ""}, plus de 100 %. Tapez le taux de rotation en pourcentage (par exemple 5 %).`,
  },
  TAUX_INHABITUEL: {
    severity: "avertissement",
    message: (p) =>
      `${where(p)} : un taux de rotation de ${p.valeur ?? ""} est inhabituel (attendu entre 1 % et 20 % ; ` +
      `5,6 % dans les Alpes-Maritimes en 2021). Vérifiez-le.`,
  },
  PLAFOND_ETAT_DEPASSE: {
    severity: "erreur",
    message: (p) =>
      `${where(p)} : ${p.valeur ?? ""} dépasse le plafond ${p.detail ?? ""} = ${p.attendu ?? ""} (arrondi à l'entier inférieur). ` +
      `Tapez au plus ${p.attendu ?? ""}${formule(p)}.`,
  },
  DEMANDE_ETAT_SOUS_PLAFOND: {
    severity: "info",
    message: (p) =>
      `${where(p)} : ${p.valeur ?? ""}, moins que le plafond ${p.detail ?? ""} = ${p.attendu ?? ""}. ` +
      `Normal si la convention fixe une part plus faible${formule(p)}.`,
  },
  DONT_SUPERIEUR_TOTAL: {
    severity: "erreur",
    message: (p) =>
      `${where(p)} : ${p.valeur ?? ""} dépasse le total « ${p.detail ?? ""} » (${p.attendu ?? ""}). ` +
      `Une ligne « dont » ne peut pas dépasser son total : corrigez l'une des deux.`,
  },
  OUI_NON_INVALIDE: {
    severity: "erreur",
    message: (p) => `${where(p)} : « ${p.valeur ?? ""} » n'est pas une réponse attendue. Répondez OUI ou NON.`,
  },
  REPONSE_VIDE: {
    severity: "avertissement",
    message: (p) => `${where(p)} : non renseigné. ${p.attendu ?? ""}.`,
  },
  MAIL_INVALIDE: {
    severity: "erreur",
    message: (p) =>
      `${where(p)} : « ${p.valeur ?? ""} » n'est pas une adresse mail valide. Tapez une adresse comme prenom.nom@bailleur.fr.`,
  },
  ANNEE_RPLS_ABSENTE: {
    severity: "info",
    message: (p) =>
      `${p.cellule} : l'année des données RPLS n'apparaît pas dans le libellé du patrimoine. Précisez-la ` +
      `(par exemple « au 01/01/2023 ») pour que la DDETS sache quel état du parc est utilisé.`,
  },
  ANNEES_INCOHERENTES: {
    severity: "avertissement",
    message: (p) => `${p.cellule} : ${p.detail ?? ""}. Vérifiez les années du modèle.`,
  },
} as const satisfies Record<string, Entry>;

/** Stable codes of the checker's findings. */
export type ModeleCode = keyof typeof DIAGNOSTICS;

/** The name of each kind of finding, as a group's heading. */
export const TITRES_DIAGNOSTICS: Readonly<Record<ModeleCode, string>> = {
  MODELE_CONFORME: "Modèle conforme",
  MODELE_VIERGE: "Modèle vierge",
  MODELE_INTROUVABLE: "Modèle introuvable",
  LIGNE_MANQUANTE: "Ligne manquante",
  LIGNE_IDENTITE_MANQUANTE: "Ligne d'identité manquante",
  LIGNE_EN_DOUBLE: "Ligne en double",
  ENTETE_EPCI_INTROUVABLE: "En-tête des EPCI introuvable",
  COLONNE_EPCI_MANQUANTE: "Colonne EPCI manquante",
  COLONNE_EPCI_EN_DOUBLE: "Colonne EPCI en double",
  ENTETE_INCONNU: "En-tête de colonne inconnu",
  COLONNE_IGNOREE: "Colonne ignorée",
  VALEUR_NON_NUMERIQUE: "Valeur qui n'est pas un nombre",
  CELLULE_EN_ERREUR: "Cellule en erreur",
  VALEUR_NEGATIVE: "Valeur négative",
  VALEUR_NON_ENTIERE: "Nombre de logements non entier",
  SAISIE_VIDE: "Cellule de saisie vide",
  PRECISION_VIDE: "Précision facultative vide",
  TOTAL_INCORRECT: "Total incorrect",
  ASSIETTE_INCORRECTE: "Assiette incorrecte",
  ASSIETTE_NEGATIVE: "Assiette négative",
  CALCUL_VIDE: "Cellule calculée vide",
  SAISIE_MANUELLE: "Valeur saisie à la place d'une formule",
  TAUX_EN_POINTS: "Taux tapé sans le signe %",
  TAUX_SUPERIEUR_100: "Taux supérieur à 100 %",
  TAUX_INHABITUEL: "Taux de rotation inhabituel",
  PLAFOND_ETAT_DEPASSE: "Demande de l'État au-dessus du plafond",
  DEMANDE_ETAT_SOUS_PLAFOND: "Demande de l'État sous le plafond",
  DONT_SUPERIEUR_TOTAL: "Ligne « dont » au-dessus de son total",
  OUI_NON_INVALIDE: "Réponse autre que OUI ou NON",
  REPONSE_VIDE: "Réponse manquante",
  MAIL_INVALIDE: "Adresse mail invalide",
  ANNEE_RPLS_ABSENTE: "Année RPLS absente",
  ANNEES_INCOHERENTES: "Années incohérentes",
};

/** Builds the finding of `code` with its catalogue severity and message. */
export function diagnostic(code: ModeleCode, params: DiagnosticParams): ModeleDiagnostic {
  const entry: Entry = DIAGNOSTICS[code];
  return { severity: entry.severity, code, cell: params.cellule, message: entry.message(echoParams(params)) };
}

/** Orders findings: errors first, then warnings, then infos; within each, by position in the sheet. */
export function sortDiagnostics(list: readonly ModeleDiagnostic[]): ModeleDiagnostic[] {
  return [...list].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || addressOrder(a.cell) - addressOrder(b.cell),
  );
}

/**
 * Programmes neufs' messages (part of the catalogue of src/domain/messages/): reading the operation's
 * dwellings and the réservataires' shares, the ceilings of CCH R.441-5 and what the split tells.
 * Each names the sheet, the cell or the réservataire, and what to type instead.
 */
import { echoParams } from "./echo";

/** What a Programmes neufs message may quote. */
export interface ProgrammeParams {
  readonly feuille?: string;
  readonly cellule?: string;
  /** A réservataire, or a list of them. */
  readonly libelle?: string;
  /** The value found, as the user sees it. */
  readonly valeur?: string;
  /** A ceiling, an expected value. */
  readonly attendu?: string;
  /** A count, already formatted. */
  readonly nombre?: string;
  readonly detail?: string;
  /** A signed convention sets the share beyond the ceiling (the finding is then an information). */
  readonly convention?: boolean;
}

const ou = (p: ProgrammeParams): string => `« ${p.feuille ?? ""} » ${p.cellule ?? ""}`;

/** The end of a ceiling's message: what to do, or that a signed convention allows it. */
const suitePlafond = (p: ProgrammeParams, baisser: string): string =>
  p.convention === true
    ? " Une convention signée le fixe ainsi (option « convention signée »)."
    : ` ${baisser}, ou, si une convention signée le prévoit, cochez « convention signée » (gef : --convention).`;

export const MESSAGES_PROGRAMME = {
  // Reading the operation and the shares.
  OPERATION_INTROUVABLE: (p: ProgrammeParams) =>
    `Aucune table des logements de l'opération${p.feuille ? ` dans « ${p.feuille} »` : ""} : il faut une ligne d'en-têtes avec « Logement », « Financement » et « Typologie » ` +
    "(« Bâtiment » et « Étage » facultatifs), une ligne par logement.",
  OPERATION_VIDE: (p: ProgrammeParams) =>
    `La table des logements de « ${p.feuille ?? ""} » n'a aucun logement : ajoutez une ligne par logement sous ses en-têtes.`,
  DROITS_PROGRAMME_INTROUVABLES: () =>
    "Aucune part de réservataire : ajoutez une table « Droits du programme » (colonnes « Réservataire », « Part », « Garant », « Montant garanti ») " +
    'ou donnez les parts (gef : --part "NOM=POURCENT").',
  LOGEMENT_SANS_IDENTIFIANT: (p: ProgrammeParams) =>
    `${ou(p)} : le logement n'a pas d'identifiant ; tapez son numéro. La ligne n'est pas répartie.`,
  LOGEMENT_EN_DOUBLE: (p: ProgrammeParams) =>
    `${ou(p)} : le logement « ${p.valeur ?? ""} » est déjà à la ${p.attendu ?? ""} ; il n'est réparti qu'une fois. Corrigez le numéro en double.`,
  FINANCEMENT_ILLISIBLE: (p: ProgrammeParams) =>
    `${ou(p)} : le financement « ${p.valeur ?? ""} » n'est pas reconnu ; tapez PLAI, PLUS, PLS ou PLI. La ligne n'est pas répartie.`,
  TYPOLOGIE_ILLISIBLE: (p: ProgrammeParams) =>
    `${ou(p)} : la typologie « ${p.valeur ?? ""} » n'est pas reconnue ; tapez T1 à T6 (ou le nombre de pièces). La ligne n'est pas répartie.`,
  ETAGE_ILLISIBLE: (p: ProgrammeParams) =>
    `${ou(p)} : l'étage « ${p.valeur ?? ""} » n'est pas lu ; tapez un nombre (0 ou « RDC » pour le rez-de-chaussée). Le logement est réparti sans son étage.`,
  PART_ILLISIBLE: (p: ProgrammeParams) =>
    `${ou(p)} (${p.libelle ?? ""}) : la part « ${p.valeur ?? ""} » n'est pas un pourcentage de 0 à 100 ; tapez-la en points, comme 20 ou 20 %. La ligne est ignorée.`,
  MONTANT_ILLISIBLE: (p: ProgrammeParams) =>
    `${ou(p)} (${p.libelle ?? ""}) : le montant garanti « ${p.valeur ?? ""} » n'est pas un montant positif ; tapez-le en euros, comme 1 500 000. ` +
    "La proportion des garants n'est pas vérifiée.",
  NOM_ILLISIBLE: (p: ProgrammeParams) =>
    `${ou(p)} : le réservataire « ${p.valeur ?? ""} » n'a ni lettre ni chiffre ; tapez son nom. La ligne est ignorée.`,
  GARANT_SANS_PART: (p: ProgrammeParams) =>
    `« ${p.libelle ?? ""} » est donné comme garant (${p.valeur ?? ""}) mais n'a pas de part : ajoutez sa part (gef : --part "${p.libelle ?? ""}=POURCENT") ou corrigez son nom.`,
  RESERVATAIRE_EN_DOUBLE: (p: ProgrammeParams) =>
    `${p.libelle ?? ""} a plusieurs parts (${p.detail ?? ""}) : elles sont additionnées (${p.valeur ?? ""} %). Si c'est un doublon, supprimez la ligne de trop.`,
  // The split.
  TROP_DE_RESERVATAIRES: (p: ProgrammeParams) =>
    `${p.nombre ?? ""} réservataires ont une part : plus que les ${p.attendu ?? ""} qu'une opération peut compter ; rien n'est réparti. ` +
    "Vérifiez que la table « Droits du programme » ne contient qu'une ligne par réservataire.",
  PARTS_AU_DELA_DE_100: (p: ProgrammeParams) =>
    `Les parts des réservataires totalisent ${p.valeur ?? ""} % : plus que les logements de l'opération. Ramenez leur total à 100 % au plus ; rien n'est réparti.`,
  PLAFOND_GARANTS: (p: ProgrammeParams) =>
    `Les garants d'emprunt (${p.libelle ?? ""}) ont ${p.valeur ?? ""}, au-delà du plafond de ${p.attendu ?? ""} (20 % du programme, CCH R.441-5).` +
    suitePlafond(p, "Baissez leurs parts"),
  PLAFOND_PREFET: (p: ProgrammeParams) =>
    `Le préfet (${p.libelle ?? ""}) a ${p.valeur ?? ""}, au-delà du plafond de ${p.attendu ?? ""} (30 % du programme, CCH R.441-5).` +
    suitePlafond(p, "Baissez ses parts"),
  PLAFOND_AGENTS: (p: ProgrammeParams) =>
    `Les agents de l'État (${p.libelle ?? ""}) ont ${p.valeur ?? ""}, au-delà du plafond de ${p.attendu ?? ""} (5 % du programme, CCH R.441-5).` +
    suitePlafond(p, "Baissez leur part"),
  GARANTS_HORS_PROPORTION: (p: ProgrammeParams) =>
    `Les parts des garants ne suivent pas les montants garantis : ${p.detail ?? ""}. La loi (CCH R.441-5) les veut proportionnelles aux emprunts garantis ; corrigez les parts.`,
  GARANT_SANS_MONTANT: (p: ProgrammeParams) =>
    `${p.libelle ?? ""} est garant sans montant garanti : la proportion des garants n'est pas vérifiée. Tapez le montant de l'emprunt garanti.`,
  RESERVATAIRE_SANS_LOGEMENT: (p: ProgrammeParams) =>
    `${p.libelle ?? ""} : sa part de ${p.valeur ?? ""} % de ${p.nombre ?? ""} logements (${p.attendu ?? ""}) ne lui donne aucun logement au plus fort reste.`,
  TOTAUX_AJUSTES: (p: ProgrammeParams) =>
    `Aucun arrondi des catégories ne donne exactement les totaux du plus fort reste ; ${p.libelle ?? ""} ${p.detail ?? ""} (chacun reste sa part exacte arrondie à l'inférieur ou au supérieur).`,
  LIVRAISON: (p: ProgrammeParams) =>
    `Livraison ${p.valeur ?? ""} : chaque première location compte dans le flux de son réservataire pour ${p.valeur ?? ""}.`,
  // The pane's « Programme neuf » section.
  FEUILLE_ABSENTE: (p: ProgrammeParams) =>
    `La feuille « ${p.feuille ?? ""} » n'est plus dans le classeur : choisissez-en une autre dans la liste, ou « Trouvée par ses en-têtes ».`,
  LIVRAISON_ILLISIBLE: (p: ProgrammeParams) =>
    `Année de livraison « ${p.valeur ?? ""} » : tapez une année sur quatre chiffres, comme 2026, ou laissez le champ vide.`,
  ECRITURE_BLOQUEE: (p: ProgrammeParams) =>
    `La feuille « ${p.feuille ?? ""} » n'est pas écrite : ${p.nombre ?? ""} ci-dessous. Corrigez les tables ; un plafond qu'une convention signée fixe ainsi s'accepte en cochant « Convention signée ».`,
} as const satisfies Record<string, (p: ProgrammeParams) => string>;

/** Stable codes of Programmes neufs' messages. */
export type ProgrammeCode = keyof typeof MESSAGES_PROGRAMME;

/** The French message of `code`. */
export function programmeMessage(code: ProgrammeCode, params: ProgrammeParams = {}): string {
  const build: (p: ProgrammeParams) => string = MESSAGES_PROGRAMME[code];
  return build(echoParams(params));
}

/**
 * The vacancies' messages (part of the catalogue of src/domain/messages/): the journal's steps read,
 * a new vacancy typed, the proposal of the réservataire to serve, the délais. Each names where (the
 * journal's sheet and line, the field) and what to type instead (docs/regles/vacances.md).
 */
import { echo, echoParams } from "./echo";
import type { Problem } from "./result";

/** What a vacancies message may quote. */
export interface VacancesParams {
  /** The journal's sheet, or the dwelling table's. */
  readonly feuille?: string;
  /** The line in the journal (its header being line 1). */
  readonly ligne?: number;
  /** A second line (the earlier event). */
  readonly autreLigne?: number;
  readonly logement?: string;
  readonly reservataire?: string;
  readonly epci?: string;
  /** The value found, as the user sees it. */
  readonly valeur?: string;
  /** A second value (a date compared with, a ceiling). */
  readonly attendu?: string;
  /** A count, already formatted. */
  readonly nombre?: string;
  /** Closest known values, for « Vouliez-vous dire … ? ». */
  readonly suggestions?: readonly string[];
  readonly detail?: string;
}

/** « Journal « Journal du flux », ligne 7 : » */
const ou = (p: VacancesParams): string => `Journal « ${p.feuille ?? ""} », ligne ${p.ligne ?? ""} : `;
/** « Vouliez-vous dire « A12 » ou « A21 » ? » when there are suggestions. */
const vouliez = (p: VacancesParams): string =>
  p.suggestions === undefined || p.suggestions.length === 0
    ? ""
    : ` Vouliez-vous dire ${p.suggestions.map((s) => `« ${echo(s)} »`).join(" ou ")} ?`;

/** Code → message. Adding a code here is the only way to add a vacancies message. */
export const MESSAGES_VACANCES = {
  LOGEMENT_VIDE: () => "Tapez l'identifiant du logement (celui de la table des logements, comme « LGT-000123 »).",
  LOGEMENT_INCONNU: (p: VacancesParams) =>
    `Le logement « ${p.valeur ?? ""} » n'est pas dans la table des logements « ${p.feuille ?? ""} ».${vouliez(p)} ` +
    "Tapez l'identifiant tel que la table l'écrit.",
  PARC_INTROUVABLE: () =>
    "Aucune table des logements (colonne d'identifiant « Logement » ou « IDENT_REP », et EPCI, commune, typologie ou financement) : la fiche navette en a besoin.",
  CONGE_FUTUR: (p: VacancesParams) =>
    `Date du congé reçu : le ${p.valeur ?? ""} est après aujourd'hui (${p.attendu ?? ""}). Un congé se note quand il est reçu : tapez une date jusqu'au ${p.attendu ?? ""}.`,
  DATE_VACANCE_ILLISIBLE: (p: VacancesParams) =>
    `${p.detail ?? ""} : « ${p.valeur ?? ""} » n'est pas une date. Tapez une date comme 15/01/2024 ou 2024-01-15.`,
  LIMITE_AVANT_MISE_A_DISPOSITION: (p: VacancesParams) =>
    `${ou(p)}la date limite du ${p.valeur ?? ""} précède la mise à disposition du ${p.attendu ?? ""}. Tapez une date limite après la mise à disposition, ` +
    "ou videz la cellule : GEF compte alors le délai du réservataire (un mois par défaut).",
  LIMITE_SAISIE_AVANT_MISE_A_DISPOSITION: (p: VacancesParams) =>
    `Date limite : le ${p.valeur ?? ""} précède la mise à disposition du ${p.attendu ?? ""}. Tapez une date après la mise à disposition, ` +
    "ou laissez le champ vide : GEF compte alors le délai du réservataire (un mois par défaut).",
  DATE_LIMITE_ILLISIBLE: (p: VacancesParams) =>
    `${ou(p)}la date limite « ${p.valeur ?? ""} » n'est pas une date. Tapez une date comme 15/02/2024, ou videz la cellule : GEF compte alors le délai du réservataire.`,
  SANS_MISE_A_DISPOSITION: (p: VacancesParams) =>
    `${ou(p)}${p.detail ?? "étape"} du logement « ${p.logement ?? ""} » le ${p.valeur ?? ""}, sans mise à disposition avant. ` +
    "Ajoutez au journal la ligne de sa mise à disposition (date et réservataire), ou corrigez l'identifiant du logement.",
  DEUX_VACANCES_OUVERTES: (p: VacancesParams) =>
    `${ou(p)}le logement « ${p.logement ?? ""} » est remis à disposition le ${p.valeur ?? ""} alors que sa mise à disposition de la ligne ${p.autreLigne ?? ""} ` +
    `(${p.reservataire ?? ""}, date limite ${p.attendu ?? ""}) est encore ouverte. Notez d'abord son refus ou son retour bailleur, ou corrigez le logement.`,
  LOGEMENT_SANS_VACANCE: (p: VacancesParams) =>
    `Le logement « ${p.logement ?? ""} » n'a pas de mise à disposition dans le journal « ${p.feuille ?? ""} » : notez-la d'abord (Vacances, ou gef vacance).`,
  VACANCE_OUVERTE: (p: VacancesParams) =>
    `Le logement « ${p.logement ?? ""} » a déjà une vacance ouverte (journal, ligne ${p.ligne ?? ""} : ${p.reservataire ?? ""}, date limite ${p.attendu ?? ""}). ` +
    "Notez d'abord son refus, son retour bailleur ou son bail dans « À relancer ».",
  RESERVATAIRE_SANS_OBJECTIF: (p: VacancesParams) =>
    `Le réservataire « ${p.valeur ?? ""} » n'a pas d'objectif${p.epci ? ` dans ${p.epci}` : ""}.${vouliez(p)} ` +
    "Choisissez un réservataire de la table des objectifs, ou ajoutez-lui un objectif.",
  AUCUN_OBJECTIF: (p: VacancesParams) =>
    `Aucun réservataire n'a d'objectif${p.epci ? ` dans ${p.epci}` : ""} : GEF ne peut pas proposer le plus en retard. Calculez les objectifs (Suivi du flux) ou choisissez le réservataire.`,
  TOUS_ATTEINTS: (p: VacancesParams) =>
    `Tous les réservataires ont atteint leur objectif${p.epci ? ` dans ${p.epci}` : ""} : choisissez le réservataire à servir.`,
  DATE_EN_TEXTE: (p: VacancesParams) =>
    `${ou(p)}la date « ${p.valeur ?? ""} » est du texte${p.nombre ? ` (comme ${p.nombre} autres dates du journal)` : ""}. GEF la lit, mais Excel ne la trie ` +
    "ni ne la filtre comme une date : retapez-la comme date (15/01/2024), ou convertissez la colonne (Données > Convertir).",
  CANDIDATS_ILLISIBLE: (p: VacancesParams) =>
    `${ou(p)}le nombre de candidats « ${p.valeur ?? ""} » n'est pas un nombre entier. Tapez 1, 2, 3…`,
  CANDIDATS_INSUFFISANTS: (p: VacancesParams) =>
    `${p.ligne === undefined ? "" : ou(p)}logement « ${p.logement ?? ""} » : ${p.nombre ?? ""} candidat(s) désigné(s), moins des trois que la CALEOL examine (CCH R.441-3). ` +
    "Cochez « candidats insuffisants » ou « DALO » si c'est le cas ; sinon demandez d'autres candidats.",
  DELAI_PLAFONNE: (p: VacancesParams) =>
    `Délai de ${p.reservataire ?? ""} (${p.valeur ?? ""}) ramené à un mois : ${p.epci ?? ""} est en zone tendue (CCH L.441-1). Date limite : ${p.attendu ?? ""}.`,
  RESERVATAIRE_SURSERVI: (p: VacancesParams) =>
    `${p.reservataire ?? ""} a déjà reçu ${p.valeur ?? ""} de ${p.detail ?? ""} dans ${p.epci ?? ""}, contre ${p.attendu ?? ""} dans le parc : ` +
    "il est déjà bien servi dans cette catégorie ; vous pouvez choisir un autre réservataire.",
  PROPOSITION: (p: VacancesParams) =>
    `${p.reservataire ?? ""} : le plus en retard de son objectif à date${p.epci ? ` dans ${p.epci}` : ""}, ${p.valeur ?? ""} sur ${p.attendu ?? ""} attendus à date` +
    ` (objectif de l'année : ${p.nombre ?? ""}).`,
  CHOIX_UTILISATEUR: (p: VacancesParams) =>
    `Choix de l'utilisateur : ${p.reservataire ?? ""} au lieu de ${p.valeur ?? ""}${p.detail ? ` (motif : ${p.detail})` : ""}.`,
  MOTIF_MANQUANT: (p: VacancesParams) =>
    `Vous choisissez ${p.reservataire ?? ""} au lieu de ${p.valeur ?? ""} proposé par GEF : tapez le motif, il est gardé dans le journal.`,
  LIMITE_DEPASSEE: (p: VacancesParams) => `${p.nombre ?? ""} vacance(s) ont passé leur date limite sans désignation.`,
  NON_RENSEIGNE: () => "non renseigné",
} as const satisfies Record<string, (p: VacancesParams) => string>;

/** What a field of the fiche navette reads when the dwelling table does not give it. */
export const NON_RENSEIGNE_FICHE = "non renseigné";

/** Stable codes of the vacancies' messages. */
export type VacancesCode = keyof typeof MESSAGES_VACANCES;

/** The French message of `code`. */
export function vacancesMessage(code: VacancesCode, params: VacancesParams = {}): string {
  const build: (p: VacancesParams) => string = MESSAGES_VACANCES[code];
  return build(echoParams(params));
}

/** The message of `code` as a {@link Problem}. */
export function vacancesProblem(code: VacancesCode, params: VacancesParams = {}): Problem<VacancesCode> {
  return { code, message: vacancesMessage(code, params) };
}

/**
 * The identity lines above the « Calcul de l'assiette » block: title, département, bailleur, contact,
 * and the two OUI/NON questions on the CUS and the charte de relogement.
 * @see docs/regles/modele-ddets.md
 */
import { bug } from "../messages/result";
import type { AnswerKind, IdentityKey, ModeleYears } from "./keys";

export interface IdentitySpec {
  readonly key: IdentityKey;
  /** Short French name used in messages. */
  readonly nom: string;
  /** What answers the line, to the right of its label. */
  readonly answer: AnswerKind;
  /** The label written by the blank template. */
  readonly libelle: (years: ModeleYears) => string;
  /**
   * Labels accepted when locating the line; empty for the département, which is no label but the
   * line that follows the title (« ALPES-MARITIMES »).
   */
  readonly variants: readonly string[];
  /** A missing line is a warning; the title and département are only informative. */
  readonly required: boolean;
}

const fixed = (text: string) => (): string => text;

export const IDENTITY_ROWS: readonly IdentitySpec[] = [
  {
    key: "titre",
    nom: "titre",
    answer: "aucune",
    libelle: (y) => `CALCUL DE L'ASSIETTE POUR CONVENTION GESTION EN FLUX ${y.anneeConvention}`,
    variants: [
      "CALCUL DE L'ASSIETTE POUR CONVENTION GESTION EN FLUX 2024 DOC DE TRAVAILV1",
      "Calcul de l'assiette pour convention gestion en flux",
      "Calcul de l'assiette pour la convention de gestion en flux",
    ],
    required: false,
  },
  { key: "departement", nom: "département", answer: "aucune", libelle: fixed(""), variants: [], required: false },
  {
    key: "bailleur",
    nom: "nom du bailleur",
    answer: "texte",
    libelle: fixed("Nom du bailleur :"),
    variants: ["Nom du bailleur :", "Bailleur", "Organisme HLM"],
    required: true,
  },
  {
    key: "adresse",
    nom: "adresse de conventionnement",
    answer: "texte",
    libelle: fixed("Adresse de conventionnement du bailleur :"),
    variants: ["adresse de conventionnement du bailleur :", "Adresse du bailleur", "Adresse"],
    required: true,
  },
  {
    key: "correspondant",
    nom: "correspondant",
    answer: "texte",
    libelle: fixed("Nom / fonction du correspondant(s) pour le conventionnement"),
    variants: [
      "Nom / fonction du correspondant(s) pour le conventionnement",
      "Correspondant",
      "Nom et fonction du correspondant",
    ],
    required: true,
  },
  {
    key: "telephone",
    nom: "téléphone",
    answer: "telephone",
    libelle: fixed("Téléphone :"),
    variants: ["téléphone :", "Tél.", "Téléphone du correspondant"],
    required: true,
  },
  {
    key: "mail",
    nom: "mail",
    answer: "mail",
    libelle: fixed("Mail :"),
    variants: ["mail :", "Courriel", "Adresse mail", "E-mail", "Adresse électronique"],
    required: true,
  },
  {
    key: "cus",
    nom: "impact de la CUS",
    answer: "oui-non",
    libelle: fixed("Si CUS, impact du CUS dans le calcul des logements soustraits de l'assiette ? (OUI/NON)"),
    variants: [
      "Si CUS, impact du CUS dans le calcul des logements soustraits de l'assiette ?  (OUI/NON)",
      "Impact de la CUS sur les logements soustraits (OUI/NON)",
    ],
    required: true,
  },
  {
    key: "charte",
    nom: "impact de la charte de relogement",
    answer: "oui-non",
    libelle: fixed(
      "Si charte relogement, impact de la charte dans le calcul des logements soustraits de l'assiette ? (OUI/NON)",
    ),
    variants: [
      "Si charte relogement , impact de la charte dans le calcul des logements soustraits de l'assiette ?  (OUI/NON)",
      "Impact de la charte de relogement sur les logements soustraits (OUI/NON)",
    ],
    required: true,
  },
];

const BY_KEY = new Map<IdentityKey, IdentitySpec>(IDENTITY_ROWS.map((r) => [r.key, r]));

/** The description of an identity line. */
export function identitySpec(key: IdentityKey): IdentitySpec {
  const spec = BY_KEY.get(key);
  if (spec === undefined) bug(`Ligne d'identité inconnue : ${key}`);
  return spec;
}

/**
 * Errors of the command line itself (files, arguments), with their French messages and exit code.
 * Domain errors keep their own catalogue (src/domain/errors.ts).
 */

export interface CliParams {
  fichier?: string;
  detail?: string;
  option?: string;
  commande?: string;
}

const MESSAGES = {
  FICHIER_ABSENT: (p: CliParams) => `Fichier introuvable ou illisible : ${p.fichier ?? "?"}. Vérifiez le chemin.`,
  PAS_UN_XLSX: (p: CliParams) =>
    `${p.fichier ?? "?"} n'est pas un classeur .xlsx. Ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) ».`,
  FICHIER_PROTEGE_OU_XLS: (p: CliParams) =>
    `${p.fichier ?? "?"} est protégé par un mot de passe ou au format .xls. ` +
    `Enregistrez-le en .xlsx sans mot de passe (Fichier > Informations > Protéger le classeur).`,
  XLSX_ILLISIBLE: (p: CliParams) => `${p.fichier ?? "?"} est endommagé ou illisible (${p.detail ?? ""}).`,
  ARGUMENTS: (p: CliParams) => `${p.detail ?? "Arguments invalides"}. Tapez « gef ${p.commande ? `${p.commande} ` : ""}--aide ».`,
  COMMANDE_INCONNUE: (p: CliParams) =>
    `Commande inconnue : « ${p.commande ?? ""} ». Commandes : verifier, remplir, repartitions, decompte, consolider. Tapez « gef --aide ».`,
  JOURNAL_INTROUVABLE: (p: CliParams) =>
    `Aucune feuille de ${p.fichier ?? "?"} ne contient de journal (en-têtes logement, réservataire, étape, date). ${p.detail ?? ""}`,
  DATE_OPTION: (p: CliParams) => `L'option --${p.option ?? "?"} attend une date comme 2024-12-31 ou 31/12/2024 (reçu : « ${p.detail ?? ""} »).`,
  ECRITURE: (p: CliParams) => `Impossible d'écrire ${p.fichier ?? "?"} (${p.detail ?? ""}). Le fichier est-il ouvert dans Excel ?`,
} as const;

export type CliCode = keyof typeof MESSAGES;

/** An unusable input or argument: exit code 2, a French message, never a stack trace. */
export class CliError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly code: CliCode,
    params: CliParams = {},
  ) {
    super(MESSAGES[code](params));
  }
}

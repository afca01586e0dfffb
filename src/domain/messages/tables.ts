/**
 * The French messages of table reading (docs/regles/rpls.md): errors that make a table unusable, and the
 * reasons given for rows that were skipped or partly read. Nobody else in src/domain/tables writes
 * user-facing text.
 */
import type { RowIssue } from "../tables/types";
import { echo } from "./echo";

/** Why a whole table cannot be read. */
export type TableErrorCode = "TABLEAU_VIDE" | "ENTETE_INTROUVABLE" | "COLONNE_OBLIGATOIRE";

/** A table that cannot be read: a stable code and its French message. */
export interface TableError {
  readonly code: TableErrorCode;
  readonly message: string;
}

/** A table read, or why it could not be. */
export type TableResult<T> = ({ readonly ok: true } & T) | { readonly ok: false; readonly error: TableError };

const q = (s: string): string => `« ${echo(s)} »`;
const list = (items: readonly string[]): string => items.map(q).join(", ");

/** Builds the error of a table. */
export const tableError = {
  vide: (quoi: string): TableError => ({
    code: "TABLEAU_VIDE",
    message: `La plage sélectionnée pour ${quoi} est vide.`,
  }),
  headerNotFound: (quoi: string, lignes: number, attendus: readonly string[]): TableError => ({
    code: "ENTETE_INTROUVABLE",
    message:
      `Aucune ligne d'en-têtes de ${quoi} n'a été trouvée dans les ${lignes} premières lignes. ` +
      `Ajoutez une ligne d'en-têtes avec par exemple : ${list(attendus)}.`,
  }),
  requiredColumn: (quoi: string, ligne: number, manquantes: readonly string[]): TableError => ({
    code: "COLONNE_OBLIGATOIRE",
    message:
      `La ligne d'en-têtes de ${quoi} (ligne ${ligne}) n'a pas de colonne ${list(manquantes)}. ` +
      `Ajoutez-la ou renommez l'en-tête existant.`,
  }),
} as const;

/** Reasons of {@link RowIssue}s (the row number is kept apart, see {@link formatIssue}). */
export const raison = {
  totalRow: (texte: string): string => `ligne de total (${q(texte)}) ignorée`,
  aucuneDonneeReconnue: (): string => `aucune valeur dans les colonnes reconnues, ligne ignorée`,
  rienExploitable: (details: readonly string[]): string => `rien d'exploitable (${details.join(" ; ")}), ligne ignorée`,
  financementInconnu: (valeur: string): string => `financement ${q(valeur)} inconnu`,
  financementVide: (): string => `financement vide`,
  typologieInconnue: (valeur: string): string => `typologie ${q(valeur)} inconnue`,
  typologieVide: (): string => `typologie vide`,
  communeInconnue: (valeur: string): string => `commune ${q(valeur)} inconnue`,
  communeAmbigue: (valeur: string, n: number): string =>
    `commune ${q(valeur)} ambiguë (${n} communes de ce nom) : indiquez le code INSEE ou le département`,
  codeCommuneAbsent: (code: string): string => `code commune ${q(code)} absent du découpage administratif`,
  communeVide: (): string => `commune vide`,
  epciInconnu: (valeur: string): string => `EPCI ${q(valeur)} inconnu : rattachement par la commune`,
  indicateurInconnu: (column: string, valeur: string): string =>
    `${column} : valeur ${q(valeur)} non reconnue (attendu OUI/NON, 1/0 ou X), comptée NON`,
  typeConstructionInconnu: (valeur: string): string =>
    `type de construction ${q(valeur)} inconnu (attendu C, I ou E), logement non étudiant`,
  // Movements
  epciMouvementInconnu: (valeur: string): string => `EPCI ${q(valeur)} inconnu, ligne ignorée`,
  epciHorsListe: (valeur: string, nom: string): string =>
    `EPCI ${q(valeur)} (${nom}) hors des EPCI attendus, ligne ignorée`,
  epciMouvementVide: (): string => `EPCI vide, ligne ignorée`,
  anneeIllisible: (valeur: string): string => `année ${q(valeur)} illisible (tapez 2023), ligne ignorée`,
  nombreIllisible: (column: string, valeur: string): string =>
    `colonne ${q(column)} : ${q(valeur)} n'est pas un nombre positif, ligne ignorée`,
  nombreVide: (column: string): string => `colonne ${q(column)} vide, ligne ignorée`,
  valeurIllisible: (column: string, valeur: string): string =>
    `colonne ${q(column)} : ${q(valeur)} n'est pas un nombre positif, valeur ignorée`,
  anneeEnDouble: (epci: string, annee: number, first: number): string =>
    `l'année ${annee} de ${epci} figure déjà ligne ${first}, ligne ignorée`,
} as const;

/** Messages about a series as a whole (not a row). */
export const note = {
  anneesManquantes: (epci: string, annees: readonly number[]): string =>
    `${epci} : ${annees.length > 1 ? "années manquantes" : "année manquante"} ${annees.join(", ")}`,
  mutationsManquantes: (epci: string, annees: readonly number[]): string =>
    `${epci} : mutations non renseignées en ${annees.join(", ")}, moyenne sur les autres années`,
} as const;

/** A header and its column letter, as a message quotes them. */
export interface EnteteColonne {
  readonly entete: string;
  readonly lettre: string;
}

/**
 * Several headers name one column (src/domain/tables/headers.ts): which one is read and why. `quoi`
 * opens the sentence (« Journal « Feuil1 » »), `colonne` is the column's French name.
 */
export function colonneChoisie(
  quoi: string,
  colonne: string,
  pris: EnteteColonne,
  ecartes: readonly EnteteColonne[],
  plusProche: boolean,
): string {
  const autres = ecartes.map((e) => `${q(e.entete)} (colonne ${e.lettre})`).join(", ");
  return plusProche
    ? `${quoi} : la colonne ${colonne} est lue dans ${q(pris.entete)} (colonne ${pris.lettre}), l'en-tête le plus proche de ce nom ; ` +
        `${autres} ${ecartes.length > 1 ? "ne sont pas lues" : "n'est pas lue"} pour elle.`
    : `${quoi} : plusieurs en-têtes désignent la colonne ${colonne} : ${q(pris.entete)} (colonne ${pris.lettre}) est lue, ` +
        `${autres} ${ecartes.length > 1 ? "sont ignorées" : "est ignorée"}. Renommez ou supprimez l'en-tête de trop.`;
}

/** Every message of table reading, by code (whole-table errors, row reasons, series notes). */
export const TABLE_MESSAGES = {
  TABLEAU_VIDE: tableError.vide,
  ENTETE_INTROUVABLE: tableError.headerNotFound,
  COLONNE_OBLIGATOIRE: tableError.requiredColumn,
  ...raison,
  ...note,
} as const;

/** Stable codes of table reading's messages. */
export type TableMessageCode = keyof typeof TABLE_MESSAGES;

/** « ligne 12 : financement « XYZ » inconnu ». */
export function formatIssue(issue: RowIssue): string {
  return `ligne ${issue.ligne} : ${issue.raison}`;
}

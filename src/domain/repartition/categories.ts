/**
 * The eight réservataire categories of the ERILIA breakdowns (docs/regles/repartitions.md), and the default rules
 * that map a réservataire's label to one of them.
 *
 * Rules are data: an ordered list of `{ motif, categorie }` that the user edits in the pane and that
 * is kept in the workbook (see {@link parseRules}). The syntax of a motif is described in motif.ts.
 *
 * Choices (docs/choix.md « Répartitions : périmètre, libellés non classés, pourcentages, règles »), to be shown in the
 * pane's help:
 * - **The first rule that matches wins.** The defaults are ordered from the most specific to the most
 *   general: "non réservé / bailleur" first, then the State's agents ("fonctionnaires", "agents de
 *   l'État") before ministries and before the préfet's priority contingent, so that
 *   "PREFECTURE - FONCTIONNAIRES" is ETAT FONCTIONNAIRES and "AGENTS DE L'ETAT" is not caught by "ETAT".
 * - **ETAT FONCTIONNAIRES** is the préfet's contingent for State agents (at most 5 % of the flux,
 *   CCH R.441-5-2). **CIAS ET AUTRES MINISTERES** holds the reservations a ministry or a public body
 *   makes for its own staff (Intérieur, Justice, Défense, gendarmerie, police, hospitals, CHU) and the
 *   CIAS / CCAS: "MINISTERE DE L'INTERIEUR" goes there, not to ETAT FONCTIONNAIRES, as the ERILIA
 *   category's name says. Ministries come before "ETAT" so that "MINISTERE ... DE L'ETAT" stays a ministry.
 * - A blank label is always NON IDENTIFIES (not a rule, it cannot be edited away).
 * - A label that no rule matches is *non mappé*: it is listed with its dwellings and counted in
 *   AUTRES RESERVATAIRES only with the user's consent (see count-repartition.ts).
 */

/** The eight categories, in the order of the ERILIA chart's legend. */
export const CATEGORIES = [
  "ETAT FONCTIONNAIRES",
  "ETAT PRIORITAIRES",
  "ACTION LOGEMENT",
  "COLLECTIVITES TERRITORIALES",
  "CIAS ET AUTRES MINISTERES",
  "AUTRES RESERVATAIRES",
  "NON RESERVE",
  "NON IDENTIFIES",
] as const;

/** A réservataire category of the ERILIA breakdowns. */
export type Categorie = (typeof CATEGORIES)[number];

/**
 * The categories as users read them, with their accents (tables, charts, pane, reports). The keys of
 * {@link CATEGORIES} stay as they are: workbooks keep rules under those keys.
 */
export const LIBELLES_CATEGORIES: Readonly<Record<Categorie, string>> = {
  "ETAT FONCTIONNAIRES": "ÉTAT FONCTIONNAIRES",
  "ETAT PRIORITAIRES": "ÉTAT PRIORITAIRES",
  "ACTION LOGEMENT": "ACTION LOGEMENT",
  "COLLECTIVITES TERRITORIALES": "COLLECTIVITÉS TERRITORIALES",
  "CIAS ET AUTRES MINISTERES": "CIAS ET AUTRES MINISTÈRES",
  "AUTRES RESERVATAIRES": "AUTRES RÉSERVATAIRES",
  "NON RESERVE": "NON RÉSERVÉ",
  "NON IDENTIFIES": "NON IDENTIFIÉS",
};

/** What NON IDENTIFIÉS holds, for the pane and the reports. */
export const EXPLICATION_NON_IDENTIFIES =
  "NON IDENTIFIÉS : logements dont la colonne réservataire est vide (ou bloc d'état des lieux sans nom de réservataire).";

/** Index of AUTRES RESERVATAIRES in {@link CATEGORIES}: where non-mapped labels go with consent. */
export const AUTRES_RESERVATAIRES = 5;
/** Index of NON IDENTIFIES in {@link CATEGORIES}: where blank labels go. */
export const NON_IDENTIFIES = 7;

/** A rule: labels matching `motif` belong to `categorie`. */
export interface RegleCategorie {
  readonly motif: string;
  readonly categorie: Categorie;
}

/** Builds the rules of one category, in the order given. */
const regles = (categorie: Categorie, motifs: readonly string[]): RegleCategorie[] =>
  motifs.map((motif) => ({ motif, categorie }));

/**
 * The default rules, in the order they are tried (first match wins). Motifs are whole words found
 * anywhere in the label, accents and case ignored; `*` completes a word ("FONCTIONNAIRE*").
 */
export const DEFAULT_REGLES: readonly RegleCategorie[] = Object.freeze(
  [
    ...regles("NON RESERVE", ["NON RESERVE", "CONTINGENT BAILLEUR", "RESERVE BAILLEUR", "BAILLEUR", "LIBRE"]),
    ...regles("ETAT FONCTIONNAIRES", ["FONCTIONNAIRE*", "AGENT* DE L'ETAT", "CONTINGENT FONCTIONNAIRE*"]),
    ...regles("CIAS ET AUTRES MINISTERES", [
      "CIAS",
      "CCAS",
      "MINISTERE*",
      "HOPITAL",
      "HOPITAUX",
      "HOSPITALIER*",
      "CHU",
      "JUSTICE",
      "DEFENSE",
      "GENDARMERIE",
      "POLICE",
    ]),
    ...regles("ETAT PRIORITAIRES", [
      "PREFECTURE",
      "CONTINGENT PREFECTORAL",
      "PREFECTORAL*",
      "DALO",
      "PREFET",
      "DDETS",
      "ETAT",
    ]),
    ...regles("ACTION LOGEMENT", ["ACTION LOGEMENT", "ALS", "1% LOGEMENT", "CIL"]),
    ...regles("COLLECTIVITES TERRITORIALES", [
      "VILLE",
      "COMMUNE*",
      "MAIRIE",
      "CONSEIL DEPARTEMENTAL",
      "DEPARTEMENT*",
      "REGION*",
      "METROPOLE",
      "COMMUNAUTE D'AGGLOMERATION",
      "COMMUNAUTE DE COMMUNES",
      "CA",
      "EPCI",
    ]),
  ].map((r) => Object.freeze(r)),
);

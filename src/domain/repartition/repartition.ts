/**
 * The result of a breakdown "style ERILIA" (docs/regles/repartitions.md), whether it comes from a
 * dwelling table (count-repartition.ts) or from an état des lieux (edl-repartition.ts), and its balance.
 *
 * Scope of the pictures (docs/choix.md « Répartitions : périmètre, libellés non classés, pourcentages, règles »):
 * - the 100 % stacked columns show PLAI, PLUS and PLS, split by the eight categories; dwellings whose
 *   label no rule matches are left out of them unless the user consented to AUTRES RESERVATAIRES;
 * - the financement pie shows PLAI, PLUS, PLS (every label, mapped or not);
 * - the typologie pie shows T1..T6+ **of the same PLAI/PLUS/PLS dwellings**, so that both pies have the
 *   same total, as on the ERILIA sheet (8 709 in both);
 * - PLI, AUTRE, unclassified financement or typologie are counted beside the pictures, never dropped.
 *
 * Balance (tested as a property), with N = {@link Repartition.total}:
 *   N = Σ graphique + horsGraphique.pli + horsGraphique.autre + horsGraphique.financementNonClasse
 *       + horsGraphique.nonMappes
 *   where horsGraphique.* count only dwellings of mapped categories except nonMappes (the PLAI/PLUS/PLS
 *   dwellings of non-mapped labels, 0 with consent); also
 *   N = Σ parFinancement + financementsHorsChamp (PLI + AUTRE + non classé, all labels), and
 *   Σ parFinancement = Σ parTypologie + typologieNonClasseeChamp.
 */
import type { RowIssue } from "../tables/types";
import { FINANCEMENTS, TYPOLOGIES } from "../rpls";
import { CATEGORIES } from "./categories";

/** Columns of the count matrices: the five FINANCEMENTS, then "financement non classé". */
export const NB_COLONNES = FINANCEMENTS.length + 1;
/** Column of the dwellings whose financement is not classified. */
export const COLONNE_NON_CLASSE = FINANCEMENTS.length;
/** Row of the category matrix holding dwellings whose label no rule matches. */
export const LIGNE_NON_MAPPES = CATEGORIES.length;
/** Row of the typologie matrix holding dwellings whose typologie is not classified. */
export const LIGNE_TYPOLOGIE_NON_CLASSEE = TYPOLOGIES.length;
/** Financements of the pictures: PLAI, PLUS, PLS (the first three of FINANCEMENTS). */
export const FINANCEMENTS_GRAPHIQUE = ["PLAI", "PLUS", "PLS"] as const;

const PLI = FINANCEMENTS.indexOf("PLI");
const AUTRE = FINANCEMENTS.indexOf("AUTRE");
const CHAMP = FINANCEMENTS_GRAPHIQUE.length;

/** A réservataire label no rule matches, with its dwellings (spellings that fold alike are merged). */
export interface LibelleNonMappe {
  /** The label as first written. */
  readonly libelle: string;
  readonly logements: number;
}

/** Dwellings counted beside the pictures. */
export interface HorsGraphique {
  /** PLI dwellings of mapped labels. */
  readonly pli: number;
  /** AUTRE dwellings (codes 49, 99) of mapped labels. */
  readonly autre: number;
  /** Dwellings of mapped labels whose financement is not classified. */
  readonly financementNonClasse: number;
  /** Dwellings of non-mapped labels, all financements (0 when they went to AUTRES RESERVATAIRES). */
  readonly nonMappes: number;
}

/** What the raw counting hands over (the two matrices and what was set aside). */
export interface ComptesRepartition {
  readonly source: "table" | "etat-des-lieux";
  /** Rows: the 8 CATEGORIES then non-mappés; columns: FINANCEMENTS then non classé (row-major). */
  readonly categorieFinancement: Int32Array;
  /** Rows: the 6 TYPOLOGIES then non classée; columns: FINANCEMENTS then non classé (row-major). */
  readonly typologieFinancement: Int32Array;
  readonly nonMappes: readonly LibelleNonMappe[];
  /** True when non-mapped labels were counted in AUTRES RESERVATAIRES (the user's consent). */
  readonly autresAvecConsentement: boolean;
  /**
   * Problems on rows of the breakdown, by row: the reader's issues on rows counted here, and the rows
   * whose financement or typologie is unclassified (unless the reader already reported them); at most
   * the limit asked.
   */
  readonly lignes: readonly RowIssue[];
  /** Number of such problems, listed or not. */
  readonly totalRows: number;
  /** Rows the reader could not read at all: outside every count, shown whatever the filter. */
  readonly lignesNonLues: readonly RowIssue[];
}

/** A breakdown ready for the three tables and charts. */
export interface Repartition extends ComptesRepartition {
  /** Dwellings in the breakdown (rows kept by the filter, or Σ of an EDL's detail cells). */
  readonly total: number;
  /** The stacked columns: per category (8), dwellings PLAI, PLUS, PLS. */
  readonly graphique: readonly (readonly number[])[];
  /** The financement pie: PLAI, PLUS, PLS. */
  readonly parFinancement: readonly number[];
  /** The typologie pie: T1..T6+ of the PLAI/PLUS/PLS dwellings. */
  readonly parTypologie: readonly number[];
  readonly horsGraphique: HorsGraphique;
  /** PLI + AUTRE + financement non classé, all labels: outside both pies. */
  readonly financementsHorsChamp: number;
  /** PLAI/PLUS/PLS dwellings whose typologie is not classified: outside the typologie pie. */
  readonly typologieNonClasseeChamp: number;
}

/** Cell (row, column) of a matrix with {@link NB_COLONNES} columns. */
export const cell = (m: Int32Array, ligne: number, column: number): number => m[ligne * NB_COLONNES + column] ?? 0;

const somme = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Completes raw counts with the pictures and the dwellings beside them. */
export function buildRepartition(c: ComptesRepartition): Repartition {
  const cf = c.categorieFinancement;
  const tf = c.typologieFinancement;
  let total = 0;
  for (const x of cf) total += x;
  const graphique = CATEGORIES.map((_, k) => FINANCEMENTS_GRAPHIQUE.map((_f, f) => cell(cf, k, f)));
  const parFinancement = FINANCEMENTS_GRAPHIQUE.map((_f, f) => {
    let s = 0;
    for (let k = 0; k <= LIGNE_NON_MAPPES; k++) s += cell(cf, k, f);
    return s;
  });
  const champ = (t: number): number => {
    let s = 0;
    for (let f = 0; f < CHAMP; f++) s += cell(tf, t, f);
    return s;
  };
  const parTypologie = TYPOLOGIES.map((_, t) => champ(t));
  const mappes = (f: number): number => {
    let s = 0;
    for (let k = 0; k < LIGNE_NON_MAPPES; k++) s += cell(cf, k, f);
    return s;
  };
  let nonMappes = 0;
  for (let f = 0; f < NB_COLONNES; f++) nonMappes += cell(cf, LIGNE_NON_MAPPES, f);
  return {
    ...c,
    total,
    graphique,
    parFinancement,
    parTypologie,
    horsGraphique: {
      pli: mappes(PLI),
      autre: mappes(AUTRE),
      financementNonClasse: mappes(COLONNE_NON_CLASSE),
      nonMappes,
    },
    financementsHorsChamp: total - somme(parFinancement),
    typologieNonClasseeChamp: champ(LIGNE_TYPOLOGIE_NON_CLASSEE),
  };
}

/** The terms of the balance, for the pane's summary line and for tests. */
export interface BilanRepartition {
  readonly total: number;
  readonly graphique: number;
  readonly horsGraphique: number;
  /** total − graphique − horsGraphique: always 0 (a non-zero value is a bug). */
  readonly ecart: number;
}

/** Balance of a breakdown: every dwelling is in the chart or beside it (see the module's TSDoc). */
export function bilanRepartition(r: Repartition): BilanRepartition {
  const graphique = somme(r.graphique.map(somme));
  const h = r.horsGraphique;
  const horsGraphique = h.pli + h.autre + h.financementNonClasse + h.nonMappes;
  return { total: r.total, graphique, horsGraphique, ecart: r.total - graphique - horsGraphique };
}

/**
 * Counting a dwelling table into a breakdown "style ERILIA" (docs/regles/repartitions.md), optionally for one EPCI.
 *
 * Speed: one pass over the columns with integer keys into typed arrays; each distinct réservataire
 * label is classified once (Map raw label → category row); no object is allocated per row (only
 * per distinct label and per listed problem row, up to `limiteLignes`). A million rows take a few
 * tens of milliseconds.
 *
 * Non-mapped labels (docs/choix.md « Répartitions : périmètre, libellés non classés, pourcentages, règles »): a label
 * no rule matches is counted in its own row of the category matrix (`LIGNE_NON_MAPPES`), left out of the stacked
 * columns, kept in both pies, and listed with its dwellings in `nonMappes`; with `autresAvecConsentement` it is
 * counted in AUTRES RESERVATAIRES instead (and still listed, so the pane can show what went there).
 */
import { FINANCEMENTS, TYPOLOGIES } from "../rpls";
import { foldText } from "../text";
import { NON_CLASSE, type LogementTable, type RowIssue } from "../tables/types";
import type { RegleCategorie } from "./categories";
import {
  COLONNE_NON_CLASSE,
  buildRepartition,
  LIGNE_NON_MAPPES,
  LIGNE_TYPOLOGIE_NON_CLASSEE,
  NB_COLONNES,
  type LibelleNonMappe,
  type Repartition,
} from "./repartition";
import { categorieIndex, NON_MAPPE } from "./rules";
import { categorieRow, emptyMatrices, byLogementCount } from "./categorie-rows";

/**
 * Which dwellings to count: a predicate on the row index, or an EPCI index per dwelling (as a
 * commune → EPCI lookup computes it once) with the index chosen.
 */
export type FiltreLogements =
  ((i: number) => boolean) | { readonly epciIndex: ArrayLike<number>; readonly epci: number };

/** How to count a dwelling table. */
export interface OptionsAgregation {
  /** Count non-mapped labels in AUTRES RESERVATAIRES (the user agreed in the pane). Default false. */
  readonly autresAvecConsentement?: boolean;
  /** Dwellings to count; all when absent. */
  readonly filtre?: FiltreLogements;
  /** Most problem rows listed (all are counted in `lignesTotal`). Default 1 000. */
  readonly rowLimit?: number;
}

/** Default number of problem rows listed. */
export const LIMITE_LIGNES = 1000;

const RAISONS = [
  "",
  "Financement non reconnu : logement compté hors graphiques.",
  "Typologie non reconnue : logement compté hors camembert des typologies.",
  "Financement et typologie non reconnus : logement compté hors graphiques.",
] as const;

/** Marks of the reader's issues by sheet row: 1 issue, 2 row in the table, 3 row counted. */
function marquesIssues(table: LogementTable): Uint8Array | undefined {
  if (table.issues.length === 0) return undefined;
  let max = 0;
  for (const { ligne } of table.issues) if (ligne > max) max = ligne;
  const marques = new Uint8Array(max + 1);
  for (const { ligne } of table.issues) if (ligne >= 0) marques[ligne] = 1;
  return marques;
}

/** Réservataire labels as integer ids: the reader's when it gives them, else interned here. */
function reservataireIds(table: LogementTable): { readonly ids: Int32Array; readonly labels: readonly string[] } {
  if (table.reservataireIds !== undefined && table.reservataireLabels !== undefined) {
    return { ids: table.reservataireIds, labels: table.reservataireLabels };
  }
  const ids = new Int32Array(table.size);
  const labels: string[] = [];
  const seen = new Map<string, number>();
  let last: string | undefined;
  let lastId = 0;
  for (let i = 0; i < table.size; i++) {
    const label = table.reservataire[i] ?? "";
    if (label !== last) {
      let id = seen.get(label);
      if (id === undefined) {
        id = labels.push(label) - 1;
        seen.set(label, id);
      }
      last = label;
      lastId = id;
    }
    ids[i] = lastId;
  }
  return { ids, labels };
}

/** Column of each financement index (NON_CLASSE and unknown indexes: COLONNE_NON_CLASSE). */
const COLONNE_DE = Int32Array.from({ length: 256 }, (_, f) => (f < FINANCEMENTS.length ? f : COLONNE_NON_CLASSE));
/** Row of each typologie index (NON_CLASSE and unknown indexes: LIGNE_TYPOLOGIE_NON_CLASSEE). */
const LIGNE_DE = Int32Array.from({ length: 256 }, (_, t) => (t < TYPOLOGIES.length ? t : LIGNE_TYPOLOGIE_NON_CLASSEE));

/** The category × financement and typologie × financement matrices: sums of the cube's rows. */
function sommesDuCube(cube: Int32Array, nbTyp: number): { cf: Int32Array; tf: Int32Array } {
  const { cf, tf } = emptyMatrices();
  for (let c = 0; c <= LIGNE_NON_MAPPES; c++) {
    for (let t = 0; t < nbTyp; t++) {
      for (let f = 0; f < NB_COLONNES; f++) {
        const n = cube[(c * nbTyp + t) * NB_COLONNES + f] ?? 0;
        cf[c * NB_COLONNES + f] = (cf[c * NB_COLONNES + f] ?? 0) + n;
        tf[t * NB_COLONNES + f] = (tf[t * NB_COLONNES + f] ?? 0) + n;
      }
    }
  }
  return { cf, tf };
}

/**
 * Counts a dwelling table by category × financement and typologie × financement.
 * @param rules category rules (frozen lists are compiled once and kept)
 */
export function countRepartition(
  table: LogementTable,
  rules: readonly RegleCategorie[],
  options: OptionsAgregation = {},
): Repartition {
  const consent = options.autresAvecConsentement === true;
  const limite = options.rowLimit ?? LIMITE_LIGNES;
  const filtre = options.filtre;
  const garder = typeof filtre === "function" ? filtre : undefined;
  const epciIndex = typeof filtre === "object" ? filtre.epciIndex : undefined;
  const epciChoisi = typeof filtre === "object" ? filtre.epci : 0;

  const { financement, typologie, ligne } = table;
  // One cube of counts, category row × typologie row × financement column, small enough to stay in
  // the processor's cache: one increment per dwelling; both matrices are its sums after the loop.
  const nbTyp = LIGNE_TYPOLOGIE_NON_CLASSEE + 1;
  const cube = new Int32Array((LIGNE_NON_MAPPES + 1) * nbTyp * NB_COLONNES);

  // Each distinct label classified once: its category row, stored as -1 - row when non-mapped so
  // that the list can find those after the loop; the row loop reads integers only.
  const { ids, labels } = reservataireIds(table);
  const categorieRows = labels.map((label) => {
    const k = categorieIndex(label, rules);
    return k === NON_MAPPE ? -1 - categorieRow(k, consent) : k;
  });
  const baseCategorie = Int32Array.from(categorieRows, (k) => (k < 0 ? -1 - k : k) * nbTyp * NB_COLONNES);
  const parLibelle = new Int32Array(labels.length);

  const marques = marquesIssues(table);
  const nonClassees: RowIssue[] = [];
  let nbNonClassees = 0;

  for (let i = 0; i < table.size; i++) {
    if (marques !== undefined) {
      const l = ligne[i] ?? 0;
      if (l < marques.length && marques[l] === 1) marques[l] = 2;
      if (garder !== undefined ? !garder(i) : epciIndex !== undefined && epciIndex[i] !== epciChoisi) continue;
      if (l < marques.length && marques[l] !== 0) marques[l] = 3;
    } else if (garder !== undefined ? !garder(i) : epciIndex !== undefined && epciIndex[i] !== epciChoisi) continue;

    const id = ids[i] ?? 0;
    parLibelle[id] = (parLibelle[id] ?? 0) + 1;
    const f = COLONNE_DE[financement[i] ?? NON_CLASSE] ?? COLONNE_NON_CLASSE;
    const t = LIGNE_DE[typologie[i] ?? NON_CLASSE] ?? LIGNE_TYPOLOGIE_NON_CLASSEE;
    const k = (baseCategorie[id] ?? 0) + t * NB_COLONNES + f;
    cube[k] = (cube[k] ?? 0) + 1;
    if (f === COLONNE_NON_CLASSE || t === LIGNE_TYPOLOGIE_NON_CLASSEE) {
      // A row the reader already reported is listed once, with the reader's more precise reason.
      const l = ligne[i] ?? 0;
      if (marques === undefined || l >= marques.length || marques[l] === 0) {
        nbNonClassees++;
        if (nonClassees.length < limite) {
          nonClassees.push({
            ligne: l,
            raison: RAISONS[(f === COLONNE_NON_CLASSE ? 1 : 0) + (t === LIGNE_TYPOLOGIE_NON_CLASSEE ? 2 : 0)] ?? "",
          });
        }
      }
    }
  }
  const { cf, tf } = sommesDuCube(cube, nbTyp);

  const lecture = table.issues.filter((p) => (marques?.[p.ligne] ?? 0) === 3);
  const lignes = [...lecture, ...nonClassees].sort((a, b) => a.ligne - b.ligne).slice(0, limite);
  return buildRepartition({
    source: "table",
    categorieFinancement: cf,
    typologieFinancement: tf,
    nonMappes: listeNonMappes(labels, categorieRows, parLibelle),
    autresAvecConsentement: consent,
    lignes,
    totalRows: lecture.length + nbNonClassees,
    lignesNonLues: table.issues.filter((p) => (marques?.[p.ligne] ?? 1) === 1),
  });
}

/** Non-mapped labels with their dwellings, spellings folding alike merged, most dwellings first. */
function listeNonMappes(
  libelles: readonly string[],
  categorieRows: readonly number[],
  parLibelle: Int32Array,
): LibelleNonMappe[] {
  const parReplie = new Map<string, { libelle: string; logements: number }>();
  libelles.forEach((libelle, id) => {
    const n = parLibelle[id] ?? 0;
    if ((categorieRows[id] ?? 0) >= 0 || n === 0) return;
    const cle = foldText(libelle);
    const deja = parReplie.get(cle);
    if (deja === undefined) parReplie.set(cle, { libelle: libelle.trim(), logements: n });
    else deja.logements += n;
  });
  return [...parReplie.values()].sort(byLogementCount);
}

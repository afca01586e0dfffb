/**
 * Counting a dwelling table into a breakdown "style ERILIA" (SPEC §2.3), optionally for one EPCI.
 *
 * Speed: one pass over the columns with integer keys into typed arrays; each distinct réservataire
 * label is classified once (Map raw label → category row); no object is allocated per row (only
 * per distinct label and per listed problem row, up to `limiteLignes`). A million rows take a few
 * tens of milliseconds.
 *
 * Non-mapped labels [D]: a label no rule matches is counted in its own row of the category matrix
 * (`LIGNE_NON_MAPPES`), left out of the stacked columns, kept in both pies, and listed with its
 * dwellings in `nonMappes`; with `autresAvecConsentement` it is counted in AUTRES RESERVATAIRES instead
 * (and still listed, so the pane can show what went there).
 */
import { FINANCEMENTS, TYPOLOGIES } from "../rpls";
import { foldText } from "../text";
import type { DwellingTable, RowIssue } from "../tables/types";
import { AUTRES_RESERVATAIRES, type RegleCategorie } from "./categories";
import {
  COLONNE_NON_CLASSE,
  construireRepartition,
  LIGNE_NON_MAPPES,
  LIGNE_TYPOLOGIE_NON_CLASSEE,
  NB_COLONNES,
  type LibelleNonMappe,
  type Repartition,
} from "./repartition";
import { categorieIndex, NON_MAPPE } from "./rules";

/**
 * Which dwellings to count: a predicate on the row index, or an EPCI index per dwelling (as a
 * commune → EPCI lookup computes it once) with the index chosen.
 */
export type FiltreLogements = ((i: number) => boolean) | { readonly epciIndex: ArrayLike<number>; readonly epci: number };

/** How to count a dwelling table. */
export interface OptionsAgregation {
  /** Count non-mapped labels in AUTRES RESERVATAIRES (the user agreed in the pane). Default false. */
  readonly autresAvecConsentement?: boolean;
  /** Dwellings to count; all when absent. */
  readonly filtre?: FiltreLogements;
  /** Most problem rows listed (all are counted in `lignesTotal`). Default 1 000. */
  readonly limiteLignes?: number;
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
function marquesIssues(table: DwellingTable): Uint8Array | undefined {
  if (table.issues.length === 0) return undefined;
  let max = 0;
  for (const { ligne } of table.issues) if (ligne > max) max = ligne;
  const marques = new Uint8Array(max + 1);
  for (const { ligne } of table.issues) if (ligne >= 0) marques[ligne] = 1;
  return marques;
}

/**
 * Counts a dwelling table by category × financement and typologie × financement.
 * @param rules category rules (frozen lists are compiled once and kept)
 */
export function aggregate(table: DwellingTable, rules: readonly RegleCategorie[], options: OptionsAgregation = {}): Repartition {
  const consent = options.autresAvecConsentement === true;
  const limite = options.limiteLignes ?? LIMITE_LIGNES;
  const filtre = options.filtre;
  const garder = typeof filtre === "function" ? filtre : undefined;
  const epciIndex = typeof filtre === "object" ? filtre.epciIndex : undefined;
  const epciChoisi = typeof filtre === "object" ? filtre.epci : 0;

  const cf = new Int32Array((LIGNE_NON_MAPPES + 1) * NB_COLONNES);
  const tf = new Int32Array((LIGNE_TYPOLOGIE_NON_CLASSEE + 1) * NB_COLONNES);
  const nbFin = FINANCEMENTS.length;
  const nbTyp = TYPOLOGIES.length;
  const { financement, typologie, reservataire, ligne } = table;

  // Distinct labels: id → category row, dwellings, mapped or not.
  const ids = new Map<string, number>();
  const libelles: string[] = [];
  const lignesCategorie: number[] = [];
  let parLibelle = new Int32Array(64);
  let dernier: string | undefined;
  let idCourant = 0;
  let ligneCourante = 0;

  const marques = marquesIssues(table);
  const nonClassees: RowIssue[] = [];
  let nbNonClassees = 0;

  for (let i = 0; i < table.size; i++) {
    const l = ligne[i] ?? 0;
    if (marques !== undefined && l < marques.length && marques[l] === 1) marques[l] = 2;
    if (garder !== undefined ? !garder(i) : epciIndex !== undefined && epciIndex[i] !== epciChoisi) continue;
    if (marques !== undefined && l < marques.length && marques[l] !== 0) marques[l] = 3;

    const label = reservataire[i] ?? "";
    if (label !== dernier) {
      let id = ids.get(label);
      if (id === undefined) {
        id = libelles.length;
        ids.set(label, id);
        libelles.push(label);
        const k = categorieIndex(label, rules);
        lignesCategorie.push(k === NON_MAPPE ? (consent ? -1 - AUTRES_RESERVATAIRES : -1 - LIGNE_NON_MAPPES) : k);
        if (id >= parLibelle.length) {
          const plus = new Int32Array(parLibelle.length * 2);
          plus.set(parLibelle);
          parLibelle = plus;
        }
      }
      dernier = label;
      idCourant = id;
      // Non-mapped labels are stored as -1 - row so that the list can find them after the loop.
      const k = lignesCategorie[id] ?? -1 - LIGNE_NON_MAPPES;
      ligneCourante = k < 0 ? -1 - k : k;
    }
    parLibelle[idCourant] = (parLibelle[idCourant] ?? 0) + 1;

    const f0 = financement[i] ?? COLONNE_NON_CLASSE;
    const t0 = typologie[i] ?? LIGNE_TYPOLOGIE_NON_CLASSEE;
    const f = f0 < nbFin ? f0 : COLONNE_NON_CLASSE;
    const t = t0 < nbTyp ? t0 : LIGNE_TYPOLOGIE_NON_CLASSEE;
    const kc = ligneCourante * NB_COLONNES + f;
    cf[kc] = (cf[kc] ?? 0) + 1;
    const kt = t * NB_COLONNES + f;
    tf[kt] = (tf[kt] ?? 0) + 1;
    if (f === COLONNE_NON_CLASSE || t === LIGNE_TYPOLOGIE_NON_CLASSEE) {
      // A row the reader already reported is listed once, with the reader's more precise reason.
      if (marques === undefined || l >= marques.length || marques[l] === 0) {
        nbNonClassees++;
        if (nonClassees.length < limite) {
          nonClassees.push({ ligne: l, raison: RAISONS[(f === COLONNE_NON_CLASSE ? 1 : 0) + (t === LIGNE_TYPOLOGIE_NON_CLASSEE ? 2 : 0)] ?? "" });
        }
      }
    }
  }

  const lecture = table.issues.filter((p) => (marques?.[p.ligne] ?? 0) === 3);
  const lignes = [...lecture, ...nonClassees].sort((a, b) => a.ligne - b.ligne).slice(0, limite);
  return construireRepartition({
    source: "table",
    categorieFinancement: cf,
    typologieFinancement: tf,
    nonMappes: listeNonMappes(libelles, lignesCategorie, parLibelle),
    autresAvecConsentement: consent,
    lignes,
    lignesTotal: lecture.length + nbNonClassees,
    lignesNonLues: table.issues.filter((p) => (marques?.[p.ligne] ?? 1) === 1),
  });
}

/** Non-mapped labels with their dwellings, spellings folding alike merged, most dwellings first. */
function listeNonMappes(libelles: readonly string[], lignesCategorie: readonly number[], parLibelle: Int32Array): LibelleNonMappe[] {
  const parReplie = new Map<string, { libelle: string; logements: number }>();
  libelles.forEach((libelle, id) => {
    const n = parLibelle[id] ?? 0;
    if ((lignesCategorie[id] ?? 0) >= 0 || n === 0) return;
    const cle = foldText(libelle);
    const deja = parReplie.get(cle);
    if (deja === undefined) parReplie.set(cle, { libelle: libelle.trim(), logements: n });
    else deja.logements += n;
  });
  return [...parReplie.values()].sort((a, b) => b.logements - a.logements || a.libelle.localeCompare(b.libelle, "fr"));
}

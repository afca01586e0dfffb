/**
 * GEF's custom functions: thin adapters from Excel-shaped arguments to the domain.
 *
 * Ids are stable (workbooks store them); names, descriptions and arguments are read from this JSDoc
 * by custom-functions-metadata to build functions.json. Ranges arrive as 2-D arrays, omitted
 * optional arguments as `null`, blank cells as `null` or "". Errors are thrown as
 * `CustomFunctions.Error` through {@link unwrap}.
 */
import {
  DECOMPTE_HEADER,
  decompteRow,
  ARRONDIS,
  ETAPES,
  ETAPES_TABLE,
  assiette as computeAssiette,
  bilan,
  cellsOf,
  checkPeriode,
  decompter,
  displayTyped,
  displayValue,
  fail,
  fluxReservataires,
  isAllBlank,
  isBlank,
  isGrid,
  prochainDansPlages,
  prochainIndex,
  readDateValue,
  readJournal,
  readKeyword,
  readMethode,
  readNumber,
  readNumbers,
  readSeries,
  reservataireId,
  sumCounts,
  tauxChute as computeTauxChute,
  tauxRotation as computeTauxRotation,
  type Result,
} from "../domain";
import { unwrap } from "./excel-error";

/**
 * Calcule l'assiette à répartir entre les réservataires, c'est-à-dire les logements dont les libérations de l'année forment le flux.
 * @customfunction ASSIETTE
 * @helpurl https://localhost:3000/help.html#assiette
 * @param patrimoine Logements locatifs sociaux du bailleur dans RPLS au 1er janvier : un nombre, une cellule ou une plage (ses cellules sont additionnées).
 * @param [exclus] Logements exclus de l'assiette (PLI, foyers, CHRS et résidences sociales, étudiants, défense) : un nombre ou une plage.
 * @param [soustraits] Logements soustraits du flux (mutations, relogements ANRU et hors ANRU, insalubres, ventes) : un nombre ou une plage.
 * @param [nouvelles_operations] Nouvelles opérations entrant dans l'assiette : un nombre ou une plage.
 * @returns Le nombre de logements de l'assiette (0 ou plus).
 */
export function assiette(
  patrimoine: unknown[][],
  exclus?: unknown[][],
  soustraits?: unknown[][],
  nouvelles_operations?: unknown[][],
): number {
  const p = unwrap(sumCounts(patrimoine, "patrimoine"));
  const e = unwrap(sumCounts(exclus, "exclus"));
  const s = unwrap(sumCounts(soustraits, "soustraits"));
  const n = unwrap(sumCounts(nouvelles_operations, "nouvelles_operations"));
  return unwrap(computeAssiette({ patrimoine: p, exclus: e, soustraits: s, nouvelles: n }));
}

/**
 * Calcule le taux de rotation du bailleur sur une ou plusieurs années : la somme des mouvements divisée par la somme du parc des années retenues (taux groupé).
 * @customfunction TAUX_ROTATION
 * @helpurl https://localhost:3000/help.html#taux-rotation
 * @param parc Parc de chaque année, de la plus ancienne à la plus récente : un nombre, une ligne ou une colonne.
 * @param entrees Entrées (baux signés) de chaque année, dans le même ordre et en même nombre que le parc.
 * @param [departs] Départs de chaque année, dans le même ordre (nécessaire pour les méthodes DEPARTS et MOYENNE).
 * @param [methode] ENTREES (par défaut), DEPARTS, ou MOYENNE des deux (par défaut si les départs sont donnés).
 * @param [annees] Nombre d'années les plus récentes à retenir (par défaut : toutes).
 * @returns Le taux, en fraction (0,05 = 5 %) : appliquez le format Pourcentage.
 */
export function tauxRotation(
  parc: unknown[][],
  entrees: unknown[][],
  departs?: unknown[][],
  methode?: string,
  annees?: unknown,
): number {
  const hasDeparts = !isAllBlank(departs);
  const m = {
    parc: unwrap(readSeries(parc, "parc")),
    entrees: unwrap(readSeries(entrees, "entrees")),
    departs: hasDeparts ? unwrap(readSeries(departs, "departs")) : undefined,
  };
  const method = unwrap(readMethode(methode, hasDeparts));
  const years = isBlank(annees) ? undefined : unwrap(readNumber(annees, { argument: "annees", allowNegative: true }));
  return unwrap(computeTauxRotation(m, method, years));
}

/**
 * Répartit le volume annuel de logements entre les réservataires en proportion de leurs droits, en logements entiers dont la somme tombe juste (au plus fort reste).
 * @customfunction FLUX_RESERVATAIRE
 * @helpurl https://localhost:3000/help.html#flux-reservataire
 * @param volume Nombre de logements à attribuer dans l'année (assiette × taux de rotation).
 * @param droits Droits de chaque réservataire : logements réservés ou pourcentages, une cellule par réservataire.
 * @param [base] Ce dont les droits sont une part : l'assiette (droits en logements) ou 1 (pourcentages) ; par défaut la somme des droits.
 * @param [arrondi] ENTIER (par défaut : logements entiers dont la somme est le total arrondi) ou EXACT (décimales).
 * @returns Le flux de chaque réservataire, de la même forme que les droits.
 */
export function fluxReservataire(volume: unknown, droits: unknown[][], base?: unknown, arrondi?: string): number[][] {
  const v = unwrap(readNumber(single(volume), { argument: "volume" }));
  const d = unwrap(readNumbers(droits, { argument: "droits" }));
  const b = isBlank(single(base))
    ? undefined
    : unwrap(readNumber(single(base), { argument: "base", allowNegative: true }));
  const mode = unwrap(readKeyword(arrondi, ARRONDIS, "ENTIER"));
  const parts = unwrap(fluxReservataires(v, d, b, mode));
  return reshape(parts, droits);
}

/**
 * Compte, d'après un journal des événements (logement, réservataire, étape, date), les logements mis à disposition, proposés, attribués et loués de chaque réservataire sur une période.
 * @customfunction DECOMPTE
 * @helpurl https://localhost:3000/help.html#decompte
 * @param journal Plage dont la première ligne porte les en-têtes logement, réservataire, étape et date (dans n'importe quel ordre).
 * @param [reservataire] Nom d'un réservataire : renvoie son seul compte ; vide : renvoie le bilan de tous.
 * @param [etape] MISE_A_DISPOSITION (par défaut), PROPOSITION, ATTRIBUTION ou BAIL.
 * @param [debut] Première date de la période, incluse (par défaut : sans limite).
 * @param [fin] Dernière date de la période, incluse (par défaut : sans limite).
 * @returns Le nombre de logements comptés, ou le bilan par réservataire (mises à disposition, propositions, attributions, baux signés, taux de chute).
 */
export function decompte(
  journal: unknown[][],
  reservataire?: string,
  etape?: string,
  debut?: unknown,
  fin?: unknown,
): unknown[][] {
  const j = unwrap(readJournal(isGrid(journal) ? journal : [[journal]]));
  const periode = unwrap(checkPeriode({ debut: unwrap(readDate(debut, "debut")), fin: unwrap(readDate(fin, "fin")) }));
  const stage = unwrap(readKeyword(etape, ETAPES_TABLE, "MISE_A_DISPOSITION"));
  const counts = decompter(j, periode);
  if (!isBlank(reservataire)) {
    const id = reservataireId(j, displayValue(reservataire));
    return [[id < 0 ? 0 : (counts.comptes[id * ETAPES.length + ETAPES.indexOf(stage)] ?? 0)]];
  }
  const { lignes, total } = bilan(counts);
  return [[...DECOMPTE_HEADER], ...[...lignes, total].map(decompteRow)];
}

/**
 * Calcule le taux de chute : la part des logements mis à disposition qui n'ont pas abouti à une attribution (1 − attributions ÷ mises à disposition).
 * @customfunction TAUX_CHUTE
 * @helpurl https://localhost:3000/help.html#taux-chute
 * @param mises_a_disposition Nombre de logements mis à disposition : un nombre, une cellule ou une plage (additionnée).
 * @param attributions Nombre d'attributions sur ces logements : un nombre, une cellule ou une plage (additionnée).
 * @returns Le taux, en fraction (0,2 = 20 %) : appliquez le format Pourcentage.
 */
export function tauxChute(mises_a_disposition: unknown[][], attributions: unknown[][]): number {
  const m = unwrap(sumCounts(mises_a_disposition, "mises_a_disposition"));
  const a = unwrap(sumCounts(attributions, "attributions"));
  return unwrap(computeTauxChute(m, a));
}

/**
 * Donne le nom du réservataire le plus en retard sur son objectif annuel, à qui proposer le prochain logement libéré.
 * @customfunction PROCHAIN_RESERVATAIRE
 * @helpurl https://localhost:3000/help.html#prochain-reservataire
 * @param noms Noms des réservataires, une cellule par réservataire.
 * @param objectifs Objectif annuel de chacun (logements), dans le même ordre ; 0 : pas d'objectif.
 * @param realises Logements déjà reçus par chacun dans l'année, dans le même ordre.
 * @returns Le nom du réservataire le plus en retard (réalisés ÷ objectif le plus bas) ; #N/A si tous ont atteint leur objectif.
 */
export function prochainReservataire(noms: unknown[][], objectifs: unknown[][], realises: unknown[][]): string {
  // Ranges of plain numbers (the usual call) are read in place; anything else is read cell by cell.
  const direct =
    Array.isArray(noms) && Array.isArray(objectifs) && Array.isArray(realises)
      ? prochainDansPlages(noms, objectifs, realises)
      : undefined;
  if (direct !== undefined) return displayValue(unwrap(direct)).trim();
  const n = cellsOf(noms);
  const o = unwrap(readNumbers(objectifs, { argument: "objectifs", allowNegative: true }));
  const r = unwrap(readNumbers(realises, { argument: "realises", allowNegative: true }));
  if (o.length !== n.length || r.length !== n.length) {
    unwrap(
      fail("LONGUEURS_DIFFERENTES", {
        detail: `« noms » (${n.length}), « objectifs » (${o.length}), « realises » (${r.length})`,
        argument: "réservataire",
      }),
    );
  }
  // Names are read as text only for the one returned (a blank name is checked where it matters).
  const index = unwrap(prochainIndex(o, r, (i) => isBlank(n[i])));
  return displayValue(n[index]).trim();
}

/** The top-left cell of a range, or the value itself. */
function single(value: unknown): unknown {
  return isGrid(value) ? value[0]?.[0] : value;
}

/** A date argument: blank is no bound, otherwise a serial number or readable text. */
function readDate(value: unknown, argument: string): Result<number | undefined> {
  const v = single(value);
  if (isBlank(v)) return { ok: true, value: undefined };
  const d = readDateValue(v);
  return d === undefined ? fail("DATE_ILLISIBLE", { argument, valeur: displayTyped(v) }) : { ok: true, value: d };
}

/** Lays `values` out in the shape of `like` (rows first); a scalar gives one cell. */
function reshape(values: readonly number[], like: unknown): number[][] {
  if (!isGrid(like)) return [[values[0] ?? 0]];
  const out: number[][] = [];
  let k = 0;
  for (const row of like) {
    const cells: number[] = [];
    for (let c = 0; c < row.length; c++) cells.push(values[k++] ?? 0);
    out.push(cells);
  }
  return out;
}

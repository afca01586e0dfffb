/**
 * Which dwelling goes to whom, once the split table is known: within each category, the dwellings are
 * first shared among the buildings by the same controlled rounding (each réservataire's count in a
 * building is its share of the category's dwellings there, rounded down or up), then, in each
 * building, dealt floor by floor in the order of Sainte-Laguë's divisors (0.5, 1.5, 2.5…), so that a
 * réservataire's dwellings are spread from the lowest floors to the highest rather than bunched
 * (docs/regles/programmes-neufs.md).
 */
import { arrondiControle } from "./controlled-rounding";
import type { LogementProgramme } from "./types";

/**
 * Above this many buildings in a category, its dwellings are dealt in one pass ordered by floor then
 * building, rather than shared among the buildings by controlled rounding (whose table grows with
 * réservataires × buildings: a file of a million single-dwelling lots must not fill the memory).
 */
export const BATIMENTS_ARRONDIS = 64;

/** A dwelling's floor for sorting: unknown floors last. */
const etageOf = (logements: readonly LogementProgramme[], k: number): number =>
  logements[k]?.etage ?? Number.MAX_SAFE_INTEGER;

/** The dwellings of one category (indices in the operation, in its order) and each row's count there. */
interface Categorie {
  readonly logements: readonly number[];
  readonly comptes: readonly number[];
}

/**
 * Deals the dwellings `idx` of one building, sorted by floor (unknown floors last, then as listed), to
 * rows by Sainte-Laguë's order: the row with the least (given + ½) ÷ count next. Ties go to the rows in
 * turn from `premier`, which moves on at each building dealt: the first listed does not always get the
 * lowest floor.
 */
function deal(
  logements: readonly LogementProgramme[],
  idx: readonly number[],
  comptes: readonly number[],
  premier: number,
  out: Int32Array,
  trier = true,
): void {
  const sorted = trier ? [...idx].sort((a, b) => etageOf(logements, a) - etageOf(logements, b) || a - b) : idx;
  const given = new Array<number>(comptes.length).fill(0);
  const m = comptes.length;
  for (const k of sorted) {
    let best = -1;
    let bestScore = Infinity;
    for (let t = 0; t < m; t++) {
      const i = (premier + t) % m;
      const n = comptes[i] as number;
      const g = given[i] as number;
      if (g >= n) continue;
      const score = (g + 0.5) / n;
      if (score < bestScore) {
        best = i;
        bestScore = score;
      }
    }
    given[best] = (given[best] as number) + 1;
    out[k] = best;
  }
}

/** Gives each dwelling of a category to a row, spread across buildings then floors. */
function attribuerCategorie(
  logements: readonly LogementProgramme[],
  c: Categorie,
  tour: { premier: number },
  out: Int32Array,
): void {
  const batiments = new Map<string, number[]>();
  for (const k of c.logements) {
    const b = logements[k]?.batiment ?? "";
    const list = batiments.get(b);
    if (list === undefined) batiments.set(b, [k]);
    else list.push(k);
  }
  const groupes = [...batiments.values()];
  if (groupes.length > BATIMENTS_ARRONDIS) {
    // Many buildings (houses, lots): one deal over the category ordered by floor, then building, spreads each
    // réservataire's dwellings across buildings and floors, without a table of réservataires × buildings.
    const rang = new Map(groupes.flatMap((g, b) => g.map((k) => [k, b] as const)));
    const ordre = [...c.logements].sort(
      (a, b) => etageOf(logements, a) - etageOf(logements, b) || (rang.get(a) ?? 0) - (rang.get(b) ?? 0) || a - b,
    );
    deal(logements, ordre, c.comptes, tour.premier++, out, false);
    return;
  }
  const n = c.logements.length;
  const parBatiment =
    groupes.length === 1
      ? c.comptes.map((x) => [x])
      : arrondiControle(
          c.comptes.map((x) => groupes.map((g) => (x * g.length) / n)),
          c.comptes,
          groupes.map((g) => g.length),
        ).cellules;
  groupes.forEach((g, b) => {
    deal(
      logements,
      g,
      parBatiment.map((row) => row[b] ?? 0),
      tour.premier,
      out,
    );
    tour.premier++;
  });
}

/**
 * The row of each dwelling, in the operation's order.
 * @param categories each category's dwellings and the split table's column for it (rows' counts)
 */
export function attribuer(logements: readonly LogementProgramme[], categories: readonly Categorie[]): Int32Array {
  const out = new Int32Array(logements.length).fill(-1);
  const tour = { premier: 0 };
  for (const c of categories) attribuerCategorie(logements, c, tour, out);
  return out;
}

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

/** The dwellings of one category, in the operation's order, and each row's count there. */
interface Categorie {
  readonly logements: readonly LogementProgramme[];
  readonly comptes: readonly number[];
}

/** Dwellings of one building sorted by floor (unknown floors last), then as listed. */
function parEtage(logements: readonly LogementProgramme[]): LogementProgramme[] {
  const ordre = new Map(logements.map((l, i) => [l, i]));
  const etage = (l: LogementProgramme): number => l.etage ?? Number.MAX_SAFE_INTEGER;
  return [...logements].sort((a, b) => etage(a) - etage(b) || (ordre.get(a) ?? 0) - (ordre.get(b) ?? 0));
}

/**
 * Deals `logements` (sorted) to rows by Sainte-Laguë's order: the row with the least (given + ½) ÷ count
 * next. Ties go to the rows in turn from `premier`, which moves on at each building dealt: the first
 * listed does not always get the lowest floor.
 */
function deal(
  logements: readonly LogementProgramme[],
  comptes: readonly number[],
  premier: number,
  out: Map<LogementProgramme, number>,
): void {
  const given = comptes.map(() => 0);
  const m = comptes.length;
  for (const l of logements) {
    let best = -1;
    let bestScore = Infinity;
    for (let k = 0; k < m; k++) {
      const i = (premier + k) % m;
      const n = comptes[i] ?? 0;
      const g = given[i] ?? 0;
      if (g >= n) continue;
      const score = (g + 0.5) / n;
      if (score < bestScore) {
        best = i;
        bestScore = score;
      }
    }
    given[best] = (given[best] ?? 0) + 1;
    out.set(l, best);
  }
}

/** Gives each dwelling of a category to a row, spread across buildings then floors. */
function attribuerCategorie(c: Categorie, tour: { premier: number }, out: Map<LogementProgramme, number>): void {
  const batiments = new Map<string, LogementProgramme[]>();
  for (const l of c.logements) {
    const list = batiments.get(l.batiment);
    if (list === undefined) batiments.set(l.batiment, [l]);
    else list.push(l);
  }
  const groupes = [...batiments.values()];
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
      parEtage(g),
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
export function attribuer(logements: readonly LogementProgramme[], categories: readonly Categorie[]): number[] {
  const out = new Map<LogementProgramme, number>();
  const tour = { premier: 0 };
  for (const c of categories) attribuerCategorie(c, tour, out);
  return logements.map((l) => out.get(l) ?? -1);
}

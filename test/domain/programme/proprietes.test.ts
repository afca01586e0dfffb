/**
 * Properties of the split of a new operation over generated operations (fast-check): every cell of the
 * table is its quota rounded down or up, rows add up to the totals and columns to the operation's
 * counts, every dwelling is given once, and a réservataire whose share of a building is a dwelling or
 * more gets one there. And the controlled rounding itself: whenever a rounding with the row totals
 * asked exists (searched exhaustively on small tables), it is the one found.
 */
import fc from "fast-check";
import {
  arrondiControle,
  FINANCEMENTS,
  largestRemainder,
  repartirProgramme,
  TYPOLOGIES,
  type DroitProgramme,
  type LogementProgramme,
} from "../../../src/domain";

const SEED = 20_2026;

const logementArb = fc.record({
  f: fc.integer({ min: 0, max: 3 }),
  t: fc.integer({ min: 0, max: 5 }),
  b: fc.integer({ min: 0, max: 3 }),
  e: fc.integer({ min: 0, max: 6 }),
});

const operationArb = fc
  .tuple(
    fc.array(logementArb, { minLength: 1, maxLength: 150 }),
    fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 1, maxLength: 8 }),
  )
  .map(([ls, poids]) => {
    const logements: LogementProgramme[] = ls.map((l, i) => ({
      logement: `L${i + 1}`,
      financement: FINANCEMENTS[l.f] ?? "PLUS",
      typologie: TYPOLOGIES[l.t] ?? "T3",
      batiment: `Bât. ${"ABCD"[l.b] ?? "A"}`,
      etage: l.e,
    }));
    // Shares in hundredths of a point, adding up to at most 100 %.
    const somme = poids.reduce((a, b) => a + b, 0);
    const echelle = somme > 10_000 ? 10_000 / somme : 1;
    const droits: DroitProgramme[] = poids.map((p, i) => ({
      reservataire: `Réservataire ${i + 1}`,
      part: Math.floor(p * echelle) / 100,
      garant: false,
      montantGaranti: undefined,
    }));
    return { logements, droits };
  });

describe("repartirProgramme, propriétés", () => {
  it("arrondit chaque case à l'inférieur ou au supérieur, lignes et colonnes justes, chaque logement donné une fois, réparti entre les bâtiments", () => {
    fc.assert(
      fc.property(operationArb, ({ logements, droits }) => {
        const r = repartirProgramme(logements, droits, { convention: false }).repartition;
        if (r === undefined) throw new Error("pas de répartition");
        const n = logements.length;
        // Totals: largest remainder over the operation, each its exact share rounded down or up.
        const lr = largestRemainder(
          n,
          r.parts.map((p) => (p * n) / 100),
          r.parts,
        );
        expect(r.totaux).toEqual(lr);
        r.tableau.forEach((row, i) => {
          row.forEach((x, j) => {
            const q = r.quotas[i]?.[j] ?? 0;
            expect(x === Math.floor(q + 1e-9) || x === Math.ceil(q - 1e-9)).toBe(true);
          });
          expect(row.reduce((a, b) => a + b, 0)).toBe(r.totaux[i]);
        });
        r.categories.forEach((c, j) => expect(r.tableau.reduce((a, row) => a + (row[j] ?? 0), 0)).toBe(c.logements));
        // Every dwelling once, and the dwellings of each row and category are the table's.
        expect(r.attribution.map((a) => a.logement)).toEqual(logements);
        r.categories.forEach((c, j) => {
          const dansCat = r.attribution.filter(
            (a) => a.logement.financement === c.financement && a.logement.typologie === c.typologie,
          );
          r.tableau.forEach((row, i) => expect(dansCat.filter((a) => a.ligne === i)).toHaveLength(row[j] ?? 0));
          // A row whose share of a building's dwellings of the category is one or more gets one there.
          const batiments = new Map<string, number>();
          for (const a of dansCat) batiments.set(a.logement.batiment, (batiments.get(a.logement.batiment) ?? 0) + 1);
          r.tableau.forEach((row, i) => {
            for (const [b, nb] of batiments) {
              if (((row[j] ?? 0) * nb) / c.logements >= 1)
                expect(dansCat.some((a) => a.ligne === i && a.logement.batiment === b)).toBe(true);
            }
          });
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

/** Every rounding of `quotas` (down or up per cell) with the given row and column totals, up to `max`. */
function roundingExists(quotas: number[][], rows: number[], cols: number[]): boolean {
  const cells = quotas.flatMap((row, i) => row.map((q, j) => ({ i, j, lo: Math.floor(q), hi: Math.ceil(q) })));
  const x = quotas.map((row) => row.map(() => 0));
  const walk = (k: number): boolean => {
    if (k === cells.length) {
      return (
        x.every((row, i) => row.reduce((a, b) => a + b, 0) === rows[i]) &&
        cols.every((c, j) => x.reduce((a, row) => a + (row[j] ?? 0), 0) === c)
      );
    }
    const c = cells[k] as { i: number; j: number; lo: number; hi: number };
    for (const v of c.lo === c.hi ? [c.lo] : [c.lo, c.hi]) {
      (x[c.i] as number[])[c.j] = v;
      if (walk(k + 1)) return true;
    }
    return false;
  };
  return walk(0);
}

describe("arrondiControle", () => {
  it("garde les totaux demandés chaque fois qu'un arrondi les atteint (recherche exhaustive sur de petits tableaux), sinon les ajuste d'un cran au plus", () => {
    const tableArb = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })).chain(([m, n]) =>
      fc.tuple(
        fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: n, maxLength: n }), {
          minLength: m,
          maxLength: m,
        }),
        fc.array(fc.boolean(), { minLength: m, maxLength: m }),
      ),
    );
    fc.assert(
      fc.property(tableArb, ([quarters, haut]) => {
        // Quarters of a unit; the last row completes each column to a whole total.
        const quotas = quarters.map((row) => row.map((q) => q / 4));
        const last = quotas[0]?.map((_, j) => {
          const s = quotas.reduce((a, row) => a + (row[j] ?? 0), 0);
          return Math.ceil(s) - s;
        });
        quotas.push(last ?? []);
        const cols = (quotas[0] ?? []).map((_, j) => quotas.reduce((a, row) => a + (row[j] ?? 0), 0));
        const exact = quotas.map((row) => row.reduce((a, b) => a + b, 0));
        const rows = exact.map((e, i) => ((haut[i] ?? false) ? Math.ceil(e) : Math.floor(e)));
        const r = arrondiControle(quotas, rows, cols);
        r.cellules.forEach((row, i) =>
          row.forEach((x, j) =>
            expect(x === Math.floor(quotas[i]?.[j] ?? 0) || x === Math.ceil(quotas[i]?.[j] ?? 0)).toBe(true),
          ),
        );
        cols.forEach((c, j) => expect(r.cellules.reduce((a, row) => a + (row[j] ?? 0), 0)).toBe(c));
        r.totauxLignes.forEach((t, i) =>
          expect(t === Math.floor(exact[i] ?? 0) || t === Math.ceil(exact[i] ?? 0)).toBe(true),
        );
        const faisable =
          rows.reduce((a, b) => a + b, 0) === cols.reduce((a, b) => a + b, 0) && roundingExists(quotas, rows, cols);
        expect(r.lignesAjustees.length === 0).toBe(faisable);
        if (faisable) expect(r.totauxLignes).toEqual(rows);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

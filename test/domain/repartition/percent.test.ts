import fc from "fast-check";
import {
  countRepartition,
  percentColumn,
  pourcentagesParColonne,
  DEFAULT_REGLES,
} from "../../../src/domain/repartition";
import { logementTable, fois, type LogementRow } from "../../support/logement-table";

/** The ERILIA sheet of docs/regles/repartitions.md: 8 709 dwellings. */
const SEED = {
  financements: [1000, 6855, 854],
  typologies: [383, 2124, 3648, 2213, 298, 43],
  pourcentsFinancements: [11, 79, 10],
  pourcentsTypologies: [4, 24, 42, 25, 3, 0],
};

/** A dwelling table with the seed's counts (financement and typologie spread independently). */
function tableSeed(): LogementRow[] {
  const fin = SEED.financements.flatMap((n, f) => fois(n, { financement: ["PLAI", "PLUS", "PLS"][f] }));
  const typ = SEED.typologies.flatMap((n, t) => fois(n, { typologie: t + 1 }));
  return fin.map((l, i) => ({
    ...l,
    typologie: typ[i]?.typologie,
    reservataire: i % 3 === 0 ? "PREFECTURE" : "ACTION LOGEMENT",
  }));
}

describe("Pourcentages : figures de la feuille ERILIA (docs/regles/repartitions.md)", () => {
  it("totalise 8 709 logements dans les deux camemberts", () => {
    const r = countRepartition(logementTable(tableSeed()), DEFAULT_REGLES);
    expect(r.parFinancement).toEqual(SEED.financements);
    expect(r.parTypologie).toEqual(SEED.typologies);
    expect(r.total).toBe(8709);
  });

  it("affiche 11 %, 79 %, 10 % par financement", () => {
    const p = percentColumn(SEED.financements);
    expect(p?.affiches).toEqual(SEED.pourcentsFinancements);
    expect(p?.repartis).toEqual(SEED.pourcentsFinancements);
  });

  it("affiche 4, 24, 42, 25, 3, 0 % par typologie : chaque part arrondie seule, comme Excel (total 98 %)", () => {
    const r = countRepartition(logementTable(tableSeed()), DEFAULT_REGLES);
    const p = percentColumn(r.parTypologie);
    expect(p?.affiches).toEqual(SEED.pourcentsTypologies);
    expect(p?.exacts.map((x) => Math.round(x * 10000) / 100)).toEqual([4.4, 24.39, 41.89, 25.41, 3.42, 0.49]);
  });

  it("ne reproduit pas la feuille par le plus fort reste en pourcents entiers : 4, 24, 42, 25, 4, 1 %", () => {
    // Floors 4 + 24 + 41 + 25 + 3 + 0 = 97: the three units left go to the largest remainders,
    // T3 (0,89), T6+ (0,49) and T5 (0,42), before T4 (0,41), T1 (0,40) and T2 (0,39).
    expect(percentColumn(SEED.typologies)?.repartis).toEqual([4, 24, 42, 25, 4, 1]);
  });

  it("répartit au dixième : 4,4 / 24,4 / 41,9 / 25,4 / 3,4 / 0,5 %", () => {
    const p = percentColumn(SEED.typologies, 1);
    expect(p?.repartis).toEqual([4.4, 24.4, 41.9, 25.4, 3.4, 0.5]);
    expect(p?.affiches).toEqual([4.4, 24.4, 41.9, 25.4, 3.4, 0.5]);
  });
});

describe("Pourcentages d'une colonne", () => {
  it("une colonne vide n'a pas de pourcentages (ni NaN)", () => {
    expect(percentColumn([0, 0, 0])).toBeUndefined();
    expect(percentColumn([])).toBeUndefined();
  });

  it.each([
    [
      [1, 1, 1],
      [34, 33, 33],
    ],
    [
      [1, 2],
      [33, 67],
    ],
    [
      [5, 0, 0],
      [100, 0, 0],
    ],
  ])("répartit %p en %p", (effectifs, pourcents) => {
    expect(percentColumn(effectifs)?.repartis).toEqual(pourcents);
  });

  it("calcule chaque colonne empilée séparément, et saute les vides", () => {
    // Rows: categories; columns: PLAI, PLUS, PLS.
    const p = pourcentagesParColonne([
      [1, 3, 0],
      [3, 1, 0],
    ]);
    expect(p.map((c) => c?.repartis)).toEqual([[25, 75], [75, 25], undefined]);
  });

  it("refuse un effectif négatif (erreur de programmation)", () => {
    expect(() => percentColumn([1, -1])).toThrow("Effectif invalide : -1");
  });

  it.each([0, 1] as const)("les parts réparties (%p décimale) totalisent exactement 100 %", (decimales) => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 12 }), (effectifs) => {
        const p = percentColumn(effectifs, decimales);
        if (effectifs.every((e) => e === 0)) return expect(p).toBeUndefined();
        const dixiemes = (p?.repartis ?? []).map((x) => Math.round(x * 10));
        expect(dixiemes.reduce((a, b) => a + b, 0)).toBe(1000);
        // Each rounded share is less than one unit from its exact value.
        p?.exacts.forEach((x, i) =>
          expect(Math.abs((p.repartis[i] ?? 0) - x * 100)).toBeLessThan(decimales === 1 ? 0.1 : 1),
        );
      }),
    );
  });
});

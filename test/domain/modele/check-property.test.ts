import fc from "fast-check";
import { floorShare } from "../../../src/domain";
import { diagnoseModele } from "../../../src/domain/modele";
import { ROW, buildModele, type EpciFigures } from "../../support/ddets-modele";

const count = (max: number) => fc.integer({ min: 0, max });
const figuresArb: fc.Arbitrary<EpciFigures> = fc.record({
  patrimoine: fc.integer({ min: 3000, max: 20_000 }),
  exclus: fc.tuple(count(200), count(200), count(200), count(200), count(200), count(200)),
  soustraits: fc.tuple(count(100), count(100), count(100), count(100), count(100)),
  nouvelles: count(200),
  taux: fc.integer({ min: 10, max: 200 }).map((permille) => permille / 1000),
  specifiques: fc.integer({ min: 0, max: 500 }).chain((t) => fc.tuple(fc.constant(t), count(t), count(t))),
});
/** What the user typed in each total, relative to the sum of its lines (0: right). */
const deltaArb = fc.oneof(fc.constant(0), fc.integer({ min: -20, max: 20 }));
const columnArb = fc.record({ figures: figuresArb, deltaExclus: deltaArb, deltaSoustraits: deltaArb });

const col = (i: number): string => String.fromCharCode(66 + i);

describe("diagnoseModele : propriété des totaux", () => {
  it("signale « total incorrect » si et seulement si le total diffère de la somme de ses lignes", () => {
    fc.assert(
      fc.property(fc.array(columnArb, { minLength: 5, maxLength: 5 }), (columns) => {
        const t = buildModele({ figures: columns.map((c) => c.figures), identite: true });
        columns.forEach((c, i) => {
          const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
          const exclus = sum(c.figures.exclus) + c.deltaExclus;
          const soustraits = sum(c.figures.soustraits) + c.deltaSoustraits;
          // The rest of the column agrees with the totals as typed: only the totals can be wrong.
          const assiette = c.figures.patrimoine - exclus - soustraits + c.figures.nouvelles;
          const set = (row: number, v: number): void => {
            (t.values[row] ?? [])[i + 1] = v;
          };
          set(ROW.exclusTotal, exclus);
          set(ROW.soustraitsTotal, soustraits);
          set(ROW.assiette, assiette);
          set(ROW.etatPrioritaires, floorShare(assiette * c.figures.taux * 0.25));
          set(ROW.etatFonctionnaires, floorShare(assiette * c.figures.taux * 0.05));
        });
        const list = diagnoseModele(t.values);
        const flagged = new Set(list.filter((d) => d.code === "TOTAL_INCORRECT").map((d) => d.cell));
        columns.forEach((c, i) => {
          expect(flagged.has(`${col(i)}${ROW.exclusTotal + 1}`)).toBe(c.deltaExclus !== 0);
          expect(flagged.has(`${col(i)}${ROW.soustraitsTotal + 1}`)).toBe(c.deltaSoustraits !== 0);
        });
        // Nothing else is reported as wrong.
        expect(list.filter((d) => d.code !== "TOTAL_INCORRECT" && d.severity !== "info")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

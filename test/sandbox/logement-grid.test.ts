import { GENERATOR_COMMUNES, makeLogementGrid } from "../../sandbox/logement-grid";
import { seededRandom } from "../../sandbox/random";

describe("générateur de tables de logements", () => {
  it("donne la même table pour la même graine, une autre sinon", () => {
    const a = makeLogementGrid(500, { seed: 9, scheme: "2024", faulty: true });
    expect(makeLogementGrid(500, { seed: 9, scheme: "2024", faulty: true })).toEqual(a);
    expect(makeLogementGrid(500, { seed: 10, scheme: "2024", faulty: true })).not.toEqual(a);
  });

  it.each([
    ["ancien", "codes", "DEPCOM", 6088],
    ["2024", "codes", "DEPCOM_CODE", "06088"],
    ["2024", "noms", "Commune", "NICE"],
  ] as const)("écrit le schéma %s (%s) : colonne %s, Nice vaut %p", (scheme, communes, header, nice) => {
    const grid = makeLogementGrid(2000, { seed: 1, scheme, communes, titleRows: 2 });
    expect(grid).toHaveLength(2 + 1 + 2000);
    expect(grid[2]?.[1]).toBe(header);
    expect(grid.slice(3).map((row) => row[1])).toContain(nice);
  });

  it("couvre les cinq EPCI du modèle et les deux autres du département", () => {
    expect(new Set(GENERATOR_COMMUNES.map((c) => c.siren)).size).toBe(7);
    const codes = new Set(
      makeLogementGrid(20_000, { seed: 2, scheme: "2024" })
        .slice(1)
        .map((row) => row[1]),
    );
    expect(codes.size).toBe(GENERATOR_COMMUNES.length);
  });

  it("glisse environ une ligne fautive sur cent", () => {
    const clean = makeLogementGrid(10_000, { seed: 4, scheme: "ancien" });
    const faulty = makeLogementGrid(10_000, { seed: 4, scheme: "ancien", faulty: true });
    const differ = faulty.filter((row, i) => JSON.stringify(row) !== JSON.stringify(clean[i])).length;
    expect(differ).toBeGreaterThan(50);
    expect(differ).toBeLessThan(200);
  });

  it("tire des nombres reproductibles dans [0, 1)", () => {
    const r = seededRandom(123);
    const xs = Array.from({ length: 1000 }, r);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 1000 }, seededRandom(123))).toEqual(xs);
  });
});

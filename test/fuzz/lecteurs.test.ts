/**
 * Fuzz corpus of the grid readers (issue 13): diagnoseModele, lireEtatDesLieux, readLogements and
 * readMouvements fed random grids (header words, numbers, text, blanks, booleans, ragged rows) return
 * their result or their typed error: never an exception, never NaN or undefined in what they
 * return, never more than 1 s per call.
 */
import fc from "fast-check";
import { diagnoseModele, lireEtatDesLieux, readLogements, readMouvements } from "../../src/domain";
import { chronometre, grille, SEED, trouveNaNOuUndefined } from "./arbitraries";

/** Calls a reader and checks what it returns. */
function verifie(nom: string, read: () => unknown): void {
  let result: unknown;
  try {
    result = chronometre(read);
  } catch (thrown) {
    const what = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
    throw new Error(`${nom} a levé ${what}`);
  }
  expect(result).toBeDefined();
  const faute = trouveNaNOuUndefined(result);
  if (faute !== undefined) throw new Error(`${nom} a renvoyé NaN ou undefined en ${faute}`);
}

const RUNS = 300;

beforeAll(() => {
  // The commune → EPCI table is decoded once per process, on first use (≈ 1 s on a loaded machine):
  // a one-time cost, paid here so that the guard measures the reading of each grid.
  readLogements([
    ["Commune", "Financement"],
    ["Nice", "PLUS"],
  ]);
});

describe("Fuzz des lecteurs de grilles (graine fixe)", () => {
  it("diagnoseModele", () => {
    fc.assert(
      fc.property(grille, (g) => verifie("diagnoseModele", () => diagnoseModele(g))),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("diagnoseModele avec des formules au hasard à côté des valeurs", () => {
    fc.assert(
      fc.property(grille, grille, (v, f) => verifie("diagnoseModele", () => diagnoseModele(v, f))),
      { seed: SEED, numRuns: RUNS / 3 },
    );
  });

  it("lireEtatDesLieux", () => {
    fc.assert(
      fc.property(grille, (g) => verifie("lireEtatDesLieux", () => lireEtatDesLieux(g))),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("readLogements", () => {
    fc.assert(
      fc.property(grille, (g) => verifie("readLogements", () => readLogements(g))),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("readMouvements", () => {
    fc.assert(
      fc.property(grille, (g) => verifie("readMouvements", () => readMouvements(g))),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

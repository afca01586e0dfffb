/**
 * Fuzz corpus of the custom functions (issue 13): every function fed random Excel-shaped arguments
 * returns a value or a CustomFunctions.Error with Excel's code and, for #VALUE! and #N/A, a French
 * message; never a TypeError or RangeError, never NaN or undefined, never more than 1 s per call.
 */
import fc from "fast-check";
import {
  assiette,
  decompte,
  fluxReservataire,
  prochainReservataire,
  tauxChute,
  tauxRotation,
} from "../../src/functions/functions";
import { argument, cellArb, chronometre, nombre, rangeArb, SEED, texte, trouveNaNOuUndefined } from "./arbitraries";

type Appel = (...args: unknown[]) => unknown;
const CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]);
/** A French sentence: an accented letter, French quotes or a common French word. */
const FRANCAIS = /[àâçéèêëîïôûù«»]|\b(?:le|la|les|de|du|des|un|une|ou|est|pas)\b/i;

/** Calls a custom function the way Excel does and checks what comes out. */
function verifie(nom: string, fn: Appel, args: unknown[]): void {
  let result: unknown;
  try {
    result = chronometre(() => fn(...args));
  } catch (thrown) {
    if (!(thrown instanceof CustomFunctions.Error)) {
      const what = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
      throw new Error(`${nom} a levé ${what} au lieu d'une erreur Excel`);
    }
    const code: string = thrown.code;
    expect(CODES.has(code)).toBe(true);
    if (code === "#VALUE!" || code === "#N/A") expect(thrown.message).toMatch(FRANCAIS);
    return;
  }
  const faute = trouveNaNOuUndefined(result);
  if (faute !== undefined) throw new Error(`${nom} a renvoyé NaN ou undefined en ${faute}`);
  const nombres = (Array.isArray(result) ? (result as unknown[][]).flat() : [result]).filter(
    (v) => typeof v === "number",
  );
  for (const n of nombres) expect(Number.isFinite(n)).toBe(true);
}

const f = <F>(fn: F): Appel => fn as unknown as Appel;
const motCle = fc.oneof(
  fc.constantFrom("ENTREES", "DEPARTS", "MOYENNE", "ENTIER", "EXACT", "BAIL", "attribution", "mad", null),
  texte,
);
const RUNS = 400;

describe("Fuzz des fonctions personnalisées (graine fixe)", () => {
  it("ASSIETTE", () => {
    fc.assert(
      fc.property(argument, argument, argument, argument, (a, b, c, d) =>
        verifie("ASSIETTE", f(assiette), [a, b, c, d]),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("TAUX_ROTATION", () => {
    fc.assert(
      fc.property(argument, argument, argument, motCle, argument, (a, b, c, m, n) =>
        verifie("TAUX_ROTATION", f(tauxRotation), [a, b, c, m, n]),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("FLUX_RESERVATAIRE", () => {
    fc.assert(
      fc.property(argument, argument, argument, motCle, (v, d, b, r) =>
        verifie("FLUX_RESERVATAIRE", f(fluxReservataire), [v, d, b, r]),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("TAUX_CHUTE", () => {
    fc.assert(
      fc.property(argument, argument, (m, a) => verifie("TAUX_CHUTE", f(tauxChute), [m, a])),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("PROCHAIN_RESERVATAIRE", () => {
    fc.assert(
      fc.property(argument, argument, argument, (n, o, r) =>
        verifie("PROCHAIN_RESERVATAIRE", f(prochainReservataire), [n, o, r]),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("DECOMPTE sur des journaux au hasard (en-têtes connus dans le désordre, cellules quelconques)", () => {
    const headers = fc.shuffledSubarray(["logement", "réservataire", "étape", "date", "commentaire"], { minLength: 3 });
    const valeur = fc.oneof(
      fc.constantFrom(
        "L1",
        "L2",
        6088,
        "ÉTAT",
        "ACTION LOGEMENT",
        "MISE_A_DISPOSITION",
        "PROPOSITION",
        "ATTRIBUTION",
        "BAIL",
        45292,
        45657,
        "31/12/2024",
      ),
      cellArb,
    );
    const journal = headers.chain((h) => rangeArb(valeur, 12, h.length).map((rows) => [h as unknown[], ...rows]));
    const date = fc.oneof(nombre, fc.constantFrom(null, "01/01/2024", "2024-12-31", "1E20"));
    fc.assert(
      fc.property(
        fc.oneof(journal, argument),
        fc.oneof(fc.constantFrom(null, "ÉTAT"), texte),
        motCle,
        date,
        date,
        (j, r, e, d, fin) => verifie("DECOMPTE", f(decompte), [j, r, e, d, fin]),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("ASSIETTE et TAUX_CHUTE sur des colonnes entières de vides ou de texte restent sous la seconde", () => {
    const column = fc.tuple(fc.constantFrom(null, "", "12", " ", 3), fc.integer({ min: 20_000, max: 100_000 }));
    fc.assert(
      fc.property(column, ([cell, n]) => {
        const range = Array.from({ length: n }, () => [cell]);
        verifie("ASSIETTE", f(assiette), [range, range, null, null]);
        verifie("TAUX_CHUTE", f(tauxChute), [range, range]);
      }),
      { seed: SEED, numRuns: 6 },
    );
  });
});

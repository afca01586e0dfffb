/**
 * Issue 13, point 1: values a workbook can hold that GEF's functions used to mishandle. Each case
 * was observed (Infinity, NaN, a plain Error, a RangeError, quadratic time); each must now give an
 * Excel error with its French message from the catalogue.
 */
import { assiette, decompte, fluxReservataire, tauxChute, tauxRotation } from "../../src/functions/functions";
import { excel, expectCatalogueError, expectExcelError, type Arg, type Range } from "./support";

const ASSIETTE = excel(assiette);
const TAUX_ROTATION = excel(tauxRotation);
const FLUX_RESERVATAIRE = excel(fluxReservataire);
const DECOMPTE = excel(decompte);
const TAUX_CHUTE = excel(tauxChute);

/** Excel's largest typed number (9,99E307): two of them add up beyond what a double holds. */
const ENORME = 9.99e307;

const JOURNAL: Range = [
  ["logement", "réservataire", "étape", "date"],
  ["L1", "ÉTAT", "MISE_A_DISPOSITION", 45292],
  ["L1", "ÉTAT", "BAIL", 45300],
];

/**
 * A column of `n` cells that counts how often its rows are read: a reading that goes over the
 * whole range again at each cell reads n² rows, a linear one a few times n.
 */
function countedColumn(n: number, cell: unknown): { range: Range; lectures: () => number } {
  let lectures = 0;
  const rows: unknown[][] = Array.from({ length: n }, () => [cell]);
  const range = new Proxy(rows, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) lectures++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as Range;
  return { range, lectures: () => lectures };
}

describe("Valeurs hostiles dans les fonctions personnalisées", () => {
  it("ASSIETTE(9,99E307;;;9,99E307) donne #VALEUR! « nombre démesuré », pas Infinity", () => {
    expectCatalogueError(() => ASSIETTE(ENORME, null, null, ENORME), "#VALUE!", "NOMBRE_DEMESURE", {}, /démesurée/);
  });

  it("ASSIETTE sur une plage dont la somme déborde nomme l'argument", () => {
    expectCatalogueError(() => ASSIETTE([[ENORME], [ENORME]]), "#VALUE!", "NOMBRE_DEMESURE", {
      argument: "patrimoine",
    });
  });

  it.each<[string, Arg, Arg, Arg]>([
    ["des entrées démesurées (MOYENNE)", [[1000, 1000]], [[ENORME, ENORME]], [[10, 10]]],
    ["des départs démesurés (MOYENNE)", [[1000]], [[ENORME]], [[ENORME]]],
  ])("TAUX_ROTATION avec %s donne une erreur Excel, jamais NaN", (_cas, parc, entrees, departs) => {
    expectExcelError(() => TAUX_ROTATION(parc, entrees, departs, "MOYENNE", null), "#VALUE!");
  });

  it("TAUX_ROTATION avec un parc démesuré donne #VALEUR! « nombre démesuré »", () => {
    expectCatalogueError(
      () => TAUX_ROTATION([[ENORME, ENORME]], [[10, 10]], [[10, 10]], "MOYENNE", null),
      "#VALUE!",
      "NOMBRE_DEMESURE",
      { argument: "parc" },
    );
  });

  it("FLUX_RESERVATAIRE avec des droits démesurés donne #VALEUR!, pas une Error JavaScript", () => {
    expectCatalogueError(() => FLUX_RESERVATAIRE(268, [[ENORME], [ENORME]], null, null), "#VALUE!", "NOMBRE_DEMESURE", {
      argument: "droits",
    });
  });

  it("FLUX_RESERVATAIRE EXACT avec un droit énorme sur une base égale répartit sans Infinity", () => {
    // 268 × 9,99E307 déborde ; 268 × (9,99E307 ÷ 9,99E307) = 268 : tout le volume au seul réservataire.
    expect(FLUX_RESERVATAIRE(268, [[ENORME]], ENORME, "EXACT")).toEqual([[268]]);
    expect(FLUX_RESERVATAIRE(268, [[ENORME], [0]], ENORME, "ENTIER")).toEqual([[268], [0]]);
  });

  it("FLUX_RESERVATAIRE avec une base démesurée donne #VALEUR! « nombre démesuré »", () => {
    expectExcelError(() => FLUX_RESERVATAIRE(268, [[1], [2]], Infinity, null), "#VALUE!");
  });

  it("DECOMPTE(J;;;1E10;1) donne #VALEUR! « date illisible », pas une RangeError", () => {
    expectCatalogueError(() => DECOMPTE(JOURNAL, null, null, 1e10, 1), "#VALUE!", "DATE_ILLISIBLE", {
      argument: "debut",
      // Quoted as typed, without thousand separators (issue 25, point 9).
      valeur: "10000000000",
    });
  });

  it("DECOMPTE refuse une date de journal au-delà du 31/12/9999 avec sa ligne", () => {
    const journal: Range = [...JOURNAL, ["L2", "ÉTAT", "BAIL", 1e20]];
    expectCatalogueError(() => DECOMPTE(journal), "#VALUE!", "DATE_ILLISIBLE", {
      valeur: "100000000000000000000",
      position: 4,
    });
  });

  it.each<[string, unknown]>([
    ["vides", null],
    ["de texte « 12 »", "12"],
  ])("ASSIETTE et TAUX_CHUTE lisent une colonne de 2 000 cellules %s en temps linéaire", (_cas, cell) => {
    const n = 2000;
    const p = countedColumn(n, cell);
    const attendu = cell === null ? 0 : 12 * n;
    if (attendu === 0) expect(() => ASSIETTE(p.range)).not.toThrow();
    else expect(ASSIETTE(p.range)).toBe(attendu);
    expect(p.lectures()).toBeLessThanOrEqual(4 * n);
    const m = countedColumn(n, cell === null ? null : "12");
    const a = countedColumn(n, null);
    if (cell === null)
      expectCatalogueError(() => TAUX_CHUTE(m.range, a.range), "#DIV/0!", "MISES_A_DISPOSITION_NULLES");
    else expect(TAUX_CHUTE(m.range, a.range)).toBe(1);
    expect(m.lectures() + a.lectures()).toBeLessThanOrEqual(8 * n);
  });
});

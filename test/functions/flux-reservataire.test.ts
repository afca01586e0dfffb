import fc from "fast-check";
import { fluxReservataire } from "../../src/functions/functions";
import { NBSP, excel, expectCatalogueError, expectExcelError, type Arg, type Range } from "./support";

const FLUX_RESERVATAIRE = excel(fluxReservataire);

/** The seed: three réservataires holding 2 000, 2 760 and 607 of the 5 367 dwellings of the assiette. */
const DROITS: Range = [[2000], [2760], [607]];

/** Largest gap between two matrices of the same shape (fails on a shape mismatch). */
function ecartMax(recu: number[][], attendu: number[][]): number {
  expect(recu.map((ligne) => ligne.length)).toEqual(attendu.map((ligne) => ligne.length));
  return Math.max(...recu.flatMap((ligne, i) => ligne.map((x, j) => Math.abs(x - (attendu[i]?.[j] ?? NaN)))));
}

const somme = (m: number[][]): number => m.flat().reduce((a, b) => a + b, 0);

describe("FLUX_RESERVATAIRE", () => {
  it.each<[string, Arg, Arg, Arg, Arg, number[][]]>([
    ["répartit 268 logements en 100, 138 et 30 (colonne)", 268, DROITS, null, null, [[100], [138], [30]]],
    ["garde la forme d'une ligne", 268, [[2000, 2760, 607]], null, null, [[100, 138, 30]]],
    [
      "garde la forme d'un bloc 2 × 2 (cellule vide : 0)",
      268,
      [
        [2000, 2760],
        [607, ""],
      ],
      null,
      null,
      [
        [100, 138],
        [30, 0],
      ],
    ],
    ["volume non entier 268,35 (assiette × 5 %)", 268.35, DROITS, null, null, [[100], [138], [30]]],
    ["volume en texte français « 268,35 »", "268,35", DROITS, null, null, [[100], [138], [30]]],
    ["volume passé comme une cellule", [[268]], DROITS, null, null, [[100], [138], [30]]],
    ["base = l'assiette 5367 (droits en logements)", 268, DROITS, 5367, "ENTIER", [[100], [138], [30]]],
    ["base en texte « 5 367 »", 268, DROITS, "5 367", null, [[100], [138], [30]]],
    ["base 1 et droits en fractions (Σ ≤ 1)", 268, [[0.3727], [0.5143], [0.113]], 1, null, [[100], [138], [30]]],
    [
      "base 1 et droits en pourcentages texte",
      268,
      [["37,27 %"], ["51,43 %"], ["11,30 %"]],
      1,
      null,
      [[100], [138], [30]],
    ],
    ["une part de l'assiette : total arrondi de 268 × 4760 ÷ 5367", 268, [[2000], [2760]], 5367, null, [[100], [138]]],
    ["État 25 % et 5 % de 268 : 67 et 13 (total arrondi 80)", 268, [[0.25], [0.05]], 1, null, [[67], [13]]],
    ["total arrondi au demi supérieur (268,5 → 269)", 268.5, [[1]], null, null, [[269]]],
    ["volume nul", 0, DROITS, null, null, [[0], [0], [0]]],
    ["restes égaux : au droit le plus grand", 2, [[1], [3]], 4, null, [[0], [2]]],
    ["restes égaux : au droit le plus grand, dans l'autre ordre", 2, [[3], [1]], 4, null, [[2], [0]]],
    ["restes et droits égaux : au premier cité", 1, [[1], [1]], null, null, [[1], [0]]],
    ["restes et droits égaux, trois réservataires : au premier cité", 1, [[5, 5, 5]], null, null, [[1, 0, 0]]],
  ])("%s", (_cas, volume, droits, base, arrondi, attendu) => {
    expect(FLUX_RESERVATAIRE(volume, droits, base, arrondi)).toEqual(attendu);
  });

  it("beaucoup de réservataires à égalité : les premiers cités reçoivent les logements restants", () => {
    const droits = Array.from({ length: 40 }, () => [1]);
    const attendu = [...Array.from({ length: 39 }, () => [1]), [0]];
    expect(FLUX_RESERVATAIRE(39, droits)).toEqual(attendu);
  });

  it("beaucoup de réservataires à restes égaux : les plus gros droits d'abord, puis les premiers cités", () => {
    // 40 droits de 1 puis 40 de 5, volume 60 sur 240 : parts exactes 0,25 et 1,25, 20 logements à
    // donner au plus fort reste (tous égaux) : aux 20 premiers droits de 5.
    const droits = [...Array.from({ length: 40 }, () => [1]), ...Array.from({ length: 40 }, () => [5])];
    const attendu = [
      ...Array.from({ length: 40 }, () => [0]),
      ...Array.from({ length: 20 }, () => [2]),
      ...Array.from({ length: 20 }, () => [1]),
    ];
    expect(FLUX_RESERVATAIRE(60, droits)).toEqual(attendu);
  });

  it("ENTIER : les parts font toujours le volume entier, à moins d'un logement de la part exacte", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 80 }),
        (volume, droits) => {
          const total = droits.reduce((a, b) => a + b, 0);
          fc.pre(total > 0);
          const parts = FLUX_RESERVATAIRE(
            volume,
            droits.map((d) => [d]),
          );
          expect(somme(parts)).toBe(volume);
          parts.forEach(([part], i) => {
            expect(Number.isInteger(part)).toBe(true);
            expect(Math.abs((part ?? NaN) - (volume * (droits[i] ?? 0)) / total)).toBeLessThan(1 + 1e-9);
          });
        },
      ),
    );
  });

  it.each<[string, Arg, Arg, Arg, number[][], number]>([
    [
      "268 logements, droits en logements",
      268,
      DROITS,
      null,
      [[(268 * 2000) / 5367], [(268 * 2760) / 5367], [(268 * 607) / 5367]],
      268,
    ],
    ["268,35 logements", 268.35, DROITS, 5367, [[100], [138], [30.35]], 268.35],
    ["droits en ligne et en pourcentages", 268, [[0.25, 0.05]], 1, [[67, 13.4]], 80.4],
  ])("EXACT donne des décimales : %s", (_cas, volume, droits, base, attendu, total) => {
    const parts = FLUX_RESERVATAIRE(volume, droits, base, "EXACT");
    expect(ecartMax(parts, attendu)).toBeLessThan(1e-9);
    expect(somme(parts)).toBeCloseTo(total, 9);
  });

  it.each(["exact", "Exact", "décimales", "DECIMAL"])("reconnaît l'arrondi « %s » comme EXACT", (arrondi) => {
    expect(ecartMax(FLUX_RESERVATAIRE(268.35, DROITS, null, arrondi), [[100], [138], [30.35]])).toBeLessThan(1e-9);
  });

  it.each(["entier", "Entiers", " ENTIER "])("reconnaît l'arrondi « %s » comme ENTIER", (arrondi) => {
    expect(FLUX_RESERVATAIRE(268.35, DROITS, null, arrondi)).toEqual([[100], [138], [30]]);
  });

  it("refuse un arrondi inconnu en listant les mots admis", () => {
    expectCatalogueError(
      () => FLUX_RESERVATAIRE(268, DROITS, null, "SUPERIEUR"),
      "#VALUE!",
      "MOT_CLE_INCONNU",
      { argument: "arrondi", valeur: "SUPERIEUR", detail: "ENTIER, EXACT" },
      /« arrondi »/,
      /ENTIER, EXACT/,
    );
  });

  it("refuse les pourcentages arrondis du modèle dont la somme dépasse 100 % (37,27 + 51,43 + 11,31)", () => {
    expectCatalogueError(
      () => FLUX_RESERVATAIRE(268, [[0.3727], [0.5143], [0.1131]], 1),
      "#VALUE!",
      "DROITS_SUPERIEURS_BASE",
      { valeur: "1,0001", detail: "1" },
      /\(1,0001\)/,
    );
  });

  it("refuse une somme des droits supérieure à la base", () => {
    expectCatalogueError(() => FLUX_RESERVATAIRE(268, DROITS, 5000), "#VALUE!", "DROITS_SUPERIEURS_BASE", {
      valeur: `5${NBSP}367`,
      detail: `5${NBSP}000`,
    });
  });

  it("refuse un droit négatif, même si la somme reste positive", () => {
    expectCatalogueError(
      () => FLUX_RESERVATAIRE(268, [[2000], [-5], [607]]),
      "#VALUE!",
      "VALEUR_NEGATIVE",
      { argument: "droits", valeur: "-5", position: 2 },
      /« droits »/,
      /« -5 »/,
    );
  });

  it("refuse un volume négatif", () => {
    expectCatalogueError(() => FLUX_RESERVATAIRE(-268, DROITS), "#VALUE!", "VALEUR_NEGATIVE", {
      argument: "volume",
      valeur: "-268",
    });
  });

  it.each<[Arg, string]>([
    [-1, "-1"],
    ["-5 367", `-5${NBSP}367`],
  ])("refuse une base négative (%p)", (base, valeur) => {
    expectCatalogueError(() => FLUX_RESERVATAIRE(268, DROITS, base), "#VALUE!", "BASE_NEGATIVE", { valeur });
  });

  it.each<[string, Arg, Arg]>([
    ["base 0", DROITS, 0],
    ["base « 0 »", DROITS, "0"],
    ["droits tous nuls sans base", [[0], [""], [null]], null],
  ])("renvoie #DIV/0! pour une base nulle : %s", (_cas, droits, base) => {
    expectExcelError(() => FLUX_RESERVATAIRE(268, droits, base), "#DIV/0!");
  });

  it("refuse un texte non numérique dans les droits", () => {
    expectCatalogueError(
      () => FLUX_RESERVATAIRE(268, [[2000], ["Action Logement"], [607]]),
      "#VALUE!",
      "TEXTE_NON_NUMERIQUE",
      { argument: "droits", valeur: "Action Logement", position: 2 },
      /« Action Logement »/,
    );
  });

  it("refuse un volume non numérique", () => {
    expectCatalogueError(() => FLUX_RESERVATAIRE("environ 268", DROITS), "#VALUE!", "TEXTE_NON_NUMERIQUE", {
      argument: "volume",
      valeur: "environ 268",
    });
  });

  it("refuse une valeur logique dans les droits", () => {
    expectCatalogueError(() => FLUX_RESERVATAIRE(268, [[2000, false]]), "#VALUE!", "VALEUR_LOGIQUE", {
      argument: "droits",
      valeur: "FAUX",
      position: 2,
    });
  });
});

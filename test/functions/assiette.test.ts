import { assiette } from "../../src/functions/functions";
import { NBSP, NNBSP, excel, expectCatalogueError, type Arg, type Range } from "./support";

const ASSIETTE = excel(assiette);

describe("ASSIETTE", () => {
  it.each<[string, Arg, Arg, Arg, Arg, number]>([
    ["le modèle DDETS : 5600 − 150 − 100 + 17", [[5600]], [[150]], [[100]], [[17]], 5367],
    [
      "des plages additionnées (exclus en bloc 2 × 2)",
      [[5600]],
      [
        [100, 20],
        [30, 0],
      ],
      [[60, 40]],
      [[10], [7]],
      5367,
    ],
    ["des nombres seuls, comme une formule peut les passer", 5600, 150, 100, 17, 5367],
    ["un patrimoine seul (arguments facultatifs omis : null)", [[5367]], null, null, null, 5367],
    ["une assiette nulle (retraits égaux aux ressources)", [[100]], [[60]], [[40]], null, 0],
    ["un patrimoine nul et des nouvelles opérations", [[0]], null, null, [[12]], 12],
  ])("calcule l'assiette : %s", (_cas, patrimoine, exclus, soustraits, nouvelles, attendu) => {
    expect(ASSIETTE(patrimoine, exclus, soustraits, nouvelles)).toBe(attendu);
  });

  it("accepte les arguments facultatifs absents (undefined)", () => {
    expect(ASSIETTE([[5367]])).toBe(5367);
  });

  it.each<[string, Range]>([
    [
      "null",
      [
        [150, null],
        [null, 0],
      ],
    ],
    [
      '""',
      [
        [150, ""],
        ["", 0],
      ],
    ],
    [
      '" " (espaces seules)',
      [
        [150, "  "],
        [" ", 0],
      ],
    ],
  ])("compte les cellules vides (%s) pour 0", (_cas, exclus) => {
    expect(ASSIETTE([[5600]], exclus, [[100]], [[17]])).toBe(5367);
  });

  it.each<[string, string]>([
    ["espace insécable (U+00A0)", NBSP],
    ["espace fine insécable (U+202F)", NNBSP],
    ["espace puis espace insécable", ` ${NBSP}`],
    ["espace insécable puis espace", `${NBSP} `],
  ])("compte pour 0 une cellule qui ne contient que des espaces : %s", (_cas, blanc) => {
    // Régression : une cellule faite d'espaces insécables était lue comme du texte et refusée.
    expect(ASSIETTE([[5600]], [[blanc]])).toBe(5600);
  });

  it.each<[string, number]>([
    ["5367", 5367],
    ["1 234", 1234],
    [`1${NBSP}234`, 1234],
    [`1${NNBSP}234`, 1234],
    ["1 234,5", 1234.5],
    [`5${NNBSP}367,25`, 5367.25],
    ["1,234", 1.234],
    ["1,234.5", 1234.5],
    ["12,5 %", 0.125],
    ["0.05", 0.05],
    ["  42  ", 42],
  ])("lit le texte numérique « %s » comme %d", (texte, attendu) => {
    expect(ASSIETTE([[texte]])).toBeCloseTo(attendu, 12);
  });

  it("lit le texte numérique dans une plage", () => {
    expect(ASSIETTE([["5 600"]], [["100", "50,0"]], [[`10${NNBSP}`, "90"]], [["17"]])).toBe(5367);
  });

  it("refuse un texte non numérique en nommant l'argument et en citant la valeur", () => {
    expectCatalogueError(
      () => ASSIETTE([[5600]], [[100, "PLI"]]),
      "#VALUE!",
      "TEXTE_NON_NUMERIQUE",
      { argument: "exclus", valeur: "PLI", position: 2 },
      /« exclus »/,
      /« PLI »/,
    );
  });

  it("refuse un texte non numérique dans une cellule seule, sans position", () => {
    expectCatalogueError(
      () => ASSIETTE([["cinq mille"]]),
      "#VALUE!",
      "TEXTE_NON_NUMERIQUE",
      { argument: "patrimoine", valeur: "cinq mille" },
      /« patrimoine »/,
    );
  });

  it.each<[string, boolean, string]>([
    ["VRAI", true, "VRAI"],
    ["FAUX", false, "FAUX"],
  ])("refuse la valeur logique %s", (_cas, valeur, affiche) => {
    expectCatalogueError(
      () => ASSIETTE([[5600]], null, [[valeur]]),
      "#VALUE!",
      "VALEUR_LOGIQUE",
      { argument: "soustraits", valeur: affiche },
      /« soustraits »/,
    );
  });

  it("refuse une cellule négative dans une plage même si la somme est positive", () => {
    expectCatalogueError(
      () =>
        ASSIETTE(
          [[5600]],
          [
            [200, -50],
            [0, 0],
          ],
        ),
      "#VALUE!",
      "VALEUR_NEGATIVE",
      { argument: "exclus", valeur: "-50", position: 2 },
      /« exclus »/,
      /négatif/,
    );
  });

  it.each<[string, Arg[], string, string]>([
    ["patrimoine", [[[-1]]], "patrimoine", "-1"],
    ["nouvelles_operations", [[[5600]], null, null, [[-17]]], "nouvelles_operations", "-17"],
    ["un texte négatif", [[[5600]], [["-150"]]], "exclus", "-150"],
  ])("refuse un terme négatif : %s", (_cas, args, argument, valeur) => {
    expectCatalogueError(() => ASSIETTE(...args), "#VALUE!", "VALEUR_NEGATIVE", { argument, valeur });
  });

  it("refuse une assiette négative en donnant les deux côtés et les termes", () => {
    expectCatalogueError(
      () => ASSIETTE([[100]], [[80]], [[30]], [[5]]),
      "#VALUE!",
      "ASSIETTE_NEGATIVE",
      {
        detail:
          "patrimoine 100 − exclus 80 − soustraits 30 + nouvelles opérations 5 = -5 ; retraits 110 > ressources 105",
      },
      /patrimoine 100/,
      /exclus 80/,
      /soustraits 30/,
      /nouvelles opérations 5/,
      /retraits 110 > ressources 105/,
    );
  });

  it("refuse une assiette négative d'un seul logement", () => {
    expectCatalogueError(() => ASSIETTE([[100]], [[101]]), "#VALUE!", "ASSIETTE_NEGATIVE", {
      detail:
        "patrimoine 100 − exclus 101 − soustraits 0 + nouvelles opérations 0 = -1 ; retraits 101 > ressources 100",
    });
  });

  it("écrit les milliers à la française dans le message d'assiette négative", () => {
    expectCatalogueError(() => ASSIETTE([[5000]], [[3000]], [[2500]]), "#VALUE!", "ASSIETTE_NEGATIVE", {
      detail:
        `patrimoine 5${NBSP}000 − exclus 3${NBSP}000 − soustraits 2${NBSP}500 + nouvelles opérations 0 = -500 ; ` +
        `retraits 5${NBSP}500 > ressources 5${NBSP}000`,
    });
  });
});

import { tauxRotation } from "../../src/functions/functions";
import { NBSP, excel, expectCatalogueError, expectExcelError, type Arg, type Range } from "./support";

const TAUX_ROTATION = excel(tauxRotation);

/** Three years, oldest first (the seed's EPCI: parc around 5 367, about 5 % of entrées). */
const PARC: Range = [[5300, 5350, 5367]];
const ENTREES: Range = [[290, 262, 253]];
const DEPARTS: Range = [[280, 270, 250]];
const enColonne = (ligne: Range): Range => (ligne[0] ?? []).map((x) => [x]);

describe("TAUX_ROTATION", () => {
  it.each<[string, Arg, Arg, Arg, Arg, Arg, number]>([
    ["taux groupé sur 3 ans (entrées)", PARC, ENTREES, null, null, null, 805 / 16017],
    ["dernière année seule (annees 1)", PARC, ENTREES, null, null, 1, 253 / 5367],
    ["deux dernières années (annees 2)", PARC, ENTREES, null, null, 2, (262 + 253) / (5350 + 5367)],
    ["annees en texte « 2 »", PARC, ENTREES, null, null, "2", (262 + 253) / (5350 + 5367)],
    ["annees vide : toutes les années", PARC, ENTREES, null, null, "", 805 / 16017],
    ["méthode DEPARTS", PARC, ENTREES, DEPARTS, "DEPARTS", null, 800 / 16017],
    ["méthode MOYENNE", PARC, ENTREES, DEPARTS, "MOYENNE", null, (805 + 800) / 2 / 16017],
    ["MOYENNE par défaut quand les départs sont donnés", PARC, ENTREES, DEPARTS, null, null, 802.5 / 16017],
    ["ENTREES par défaut sans départs", PARC, ENTREES, null, "", null, 805 / 16017],
    ["méthode ENTREES choisie malgré les départs", PARC, ENTREES, DEPARTS, "ENTREES", null, 805 / 16017],
    ["DEPARTS sur la dernière année", PARC, ENTREES, DEPARTS, "DEPARTS", 1, 250 / 5367],
    ["colonnes au lieu de lignes", enColonne(PARC), enColonne(ENTREES), null, null, null, 805 / 16017],
    ["colonnes avec départs", enColonne(PARC), enColonne(ENTREES), enColonne(DEPARTS), "DEPARTS", null, 800 / 16017],
    ["une seule année en nombres", 5367, 253, null, null, null, 253 / 5367],
    ["une seule année en cellule", [[5367]], [[253]], null, null, null, 253 / 5367],
    ["un taux d'exactement 100 % est admis", [[100, 100]], [[100, 100]], null, null, null, 1],
  ])("%s", (_cas, parc, entrees, departs, methode, annees, attendu) => {
    expect(TAUX_ROTATION(parc, entrees, departs, methode, annees)).toBeCloseTo(attendu, 12);
  });

  it.each<[string, string, Arg, number]>([
    ["entrées", "entrées en minuscules accentuées", null, 805 / 16017],
    ["Entrées", "casse mélangée", null, 805 / 16017],
    ["Moyenne", "Moyenne", DEPARTS, 802.5 / 16017],
    ["départs", "départs accentué", DEPARTS, 800 / 16017],
    [" DEPARTS ", "espaces autour", DEPARTS, 800 / 16017],
  ])("ignore accents et casse dans la méthode « %s » (%s)", (methode, _cas, departs, attendu) => {
    expect(TAUX_ROTATION(PARC, ENTREES, departs, methode)).toBeCloseTo(attendu, 12);
  });

  it('compte les cellules vides (null et "") pour 0', () => {
    expect(TAUX_ROTATION([[null, 5350, 5367]], [["", 262, 253]])).toBeCloseTo(515 / 10717, 12);
  });

  it("lit les nombres écrits en texte, à la française ou à l'anglaise", () => {
    expect(TAUX_ROTATION([["5 300", `5${NBSP}350`, "5,367.0"]], [["290", "262,0", "253"]])).toBeCloseTo(
      805 / 16017,
      12,
    );
  });

  it("refuse un texte non numérique en nommant l'argument et la valeur", () => {
    expectCatalogueError(
      () => TAUX_ROTATION(PARC, ENTREES, [[280, "n.c.", 250]]),
      "#VALUE!",
      "TEXTE_NON_NUMERIQUE",
      { argument: "departs", valeur: "n.c.", position: 2 },
      /« departs »/,
      /« n\.c\. »/,
    );
  });

  it("refuse une valeur logique dans le parc", () => {
    expectCatalogueError(() => TAUX_ROTATION([[5300, true, 5367]], ENTREES), "#VALUE!", "VALEUR_LOGIQUE", {
      argument: "parc",
      valeur: "VRAI",
      position: 2,
    });
  });

  it("refuse une entrée négative au milieu de la série", () => {
    expectCatalogueError(
      () => TAUX_ROTATION(PARC, [[290, -1, 253]]),
      "#VALUE!",
      "VALEUR_NEGATIVE",
      { argument: "entrees", valeur: "-1", position: 2 },
      /« entrees »/,
    );
  });

  it.each<[string, Arg, Arg, Arg, string]>([
    ["entrées plus courtes que le parc", PARC, [[262, 253]], null, "« parc » (3), « entrees » (2)"],
    ["départs plus longs", PARC, ENTREES, [[1, 280, 270, 250]], "« parc » (3), « entrees » (3), « departs » (4)"],
    ["colonne de 2 face à une ligne de 3", PARC, [[262], [253]], null, "« parc » (3), « entrees » (2)"],
  ])("refuse des séries de longueurs différentes : %s", (_cas, parc, entrees, departs, detail) => {
    expectCatalogueError(
      () => TAUX_ROTATION(parc, entrees, departs),
      "#VALUE!",
      "LONGUEURS_DIFFERENTES",
      { detail, argument: "année" },
      /« parc »/,
    );
  });

  it("refuse une méthode inconnue en listant les méthodes admises", () => {
    expectCatalogueError(
      () => TAUX_ROTATION(PARC, ENTREES, DEPARTS, "MEDIANE"),
      "#VALUE!",
      "MOT_CLE_INCONNU",
      { argument: "methode", valeur: "MEDIANE", detail: "ENTREES, DEPARTS, MOYENNE" },
      /ENTREES/,
      /DEPARTS/,
      /MOYENNE/,
    );
  });

  it.each<[string, string, Arg]>([
    ["DEPARTS", "argument omis", null],
    ["MOYENNE", "argument omis", null],
    ["DEPARTS", "plage de cellules vides", [[null, "", null]]],
  ])("refuse la méthode %s sans départs (%s)", (methode, _cas, departs) => {
    expectCatalogueError(
      () => TAUX_ROTATION(PARC, ENTREES, departs, methode),
      "#VALUE!",
      "DEPARTS_MANQUANTS",
      { valeur: methode },
      /« departs »/,
    );
  });

  it.each<[Arg, string]>([
    [0, "0"],
    [4, "4"],
    [1.5, "1,5"],
    [-1, "-1"],
    ["4", "4"],
  ])("refuse annees = %p (un entier de 1 à 3)", (annees, valeur) => {
    expectCatalogueError(
      () => TAUX_ROTATION(PARC, ENTREES, null, null, annees),
      "#VALUE!",
      "ANNEES_INVALIDES",
      { valeur, detail: "3" },
      /de 1 à 3/,
    );
  });

  it("refuse annees en texte non numérique", () => {
    expectCatalogueError(
      () => TAUX_ROTATION(PARC, ENTREES, null, null, "abc"),
      "#VALUE!",
      "TEXTE_NON_NUMERIQUE",
      { argument: "annees", valeur: "abc" },
      /« annees »/,
      /« abc »/,
    );
  });

  it.each<[string, Arg, Arg, Arg]>([
    ["parc nul sur toutes les années", [[0, 0, 0]], [[0, 0, 0]], null],
    ["parc vide", [[null, "", null]], [[0, 0, 0]], null],
    ["parc nul sur l'année retenue", [[5300, 5350, 0]], [[290, 262, 0]], 1],
  ])("renvoie #DIV/0! quand la somme du parc est nulle : %s", (_cas, parc, entrees, annees) => {
    expectExcelError(() => TAUX_ROTATION(parc, entrees, null, null, annees), "#DIV/0!");
  });

  it("refuse un taux supérieur à 100 %", () => {
    expectCatalogueError(
      () => TAUX_ROTATION([[100, 100]], [[100, 101]]),
      "#VALUE!",
      "TAUX_SUPERIEUR_100",
      { valeur: `100,5${NBSP}%` },
      /100 %/,
    );
  });

  it("refuse un parc tapé en pourcentage (taux énorme)", () => {
    expectCatalogueError(
      () => TAUX_ROTATION([["5 %"]], [[253]]),
      "#VALUE!",
      "TAUX_SUPERIEUR_100",
      { valeur: `506${NBSP}000${NBSP}%` },
      /« parc »/,
    );
  });

  it.each<[string, Arg, Arg]>([
    [
      "parc",
      [
        [5300, 5350],
        [5367, 5400],
      ],
      [[290, 262, 253, 240]],
    ],
    [
      "entrees",
      [[5300, 5350, 5367, 5400]],
      [
        [290, 262],
        [253, 240],
      ],
    ],
  ])("refuse un bloc 2 × 2 pour %s", (argument, parc, entrees) => {
    expectCatalogueError(
      () => TAUX_ROTATION(parc, entrees),
      "#VALUE!",
      "PAS_UNE_LIGNE_NI_COLONNE",
      { argument, valeur: "2 × 2" },
      new RegExp(`« ${argument} »`),
    );
  });
});

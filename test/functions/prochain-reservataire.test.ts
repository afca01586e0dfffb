import { prochainReservataire } from "../../src/functions/functions";
import { excel, expectCatalogueError, type Arg, type Range } from "./support";

const PROCHAIN_RESERVATAIRE = excel(prochainReservataire);

const NOMS: Range = [["PREFECTURE"], ["ACTION LOGEMENT"], ["VILLE DE NICE"]];

describe("PROCHAIN_RESERVATAIRE", () => {
  it.each<[string, Arg, Arg, Arg, string]>([
    ["le taux réalisé le plus bas l'emporte", NOMS, [[67], [138], [30]], [[30], [40], [20]], "ACTION LOGEMENT"],
    [
      "le taux le plus bas, même avec moins de logements manquants",
      NOMS,
      [[10], [100], [30]],
      [[1], [50], [20]],
      "PREFECTURE",
    ],
    [
      "personne n'a encore rien reçu : le plus gros objectif",
      NOMS,
      [[67], [138], [30]],
      [[0], [0], [0]],
      "ACTION LOGEMENT",
    ],
    ["égalité de taux : le plus gros objectif", NOMS, [[10], [20], [30]], [[5], [10], [15]], "VILLE DE NICE"],
    ["égalité de taux et d'objectif : le premier cité", NOMS, [[20], [20], [10]], [[10], [10], [5]], "PREFECTURE"],
    ["un objectif atteint est écarté", NOMS, [[10], [20], [30]], [[10], [19], [29]], "ACTION LOGEMENT"],
    ["un objectif dépassé est écarté", NOMS, [[10], [20], [30]], [[0], [25], [29]], "PREFECTURE"],
    ["un objectif 0 rend le réservataire inéligible", NOMS, [[0], [20], [30]], [[0], [19], [29]], "ACTION LOGEMENT"],
    ["un objectif vide vaut 0", NOMS, [[""], [null], [30]], [[0], [0], [29]], "VILLE DE NICE"],
    ["des lignes au lieu de colonnes", [["A", "B"]], [[10, 10]], [[5, 2]], "B"],
    ["objectifs et réalisés en texte", [["A"], ["B"]], [["1 000"], ["10,5"]], [["999"], ["1"]], "B"],
    ["le nom est rendu sans espaces autour", [["  A  "], ["B"]], [[10], [10]], [[0], [5]], "A"],
    ["une ligne vide sans objectif est ignorée", [["A"], [""], ["B"]], [[10], [""], [10]], [[6], [""], [5]], "B"],
  ])("%s", (_cas, noms, objectifs, realises, attendu) => {
    expect(PROCHAIN_RESERVATAIRE(noms, objectifs, realises)).toBe(attendu);
  });

  it.each<[string, Arg, Arg]>([
    ["tous atteints", [[10], [20], [30]], [[10], [20], [30]]],
    ["tous dépassés ou sans objectif", [[10], [0], [30]], [[11], [5], [31]]],
    ["aucun objectif", [[0], [""], [null]], [[0], [0], [0]]],
  ])("renvoie #N/A quand tous ont atteint leur objectif : %s", (_cas, objectifs, realises) => {
    expectCatalogueError(
      () => PROCHAIN_RESERVATAIRE(NOMS, objectifs, realises),
      "#N/A",
      "TOUS_OBJECTIFS_ATTEINTS",
      {},
      /atteint leur objectif/,
    );
  });

  it("refuse un objectif négatif", () => {
    expectCatalogueError(
      () => PROCHAIN_RESERVATAIRE(NOMS, [[10], [-3], [30]], [[0], [0], [0]]),
      "#VALUE!",
      "OBJECTIF_NEGATIF",
      { valeur: "-3", position: 2 },
      /« -3 »/,
    );
  });

  it("refuse un nombre réalisé négatif", () => {
    expectCatalogueError(
      () => PROCHAIN_RESERVATAIRE(NOMS, [[10], [20], [30]], [[0], [0], [-1]]),
      "#VALUE!",
      "VALEUR_NEGATIVE",
      { argument: "realises", valeur: "-1", position: 3 },
      /« realises »/,
    );
  });

  it("refuse un réservataire sans nom qui a un objectif", () => {
    expectCatalogueError(
      () => PROCHAIN_RESERVATAIRE([["A"], [""], ["C"]], [[10], [20], [30]], [[10], [0], [30]]),
      "#VALUE!",
      "NOM_MANQUANT",
      { position: 2 },
      /n° 2/,
    );
  });

  it.each<[string, Arg, Arg, Arg, string]>([
    [
      "moins d'objectifs que de noms",
      NOMS,
      [[10], [20]],
      [[0], [0], [0]],
      "« noms » (3), « objectifs » (2), « realises » (3)",
    ],
    [
      "plus de réalisés que de noms",
      NOMS,
      [[10], [20], [30]],
      [[0], [0], [0], [0]],
      "« noms » (3), « objectifs » (3), « realises » (4)",
    ],
    [
      "moins de noms",
      [["A"], ["B"]],
      [[10], [20], [30]],
      [[0], [0], [0]],
      "« noms » (2), « objectifs » (3), « realises » (3)",
    ],
  ])("refuse des listes de longueurs différentes : %s", (_cas, noms, objectifs, realises, detail) => {
    expectCatalogueError(
      () => PROCHAIN_RESERVATAIRE(noms, objectifs, realises),
      "#VALUE!",
      "LONGUEURS_DIFFERENTES",
      { detail, argument: "réservataire" },
      /« objectifs »/,
    );
  });

  it("refuse un objectif en texte non numérique", () => {
    expectCatalogueError(
      () => PROCHAIN_RESERVATAIRE(NOMS, [[10], ["vingt"], [30]], [[0], [0], [0]]),
      "#VALUE!",
      "TEXTE_NON_NUMERIQUE",
      { argument: "objectifs", valeur: "vingt", position: 2 },
      /« vingt »/,
    );
  });

  it("refuse une valeur logique dans les réalisés", () => {
    expectCatalogueError(
      () => PROCHAIN_RESERVATAIRE(NOMS, [[10], [20], [30]], [[0], [true], [0]]),
      "#VALUE!",
      "VALEUR_LOGIQUE",
      { argument: "realises", valeur: "VRAI", position: 2 },
    );
  });
});

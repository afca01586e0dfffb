import { tauxChute } from "../../src/functions/functions";
import { NBSP, excel, expectCatalogueError, expectExcelError, type Arg } from "./support";

const TAUX_CHUTE = excel(tauxChute);

describe("TAUX_CHUTE", () => {
  it.each<[string, Arg, Arg, number]>([
    ["1000 mises à disposition, 800 attributions : 20 %", [[1000]], [[800]], 0.2],
    ["des nombres seuls", 1000, 800, 0.2],
    ["des plages additionnées", [[600], [400]], [[500, 300]], 0.2],
    ["des cellules vides comptées pour 0", [[1000, null, ""]], [["", 800]], 0.2],
    ["du texte numérique français", [["1 000"]], [[`8${NBSP}00`]], 0.2],
    ["aucune attribution : 100 %", [[50]], [[0]], 1],
    ["attributions omises (vides) : 100 %", [[50]], [[null]], 1],
    ["toutes attribuées : 0 %", [[50]], [[50]], 0],
    ["taux non rond", [[3]], [[1]], 2 / 3],
  ])("%s", (_cas, mises, attributions, attendu) => {
    expect(TAUX_CHUTE(mises, attributions)).toBeCloseTo(attendu, 12);
  });

  it.each<[string, Arg]>([
    ["0", [[0]]],
    ["cellules vides", [[null, ""]]],
  ])("renvoie #DIV/0! sans mise à disposition (%s)", (_cas, mises) => {
    expectExcelError(() => TAUX_CHUTE(mises, [[0]]), "#DIV/0!");
  });

  it("refuse des attributions supérieures aux mises à disposition", () => {
    expectCatalogueError(
      () => TAUX_CHUTE([[800]], [[1000]]),
      "#VALUE!",
      "ATTRIBUTIONS_SUPERIEURES",
      { valeur: `1${NBSP}000`, detail: "800" },
      /mises_a_disposition d'abord/,
    );
  });

  it("refuse une seule attribution de trop", () => {
    expectCatalogueError(() => TAUX_CHUTE([[800]], [[801]]), "#VALUE!", "ATTRIBUTIONS_SUPERIEURES", {
      valeur: "801",
      detail: "800",
    });
  });

  it("refuse une cellule négative dans une plage même si la somme est positive", () => {
    expectCatalogueError(
      () => TAUX_CHUTE([[600, -100, 500]], [[800]]),
      "#VALUE!",
      "VALEUR_NEGATIVE",
      { argument: "mises_a_disposition", valeur: "-100", position: 2 },
      /« mises_a_disposition »/,
    );
  });

  it("refuse des attributions négatives", () => {
    expectCatalogueError(() => TAUX_CHUTE([[1000]], [[-1]]), "#VALUE!", "VALEUR_NEGATIVE", {
      argument: "attributions",
      valeur: "-1",
    });
  });

  it("refuse un texte non numérique en le citant", () => {
    expectCatalogueError(
      () => TAUX_CHUTE([[1000]], [["huit cents"]]),
      "#VALUE!",
      "TEXTE_NON_NUMERIQUE",
      { argument: "attributions", valeur: "huit cents" },
      /« attributions »/,
      /« huit cents »/,
    );
  });

  it("refuse une valeur logique", () => {
    expectCatalogueError(() => TAUX_CHUTE([[true]], [[800]]), "#VALUE!", "VALEUR_LOGIQUE", {
      argument: "mises_a_disposition",
      valeur: "VRAI",
    });
  });
});

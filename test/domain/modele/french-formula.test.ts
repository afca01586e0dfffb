import { frenchFormula } from "../../../src/domain/modele";

describe("frenchFormula : les formules comme un Excel français les montre", () => {
  it.each([
    ["=ROUNDDOWN(B29*B30*0.25,0)", "=ARRONDI.INF(B29*B30*0,25;0)"],
    ["=SUM(C15:C20)", "=SOMME(C15:C20)"],
    ["=SUM(C15,C16,C18)", "=SOMME(C15;C16;C18)"],
    ["=ROUND(B3*1.5,2)", "=ARRONDI(B3*1,5;2)"],
    ['=IF($D$13=0,"",B5/$D$13)', '=SI($D$13=0;"";B5/$D$13)'],
    ['=IF(A1="1,5 et 2.5",TRUE,FALSE)', '=SI(A1="1,5 et 2.5";VRAI;FAUX)'],
    ["=GEF.ASSIETTE(5600,150.5)", "=GEF.ASSIETTE(5600;150,5)"],
    ["='Calcul assiette'!B3+Logements!A1", "='Calcul assiette'!B3+Logements!A1"],
  ])("%s → %s", (en, fr) => {
    expect(frenchFormula(en)).toBe(fr);
  });

  it("laisse intacte une formule déjà française et un texte qui n'est pas une formule", () => {
    expect(frenchFormula("=ARRONDI.INF(B29*B30*0,25;0)")).toBe("=ARRONDI.INF(B29*B30*0,25;0)");
    expect(frenchFormula("1,5")).toBe("1,5");
  });
});

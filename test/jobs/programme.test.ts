/**
 * The Programmes neufs job shared by the pane and `gef programme`: tables found among the sheets,
 * typed shares laid over the table's, the « Programme <nom> » sheet's checks (en-US formulas).
 */
import { controlesProgramme, feuilleProgramme, jsonProgramme, travailProgramme } from "../../src/jobs";

const OPERATION = {
  name: "Opération",
  values: [
    ["Logement", "Financement", "Typologie", "Bâtiment", "Étage"],
    ["A1", "PLUS", "T2", "A", 0],
    ["A2", "PLUS", "T2", "A", 1],
    ["A3", "PLUS", "T3", "A", 2],
    ["B1", "PLAI", "T3", "B", 0],
  ],
};
const DROITS = {
  name: "Droits du programme",
  values: [
    ["Réservataire", "Part"],
    ["Action Logement", "50 %"],
    ["Ville", "25 %"],
  ],
};

describe("travailProgramme", () => {
  it("écrit le tableau avec une SOMME par ligne et par colonne et un contrôle de chacune", () => {
    const t = travailProgramme([OPERATION, DROITS], [OPERATION, DROITS], {
      nom: "Oliviers",
      convention: false,
      livraison: 2026,
    });
    expect(t.operation).toBe("Opération");
    expect(t.droits).toBe("Droits du programme");
    const plan = t.plan;
    expect(plan?.name).toBe("Programme Oliviers");
    // Head: title, mark, rule, ceilings, delivery, sources (6 lines), a blank line, then the table at row 7.
    const table = plan?.blocks[1];
    expect(table?.row).toBe(7);
    // Columns: Réservataire, Part, PLAI T3, PLUS T2, PLUS T3, Total, Total au plus fort reste, Contrôle.
    expect(table?.cells[0]).toEqual([
      "Réservataire",
      "Part",
      "PLAI T3",
      "PLUS T2",
      "PLUS T3",
      "Total",
      "Total au plus fort reste",
      "Contrôle",
    ]);
    expect(table?.cells[1]?.slice(5)).toEqual(["=SUM(C9:E9)", 2, '=IF(F9=G9,"OK","ÉCART")']);
    const sums = table?.cells[4];
    expect(sums?.slice(0, 6)).toEqual(["Total", "", "=SUM(C9:C11)", "=SUM(D9:D11)", "=SUM(E9:E11)", "=SUM(F9:F11)"]);
    expect(table?.cells[5]?.slice(0, 6)).toEqual(["Logements de l'opération", "", 1, 2, 1, 4]);
    expect(table?.cells[6]?.[2]).toBe('=IF(C12=C13,"OK","ÉCART")');
    // Three rows and four columns (three categories and the grand total) checked.
    expect(plan ? controlesProgramme(plan) : []).toHaveLength(7);
    expect(plan?.charts.map((g) => [g.type, g.seriesBy])).toEqual([["ColumnStacked100", "Columns"]]);
  });

  it("pose les parts saisies sur celles de la table et refuse un garant sans part", () => {
    const t = travailProgramme([OPERATION], [DROITS], {
      nom: "x",
      convention: false,
      parts: [{ reservataire: "VILLE", part: 50 }],
      garants: [{ reservataire: "Département", montant: 100_000 }],
    });
    const j = jsonProgramme(t);
    expect(j.totaux).toEqual({ "Action Logement": 2, Ville: 2 });
    expect(j.constats.map((c) => c.code)).toEqual(["GARANT_SANS_PART"]);
    expect(j.constats[0]?.message).toBe(
      '« Département » est donné comme garant (100\u00a0000 €) mais n\'a pas de part : ajoutez sa part (gef : --part "Département=POURCENT") ou corrigez son nom.',
    );
  });

  it("nomme la feuille dans les 31 caractères d'Excel, sans caractère interdit", () => {
    expect(feuilleProgramme("Résidence [Les/Oliviers]: tranche 2 bis")).toBe("Programme Résidence Les Olivier");
    expect(feuilleProgramme("  ")).toBe("Programme neuf");
  });
});

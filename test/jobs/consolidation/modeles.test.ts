/**
 * The templates' consolidation as a job (shared by gef consolider and the pane): sheets as plans, totals as
 * native formulas, the checks across files, a refused file listed with its reason.
 */
import { locateModele } from "../../../src/domain";
import { checkModele, consolidateModeles, type ModeleLu } from "../../../src/jobs";
import { ROW, filledModele, withCell, type ModeleGrids } from "../../support/ddets-modele";

/** A template read and checked, as gef and the pane hand it to the job. */
function lu(fichier: string, bailleur: string, t: ModeleGrids): ModeleLu {
  const values = withCell(t, "B4", bailleur).values;
  const formulas = withCell(t, "B4", bailleur).formulas;
  return {
    ok: true,
    fichier,
    bailleur,
    diagnostics: checkModele({ values, formulas }).diagnostics,
    values,
    formulas,
    layout: locateModele(values),
  };
}

describe("consolidateModeles : la consolidation des modèles comme travail partagé", () => {
  const tauxCinq = withCell(filledModele("valeurs"), `B${ROW.tauxRotation + 1}`, 5);
  const c = consolidateModeles(
    [
      lu("erilia.xlsx", "ERILIA", filledModele("valeurs")),
      lu("formule.xlsx", "=1+1", tauxCinq),
      lu("erilia-bis.xlsx", "Erilia", filledModele("valeurs")),
      { ok: false, fichier: "vide.xlsx", code: "FICHIER_VIDE", message: "« vide.xlsx » est vide." },
    ],
    {},
  );

  it("écrit une feuille par EPCI, une ligne par bailleur, un total en formules natives, puis « Problèmes »", () => {
    expect(c.plans.map((p) => p.name)).toEqual(["CAPG", "CAPL", "CASA", "MNCA", "CARF", "Problèmes"]);
    const capg = c.plans[0]?.blocks[0];
    const rows = capg?.cells ?? [];
    expect(rows[0]?.[0]).toBe("Bailleur");
    // CAPG of the seed: 5 600 − 150 exclus − 100 soustraits + 17 = 5 367 (docs/regles/assiette.md).
    expect(rows.find((r) => r[0] === "ERILIA")?.[5]).toBe(5367);
    expect(rows[4]).toEqual([
      "Total",
      "=SUM(B2:B4)",
      "=SUM(C2:C4)",
      "=SUM(D2:D4)",
      "=SUM(E2:E4)",
      "=SUM(F2:F4)",
      '=IF(F5>0,H5/F5,"")',
      "=SUM(H2:H4)",
      "=SUM(I2:I4)",
      "=SUM(J2:J4)",
      "",
    ]);
    // A bailleur named « =1+1 » stays text: its column is formatted « @ ».
    const k = rows.findIndex((r) => r[0] === "=1+1");
    expect(capg?.formats[k]?.[0]).toBe("@");
    expect(c.plans[0]?.lignesFigees).toBe(1);
  });

  it("signale le taux saisi 5, le bailleur donné deux fois et le fichier illisible", () => {
    const codes = c.problemes.map((p) => `${p.fichier} ${p.code}`);
    expect(codes).toContain("formule.xlsx TAUX_HORS_BORNES");
    expect(codes).toContain("erilia.xlsx BAILLEUR_EN_DOUBLE");
    expect(codes).toContain("erilia-bis.xlsx BAILLEUR_EN_DOUBLE");
    expect(codes).toContain("vide.xlsx FICHIER_VIDE");
    expect(c.flagged.map((p) => p.code).sort()).toEqual([
      "BAILLEUR_EN_DOUBLE",
      "BAILLEUR_EN_DOUBLE",
      "TAUX_HORS_BORNES",
    ]);
    const taux = c.problemes.find((p) => p.code === "TAUX_HORS_BORNES");
    expect(taux?.message).toContain("=1+1, CAPG : taux de rotation de 500");
    expect(taux?.message).toContain("Tapez 5 % (ou 0,05)");
  });
});

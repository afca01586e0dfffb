import {
  blankFormulaGrid,
  blankNumberFormatGrid,
  blankModele,
  diagnoseModele,
  locateModele,
  planFill,
  writesToApply,
} from "../../../src/domain/modele";
import { EPCI_VAR, evaluateWithHyperFormula, type Cell } from "../../support/ddets-modele";

const isFormulaText = (c: unknown): boolean => typeof c === "string" && c.startsWith("=");
/** The values Excel shows right after insertion: every formula gives 0 (all inputs blank). */
const zeroed = (grid: (string | number)[][]): Cell[][] =>
  grid.map((row) => row.map((c) => (isFormulaText(c) ? 0 : c === "" ? null : c)));

describe("blankModele : le modèle vierge", () => {
  const t = blankModele({ anneeConvention: 2025, anneeRpls: 2023 });
  const formulas = blankFormulaGrid(t);
  const formats = blankNumberFormatGrid(t);
  const rowOf = (label: string): number =>
    formulas.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(label));

  it("a le titre, le département, les lignes d'identité et l'en-tête des cinq EPCI", () => {
    expect(t.width).toBe(6);
    expect(t.rows.every((r) => r.length === 6)).toBe(true);
    expect(formulas[0]?.[0]).toBe("CALCUL DE L'ASSIETTE POUR CONVENTION GESTION EN FLUX 2025");
    expect(formulas[1]?.[0]).toBe("ALPES-MARITIMES");
    expect(formulas[rowOf("Calcul de l'assiette :")]).toEqual([
      "Calcul de l'assiette :",
      "CAPG",
      "CAPL",
      "CASA",
      "MNCA",
      "CARF",
    ]);
    expect(t.rows[rowOf("Calcul de l'assiette :")]?.every((c) => c.bold === true)).toBe(true);
    expect(t.columnWidths).toEqual([80, 12, 12, 12, 12, 12]);
  });

  it("porte les années dans les libellés", () => {
    expect(formulas[rowOf("Patrimoine")]?.[0]).toBe("Patrimoine locatif du bailleur selon données RPLS au 01/01/2023");
    expect(formulas[rowOf("Demandes de candidats prioritaires")]?.[0]).toBe(
      "Demandes de candidats prioritaires de l'État en 2025",
    );
  });

  it("met les formules dans les lignes calculées et les formats dans les cellules EPCI", () => {
    const r = (k: keyof typeof t.rowOf): number => t.rowOf[k] ?? -1;
    const a1 = (k: keyof typeof t.rowOf): number => r(k) + 1;
    expect(formulas[r("exclusTotal")]?.[1]).toBe(`=SUM(B${a1("exclusPli")}:B${a1("exclusDefense")})`);
    expect(formulas[r("assiette")]?.[5]).toBe(
      `=F${a1("patrimoine")}-F${a1("exclusTotal")}-F${a1("soustraitsTotal")}+F${a1("nouvelles")}`,
    );
    expect(formulas[r("etatFonctionnaires")]?.[3]).toBe(`=ROUNDDOWN(D${a1("assiette")}*D${a1("tauxRotation")}*0.05,0)`);
    expect(formats[r("patrimoine")]).toEqual(["General", "#,##0", "#,##0", "#,##0", "#,##0", "#,##0"]);
    expect(formats[r("tauxRotation")]?.[2]).toBe("0.0%");
    expect(formulas[r("patrimoine")]?.slice(1)).toEqual(["", "", "", "", ""]);
    expect(t.rows[r("assiette")]?.[0]).toEqual({ value: "Assiette à répartir entre les réservataires", bold: true });
  });

  it("est retrouvé par le localisateur, années comprises", () => {
    const layout = locateModele(zeroed(formulas));
    expect(layout.missingRows).toEqual([]);
    expect(layout.missingIdentity).toEqual([]);
    expect(layout.duplicates).toEqual([]);
    // Separators (« dont : », « Précisions complémentaires : ») are written but not located.
    const { dontExclus, dontSoustraits, precisions, ...located } = t.rowOf;
    expect([dontExclus, dontSoustraits, precisions].every((r) => r !== undefined)).toBe(true);
    expect(layout.rows).toEqual(located);
    expect([layout.anneeRpls, layout.anneeConvention]).toEqual([2023, 2025]);
  });

  it("passe le vérificateur : une seule info « modèle vierge », aucune erreur ni avertissement", () => {
    const list = diagnoseModele(zeroed(formulas), formulas);
    expect(list.map((d) => [d.severity, d.code])).toEqual([["info", "MODELE_VIERGE"]]);
  });

  it("passe aussi le vérificateur une fois évalué par HyperFormula", () => {
    const values = evaluateWithHyperFormula(formulas.map((r) => r.map((c) => (c === "" ? null : c))));
    expect(diagnoseModele(values, formulas).map((d) => d.code)).toEqual(["MODELE_VIERGE"]);
  });

  it("devient conforme une fois rempli", () => {
    const grid: Cell[][] = formulas.map((r) => r.map((c) => (c === "" ? null : c)));
    const answers: [string, Cell][] = [
      ["Nom du bailleur", "Azur Habitat"],
      ["Adresse de conventionnement", "1 rue de la Paix, Nice"],
      ["Nom / fonction", "C. Martin"],
      ["Téléphone", "04 93 00 00 00"],
      ["Mail", "c.martin@azur-habitat.fr"],
      ["Si CUS", "NON"],
      ["Si charte", "OUI"],
    ];
    for (const [label, answer] of answers) {
      const row = grid[rowOf(label)];
      if (row) row[1] = answer;
    }
    const values = evaluateWithHyperFormula(grid);
    const inputs = {
      "200039857": { patrimoine: 5600, exclusPli: 150, soustraitsMutations: 100, nouvelles: 17, tauxRotation: 0.05 },
    };
    const plan = planFill(values, grid, { inputs });
    expect(plan.conflicts).toEqual([]);
    for (const w of writesToApply(plan, false)) (grid[w.row] ?? [])[w.col] = w.formula ?? w.value ?? null;
    const filled = evaluateWithHyperFormula(grid);
    expect(filled[t.rowOf.assiette ?? 0]?.[1]).toBe(5367);
    // The other four EPCI stay blank: warnings for their inputs, nothing wrong.
    const list = diagnoseModele(filled, grid);
    expect(list.filter((d) => d.severity === "erreur")).toEqual([]);
    expect(new Set(list.map((d) => d.code))).toEqual(new Set(["SAISIE_VIDE", "PRECISION_VIDE"]));
  });

  it("se construit pour un autre département avec ses EPCI", () => {
    const v = blankModele({ anneeConvention: 2024, anneeRpls: 2022, departement: "VAR", epci: EPCI_VAR });
    const grid = blankFormulaGrid(v);
    expect(grid[1]?.[0]).toBe("VAR");
    expect(grid[v.rowOf.entete ?? 0]).toEqual(["Calcul de l'assiette :", "MTPM", "CAPV", "DPVA", "SSB"]);
    expect(diagnoseModele(zeroed(grid), grid, { epci: EPCI_VAR }).map((d) => d.code)).toEqual(["MODELE_VIERGE"]);
  });
});

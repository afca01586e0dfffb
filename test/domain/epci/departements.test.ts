import {
  blankFormulaGrid,
  blankModele,
  diagnoseModele,
  defaultChoixModeleVierge,
  epciDuDepartement,
  errorChoixModeleVierge,
  locateModele,
  nomDepartement,
} from "../../../src/domain";
import { epciForModele, evaluateModele } from "../../../src/jobs";
import { EPCI_MODELE_06 } from "../../../src/domain/epci/alpes-maritimes";

describe("modèle vierge : département, EPCI et années au choix", () => {
  it("prend par défaut les Alpes-Maritimes et la date RPLS du modèle DDETS 06 (1er janvier, deux ans avant)", () => {
    expect(defaultChoixModeleVierge(new Date(2024, 5, 1))).toEqual({
      departement: "06",
      anneeConvention: 2024,
      anneeRpls: 2022,
    });
    expect(nomDepartement("06")).toBe("Alpes-Maritimes");
    expect(epciDuDepartement("06")).toBe(EPCI_MODELE_06);
  });

  it("donne au Var ses propres EPCI, dont la métropole de Toulon, et aucun des Alpes-Maritimes", () => {
    const varEpci = epciDuDepartement("83");
    expect(varEpci.map((e) => e.nom)).toContain("Métropole Toulon-Provence-Méditerranée");
    expect(varEpci.some((e) => EPCI_MODELE_06.some((m) => m.siren === e.siren))).toBe(false);
  });

  it("écrit un modèle du Var que le vérificateur reconnaît, avec les années choisies", () => {
    const t = blankModele({
      anneeConvention: 2025,
      anneeRpls: 2023,
      departement: "VAR",
      epci: epciDuDepartement("83"),
    });
    const grid = blankFormulaGrid(t);
    expect(grid[1]?.[0]).toBe("VAR");
    expect(grid.flat()).toContain("Patrimoine locatif du bailleur selon données RPLS au 01/01/2023");
    expect(grid.flat()).toContain("Demandes de candidats prioritaires de l'État en 2025");
    const epci = epciForModele(grid);
    expect(epci.map((e) => e.siren).sort()).toEqual(
      epciDuDepartement("83")
        .map((e) => e.siren)
        .sort(),
    );
    const values = evaluateModele(grid, grid, locateModele(grid, epci), {
      partPrioritaires: 0.25,
      partFonctionnaires: 0.05,
    });
    expect(diagnoseModele(values, grid, { epci }).filter((d) => d.severity === "erreur")).toEqual([]);
  });

  it("refuse un choix impossible avec une phrase qui dit quoi faire", () => {
    expect(errorChoixModeleVierge({ departement: "99", anneeConvention: 2024, anneeRpls: 2022 })).toMatch(
      /choisissez-le dans la liste/,
    );
    expect(errorChoixModeleVierge({ departement: "06", anneeConvention: 2024, anneeRpls: 2025 })).toMatch(
      /RPLS doit être une année de 2000 à celle de la convention \(par défaut deux ans avant : 2022\)/,
    );
    // Both years wrong: both said at once.
    const both = errorChoixModeleVierge({ departement: "06", anneeConvention: Number.NaN, anneeRpls: 1800 }) ?? "";
    expect(both).toMatch(/^L'année de la convention doit être une année de 2020 à 2100/);
    expect(both).toContain("L'année des données RPLS doit être une année de 2000 à celle de la convention");
    expect(errorChoixModeleVierge({ departement: "06", anneeConvention: 2024, anneeRpls: 2022 })).toBeUndefined();
  });
});

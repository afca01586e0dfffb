import { EPCI_MODELE_06 } from "../../../src/domain/epci/alpes-maritimes";
import { diagnoseModele, type ModeleDiagnostic } from "../../../src/domain/modele";
import {
  EPCI_VAR,
  insertBlankRows,
  reorderColumns,
  shiftDown,
  FIGURES_06,
  ROW,
  buildModele,
  filledModele,
  insertColumn,
  receivedModele,
  relabel,
  withCell,
  editedModele as edited,
} from "../../support/ddets-modele";

const codes = (list: readonly ModeleDiagnostic[]): string[] => list.map((d) => d.code);

describe("diagnoseModele : modèle propre", () => {
  it("donne un seul info « modèle conforme » pour un modèle rempli avec ses formules", () => {
    const t = filledModele("formules");
    expect(diagnoseModele(t.values, t.formulas)).toEqual([
      {
        severity: "info",
        code: "MODELE_CONFORME",
        cell: "A12",
        message:
          "Modèle conforme : toutes les lignes et colonnes EPCI sont présentes et les montants sont cohérents (5 colonnes EPCI).",
      },
    ]);
  });

  it("accepte des valeurs saisies justes quand les formules ne sont pas fournies", () => {
    const t = filledModele("valeurs");
    expect(codes(diagnoseModele(t.values))).toEqual(["MODELE_CONFORME"]);
  });

  it("lit le texte numérique comme partout ailleurs (« 5 600 », « 5 % »)", () => {
    let t = filledModele("valeurs");
    t = withCell(t, "B13", "5\u00a0600");
    t = withCell(t, "B31", "5 %");
    t = withCell(t, "C31", "4,8 %");
    t = withCell(t, "B16", "40");
    expect(codes(diagnoseModele(t.values))).toEqual(["MODELE_CONFORME"]);
  });

  it("accepte oui / non en minuscules", () => {
    const t = withCell(withCell(filledModele("valeurs"), "B9", "oui"), "B10", " Non ");
    expect(codes(diagnoseModele(t.values))).toEqual(["MODELE_CONFORME"]);
  });

  it("dit « modèle vierge » en une ligne pour le modèle tel que reçu (valeurs seules)", () => {
    const list = diagnoseModele(receivedModele().values);
    expect(list).toEqual([expect.objectContaining({ severity: "info", code: "MODELE_VIERGE", cell: "A12" })]);
    expect(list[0]?.message).toContain("85 cellules de saisie vides dans 5 colonnes EPCI");
  });

  it("signale les zéros saisis à la main dans les lignes de l'État du modèle reçu, formules fournies", () => {
    const t = receivedModele();
    const list = diagnoseModele(t.values, t.formulas);
    expect(codes(list)).toEqual([...new Array<string>(10).fill("SAISIE_MANUELLE"), "MODELE_VIERGE"]);
    expect(list.every((d) => d.severity !== "erreur")).toBe(true);
  });

  it("vérifie un modèle d'un autre département avec sa liste d'EPCI", () => {
    const t = buildModele({
      figures: [FIGURES_06.CAPG, FIGURES_06.CASA, FIGURES_06.MNCA, FIGURES_06.CARF],
      headers: ["MTPM", "Provence Verte", "248300493", "Sud Sainte Baume"],
      identite: true,
      computed: "formules",
    });
    expect(codes(diagnoseModele(t.values, t.formulas, { epci: EPCI_VAR }))).toEqual(["MODELE_CONFORME"]);
    const with06 = diagnoseModele(t.values, t.formulas);
    expect(codes(with06)).toEqual([
      "ENTETE_EPCI_INTROUVABLE",
      "ENTETE_INCONNU",
      "ENTETE_INCONNU",
      "ENTETE_INCONNU",
      "ENTETE_INCONNU",
    ]);
  });
});

describe("diagnoseModele : les variantes du terrain restent conformes", () => {
  it.each([
    ["lignes décalées de 9 vers le bas", () => shiftDown(filledModele("valeurs"), 9)],
    [
      "lignes vides insérées",
      () => insertBlankRows(filledModele("valeurs"), [ROW.entete, ROW.exclusFtm, ROW.tauxRotation]),
    ],
    ["colonnes EPCI dans un autre ordre", () => reorderColumns(filledModele("valeurs"), [4, 3, 2, 1, 0])],
    [
      "autre année RPLS",
      () =>
        relabel(
          filledModele("valeurs"),
          "Patrimoine locatif du bailleur selon données RPLS au 01/01/2022",
          "Patrimoine locatif du bailleur selon données RPLS au 01/01/2023",
        ),
    ],
    [
      "libellés reformulés",
      () =>
        relabel(
          relabel(filledModele("valeurs"), "ventes", "Ventes de logements"),
          "Total logements soustraits du flux",
          "Total des logements soustraits du flux :",
        ),
    ],
  ] as const)("%s", (_, make) => {
    expect(codes(diagnoseModele(make().values))).toEqual(["MODELE_CONFORME"]);
  });

  it("situe ses messages dans la grille décalée", () => {
    const t = withCell(shiftDown(filledModele("valeurs"), 9), `B${ROW.tauxRotation + 10}`, 5);
    expect(diagnoseModele(t.values).map((d) => [d.code, d.cell])).toEqual([
      ["TAUX_EN_POINTS", `B${ROW.tauxRotation + 10}`],
    ]);
  });
});

describe("diagnoseModele : présentation des résultats", () => {
  it("signale une colonne « Total » en info sans la vérifier", () => {
    const t = insertColumn(filledModele("valeurs"), 6, ROW.entete, "Total", 999);
    const list = diagnoseModele(t.values);
    expect(codes(list)).toEqual(["MODELE_CONFORME", "COLONNE_IGNOREE"]);
    expect(list[1]).toMatchObject({ severity: "info", cell: "G12" });
  });

  it("range les erreurs avant les avertissements puis les infos, chacun dans l'ordre de lecture", () => {
    const t = edited({ B16: "x", C31: 0.3, D36: null, B10: null });
    const list = diagnoseModele(t.values, t.formulas);
    expect(list.map((d) => `${d.severity}:${d.cell}`)).toEqual([
      "erreur:B16",
      "avertissement:B10",
      "avertissement:C31",
      "info:D36",
    ]);
  });

  it("refuse une part de l'État hors de 0..1 (erreur de programmation)", () => {
    const t = filledModele();
    expect(() => diagnoseModele(t.values, t.formulas, { partPrioritaires: 25 })).toThrow("Part de l'État invalide");
  });

  it("utilise la liste d'EPCI par défaut du 06", () => {
    expect(EPCI_MODELE_06.map((e) => e.sigle)).toEqual(["CAPG", "CAPL", "CASA", "MNCA", "CARF"]);
  });
});

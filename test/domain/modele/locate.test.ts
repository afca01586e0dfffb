import { locateModele, type RowKey, type ModeleLayout } from "../../../src/domain/modele";
import {
  EPCI_VAR,
  ROW,
  buildModele,
  filledModele,
  insertBlankRows,
  insertColumn,
  receivedModele,
  relabel,
  removeLine,
  reorderColumns,
  shiftDown,
  type Cell,
} from "../../support/ddets-modele";

const sigles = (l: ModeleLayout): [number, string | undefined][] => l.epciColumns.map((c) => [c.col, c.epci.sigle]);
const ROWS_06 = Object.fromEntries(
  Object.entries(ROW).filter(
    ([k]) =>
      !["titre", "departement", "bailleur", "adresse", "correspondant", "telephone", "mail", "cus", "charte"].includes(
        k,
      ),
  ),
);

describe("locateModele : le modèle DDETS 06 tel que reçu", () => {
  const layout = locateModele(receivedModele().values);

  it("trouve chaque ligne du bloc par son libellé", () => {
    expect(layout.found).toBe(true);
    expect(layout.labelColumn).toBe(0);
    expect(layout.rows).toMatchObject(ROWS_06);
    expect(layout.missingRows).toEqual([]);
    expect(layout.duplicates).toEqual([]);
  });

  it("trouve les lignes d'identité, le titre et le département", () => {
    expect(layout.identite).toEqual({
      titre: 0,
      bailleur: 3,
      adresse: 4,
      correspondant: 5,
      telephone: 6,
      mail: 7,
      cus: 8,
      charte: 9,
    });
    expect(layout.missingIdentity).toEqual([]);
    expect(layout.departement).toEqual({ text: "ALPES-MARITIMES", row: 1, col: 0 });
  });

  it("trouve les cinq colonnes EPCI sur la ligne « Calcul de l'assiette »", () => {
    expect(layout.headerRow).toBe(ROW.entete);
    expect(sigles(layout)).toEqual([
      [1, "CAPG"],
      [2, "CAPL"],
      [3, "CASA"],
      [4, "MNCA"],
      [5, "CARF"],
    ]);
    expect(layout.otherHeaders).toEqual([]);
    expect(layout.missingEpci).toEqual([]);
  });

  it("lit l'année RPLS (01/01/2022) et l'année de la convention (2024)", () => {
    expect(layout.anneeRpls).toBe(2022);
    expect(layout.anneeConvention).toBe(2024);
  });
});

describe("locateModele : les variantes du terrain", () => {
  it("suit des lignes décalées vers le bas", () => {
    const layout = locateModele(shiftDown(filledModele(), 7).values);
    expect(layout.rows.patrimoine).toBe(ROW.patrimoine + 7);
    expect(layout.rows.specifiquesPlaiAdapte).toBe(ROW.specifiquesPlaiAdapte + 7);
    expect(layout.headerRow).toBe(ROW.entete + 7);
    expect(layout.missingRows).toEqual([]);
  });

  it("suit des lignes vides insérées", () => {
    const layout = locateModele(
      insertBlankRows(filledModele(), [ROW.entete, ROW.exclusPli, ROW.assiette, ROW.assiette + 1]).values,
    );
    expect(layout.headerRow).toBe(ROW.entete + 1);
    expect(layout.rows.exclusPli).toBe(ROW.exclusPli + 2);
    expect(layout.rows.assiette).toBe(ROW.assiette + 3);
    expect(layout.rows.tauxRotation).toBe(ROW.tauxRotation + 4);
    expect(layout.missingRows).toEqual([]);
  });

  it("lit une autre année RPLS (01/01/2023)", () => {
    const t = relabel(
      receivedModele(),
      "Patrimoine locatif du bailleur selon données RPLS au 01/01/2022",
      "Patrimoine locatif du bailleur selon données RPLS au 01/01/2023",
    );
    const layout = locateModele(t.values);
    expect(layout.rows.patrimoine).toBe(ROW.patrimoine);
    expect(layout.anneeRpls).toBe(2023);
  });

  it("accepte de petits changements de libellé", () => {
    let t = receivedModele();
    for (const [from, to] of [
      [
        "taux de rotation bailleur commun aux réservataire sur chaque EPCI",
        "Taux de rotation bailleur commun aux réservataires sur chaque EPCI",
      ],
      ["Assiette à répartir entre les réservataires (L13-L23)", "Assiette à répartir entre les réservataires"],
      ["structures médico sociales", "Structures médico-sociales"],
      ["Total logements exclus de l'assiette", "Total des logements exclus de l'assiette :"],
      [
        "Volume de logements nécessaires pour les mutations internes",
        "Volume de logements nécessaires aux mutations internes",
      ],
      ["Calcul de l'assiette :", "CALCUL DE L'ASSIETTE"],
      ["mail :", "Courriel :"],
    ] as const)
      t = relabel(t, from, to);
    const layout = locateModele(t.values);
    expect(layout.missingRows).toEqual([]);
    expect(layout.missingIdentity).toEqual([]);
    expect(layout.rows).toMatchObject(ROWS_06);
  });

  it("ignore les colonnes en plus (Total, commentaires) et les signale", () => {
    const t = insertColumn(
      insertColumn(filledModele(), 6, ROW.entete, "Total"),
      3,
      ROW.entete,
      "Commentaires DDETS",
      "vu",
    );
    const layout = locateModele(t.values);
    expect(sigles(layout)).toEqual([
      [1, "CAPG"],
      [2, "CAPL"],
      [4, "CASA"],
      [5, "MNCA"],
      [6, "CARF"],
    ]);
    expect(layout.otherHeaders).toEqual([
      { col: 3, kind: "autre", text: "Commentaires DDETS" },
      { col: 7, kind: "autre", text: "Total" },
    ]);
  });

  it("suit des colonnes EPCI dans un autre ordre", () => {
    const layout = locateModele(reorderColumns(filledModele(), [3, 0, 4, 2, 1]).values);
    expect(sigles(layout)).toEqual([
      [1, "MNCA"],
      [2, "CAPG"],
      [3, "CARF"],
      [4, "CASA"],
      [5, "CAPL"],
    ]);
  });

  it("trouve les libellés dans une autre colonne que A", () => {
    const t = insertColumn(filledModele(), 0, ROW.entete, null, "");
    const layout = locateModele(t.values);
    expect(layout.labelColumn).toBe(1);
    expect(layout.rows.assiette).toBe(ROW.assiette);
    expect(sigles(layout)).toEqual([
      [2, "CAPG"],
      [3, "CAPL"],
      [4, "CASA"],
      [5, "MNCA"],
      [6, "CARF"],
    ]);
  });

  it("lit le modèle d'un autre département avec sa liste d'EPCI (noms et SIREN en en-tête)", () => {
    const t = buildModele({
      headers: ["Métropole Toulon-Provence-Méditerranée", "Provence Verte", "248300493", "CA Sud Sainte Baume"],
      departement: "VAR",
    });
    const layout = locateModele(t.values, EPCI_VAR);
    expect(sigles(layout)).toEqual([
      [1, "MTPM"],
      [2, "CAPV"],
      [3, "DPVA"],
      [4, "SSB"],
    ]);
    expect(layout.missingEpci).toEqual([]);
    expect(layout.departement?.text).toBe("VAR");
    // Avec la liste du 06 par défaut, ces en-têtes sont inconnus.
    const default06 = locateModele(t.values);
    expect(default06.epciColumns).toEqual([]);
    expect(default06.otherHeaders.map((h) => h.kind)).toEqual(["inconnu", "inconnu", "inconnu", "inconnu"]);
  });

  it("accepte le libellé des logements spécifiques coupé sur deux lignes", () => {
    const t = filledModele();
    const values = t.values.map((r) => [...r]);
    values.splice(
      ROW.specifiquesTotal,
      1,
      [
        "Total autres logements spécifiques (PLAI adaptés, logements jeunes, seniors, personnel hospitaliers,",
        ...(values[ROW.specifiquesTotal] ?? []).slice(1),
      ],
      ["  judiciaires, habitats participatifs,...) figurant dans l'assiette."],
    );
    const layout = locateModele(values);
    expect(layout.rows.specifiquesTotal).toBe(ROW.specifiquesTotal);
    expect(layout.rows.specifiquesPmr).toBe(ROW.specifiquesPmr + 1);
    expect(layout.duplicates).toEqual([]);
  });

  it("trouve les colonnes EPCI sans le libellé « Calcul de l'assiette »", () => {
    const t = relabel(filledModele(), "Calcul de l'assiette :", "");
    const layout = locateModele(t.values);
    expect(layout.rows.entete).toBeUndefined();
    expect(layout.headerRow).toBe(ROW.entete);
    expect(layout.epciColumns).toHaveLength(5);
  });
});

describe("locateModele : ce qui manque ou se répète", () => {
  it("liste les lignes absentes dans l'ordre du modèle", () => {
    const t = removeLine(removeLine(receivedModele(), "PLI"), "ventes");
    expect(locateModele(t.values).missingRows).toEqual<RowKey[]>(["exclusPli", "soustraitsVentes"]);
  });

  it("garde la ligne la mieux reconnue quand un libellé apparaît deux fois", () => {
    const t = relabel(receivedModele(), "ventes", "PLI");
    const layout = locateModele(t.values);
    expect(layout.rows.exclusPli).toBe(ROW.exclusPli);
    expect(layout.duplicates).toEqual([{ key: "exclusPli", rows: [ROW.exclusPli, ROW.soustraitsVentes] }]);
  });

  it("signale les EPCI absents et en double", () => {
    const t = receivedModele();
    const values = t.values.map((r) => [...r]);
    (values[ROW.entete] ?? [])[5] = "capg";
    const layout = locateModele(values);
    expect(layout.missingEpci.map((e) => e.sigle)).toEqual(["CARF"]);
    expect(layout.otherHeaders).toMatchObject([{ col: 5, kind: "doublon", firstCol: 1 }]);
  });

  it("ne trouve rien dans une feuille sans modèle", () => {
    const layout = locateModele([
      ["Logement", "Commune"],
      ["L1", "06088"],
    ]);
    expect(layout.found).toBe(false);
    expect(layout.epciColumns).toEqual([]);
    expect(locateModele([]).found).toBe(false);
  });
});

describe("locateModele : recherche bornée", () => {
  it("ne lit pas une table de 200 000 lignes placée sous le modèle", () => {
    const t = filledModele();
    const big: Cell[][] = [...t.values, [], ["Logement", "Financement", "Commune"]];
    for (let i = 0; i < 200_000; i++) big.push([`L${i}`, i % 7 === 0 ? "PLI" : "PLUS", "06088", 1, 2, 3]);
    // Speed is measured by npm run bench; here, the table's "PLI" rows must not be taken for lines.
    const layout = locateModele(big);
    expect(layout.duplicates).toEqual([]);
    expect(layout.rows.exclusPli).toBe(ROW.exclusPli);
  });
});

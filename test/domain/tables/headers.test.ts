import {
  LOGEMENT_COLUMNS,
  MOUVEMENT_COLUMNS,
  findHeaderRow,
  headerKey,
  remarquesColonnes,
  type LogementKey,
} from "../../../src/domain/tables/headers";

describe("en-têtes des tables", () => {
  it.each<[string, LogementKey]>([
    ["DEPCOM", "communeCode"],
    ["DEPCOM_CODE", "communeCode"],
    ["Code INSEE", "communeCode"],
    ["Code commune", "communeCode"],
    ["DEPCOM_LIBELLE", "communeNom"],
    ["Commune", "commune"],
    ["COMMUNE", "commune"],
    ["EPCI", "epci"],
    ["EPCI_CODE", "epci"],
    ["FINAN", "financementCode"],
    ["FINAN_CODE", "financementCode"],
    ["Financement (code)", "financementCode"],
    ["FINAN_LIBELLE", "financement"],
    ["Financement", "financement"],
    ["Type de financement", "financement"],
    ["NBPIECE", "typologie"],
    ["Typologie", "typologie"],
    ["Nb pièces", "typologie"],
    ["Typologie (T1 à T6)", "typologie"],
    ["TYPECONST", "typeConstruction"],
    ["TYPECONST_CODE", "typeConstruction"],
    ["PMR", "pmr"],
    ["Logement adapté PMR", "pmr"],
    ["PLAI adapté", "plaiAdapte"],
    ["PLAI-A", "plaiAdapte"],
    ["Logement étudiant", "etudiant"],
    ["Réservataire", "reservataire"],
    ["  RÉSERVATAIRE ", "reservataire"],
    ["Contingent", "reservataire"],
    ["MODE", "mode"],
    ["QPV", "qpv"],
    ["Département", "departement"],
  ])("reconnaît « %s » (%s)", (header, key) => {
    expect(headerKey(header, LOGEMENT_COLUMNS)).toBe(key);
  });

  it.each(["NUMLOG", "Adresse", "Surface", "Commentaire", "", 2024])("ne reconnaît pas %p", (header) => {
    expect(headerKey(header, LOGEMENT_COLUMNS)).toBeUndefined();
  });

  it("trouve la ligne d'en-têtes sous un titre et des lignes vides, et dit ce qu'elle a lu", () => {
    const grid = [
      ["Patrimoine ERILIA au 1er janvier 2024"],
      [],
      [null, "Commune : Nice"],
      ["N° logement", "DEPCOM", "Financement", "Typologie", "Surface", "Réservataire"],
      ["L1", "06088", "PLUS", "T3", 65, "PREFECTURE"],
    ];
    const h = findHeaderRow(grid, LOGEMENT_COLUMNS);
    expect(h?.row).toBe(3);
    expect(h?.columns).toEqual({ communeCode: 1, financement: 2, typologie: 3, reservataire: 5 });
    expect(h?.found.map((f) => f.entete)).toEqual(["DEPCOM", "Financement", "Typologie", "Réservataire"]);
    expect(h?.ignored).toEqual(["N° logement", "Surface"]);
  });

  it("garde la première colonne d'un en-tête répété et signale l'autre", () => {
    const h = findHeaderRow([["Commune", "Financement", "Commune"]], LOGEMENT_COLUMNS);
    expect(h?.columns.commune).toBe(0);
    expect(h?.ignored).toEqual(["Commune"]);
  });

  it("préfère l'en-tête le plus proche du nom de la colonne à un alias placé avant lui (issue 25)", () => {
    const h = findHeaderRow([["Type", "Réservation", "Typologie", "Réservataire"]], LOGEMENT_COLUMNS);
    expect(h?.columns).toEqual({ typologie: 2, reservataire: 3 });
    expect(h?.ignored).toEqual(["Type", "Réservation"]);
    expect(h?.doublons.map((d) => [d.key, d.pris.entete, d.ecartes.map((e) => e.entete), d.plusProche])).toEqual([
      ["typologie", "Typologie", ["Type"], true],
      ["reservataire", "Réservataire", ["Réservation"], true],
    ]);
  });

  it("nomme les deux en-têtes identiques et leurs colonnes dans une remarque", () => {
    const h = findHeaderRow([["Commune", "Financement", "Commune"]], LOGEMENT_COLUMNS);
    expect(h && remarquesColonnes("« Logements »", LOGEMENT_COLUMNS, h)).toEqual([
      {
        severity: "avertissement",
        code: "COLONNE_CHOISIE",
        message:
          "« Logements » : plusieurs en-têtes désignent la colonne commune : « Commune » (colonne A) est lue, « Commune » (colonne C) est ignorée. Renommez ou supprimez l'en-tête de trop.",
      },
    ]);
  });

  it("ne lit que les premières lignes", () => {
    const grid = [...Array.from({ length: 40 }, () => ["note"]), ["DEPCOM", "FINAN"]];
    expect(findHeaderRow(grid, LOGEMENT_COLUMNS)).toBeUndefined();
    expect(findHeaderRow(grid, LOGEMENT_COLUMNS, { maxRows: 50 })?.row).toBe(40);
  });

  it("reconnaît la table des mouvements", () => {
    const h = findHeaderRow(
      [["EPCI", "Année", "Entrées", "Départs", "Parc loué", "Mutations internes"]],
      MOUVEMENT_COLUMNS,
    );
    expect(h?.columns).toEqual({ epci: 0, annee: 1, entrees: 2, departs: 3, parc: 4, mutations: 5 });
  });
});
